"""Fixtures of the client tests; the helpers themselves live in client_support.py, next to this file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# pytest runs with --import-mode=importlib, which puts no test directory on sys.path.
sys.path.insert(0, str(Path(__file__).parent))

from client_support import MODES


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """ "sync" or "async": every test using it runs against `Telnyx` and against `AsyncTelnyx`."""
    value: str = request.param
    return value


@pytest.fixture(autouse=True)
def _no_telnyx_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see no TELNYX_* configuration from the environment unless they set it."""
    for name in ("TELNYX_API_KEY", "TELNYX_BASE_URL", "TELNYX_PUBLIC_KEY"):
        monkeypatch.delenv(name, raising=False)
