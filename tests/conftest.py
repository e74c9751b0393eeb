"""Shared fixtures: the pinned spec, loaded once per session (parsed-JSON cache makes it ~0.1 s)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from generator.inputs import load_naming, load_pin
from generator.pipeline import describe_spec
from generator.source import load_spec

# The machines are shared and noisy: Hypothesis must not fail a test for taking long (no wall-clock limits).
settings.register_profile("shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shared-machine")


@pytest.fixture(scope="session")
def full_spec() -> dict[str, Any]:
    return load_spec(load_pin()).document


@pytest.fixture(scope="session")
def normalized_spec(full_spec: dict[str, Any]) -> dict[str, Any]:
    return describe_spec(full_spec).spec


@pytest.fixture(scope="session")
def naming() -> Any:
    return load_naming()


@pytest.fixture(autouse=True)
def _no_telnyx_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see no TELNYX_* configuration from the environment unless they set it."""
    for name in ("TELNYX_API_KEY", "TELNYX_BASE_URL", "TELNYX_PUBLIC_KEY", "TELNYX_SANDBOX_API_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """ "sync" or "async": every test using it runs against `Telnyx` and against `AsyncTelnyx`."""
    value: str = request.param
    return value
