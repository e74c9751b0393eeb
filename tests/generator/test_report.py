"""The change report (generator/report/, `python -m generator report`).

A snapshot of the Markdown and JSON reports between the oldest and the pinned mirrored spec, entries
checked by hand against the specs themselves, the CLI's exit codes, and the classification rules on
tiny hand-made specs (top-level, nested request fields and response fields).
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
# The selected operations the 2025-09-19 spec lacks: four call commands, and conference and queue
# operations added to the spec since.
ADDED_OPERATIONS = {
    "CallAddMessagesToAIAssistant",
    "CallJoinAIAssistant",
    "CallStartConversationRelay",
    "CallStopConversationRelay",
    "ConferenceGatherUsingAudio",
    "ConferenceSendDTMF",
    "CreateQueue",
    "DeleteQueue",
    "EndConference",
    "ListQueues",
    "RemoveQueueCall",
    "RetrieveConferenceParticipant",
    "UpdateCallInQueue",
    "UpdateConferenceParticipant",
    "UpdateQueue",
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


def test_the_operations_added_since_2025_09_19(report: Report) -> None:
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
    assert "81 of 96 (missing: `CallAddMessagesToAIAssistant`, `CallJoinAIAssistant`" in text


def _body_fields(path: Path, schema: str) -> set[str]:
    document = load_spec(load_pin(), path).document
    return set(document["components"]["schemas"][schema]["properties"])


@pytest.mark.parametrize(
    ("operation", "schema", "count"), [("DialCall", "CallRequest", 13), ("TransferCall", "TransferCallRequest", 15)]
)
def test_new_body_fields_match_the_specs(report: Report, operation: str, schema: str, count: int) -> None:
    new_fields = _body_fields(NEW, schema) - _body_fields(OLD, schema)
    assert len(new_fields) == count  # as NOTES.md measured
    added = {c.field for c in changes(report, subject=operation, change="added", location="body")}
    assert {f for f in added if "." not in f} == new_fields  # the others are nested in existing fields
    assert all(not c.breaking for c in changes(report, subject=operation, change="added"))


def test_some_dial_fields_by_hand(report: Report) -> None:
    dial = {c.field: c for c in changes(report, subject="DialCall", change="added")}
    assert {"assistant", "conversation_relay_config", "deepfake_detection", "privacy", "sip_region"} <= set(dial)
    assert dial["prevent_double_bridge"].detail == "optional, boolean"
    assert dial["assistant"].location == "body"
    assert changes(
        report, subject="noiseSuppressionStart", field="noise_suppression_engine", change="enum values removed"
    )[0].old == ["A", "B"]


def test_nested_and_response_fields_by_hand(report: Report) -> None:
    new_schemas = load_spec(load_pin(), NEW).document["components"]["schemas"]
    # the assistant argument became a CallAssistantRequest, whose `id` is required
    assert new_schemas["CallAssistantRequest"]["required"] == ["id"]
    (now_required,) = changes(report, subject="CallStartAIAssistant", field="assistant.id")
    assert (now_required.change, now_required.breaking, now_required.location) == ("now required", True, "body")
    # the application record read back gained `call_cost_in_webhooks`; lists show it under `data[]`
    assert "call_cost_in_webhooks" in new_schemas["CallControlApplication"]["properties"]
    for op_id, field in (
        ("RetrieveCallControlApplication", "data.call_cost_in_webhooks"),
        ("ListCallControlApplications", "data[].call_cost_in_webhooks"),
    ):
        (added,) = changes(report, subject=op_id, field=field)
        assert (added.area, added.change, added.breaking) == ("response field", "added", False)
    widened = changes(report, subject="RetrieveCallControlApplication", field="data.webhook_timeout_secs")
    assert [(c.change, c.breaking) for c in widened] == [("type widened", True)]  # readers may now get None
    # nested enum values of an argument keep their dotted path
    assert changes(
        report, subject="DialCall", field="transcription_config.transcription_engine", change="enum values added"
    )


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
    response: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A spec with a command (body GoRequest; success body GoResponse if response is given), a list
    operation and one webhook event; schemas: more component schemas."""
    paths: dict[str, Any] = {}
    if "GoThing" in operations:
        ok: dict[str, Any] = {"description": "ok"}
        if response is not None:
            ok["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/GoResponse"}}}
        paths[COMMAND] = {
            "post": {
                "operationId": "GoThing",
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GoRequest"}}}
                },
                "responses": {"200": ok},
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
                **({"GoResponse": response} if response is not None else {}),
                **(schemas or {}),
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


def test_a_body_made_required_breaks_callers_and_made_optional_is_listed_too() -> None:
    required = tiny()
    required["paths"][COMMAND]["post"]["requestBody"]["required"] = True
    assert diff(tiny(), required) == [("GoThing", "", "body now required", True)]
    assert diff(required, tiny()) == [("GoThing", "", "body now optional", False)]


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


# --- nested request fields and response fields ----------------------------------------------------


def obj(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required)}


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def with_config(config: dict[str, Any]) -> dict[str, Any]:
    """GoRequest with `config` (a `$ref` to Config, which may nest itself) and `steps` (an array of Step)."""
    step = obj({"name": {"type": "string"}, "config": ref("Config")})
    return tiny(
        {"config": ref("Config"), "steps": {"type": "array", "items": ref("Step")}},
        schemas={"Config": config, "Step": step},
    )


