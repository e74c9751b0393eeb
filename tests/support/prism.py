"""Prism for the contract tests: starting it, and reading what it answered.

Prism (npm `@stoplight/prism-cli`, pinned in prism/package-lock.json, installed by `make prism`) mocks
the Telnyx API from a strict copy of the spec (generator/strict.py) and validates every request
against it. A request that breaks the spec gets a 422 and an `sl-violations` response header naming
each violation; a valid one gets the documented example. Nothing here was written against our client:
the values come from the spec, the verdict from Prism.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

from tests.support.processes import stop

PRISM_DIR = Path(__file__).resolve().parents[1] / "contract" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
PRISM_START_TIMEOUT = 60.0
PRISM_STOP_TIMEOUT = 10.0
LISTENING = re.compile(r"Prism is listening on (http://127\.0\.0\.1:\d+)")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
API_KEY = "contract-test-key"
# Prism never answers a request whose JSON body does not parse: a bound on every call keeps a hang short.
TIMEOUT = httpx.Timeout(15.0, connect=5.0)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask Linux to SIGTERM Prism when the pytest process dies, even by SIGKILL."""
    PR_SET_PDEATHSIG = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Prism:
    """A running `prism mock` on 127.0.0.1, its base URL and its log."""

    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    _log: IO[bytes] = field(repr=False)

    def log_tail(self, lines: int = 40) -> str:
        text = ANSI.sub("", self.log_path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(text.splitlines()[-lines:])

    def check_running(self) -> None:
        """Raise with the log when Prism has exited (a crash would otherwise look like connection errors)."""
        code = self.process.poll()
        if code is not None:
            raise RuntimeError(f"Prism exited with status {code}; the end of its log:\n{self.log_tail()}")

    def stop(self) -> None:
        stop(self.process, PRISM_STOP_TIMEOUT)
        self._log.close()


def start_prism(spec_file: Path, log_path: Path, *, timeout: float = PRISM_START_TIMEOUT) -> Prism:
    """Start `prism mock` on spec_file on a free port and wait until it says it listens.

    `-p 0` lets the kernel pick the port, so parallel sessions cannot race for one; the port is read
    from Prism's "Prism is listening on" log line.

    Raises:
        RuntimeError: Prism is not installed, exits, or does not listen within timeout (with its log).
    """
    if not PRISM_BIN.exists():
        raise RuntimeError(f"Prism is not installed at {PRISM_BIN}: run `make prism` (npm ci in {PRISM_DIR}).")
    log = log_path.open("wb")
    process = subprocess.Popen(
        [str(PRISM_BIN), "mock", "--host", "127.0.0.1", "--port", "0", str(spec_file)],
        cwd=PRISM_DIR,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,
    )
    prism = Prism(url="", process=process, log_path=log_path, _log=log)
    deadline = time.monotonic() + timeout
    try:
        while True:
            found = LISTENING.search(ANSI.sub("", log_path.read_text(encoding="utf-8", errors="replace")))
            if found:
                prism.url = found.group(1)
                return prism
            prism.check_running()
            if time.monotonic() > deadline:
                raise RuntimeError(f"Prism did not listen within {timeout:.0f} s; its log:\n{prism.log_tail()}")
            time.sleep(0.05)
    except BaseException:
        prism.stop()
        raise


@dataclass
class Exchanges:
    """Every response a client received (an httpx response hook), with Prism's verdict on its request."""

    responses: list[httpx.Response] = field(default_factory=list)

    def record(self, response: httpx.Response) -> None:
        self.responses.append(response)

    async def arecord(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def hooks(self, mode: str) -> dict[str, list[Callable[[httpx.Response], Any]]]:
        return {"response": [self.record if mode == "sync" else self.arecord]}

    @property
    def last(self) -> httpx.Response:
        assert self.responses, "no request reached Prism"
        return self.responses[-1]

    def violations(self) -> list[dict[str, Any]]:
        """Prism's violations for every request seen (its `sl-violations` header, a JSON list)."""
        found: list[dict[str, Any]] = []
        for response in self.responses:
            header = response.headers.get("sl-violations")
            if header is not None:
                found.extend(parse_violations(header))
        return found

    def violation_messages(self) -> list[str]:
        return [str(v.get("message")) for v in self.violations()]


TOO_MANY = "Too many violations! "


def parse_violations(header: str) -> list[dict[str, Any]]:
    """The violations in an `sl-violations` header.

    With many violations Prism prefixes the list with "Too many violations! " and cuts it short,
    mid-JSON; the complete entries are kept, and one entry marks the cut.
    """
    if not header.startswith(TOO_MANY):
        parsed: list[dict[str, Any]] = json.loads(header)
        return parsed
    text = header.removeprefix(TOO_MANY)
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    position = 1  # after the opening bracket
    while True:
        try:
            item, end = decoder.raw_decode(text, position)
        except ValueError:
            break
        found.append(item)
        position = end + 1  # past the comma
    found.append({"location": [], "code": "truncated", "message": TOO_MANY.strip()})
    return found
