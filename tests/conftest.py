"""Shared fixtures: the pinned spec, loaded once per session (parsed-JSON cache makes it ~0.1 s)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.inputs import load_naming, load_pin, load_selection
from generator.normalize import normalize
from generator.select import select
from generator.source import load_spec


@pytest.fixture(scope="session")
def full_spec() -> dict[str, Any]:
    return load_spec(load_pin()).document


@pytest.fixture(scope="session")
def normalized_spec(full_spec: dict[str, Any]) -> dict[str, Any]:
    selection = load_selection()
    return normalize(select(full_spec, selection.operations, selection.events).document)


@pytest.fixture(scope="session")
def naming() -> Any:
    return load_naming()
