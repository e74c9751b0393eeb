"""Generation from each mirrored spec version with the default selection (issue 6).

Each version generates into a temporary directory with no warning, no dropped operation or schema;
the package imports (in a subprocess, PYTHONPATH=<tmp>), every one of its operations sends the right
request (required arguments only, built from that version's spec) and parses a minimal example of
its response through an `httpx.MockTransport`, and `mypy --strict` accepts it (the pinned
version's committed package is type-checked by `make typecheck`). Operations of the selection that
an older spec lacks are listed, and without `--allow-missing` the CLI names them in its error.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.describe import describe_events
from generator.generation import Generation, generate
from generator.inputs import load_pin, load_selection
from generator.report import Report, Surface, as_json, compare, load_surface, markdown
from generator.source import MIRROR_DIR, load_spec
from tests.support.event_examples import event_examples, parse_every_event
from tests.support.generation_checks import check_package, expected_surface, mypy_strict, normalized_selection
from tests.support.operation_calls import call_every_operation, call_problems, operation_calls

NEW_SINCE_2025_09_19 = (
    "CallAddMessagesToAIAssistant",
    "CallJoinAIAssistant",
    "CallStartConversationRelay",
    "CallStopConversationRelay",
)
NEW_SINCE_2024_06_04 = (
    "CallAddMessagesToAIAssistant",
    "CallJoinAIAssistant",
    "CallStartAIAssistant",
    "CallStopAIAssistant",
    "CallStartConversationRelay",
    "CallStopConversationRelay",
    "callGatherUsingAI",
    "SendSIPInfo",
    "StartSiprecSession",
    "StopSiprecSession",
    "SwitchSupervisorRole",
)
# The selected operations each version lacks, in selection order.
# Conference and queue operations the pinned spec has and the versions before 2026 lack.
CONFERENCES_AND_QUEUES_SINCE_2025_09_19 = (
    "EndConference",
    "ConferenceGatherUsingAudio",
    "ConferenceSendDTMF",
    "RetrieveConferenceParticipant",
    "UpdateConferenceParticipant",
    "ListQueues",
    "CreateQueue",
    "DeleteQueue",
    "UpdateQueue",
    "RemoveQueueCall",
    "UpdateCallInQueue",
)
# The 2024-01-04 version has none of the conference, queue, connection, media and recording operations.
ABSENT_IN_2024_01_04 = (
    "ListConferences",
    "CreateConference",
    "ListConferenceParticipants",
    "RetrieveConference",
    "EndConference",
    "ConferenceGatherUsingAudio",
    "HoldConferenceParticipants",
    "JoinConference",
    "LeaveConference",
    "MuteConferenceParticipants",
    "PlayConferenceAudio",
    "PauseConferenceRecording",
    "ResumeConferenceRecording",
    "StartConferenceRecording",
    "StopConferenceRecording",
    "ConferenceSendDTMF",
    "SpeakTextToConference",
    "StopConferenceAudio",
    "UnholdConferenceParticipants",
    "UnmuteConferenceParticipants",
    "UpdateConference",
    "RetrieveConferenceParticipant",
    "UpdateConferenceParticipant",
    "ListConnections",
    "RetrieveConnection",
    "ListMediaStorage",
    "CreateMediaStorage",
    "DeleteMediaStorage",
    "GetMediaStorage",
    "UpdateMediaStorage",
    "DownloadMedia",
    "ListQueues",
    "CreateQueue",
    "DeleteQueue",
    "RetrieveCallQueue",
    "UpdateQueue",
    "ListQueueCalls",
    "RemoveQueueCall",
    "RetrieveCallFromQueue",
    "UpdateCallInQueue",
    "getRecordingTranscriptions",
    "deleteRecordingTranscription",
    "getRecordingTranscription",
    "GetRecordings",
    "DeleteRecordings",
    "DeleteRecording",
    "GetRecording",
)
VERSIONS: dict[str, tuple[str, ...]] = {
    # 2024-06-04's call lacks, and two more, in selection order before SwitchSupervisorRole
    "spec3-2024-01-04.yml": (
        *NEW_SINCE_2024_06_04[:-1],
        "noiseSuppressionStart",
        "noiseSuppressionStop",
        "SwitchSupervisorRole",
        *ABSENT_IN_2024_01_04,
    ),
    "spec3-2024-06-04.yml": (*NEW_SINCE_2024_06_04, *CONFERENCES_AND_QUEUES_SINCE_2025_09_19),
    "spec3-2024-12-02.yml": (
        "CallAddMessagesToAIAssistant",
        "CallJoinAIAssistant",
        "CallStartConversationRelay",
        "CallStopConversationRelay",
        "SwitchSupervisorRole",
        *CONFERENCES_AND_QUEUES_SINCE_2025_09_19,
    ),
    "spec3-2025-08-01.yml": (*NEW_SINCE_2025_09_19, *CONFERENCES_AND_QUEUES_SINCE_2025_09_19),
    "spec3-2025-09-19.yml": (*NEW_SINCE_2025_09_19, *CONFERENCES_AND_QUEUES_SINCE_2025_09_19),
    "spec3-2026-03-10.yml": NEW_SINCE_2025_09_19[1:],
    "spec3-2026-07-16.yml": (),
}
# OpenAPI 3.0 versions: no `webhooks`, their events are found in the operations' callbacks.
OPENAPI_30 = ("spec3-2024-01-04.yml", "spec3-2024-06-04.yml", "spec3-2024-12-02.yml", "spec3-2025-08-01.yml")
NEW_EVENTS_SINCE_2025_09_19 = (
    "callCost",
    "callDeepfakeDetectionError",
    "callDeepfakeDetectionResult",
    "callHold",
    "callUnhold",
)
NEW_EVENTS_SINCE_2024_06_04 = (
    "CallAIGatherEnded",
    "CallAIGatherMessageHistoryUpdated",
    "CallAIGatherPartialResults",
    "callConversationEnded",
    "callConversationInsightsGenerated",
    "callCost",
    "callDeepfakeDetectionError",
    "callDeepfakeDetectionResult",
    "callHold",
    "callRecordingTranscriptionSaved",
    "callSiprecFailed",
    "callSiprecStarted",
    "callSiprecStopped",
    "callUnhold",
)
EVENTS_ADDED_IN_2024_12_02 = ("CallAIGatherEnded", "callSiprecFailed", "callSiprecStarted", "callSiprecStopped")
# The selected webhook events each version lacks, in selection order.
MISSING_EVENTS: dict[str, tuple[str, ...]] = {
    "spec3-2024-01-04.yml": NEW_EVENTS_SINCE_2024_06_04,
    "spec3-2024-06-04.yml": NEW_EVENTS_SINCE_2024_06_04,
    "spec3-2024-12-02.yml": tuple(e for e in NEW_EVENTS_SINCE_2024_06_04 if e not in EVENTS_ADDED_IN_2024_12_02),
    "spec3-2025-08-01.yml": NEW_EVENTS_SINCE_2025_09_19,
    "spec3-2025-09-19.yml": NEW_EVENTS_SINCE_2025_09_19,
    "spec3-2026-03-10.yml": NEW_EVENTS_SINCE_2025_09_19,
    "spec3-2026-07-16.yml": (),
}
# AnswerCall's response class, where it is not CallControlCommandResponseWithRecordingID.
ANSWER_RESPONSES = {
    "spec3-2024-01-04.yml": "CallControlCommandResponse",
    "spec3-2024-06-04.yml": "CallControlCommandResponse",
    "spec3-2024-12-02.yml": "CallControlCommandResponse",
}
# `mypy --strict` takes a minute or two per version: a sample of them, with both kinds of spec,
# the oldest and the newest (the pinned one's committed package is checked by `make typecheck`).
MYPY_SAMPLE = ("spec3-2024-01-04.yml", "spec3-2025-08-01.yml", "spec3-2025-09-19.yml")


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
    assert len(generation.operations) == 96 - len(VERSIONS[name])
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
    assert len(calls) == len(generation.operations) == 96 - len(VERSIONS[name])
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
    # (the 2024 specs answer call commands without a recording id)
    assert answer["class"] == ANSWER_RESPONSES.get(name, "CallControlCommandResponseWithRecordingID")
    pages = {op_id for op_id, result in found.items() if result["page"]}
    assert pages == {op.operation_id for op in generation.operations if op.pagination}
    assert len(pages) >= 3


def test_every_event_parses_from_its_example(
    version: tuple[str, Path, Generation], normalized_spec: dict[str, Any]
) -> None:
    """Every selected event of the version (found in `callbacks` for OpenAPI 3.0 specs) parses its
    spec example into its own class, with the name, class and event type it has in the pinned spec."""
    name, root, generation = version
    assert len(generation.events) == 55 - len(MISSING_EVENTS[name])
    pinned = {event.name: event for event in describe_events(normalized_spec, allow_untyped=True)}
    assert [event for event in generation.events if event != pinned[event.name]] == []
    normalized = normalized_selection(load_spec(load_pin(), MIRROR_DIR / name).document, load_selection())
    found = parse_every_event(root, event_examples(normalized))
    assert found["event_classes"] == sorted(t for event in generation.events for t in event.event_types)
    results = found["results"]
    assert sorted(results) == sorted(event.name for event in generation.events)
    for event in generation.events:
        result = results[event.name]
        assert "error" not in result, (event.name, result)
        assert not result["unknown"] and result["class"] == result["expected_class"], (event.name, result)
        assert result["event_type"] in event.event_types and result["keys_kept"], (event.name, result)


# What a change between OLD and NEW is in the report between NEW and OLD.
OPPOSITE_CHANGES = {
    "added": "removed",
    "removed": "added",
    "enum values added": "enum values removed",
    "enum values removed": "enum values added",
    "type widened": "type narrowed",
    "type narrowed": "type widened",
    "now required": "now optional",
    "now optional": "now required",
    "body now required": "body now optional",
    "body now optional": "body now required",
}


def _reversed(report: Report) -> Counter[tuple[str, str, str, str, str]]:
    """The changes of report as the report the other way lists them (a rename guess is listed under
    the removed field: the other way, that is the added one)."""
    return Counter(
        (
            c.area,
            c.subject,
            c.location,
            c.new if c.change == "renamed?" else c.field,
            OPPOSITE_CHANGES.get(c.change, c.change),
        )
        for c in report.changes
    )


@pytest.fixture(scope="module")
def surfaces() -> dict[str, Surface]:
    """Every mirrored version's described selection, as the change report reads it."""
    return {name: load_surface(MIRROR_DIR / name) for name in sorted(VERSIONS)}


