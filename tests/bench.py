"""`make bench`: the numbers, each beside a baseline measured in the same run.

    import cost     `import telnyx_voice` (and `from telnyx_voice import Telnyx`) against `import httpx`
    request CPU     client CPU per sync request against a loopback server, as a ratio to plain httpx
    bursts          1,000 concurrent commands through one AsyncTelnyx against bare httpx (tests/bench_bursts.py)
    generation      `python -m generator` time on the pinned spec
    whole spec, webhooks, MCP   from tests/bench_generation.py, bench_webhooks.py and bench_mcp.py
    event store     append/read rates and wait_for_event wake-up latency, in-memory and Redis
                    (tests/bench_event_store.py)

Medians of several rounds; nothing here is asserted, because the machines are shared and noisy.
"""

from __future__ import annotations

import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Row = tuple[str, str]
BODY = json.dumps({"data": {"result": "ok"}}).encode()


def _process_seconds(code: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def import_rows(runs: int = 15) -> list[Row]:
    floor = _process_seconds("pass", runs)
    httpx_cost = _process_seconds("import httpx", runs) - floor
    package = _process_seconds("import telnyx_voice", runs) - floor
    client = _process_seconds("from telnyx_voice import Telnyx", runs) - floor
    return [
        ("import httpx (baseline)", f"{httpx_cost * 1000:.0f} ms"),
        ("import telnyx_voice", f"{package * 1000:.0f} ms ({package / httpx_cost:.2f}x httpx; target < 150 ms)"),
        ("from telnyx_voice import Telnyx", f"{client * 1000:.0f} ms ({client / httpx_cost:.2f}x httpx)"),
    ]


SERVER = f"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
BODY = {BODY!r}

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # one buffered write per response and no Nagle: otherwise delayed ACKs add 40 ms a request
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def _cpu_per_call(fn: Callable[[], object], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - started) / calls


def request_rows(calls: int = 1000, rounds: int = 5) -> list[Row]:
    import httpx
    from telnyx_voice import Telnyx

    # The server runs in its own process so that only the client's CPU is counted here.
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        plain = httpx.Client()
        client = Telnyx(api_key="bench", base_url=base)
        url = f"{base}/calls/v3:bench/actions/answer"
        headers = {"Authorization": "Bearer bench"}

        def plain_answer() -> object:
            return plain.post(url, json={"client_state": "aGk="}, headers=headers).json()

        def client_answer() -> object:
            return client.calls.actions.answer("v3:bench", client_state="aGk=")

        plain_answer(), client_answer()  # warm up connections and lazy imports
        plain_cpu, client_cpu = [], []
        for _ in range(rounds):
            plain_cpu.append(_cpu_per_call(plain_answer, calls))
            client_cpu.append(_cpu_per_call(client_answer, calls))
        plain_us, client_us = statistics.median(plain_cpu) * 1e6, statistics.median(client_cpu) * 1e6
    finally:
        server.terminate()
        server.wait()
    return [
        ("CPU per request, plain httpx (baseline)", f"{plain_us:.0f} us"),
        ("CPU per request, telnyx_voice", f"{client_us:.0f} us ({client_us / plain_us:.2f}x httpx; target <= 1.15x)"),
    ]


def generation_rows() -> list[Row]:
    from generator.generation import generate

    with tempfile.TemporaryDirectory() as tmp:
        result = generate(output=Path(tmp) / "telnyx_voice")
    return [("generation (pinned spec, 96 operations)", f"{result.seconds:.2f} s, {result.models} model modules")]


def rows_of(module: str) -> list[Row]:
    """Rows from another part's bench module (`run()`); a missing one is an error, not a silent gap."""
    rows: list[Row] = importlib.import_module(module).run()
    return rows


def main() -> None:
    sections: list[tuple[str, Callable[[], list[Row]]]] = [
        ("import", import_rows),
        ("requests", request_rows),
        ("bursts", lambda: rows_of("tests.bench_bursts")),
        ("generation", generation_rows),
        ("generation, whole spec", lambda: rows_of("tests.bench_generation")),
        ("webhooks", lambda: rows_of("tests.bench_webhooks")),
        ("mcp", lambda: rows_of("tests.bench_mcp")),
        ("event store", lambda: rows_of("tests.bench_event_store")),
    ]
    for title, section in sections:
        rows = section()
        if rows:
            print(f"== {title}")
            width = max(len(label) for label, _ in rows)
            for label, value in rows:
                print(f"  {label:<{width}}  {value}")


if __name__ == "__main__":
    main()
