"""Scale-out test rig: MCP server replicas (real `telnyx-voice-mcp --transport http` processes) on one event
store, and a balancer in front of their webhook paths that the sandbox delivers to.

The balancer forwards each delivery as received (body and signature headers) to the next replica in turn,
and answers with that replica's status, so the sandbox sees what Telnyx would: a non-2xx answer is
retried. It can also copy a delivery to every replica (a redelivery that lands on each of them).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import httpx2
import mcp_types as types
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.support.processes import stop

COMMAND = str(Path(sys.executable).with_name("telnyx-voice-mcp"))
START_TIMEOUT = 30.0

Scope = MutableMapping[str, Any]


@dataclass
class Replica:
    """One MCP server process over HTTP; its webhook receiver is at `webhook_url`."""

    process: subprocess.Popen[bytes]
    mcp_url: str
    webhook_url: str

    def kill(self) -> None:
        """End it at once (SIGKILL), as a crash would."""
        self.process.kill()
        self.process.wait()


def _listening_lines(log: Path, process: subprocess.Popen[bytes]) -> tuple[str, str]:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        webhooks = [line for line in text.splitlines() if "receiving webhooks on" in line]
        mcp = [line for line in text.splitlines() if "listening on" in line]
        if webhooks and mcp:
            return mcp[0].rsplit(" ", 1)[-1], webhooks[0].rsplit(" ", 1)[-1]
        if process.poll() is not None:
            raise RuntimeError(f"the MCP server exited with {process.returncode}: {text}")
        time.sleep(0.05)
    raise RuntimeError(f"the MCP server did not start within {START_TIMEOUT} s: {log.read_text()}")


@contextlib.contextmanager
def started_replica_processes() -> Any:
    """Yields a function starting a replica (sandbox URL, public key, store URL); stops them all at exit."""
    started: list[Replica] = []
    with tempfile.TemporaryDirectory(prefix="telnyx-voice-replicas-") as directory:

        def start(base_url: str, public_key: str, event_store: str) -> Replica:
            env = {k: v for k, v in os.environ.items() if not k.startswith(("TELNYX_", "MCP_"))}
            env.update(TELNYX_API_KEY="sandbox-key", TELNYX_PUBLIC_KEY=public_key, TELNYX_VOICE_EVENT_STORE=event_store)
            log = Path(directory) / f"replica-{len(started)}.log"
            with log.open("wb") as stderr:
                process = subprocess.Popen(
                    [COMMAND, "--transport", "http", "--port", "0", "--base-url", base_url],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                )
            try:
                mcp_url, webhook_url = _listening_lines(log, process)
            except BaseException:
                stop(process)
                raise
            replica = Replica(process, mcp_url, webhook_url)
            started.append(replica)
            return replica

        try:
            yield start
        finally:
            for replica in started:
                stop(replica.process)


@contextlib.asynccontextmanager
async def mcp_client(replica: Replica) -> AsyncIterator[Client]:
    async with (
        httpx2.AsyncClient(timeout=60) as http,
        Client(streamable_http_client(replica.mcp_url, http_client=http)) as client,
    ):
        yield client


@dataclass
class Balancer:
    """An ASGI app forwarding webhook deliveries to `targets` in turn (see the module's docstring).

    Attributes:
        targets: the replicas' webhook URLs; replace one to point at a restarted replica.
        copy_next_to_all: the next delivery goes to every target (the first answer is returned).
        answers: (target index, status) of every forward, in order.
    """

    targets: list[str]
    copy_next_to_all: bool = False
    answers: list[tuple[int, int]] = field(default_factory=list)
    _turn: int = 0
    _http: httpx.AsyncClient = field(default_factory=lambda: httpx.AsyncClient(timeout=10, trust_env=False))

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (message := await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await self._http.aclose()
            await send({"type": "lifespan.shutdown.complete"})
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {name.decode(): value.decode() for name, value in scope["headers"] if name.startswith(b"telnyx-")}
        headers["content-type"] = "application/json"
        if self.copy_next_to_all:
            self.copy_next_to_all = False
            chosen = list(range(len(self.targets)))
        else:
            chosen = [self._turn % len(self.targets)]
            self._turn += 1
        statuses = [await self._forward(index, body, headers) for index in chosen]
        await send({"type": "http.response.start", "status": statuses[0], "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def _forward(self, index: int, body: bytes, headers: dict[str, str]) -> int:
        try:
            response = await self._http.post(self.targets[index], content=body, headers=headers)
            status = response.status_code
        except httpx.TransportError:
            status = 502
        self.answers.append((index, status))
        return status


def structured(result: types.CallToolResult) -> dict[str, Any]:
    """A tool result's structured content, asserting it is not an error."""
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content