@pytest.mark.parametrize("name", sorted(VERSIONS))
def test_the_report_works_both_ways_against_every_other_version(name: str, surfaces: dict[str, Surface]) -> None:
    """The change report from this version to every other one and back (OpenAPI 3.0 and 3.1 alike):
    each direction lists the other's changes reversed, and both render as Markdown and JSON."""
    for other in sorted(set(surfaces) - {name}):
        forward, backward = compare(surfaces[name], surfaces[other]), compare(surfaces[other], surfaces[name])
        as_listed = Counter((c.area, c.subject, c.location, c.field, c.change) for c in backward.changes)
        assert _reversed(forward) == as_listed, (name, other)
        assert len(json.loads(as_json(forward))["changes"]) == len(forward.changes) > 0
        assert markdown(backward).startswith("#")


def test_the_report_compares_events_of_openapi_30_and_31_specs(surfaces: dict[str, Surface]) -> None:
    """The events of 2025-08-01 (OpenAPI 3.0, found in `callbacks`) are those of 2025-09-19 (3.1,
    `webhooks`), with the same payload fields; between 2024-06-04 and 2024-12-02 (both 3.0) events
    and payload fields come and go, each way."""
    same = compare(surfaces["spec3-2025-08-01.yml"], surfaces["spec3-2025-09-19.yml"])
    assert len(surfaces["spec3-2025-08-01.yml"].events) == 50
    assert [c for c in same.changes if c.area in ("event", "event field")] == []
    newer = compare(surfaces["spec3-2024-06-04.yml"], surfaces["spec3-2024-12-02.yml"])
    added = {c.subject: c.detail for c in newer.changes if c.area == "event" and c.change == "added"}
    assert sorted(added) == sorted(EVENTS_ADDED_IN_2024_12_02)
    assert added == {
        "CallAIGatherEnded": "call.ai_gather.ended: not in the old spec",
        "callSiprecFailed": "siprec.failed: not in the old spec",
        "callSiprecStarted": "siprec.started: not in the old spec",
        "callSiprecStopped": "siprec.stopped: not in the old spec",
    }
    fields = {(c.subject, c.field, c.change) for c in newer.changes if c.area == "event field"}
    assert ("callAnswered", "start_time", "added") in fields
    older = compare(surfaces["spec3-2024-12-02.yml"], surfaces["spec3-2024-06-04.yml"])
    assert {c.subject for c in older.breaking if c.area == "event"} == set(added)
    assert ("callAnswered", "start_time", "removed") in {
        (c.subject, c.field, c.change) for c in older.breaking if c.area == "event field"
    }


@pytest.mark.slow
@pytest.mark.parametrize("version", MYPY_SAMPLE, indirect=True)
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
