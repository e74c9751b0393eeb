"""Serving an ASGI app with uvicorn inside the current event loop, or in a thread of its own.

The socket is bound before uvicorn starts (port 0 picks a free port), so there is no port race and
the URL is known as soon as the context is entered.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn

STARTUP_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 10.0


@dataclass
class RunningServer:
    """A uvicorn server started by `serve`.

    Attributes:
        host, port: where it listens; url: `http://host:port`.
    """

    host: str
    port: int
    server: uvicorn.Server = field(repr=False)
    task: asyncio.Task[None] = field(repr=False)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def wait(self) -> None:
        """Return when the server has stopped (a signal, or `stop`)."""
        await asyncio.shield(self.task)

    def stop(self) -> None:
        self.server.should_exit = True


@contextlib.asynccontextmanager
async def serve(app: Any, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[RunningServer]:
    """Serve app on host:port (0: a free port) in this event loop until the context exits."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        config = uvicorn.Config(
            app,
            lifespan="on",
            log_level="warning",
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        task = asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))
        deadline = asyncio.get_running_loop().time() + STARTUP_TIMEOUT
        while not server.started:
            if task.done():
                task.result()  # raises what stopped it
                raise RuntimeError(f"the server on {host}:{port} stopped while starting")
            if asyncio.get_running_loop().time() > deadline:
                server.should_exit = True
                raise RuntimeError(f"the server on {host}:{port} did not start within {STARTUP_TIMEOUT} s")
            await asyncio.sleep(0.005)
        running = RunningServer(host=host, port=sock.getsockname()[1], server=server, task=task)
        try:
            yield running
        finally:
            server.should_exit = True
            try:
                await asyncio.wait_for(asyncio.shield(task), SHUTDOWN_TIMEOUT)
            except TimeoutError:
                server.force_exit = True
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    finally:
        sock.close()


class ThreadLoop:
    """An event loop running in a daemon thread, for serving while the calling thread blocks."""

    def __init__(self, name: str) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def run(self, coroutine: Coroutine[Any, Any, Any], timeout: float | None = None) -> Any:
        """Run coroutine on the thread's loop and return its result (blocks the caller)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        async def cancel_rest() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        with contextlib.suppress(Exception):
            self.run(cancel_rest(), SHUTDOWN_TIMEOUT)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(SHUTDOWN_TIMEOUT)
        if not self._thread.is_alive():
            self.loop.close()


@contextlib.contextmanager
def serve_in_thread(
    app: Any, host: str = "127.0.0.1", port: int = 0, *, on_loop: Callable[[ThreadLoop], None] | None = None
) -> Iterator[RunningServer]:
    """`serve` in a background thread, for synchronous code (a sync client, a blocking test)."""
    thread_loop = ThreadLoop("uvicorn-" + host)
    if on_loop is not None:
        on_loop(thread_loop)
    context = serve(app, host, port)
    try:
        running: RunningServer = thread_loop.run(context.__aenter__(), STARTUP_TIMEOUT + 5)
        try:
            yield running
        finally:
            thread_loop.run(context.__aexit__(None, None, None), SHUTDOWN_TIMEOUT + 5)
    finally:
        thread_loop.close()