BASE_CONFIG = obj({"silence_millis": {"type": "integer"}, "child": ref("Config")})


def test_nested_request_fields_added_removed_and_made_required() -> None:
    deeper = obj({"silence_millis": {"type": "integer"}, "greeting": {"type": "string"}, "child": ref("Config")})
    must = obj(
        {"silence_millis": {"type": "integer"}, "greeting": {"type": "string"}, "child": ref("Config")},
        required=("greeting",),
    )

    def both(change: str, breaking: bool) -> list[tuple[str, str, str, bool]]:
        """Config is also nested in each step (`steps[].config`): a change shows at both places."""
        return [
            ("GoThing", "config.greeting", change, breaking),
            ("GoThing", "steps[].config.greeting", change, breaking),
        ]

    assert diff(with_config(BASE_CONFIG), with_config(deeper)) == both("added", False)
    assert diff(with_config(BASE_CONFIG), with_config(must)) == both("added", True)
    assert diff(with_config(deeper), with_config(BASE_CONFIG)) == both("removed", True)
    assert diff(with_config(deeper), with_config(must)) == both("now required", True)
    assert diff(with_config(must), with_config(deeper)) == both("now optional", False)
    # Config nests itself (config.child is a Config): the walk stops there instead of looping
    fields = surface(with_config(BASE_CONFIG), "old.yml").fields["GoThing"]
    assert {name for _, name in fields} == {
        "thing_id",
        "config",
        "config.silence_millis",
        "config.child",
        "steps",
        "steps[].name",
        "steps[].config",
        "steps[].config.silence_millis",
        "steps[].config.child",
    }


def test_nested_fields_through_array_items_and_their_enums() -> None:
    def step(kind: list[str], extra: dict[str, Any] | None = None) -> dict[str, Any]:
        document = with_config(BASE_CONFIG)
        props = document["components"]["schemas"]["Step"]["properties"]
        props["kind"] = {"type": "string", "enum": kind}
        props.update(extra or {})
        return document

    assert diff(step(["a", "b"]), step(["a"])) == [("GoThing", "steps[].kind", "enum values removed", True)]
    assert diff(step(["a"]), step(["a"], {"retries": {"type": "integer"}})) == [
        ("GoThing", "steps[].retries", "added", False)
    ]
    nullable = step(["a"], {"name": {"type": ["string", "null"]}})
    assert diff(step(["a"]), nullable) == [("GoThing", "steps[].name", "type widened", False)]


def test_a_field_nested_in_an_added_or_removed_field_is_not_listed_again() -> None:
    plain = tiny()
    nested = tiny({"speed": {"type": "integer"}, "config": ref("Config")}, schemas={"Config": BASE_CONFIG})
    assert diff(plain, nested) == [("GoThing", "config", "added", False)]
    assert diff(nested, plain) == [("GoThing", "config", "removed", True)]


def test_a_rename_guess_stays_within_one_parent() -> None:
    old = tiny({"config": ref("Config")}, schemas={"Config": obj({"silence_millis": {"type": "integer"}})})
    new = tiny({"config": ref("Config")}, schemas={"Config": obj({"silence_ms": {"type": "integer"}})})
    assert diff(old, new) == [("GoThing", "config.silence_millis", "renamed?", True)]
    moved = tiny(
        {"config": ref("Config"), "silence_ms": {"type": "integer"}}, schemas={"Config": obj({"greeting": {}})}
    )
    before = tiny(
        {"config": ref("Config")},
        schemas={"Config": obj({"greeting": {}, "silence_millis": {"type": "integer"}})},
    )
    assert sorted(diff(before, moved)) == [
        ("GoThing", "config.silence_millis", "removed", True),
        ("GoThing", "silence_ms", "added", False),
    ]


