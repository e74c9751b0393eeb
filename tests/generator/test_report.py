"""The change report (generator/report.py, `python -m generator report`).

A snapshot of the Markdown and JSON reports between the oldest and the pinned mirrored spec, entries
checked by hand against the specs themselves, the CLI's exit codes, and the classification rules on
tiny hand-made specs.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from generator.cli import main
from generator.inputs import Naming, Selection, load_pin
from generator.report import Change, Report, as_json, compare, describe_surface, markdown, report_between
from generator.select import iter_operations
from generator.source import MIRROR_DIR, LoadedSpec, load_spec

OLD = MIRROR_DIR / "spec3-2025-09-19.yml"
NEW = MIRROR_DIR / "spec3-2026-07-16.yml"
ADDED_OPERATIONS = {
    "CallAddMessagesToAIAssistant",
    "CallJoinAIAssistant",
    "CallStartConversationRelay",
    "CallStopConversationRelay",
}


class MarkdownSnapshot(SingleFileSnapshotExtension):
    file_extension = "md"
    _write_mode = WriteMode.TEXT


class JsonSnapshot(SingleFileSnapshotExtension):
    file_extension = "json"
    _write_mode = WriteMode.TEXT


@pytest.fixture(scope="module")
def report() -> Report:
    return report_between(OLD, NEW)


def changes(report: Report, **match: Any) -> list[Change]:
    return [c for c in report.changes if all(getattr(c, k) == v for k, v in match.items())]


# --- the real specs -----------------------------------------------------------------------------


def test_markdown_snapshot(report: Report, snapshot: SnapshotAssertion) -> None:
    assert markdown(report) == snapshot.use_extension(MarkdownSnapshot)


def test_json_snapshot(report: Report, snapshot: SnapshotAssertion) -> None:
    text = as_json(report)
    assert text == snapshot.use_extension(JsonSnapshot)
    assert text == as_json(report_between(OLD, NEW))  # stable bytes
    document = json.loads(text)
    assert document["summary"]["breaking"] == len(report.breaking)
    assert json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n" == text


def test_the_four_operations_added_since_2025_09_19(report: Report) -> None:
    old_ids = {op.get("operationId") for _, _, op in iter_operations(load_spec(load_pin(), OLD).document)}
    new_ids = {op.get("operationId") for _, _, op in iter_operations(load_spec(load_pin(), NEW).document)}
    assert new_ids >= ADDED_OPERATIONS and not ADDED_OPERATIONS & old_ids  # the data says so
    added = {c.subject for c in changes(report, area="operation", change="added")}
    assert added == ADDED_OPERATIONS
    assert set(report.old.missing_operations) == ADDED_OPERATIONS and report.new.missing_operations == ()
    assert not changes(report, area="operation", change="removed")
    tools = {c.subject for c in changes(report, area="mcp tool", change="added")}
    assert tools == {report.new.operations[op_id].tool_name for op_id in ADDED_OPERATIONS}
    assert "call_join_ai_assistant" in tools
    text = markdown(report)
    assert "45 of 49 (missing: `CallAddMessagesToAIAssistant`, `CallJoinAIAssistant`" in text


def _body_fields(path: Path, schema: str) -> set[str]:
    document = load_spec(load_pin(), path).document
    return set(document["components"]["schemas"][schema]["properties"])


@pytest.mark.parametrize(
    ("operation", "schema", "count"), [("DialCall", "CallRequest", 13), ("TransferCall", "TransferCallRequest", 15)]
)
def test_new_body_fields_match_the_specs(report: Report, operation: str, schema: str, count: int) -> None:
    new_fields = _body_fields(NEW, schema) - _body_fields(OLD, schema)
    assert len(new_fields) == count  # as NOTES.md measured
    added = {c.field for c in changes(report, subject=operation, change="added")}
    assert added == new_fields
    assert all(not c.breaking for c in changes(report, subject=operation, change="added"))


def test_some_dial_fields_by_hand(report: Report) -> None:
    dial = {c.field: c for c in changes(report, subject="DialCall", change="added")}
    assert {"assistant", "conversation_relay_config", "deepfake_detection", "privacy", "sip_region"} <= set(dial)
    assert dial["prevent_double_bridge"].detail == "optional, boolean"
    assert dial["assistant"].location == "body"
    assert changes(
        report, subject="noiseSuppressionStart", field="noise_suppression_engine", change="enum values removed"
    )[0].old == ["A", "B"]


def test_fail_on_breaking_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert main(["report", str(OLD), str(NEW), "--format", "json", "--output", str(out)]) == 0
    assert json.loads(out.read_text())["summary"]["breaking"] > 0
    assert main(["report", str(OLD), str(NEW), "--fail-on-breaking", "--output", str(out)]) == 1
    assert "breaking change" in capsys.readouterr().err
    assert main(["report", str(NEW), str(NEW), "--fail-on-breaking", "--output", str(out)]) == 0
    assert "**0 breaking changes**, 0 other." in out.read_text()
    assert main(["report", str(tmp_path / "nope.yml"), str(NEW)]) == 2


# --- the rules, on tiny specs -------------------------------------------------------------------

COMMAND = "/things/{thing_id}/actions/go"


def tiny(
    fields: dict[str, Any] | None = None,
    required: tuple[str, ...] = (),
    payload: dict[str, Any] | None = None,
    payload_required: tuple[str, ...] = (),
    operations: tuple[str, ...] = ("GoThing", "ListThings"),
) -> dict[str, Any]:
    """A spec with a command (body GoRequest), a list operation and one webhook event."""
    paths: dict[str, Any] = {}
    if "GoThing" in operations:
        paths[COMMAND] = {
            "post": {
                "operationId": "GoThing",
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GoRequest"}}}
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    if "ListThings" in operations:
        paths["/things"] = {
            "get": {
                "operationId": "ListThings",
                "parameters": [{"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}}],
                "responses": {"200": {"description": "ok"}},
            }
        }
    event = {
        "type": "object",
        "properties": {
            "data": {
                "type": "object",
                "properties": {
                    "event_type": {"type": "string", "enum": ["thing.done"]},
                    "payload": {
                        "type": "object",
                        "properties": payload or {"state": {"type": "string"}},
                        "required": list(payload_required),
                    },
                },
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "paths": paths,
        "webhooks": {
            "thingDone": {
                "post": {
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingDone"}}}
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "GoRequest": {
                    "type": "object",
                    "properties": fields or {"speed": {"type": "integer"}},
                    "required": list(required),
                },
                "Mode": {"type": "string", "enum": ["slow", "fast"]},
                "ThingDone": event,
            }
        },
    }


SELECTION = Selection(operations=("GoThing", "ListThings"), events=("thingDone",))


def surface(document: dict[str, Any], label: str) -> Any:
    loaded = LoadedSpec(document=document, path=Path(label), origin="test", sha256=label * 8, is_pinned=False)
    return describe_surface(loaded, SELECTION, Naming())


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    report = compare(surface(old, "old.yml"), surface(new, "new.yml"))
    return [(c.subject, c.field, c.change, c.breaking) for c in report.changes]


def test_identical_specs_have_no_changes() -> None:
    assert diff(tiny(), tiny()) == []


def test_operations_added_and_removed() -> None:
    without = tiny(operations=("GoThing",))
    assert ("ListThings", "", "added", False) in diff(without, tiny())
    removed = diff(tiny(), without)
    assert ("ListThings", "", "removed", True) in removed
    assert ("things_list_things", "", "removed", True) in removed  # its MCP tool too
    report = compare(surface(tiny(), "old.yml"), surface(without, "new.yml"))
    assert report.new.missing_operations == ("ListThings",)
    assert "not in the new spec" in changes(report, area="operation")[0].detail


def test_fields_added_optional_or_required() -> None:
    old = tiny()
    optional = tiny({"speed": {"type": "integer"}, "note": {"type": "string"}})
    required = tiny({"speed": {"type": "integer"}, "note": {"type": "string"}}, required=("note",))
    assert diff(old, optional) == [("GoThing", "note", "added", False)]
    assert diff(old, required) == [("GoThing", "note", "added", True)]
    assert diff(optional, old) == [("GoThing", "note", "removed", True)]


def test_a_removed_and_an_added_field_with_the_same_schema_is_a_rename_guess() -> None:
    old = tiny({"speed": {"type": "integer"}})
    new = tiny({"velocity": {"type": "integer"}})
    assert diff(old, new) == [("GoThing", "speed", "renamed?", True)]
    other_type = tiny({"velocity": {"type": "string"}})
    assert sorted(diff(old, other_type)) == [
        ("GoThing", "speed", "removed", True),
        ("GoThing", "velocity", "added", False),
    ]


def test_requiredness_breaks_callers_one_way_and_readers_the_other() -> None:
    assert diff(tiny(), tiny(required=("speed",))) == [("GoThing", "speed", "now required", True)]
    assert diff(tiny(required=("speed",)), tiny()) == [("GoThing", "speed", "now optional", False)]
    required, optional = tiny(payload_required=("state",)), tiny()
    assert diff(required, optional) == [("thingDone", "state", "now optional", True)]
    assert diff(optional, required) == [("thingDone", "state", "now required", False)]


def test_retyped_widened_and_narrowed() -> None:
    assert diff(tiny(), tiny({"speed": {"type": "string"}})) == [("GoThing", "speed", "retyped", True)]
    nullable = tiny({"speed": {"type": ["integer", "null"]}})
    assert diff(tiny(), nullable) == [("GoThing", "speed", "type widened", False)]  # callers may still pass ints
    assert diff(nullable, tiny()) == [("GoThing", "speed", "type narrowed", True)]
    event_nullable = tiny(payload={"state": {"type": ["string", "null"]}})
    assert diff(tiny(), event_nullable) == [("thingDone", "state", "type widened", True)]  # readers may get None
    as_ref = tiny({"speed": {"$ref": "#/components/schemas/Mode"}})
    assert diff(tiny({"speed": {"type": "string"}}), as_ref) == [("GoThing", "speed", "retyped", True)]


def test_enum_values() -> None:
    old = tiny({"mode": {"type": "string", "enum": ["slow", "fast"]}})
    more = tiny({"mode": {"type": "string", "enum": ["slow", "fast", "warp"]}})
    fewer = tiny({"mode": {"type": "string", "enum": ["slow"]}})
    assert diff(old, more) == [("GoThing", "mode", "enum values added", False)]
    assert diff(old, fewer) == [("GoThing", "mode", "enum values removed", True)]
    query = tiny()
    query_more = copy.deepcopy(query)
    query_more["paths"]["/things"]["get"]["parameters"][0]["schema"]["enum"].append("c")
    assert diff(query, query_more) == [("ListThings", "kind", "enum values added", False)]


def test_nested_enum_values_through_a_reference() -> None:
    def with_mode(values: list[str]) -> dict[str, Any]:
        document = tiny({"config": {"type": "object", "properties": {"mode": {"$ref": "#/components/schemas/Mode"}}}})
        document["components"]["schemas"]["Mode"]["enum"] = values
        return document

    assert diff(with_mode(["slow", "fast"]), with_mode(["slow"])) == [
        ("GoThing", "config.mode", "enum values removed", True)
    ]


def test_event_payload_fields_and_events() -> None:
    richer = tiny(payload={"state": {"type": "string"}, "cause": {"type": "string"}})
    assert diff(tiny(), richer) == [("thingDone", "cause", "added", False)]
    assert diff(richer, tiny()) == [("thingDone", "cause", "removed", True)]
    no_events = tiny()
    del no_events["webhooks"]
    assert ("thingDone", "", "removed", True) in diff(tiny(), no_events)
    assert ("thingDone", "", "added", False) in diff(no_events, tiny())


def test_markdown_lists_breaking_changes_first() -> None:
    report = compare(surface(tiny(), "old.yml"), surface(tiny(required=("speed",)), "new.yml"))
    text = markdown(report)
    assert (
        text.index("## Breaking changes (1)") < text.index("body field `speed`: now required") < text.index("## Other")
    )
    assert "**1 breaking change**, 0 other." in text
