"""Generation from each mirrored spec version with the default selection (issue 6).

Each version generates into a temporary directory with no warning, no dropped operation or schema;
the package imports (in a subprocess, PYTHONPATH=<tmp>), every one of its operations sends the right
request (required arguments only, built from that version's spec) and parses a minimal example of
its response through an `httpx.MockTransport`, and `mypy --strict` accepts it (the pinned
version's committed package is type-checked by `make typecheck`). Operations of the selection that
an older spec lacks are listed, and without `--allow-missing` the CLI names them in its error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.generation import Generation, generate
from generator.inputs import load_pin, load_selection
from generator.source import MIRROR_DIR, load_spec
from tests.support.generation_checks import (
    call_every_operation,
    call_problems,
    check_package,
    expected_surface,
    mypy_strict,
    normalized_selection,
    operation_calls,
)

NEW_SINCE_2025_09_19 = (
    "CallAddMessagesToAIAssistant",
    "CallJoinAIAssistant",
    "CallStartConversationRelay",
    "CallStopConversationRelay",
)
VERSIONS: dict[str, tuple[str, ...]] = {
    "spec3-2025-09-19.yml": NEW_SINCE_2025_09_19,
    "spec3-2026-03-10.yml": NEW_SINCE_2025_09_19[1:],
    "spec3-2026-07-16.yml": (),
}
MISSING_EVENTS = {
    "spec3-2025-09-19.yml": (
        "callCost",
        "callDeepfakeDetectionError",
        "callDeepfakeDetectionResult",
        "callHold",
        "callUnhold",
    ),
    "spec3-2026-03-10.yml": (
        "callCost",
        "callDeepfakeDetectionError",
        "callDeepfakeDetectionResult",
        "callHold",
        "callUnhold",
    ),
    "spec3-2026-07-16.yml": (),
}


@pytest.fixture(scope="module", params=sorted(VERSIONS))
def version(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Generation]:
    name: str = request.param
    root = tmp_path_factory.mktemp(name.removesuffix(".yml"))
    generation = generate(MIRROR_DIR / name, root / "telnyx_voice", allow_missing=True)
    return name, root, generation


def test_generates_without_warnings_and_lists_what_the_spec_lacks(version: tuple[str, Path, Generation]) -> None:
    name, _, generation = version
    assert generation.warnings == ()
    assert generation.missing_operations == VERSIONS[name]
    assert generation.missing_events == MISSING_EVENTS[name]
    assert len(generation.operations) == 49 - len(VERSIONS[name])
    assert not generation.loaded.is_pinned or name == load_pin().mirror_file


def test_no_dropped_operation_or_schema_and_every_module_imports(version: tuple[str, Path, Generation]) -> None:
    name, root, generation = version
    normalized = normalized_selection(load_spec(load_pin(), MIRROR_DIR / name).document, load_selection())
    expected = expected_surface(normalized, generation)
    found = check_package(root, expected)
    assert found["problems"] == []
    assert found["modules"] > generation.models


def test_every_operation_sends_and_parses(version: tuple[str, Path, Generation]) -> None:
    """Every operation of the version, with its required arguments only (from that version's spec),
    in one subprocess: method, path, required query and body keys and values, and the typed
    response read back from a minimal example of the success body."""
    name, root, generation = version
    normalized = normalized_selection(load_spec(load_pin(), MIRROR_DIR / name).document, load_selection())
    calls = operation_calls(normalized, generation.operations)
    assert len(calls) == len(generation.operations) == 49 - len(VERSIONS[name])
    found = call_every_operation(root, calls)
    assert sorted(found) == sorted(call["operation_id"] for call in calls)
    problems = [problem for call in calls for problem in call_problems(call, found[call["operation_id"]])]
    assert problems == []
    assert {result["host"] for result in found.values()} == {"api.test"}
    # by hand: dial sends exactly its three required fields and a command_id
    dial = found["DialCall"]
    assert (dial["http_method"], dial["path"]) == ("POST", "/v2/calls")
    assert dial["body"].pop("command_id")  # commands get a stable command_id, so a retry is deduplicated
    assert sorted(dial["body"]) == ["connection_id", "from", "to"]
    assert dial["to_dict"]["data"]["call_control_id"]
    answer = found["AnswerCall"]
    assert answer["path"] == "/v2/calls/call_control_id-1/actions/answer" and "command_id" in answer["body"]
    # the responses are models, not None: older specs give them as `$ref: #/components/responses/...`
    assert answer["class"] == "CallControlCommandResponseWithRecordingID"
    pages = {op_id for op_id, result in found.items() if result["page"]}
    assert pages == {op.operation_id for op in generation.operations if op.pagination}
    assert len(pages) >= 3


@pytest.mark.slow
def test_mypy_strict(version: tuple[str, Path, Generation]) -> None:
    _, root, _ = version
    assert mypy_strict(root, "telnyx_voice", "telnyx_voice_tools") == ""


def test_the_cli_names_missing_operations_unless_allowed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = MIRROR_DIR / "spec3-2025-09-19.yml"
    assert main(["--spec", str(old), "--output", str(tmp_path / "telnyx_voice")]) == 2
    err = capsys.readouterr().err
    for op_id in NEW_SINCE_2025_09_19:
        assert f"no operation {op_id}" in err
    assert "--allow-missing" in err
    assert not (tmp_path / "telnyx_voice").exists()
    assert main(["generate", "--spec", str(old), "--output", str(tmp_path / "telnyx_voice"), "--allow-missing"]) == 0
    out = capsys.readouterr().out
    assert all(f"missing from this spec (skipped): {op_id}" in out for op_id in NEW_SINCE_2025_09_19)
    assert "missing from this spec (skipped): webhook event callHold" in out