RESULT = obj({"id": {"type": "string"}, "state": {"type": "string"}}, required=("id", "state"))


def with_result(result: dict[str, Any]) -> dict[str, Any]:
    return tiny(response=obj({"data": ref("GoResult")}), schemas={"GoResult": result})


def response_diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str, str, bool]]:
    report = compare(surface(old, "old.yml"), surface(new, "new.yml"))
    return [(c.area, c.location, c.field, c.change, c.breaking) for c in report.changes]


def test_response_fields_follow_the_reader_rules() -> None:
    fewer = obj({"id": {"type": "string"}}, required=("id",))
    optional = obj({"id": {"type": "string"}, "state": {"type": "string"}}, required=("id",))
    nullable = obj({"id": {"type": "string"}, "state": {"type": ["string", "null"]}}, required=("id", "state"))
    more = obj({**RESULT["properties"], "leg": {"type": "string"}}, required=("id", "state", "leg"))
    area = ("response field", "response")
    assert response_diff(with_result(RESULT), with_result(fewer)) == [(*area, "data.state", "removed", True)]
    assert response_diff(with_result(fewer), with_result(RESULT)) == [(*area, "data.state", "added", False)]
    assert response_diff(with_result(RESULT), with_result(more)) == [(*area, "data.leg", "added", False)]
    assert response_diff(with_result(RESULT), with_result(optional)) == [(*area, "data.state", "now optional", True)]
    assert response_diff(with_result(optional), with_result(RESULT)) == [(*area, "data.state", "now required", False)]
    assert response_diff(with_result(RESULT), with_result(nullable)) == [(*area, "data.state", "type widened", True)]
    assert response_diff(with_result(nullable), with_result(RESULT)) == [(*area, "data.state", "type narrowed", False)]
    fields = surface(with_result(RESULT), "old.yml").response_fields["GoThing"]
    assert sorted(name for _, name in fields) == ["data", "data.id", "data.state"]


def test_a_response_that_appears_or_goes_is_one_entry() -> None:
    assert response_diff(tiny(), with_result(RESULT)) == [("operation", "", "", "response type changed", True)]
    assert response_diff(with_result(RESULT), tiny()) == [("operation", "", "", "response type changed", True)]


def test_a_numeric_format_change_is_not_breaking() -> None:
    double = tiny({"speed": {"type": "number", "format": "double"}})
    single = tiny({"speed": {"type": "number", "format": "float"}})
    assert diff(double, single) == [("GoThing", "speed", "format changed", False)]
    text = tiny({"speed": {"type": "string", "format": "uuid"}})
    assert diff(text, tiny({"speed": {"type": "string", "format": "date-time"}})) == [
        ("GoThing", "speed", "retyped", True)
    ]


def test_markdown_and_json_group_nested_and_response_changes_under_their_operation() -> None:
    def version(config: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
        return tiny(
            {"config": ref("Config")},
            response=obj({"data": ref("GoResult")}),
            schemas={"Config": config, "GoResult": result},
        )

    old = version(obj({"child": ref("Config")}), RESULT)
    new = version(BASE_CONFIG, obj({"id": {"type": "string"}}, required=("id",)))
    report = compare(surface(old, "old.yml"), surface(new, "new.yml"))
    text = markdown(report)
    breaking = text[text.index("## Breaking changes") : text.index("## Other changes")]
    assert "### Response fields\n\n- `GoThing` — `client.things.go_thing`\n" in breaking
    assert "  - response field `data.state`: removed: string" in breaking
    other = text[text.index("## Other changes") :]
    assert (
        "- `GoThing` — `client.things.go_thing`\n  - body field `config.silence_millis`: added: optional, integer"
        in other
    )
    document = json.loads(as_json(report))
    assert document["format"] == 2
    assert document["summary"]["by_area"]["response field"] == {"breaking": 1, "other": 0}
    assert {
        "area": "response field",
        "subject": "GoThing",
        "change": "removed",
        "breaking": True,
        "detail": "string",
        "location": "response",
        "field": "data.state",
    } in document["changes"]
