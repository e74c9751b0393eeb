"""Burst numbers for `make bench`: 1,000 concurrent commands through one client against a loopback server.

The baseline is what the official SDK does, one bare `httpx.AsyncClient` (default pool of 100 connections)
with every request handed to it at once; then `AsyncTelnyx`, whose admission control lets only
`max_concurrency` requests into the pool at a time. The server runs in its own process on 127.0.0.1,
answers every request the same, and is stopped when the section ends. Wall-clock seconds, one run each.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable

Row = tuple[str, str]
BURST = 1000
# A run still going after this long is stopped and reported as "more than": a bare httpx burst takes
# minutes on a loaded machine, and its lower bound is enough to state the ratio.
BUDGET_SECONDS = 300.0

SERVER = r"""
import asyncio
BODY = b'{"data":{"result":"ok"}}'
RESPONSE = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(BODY) + BODY

async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length > 1 << 20:
                break
            await reader.readexactly(length)
            writer.write(RESPONSE)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=2048)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()

asyncio.run(main())
"""


async def _timed_burst(send: Callable[[], Awaitable[object]]) -> tuple[float, int]:
    """Seconds for BURST concurrent sends (capped at BUDGET_SECONDS) and how many of them completed."""
    done = 0

    async def one() -> None:
        nonlocal done
        await send()
        done += 1

    started = time.perf_counter()
    tasks = [asyncio.ensure_future(one()) for _ in range(BURST)]
    finished, pending = await asyncio.wait(tasks, timeout=BUDGET_SECONDS)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for task in finished:
        task.result()  # a failed request is a broken bench, not a number
    return time.perf_counter() - started, done


async def _bare_httpx(base: str) -> tuple[float, int]:
    import httpx

    url = f"{base}/v2/calls/v3:bench/actions/answer"
    headers = {"Authorization": "Bearer bench"}
    async with httpx.AsyncClient(timeout=BUDGET_SECONDS) as client:
        return await _timed_burst(lambda: client.post(url, json={"client_state": "aGk="}, headers=headers))


async def _telnyx_voice(base: str) -> tuple[float, int]:
    from telnyx_voice import AsyncTelnyx

    async with AsyncTelnyx(api_key="bench", base_url=f"{base}/v2", timeout=BUDGET_SECONDS) as client:
        return await _timed_burst(lambda: client.calls.actions.answer("v3:bench", client_state="aGk="))


def _label(seconds: float, done: int) -> str:
    if done < BURST:
        return f"> {seconds:.1f} s (stopped after {done} of {BURST})"
    return f"{seconds:.2f} s ({BURST / seconds:.0f} requests/s)"


def run() -> list[Row]:
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        ours, ours_done = asyncio.run(_telnyx_voice(base))
        bare, bare_done = asyncio.run(_bare_httpx(base))
    finally:
        server.terminate()
        server.wait()
    bound = ">= " if bare_done < BURST else ""
    return [
        (f"{BURST} concurrent commands, bare httpx.AsyncClient (baseline)", _label(bare, bare_done)),
        (f"{BURST} concurrent commands, AsyncTelnyx", _label(ours, ours_done)),
        ("AsyncTelnyx speed-up on the burst", f"{bound}{bare / ours:.1f}x bare httpx (target >= 10x)"),
    ]


if __name__ == "__main__":
    for label, value in run():
        print(f"  {label:<58}  {value}")
