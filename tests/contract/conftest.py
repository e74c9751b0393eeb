"""Fixtures of the contract tests: a strict copy of the spec, and Prism serving it for the whole session."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.inputs import load_selection
from generator.select import select
from generator.strict import strict_spec
from tests.support.prism import Prism, start_prism


@pytest.fixture(scope="session")
def strict_spec_file(full_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The strict copy of the selected spec, as JSON in a temporary directory (the spec is never committed)."""
    selection = load_selection()
    document = strict_spec(select(full_spec, selection.operations).document)
    path = tmp_path_factory.mktemp("prism") / "telnyx-voice-strict.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def prism(strict_spec_file: Path) -> Iterator[Prism]:
    """Prism mocking the strict spec on 127.0.0.1 (a free port); stopped at the end of the session.

    Its base URL serves the paths without `/v2`, so it is the client's whole `base_url`.
    """
    server = start_prism(strict_spec_file, strict_spec_file.with_name("prism.log"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def prism_url(prism: Prism) -> Iterator[str]:
    """Prism's base URL, for one test; a Prism that died during the test fails it with its log."""
    prism.check_running()
    yield prism.url
    prism.check_running()
