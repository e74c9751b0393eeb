"""A real redis-server for the tests and the benchmark: `make redis` unpacks Debian's package into .cache/redis.

`RedisServer` starts it on 127.0.0.1 at a free port, waits until it answers PING, and can stop and
start it again on the same port (an outage). With `persistent`, it keeps its data in an append-only
file synced on every write, so a restart loses nothing acknowledged.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from tests.support.processes import stop

REPO_ROOT = Path(__file__).resolve().parents[2]
REDIS_DIR = REPO_ROOT / ".cache" / "redis"
REDIS_SERVER = REDIS_DIR / "redis-server"
# The packages' shared libraries (jemalloc, lzf), in the machine's multiarch directory (x86_64-linux-gnu, ...).
REDIS_LIBRARIES = REDIS_DIR / "root" / "usr" / "lib"
START_TIMEOUT = 10.0


class RedisNotInstalledError(RuntimeError):
    """The project's redis-server is missing: `make redis` has not run (or failed)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """One redis-server process on 127.0.0.1 (see the module's docstring); a context manager that stops it."""

    def __init__(self, *, persistent: bool = False) -> None:
        if not REDIS_SERVER.exists():
            raise RedisNotInstalledError(
                f"{REDIS_SERVER} is missing: run `make redis` (it unpacks Debian's pinned redis-server there); "
                "the event-store tests need a real Redis"
            )
        self.port = free_port()
        self.persistent = persistent
        self._directory = tempfile.TemporaryDirectory(prefix="telnyx-voice-redis-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start it (again, on the same port and data) and wait until it answers PING."""
        persistence = ["--appendonly", "yes", "--appendfsync", "always"] if self.persistent else ["--appendonly", "no"]
        command = [str(REDIS_SERVER), "--bind", "127.0.0.1", "--port", str(self.port), "--save", ""]
        command += [*persistence, "--dir", self._directory.name, "--protected-mode", "yes"]
        libraries = os.pathsep.join(str(path) for path in sorted(REDIS_LIBRARIES.glob("*-linux-gnu*")))
        env = {**os.environ, "LD_LIBRARY_PATH": libraries}
        self._process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + START_TIMEOUT
        while not _ping(self.port):
            if self._process.poll() is not None:
                error = self._process.stderr.read().decode() if self._process.stderr else ""
                raise RuntimeError(f"redis-server exited with {self._process.returncode} while starting: {error}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not answer PING on port {self.port} within {START_TIMEOUT} s")
            time.sleep(0.02)

    def stop(self) -> None:
        """Stop it (SIGTERM, then SIGKILL); its data stays for the next `start` when persistent."""
        if self._process is not None:
            stop(self._process)
            self._process = None

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
        self._directory.cleanup()
