"""MCP numbers for `make bench`: tools/list sizes, and start-up to the first tools/list over stdio.

Start-up is timed from process start to the tools/list answer, with the same raw JSON-RPC exchange
(initialize, initialized, tools/list) for our server and for a bare low-level `mcp` server with one
hand-written tool (tests/mcp/bare_server.py), so the ratio compares the servers, not the clients.

    python -m tests.bench_mcp
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
PROTOCOL_VERSION = "2025-11-25"
RUNS = 5
TIMEOUT = 30.0


def _send(stdin: IO[bytes], message: dict[str, Any]) -> None:
    stdin.write(json.dumps(message).encode() + b"\n")
    stdin.flush()


def _answer(stdout: IO[bytes], request_id: int) -> tuple[dict[str, Any], int]:
    """The response to request_id (skipping notifications) and its size on the wire in bytes."""
    while line := stdout.readline():
        message = json.loads(line)
        if message.get("id") == request_id:
            return message, len(line.rstrip(b"\n"))
    raise RuntimeError(f"the server closed stdout before answering request {request_id}")


def list_over_stdio(command: list[str], env: dict[str, str] | None = None) -> tuple[float, dict[str, Any], int]:
    """Start command, list its tools; (seconds from start to the answer, the result, its wire bytes)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=HERE
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        params = {
            "protocolVersion": PROTOCOL_VERSION,
            "capabilities": {},
            "clientInfo": {"name": "bench", "version": "0"},
        }
        _send(process.stdin, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params})
        _answer(process.stdout, 1)
        _send(process.stdin, {"jsonrpc": "2.0", "method": "notifications/initialized"})
        _send(process.stdin, {"jsonrpc": "2.0", "id": 2, "method": "tools/list"})
        answer, size = _answer(process.stdout, 2)
        elapsed = time.perf_counter() - started
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if "result" not in answer:
        raise RuntimeError(f"{command}: tools/list failed: {answer}")
    return elapsed, answer["result"], size


def _env(extra_path: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TELNYX_API_KEY"}
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(extra_path), env.get("PYTHONPATH")]))
    return env


CHARS_PER_TOKEN = 4.5
"""Measured on the default listing against cl100k; no tokenizer here works offline."""


def _kb_and_tokens(size: int) -> str:
    return f"{size / 1024:.1f} KB, ~{size / CHARS_PER_TOKEN / 1000:.1f}k tokens"


def _compact(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


def listing_rows() -> list[tuple[str, str]]:
    """Per toolset listing sizes, the largest listed tool and the largest describe_tool answer (in-process)."""
    from telnyx_voice_mcp.catalog import Catalog
    from telnyx_voice_tools import TOOLSETS

    rows = []
    for toolset in TOOLSETS:
        catalog = Catalog.load(toolsets=(toolset,))
        listed = catalog.listing()
        rows.append((f"MCP --toolsets {toolset} ({len(catalog.entries)} tools)", _kb_and_tokens(_compact(listed))))
    everything = Catalog.load(("*",))
    largest = max(everything.listing(), key=_compact)
    rows.append((f"MCP largest listed tool ({largest['name']})", _kb_and_tokens(_compact(largest))))
    described = {name: _compact(everything.describe(name)) for name in everything.entries}
    name = max(described, key=described.__getitem__)
    rows.append((f"MCP largest describe_tool answer ({name})", _kb_and_tokens(described[name])))
    return rows


OURS = [sys.executable, "-m", "telnyx_voice_mcp"]
BARE = [sys.executable, "-m", "bare_server"]


def run() -> list[tuple[str, str]]:
    """(label, value) rows for `make bench`."""
    _, summary, summary_bytes = list_over_stdio(OURS, _env())
    _, _, full_bytes = list_over_stdio([*OURS, "--schemas", "full"], _env())
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(RUNS):
        # Interleaved, so drift in machine load hits both alike.
        ours.append(list_over_stdio(OURS, _env())[0])
        bare.append(list_over_stdio(BARE, _env(HERE / "mcp"))[0])
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    return [
        ("MCP tools listed by default (all operations reachable)", str(len(summary["tools"]))),
        ("MCP tools/list, default (target <= 60 KB)", _kb_and_tokens(summary_bytes)),
        ("MCP tools/list, --schemas full", _kb_and_tokens(full_bytes)),
        *listing_rows(),
        (f"MCP start to first tools/list (stdio, median of {RUNS})", f"{ours_median:.3f} s"),
        ("bare low-level mcp server, same measure", f"{bare_median:.3f} s"),
        ("MCP start-up ratio (target <= 1.2x)", f"{ours_median / bare_median:.2f}x"),
    ]


if __name__ == "__main__":
    for label, value in run():
        print(f"{label:60} {value}")
