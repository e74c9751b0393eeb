"""What tools/list shows: names, annotations, _meta, and schemas that are valid, small and faithful."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from mcp import Client
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension
from telnyx_voice._operations import OPERATIONS
from telnyx_voice_mcp.catalog import DESCRIBE_MAX_CHARS, DESCRIBE_TOOL, Catalog, UnknownToolsetError
from telnyx_voice_tools import META_KEY, ToolEntry
from telnyx_voice_tools.schema_validation import compile_validator

from generator.describe import describe
from tests.mcp.test_calls import text

Connect = Callable[..., AbstractAsyncContextManager[Client]]
LISTING_BUDGET = 60 * 1024
CONSTRAINTS = ("type", "enum", "const", "format", "minimum", "maximum", "minLength", "maxLength", "pattern", "default")


def schemas(entry: ToolEntry) -> dict[str, dict[str, Any]]:
    return {"summary": entry["tool"]["inputSchema"], "full": entry["full_input_schema"]}


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict under node, node included."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


@pytest.fixture
def snapshot_json(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(JSONSnapshotExtension)


async def test_listing_snapshot(connect: Connect, snapshot_json: SnapshotAssertion) -> None:
    async with connect() as client:
        listed = await client.list_tools()
    tools = [tool.model_dump(by_alias=True, mode="json", exclude_none=True) for tool in listed.tools]
    assert tools == snapshot_json


async def test_listing_fits_the_budget_on_the_wire(connect: Connect) -> None:
    async with connect() as client:
        listed = await client.list_tools()
    wire = json.dumps(listed.model_dump(by_alias=True, mode="json", exclude_none=True), separators=(",", ":"))
    assert len(wire.encode()) <= LISTING_BUDGET
    core = [name for name, entry in Catalog.load().entries.items() if entry["core"]]
    meta = ["describe_tool", "search_tools", "invoke_tool", "wait_for_event", "list_call_events"]
    assert [tool.name for tool in listed.tools] == [*core, *meta]


async def test_every_operation_is_reachable_from_the_default_listing(connect: Connect) -> None:
    async with connect(dry_run=True) as client:
        found = await client.call_tool("search_tools", {"query": "conference mute", "limit": 3})
        everything = await client.call_tool("search_tools", {"limit": 100})
        muted = await client.call_tool(
            "invoke_tool", {"name": "conference_mute", "arguments": {"id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"}}
        )
        invalid = await client.call_tool("invoke_tool", {"name": "conference_mute", "arguments": {}})
        unknown = await client.call_tool("invoke_tool", {"name": "invoke_tool", "arguments": {}})
    assert found.structured_content["tools"][0]["name"] == "conference_mute"
    assert not found.structured_content["tools"][0]["listed"]
    assert {t["name"] for t in everything.structured_content["tools"]} == set(Catalog.load().entries)
    assert not muted.is_error and muted.structured_content["url"].endswith("/actions/mute")
    assert invalid.is_error and invalid.structured_content["error"]["kind"] == "invalid_arguments"
    assert unknown.is_error and unknown.structured_content["error"]["kind"] == "unknown_tool"


async def test_toolsets_list_whole_groups(connect: Connect) -> None:
    async with connect(toolsets=("queues", "media"), read_only=True) as client:
        names = [tool.name for tool in (await client.list_tools()).tools]
    entries = Catalog.load(toolsets=("queues", "media"), read_only=True).entries
    assert names == [*entries, "describe_tool", "wait_for_event", "list_call_events"]
    assert {entries[n]["toolset"] for n in entries} == {"queues", "media"}
    with pytest.raises(UnknownToolsetError, match="toolsets: calls, conferences"):
        Catalog.load(toolsets=("queue",))


async def test_describe_tool_stays_within_its_budget_and_addresses_fields(connect: Connect) -> None:
    async with connect() as client:
        dial = await client.call_tool("describe_tool", {"name": "calls_dial"})
        field = await client.call_tool("describe_tool", {"name": "calls_dial", "field": "transcription_config"})
        deeper = await client.call_tool(
            "describe_tool", {"name": "calls_dial", "field": "transcription_config.transcription_engine_config"}
        )
        wrong = await client.call_tool("describe_tool", {"name": "calls_dial", "field": "transcription_config.nope"})
    full = Catalog.load().entries["calls_dial"]["full_input_schema"]
    assert len(json.dumps(full)) > DESCRIBE_MAX_CHARS  # the case the budget is for
    for result in (dial, field, deeper):
        assert not result.is_error and len(text(result)) <= 80_000
    abridged = [n for n, s in dial.structured_content["inputSchema"]["properties"].items() if "x-abridged" in s]
    assert abridged and set(dial.structured_content["inputSchema"]["properties"]) == set(full["properties"])
    assert field.structured_content["schema"] == full["properties"]["transcription_config"]
    assert wrong.is_error and "'nope' is not a property of transcription_config" in text(wrong)


def test_one_tool_per_operation_named_by_the_naming_map(
    entries: dict[str, ToolEntry], normalized_spec: dict[str, Any], naming: Any
) -> None:
    operations = describe(normalized_spec, naming)
    assert {op.tool_name: op.operation_id for op in operations} == {
        name: entry["operation_id"] for name, entry in entries.items()
    }
    assert len(entries) == 96
    for name in [*entries, DESCRIBE_TOOL]:
        assert re.fullmatch(r"[a-z0-9_]{1,40}", name), name


def test_meta_traces_each_tool_to_the_spec(entries: dict[str, ToolEntry]) -> None:
    for entry in entries.values():
        meta = entry["tool"]["_meta"][META_KEY]
        op = OPERATIONS[entry["operation_id"]]
        assert meta == {"operationId": op.operation_id, "method": op.method, "path": op.path}


def test_annotations(entries: dict[str, ToolEntry]) -> None:
    hints = {name: entry["tool"]["annotations"] for name, entry in entries.items()}
    for name, entry in entries.items():
        method = entry["tool"]["_meta"][META_KEY]["method"]
        assert hints[name]["readOnlyHint"] is (method == "GET")
        assert hints[name]["openWorldHint"] is True
        assert hints[name]["idempotentHint"] is (method != "POST")
    destructive = {name for name, hint in hints.items() if hint["destructiveHint"]}
    assert destructive == {
        "call_hangup",
        "call_reject",
        "call_control_applications_delete",
        "call_control_applications_update",
        "conference_end_conference",
        "conferences_update_participant",  # PATCH
        "queues_delete",
        "queue_calls_remove",
        "queue_calls_update",  # PATCH
        "recordings_delete",
        "recording_delete",  # recordings.actions.delete, a POST
        "recording_transcriptions_delete",
        "media_delete",
    }
    read_only = {name for name, hint in hints.items() if hint["readOnlyHint"]}
    assert {"media_download", "conferences_list", "queue_calls_retrieve", "recordings_list"} <= read_only


@pytest.mark.parametrize("kind", ["summary", "full"])
def test_schemas_are_plain_draft_2020_12(entries: dict[str, ToolEntry], kind: str) -> None:
    for name, entry in entries.items():
        schema = schemas(entry)[kind]
        Draft202012Validator.check_schema(schema)
        assert schema["type"] == "object"
        assert not {"oneOf", "anyOf", "allOf"} & set(schema), name
        assert "$ref" not in json.dumps(schema), name
        assert not [key for node in walk(schema) for key in node.get("properties", {}) if key.startswith("x-")]
        assert not [key for node in walk(schema) for key in node if key.startswith("x-") and key != "properties"]


@pytest.mark.parametrize("kind", ["summary", "full"])
def test_schemas_accept_the_spec_examples(
    entries: dict[str, ToolEntry], examples: dict[str, dict[str, Any]], kind: str
) -> None:
    for name, entry in entries.items():
        errors = list(compile_validator(schemas(entry)[kind]).iter_errors(examples[name]))  # formats checked too
        assert not errors, f"{name}: {[e.message for e in errors]}"


def test_top_level_arguments_keep_every_constraint(entries: dict[str, ToolEntry]) -> None:
    for name, entry in entries.items():
        summary, full = entry["tool"]["inputSchema"], entry["full_input_schema"]
        assert summary.get("required") == full.get("required"), name
        for arg, schema in full["properties"].items():
            listed = summary["properties"][arg]
            assert {k: listed.get(k) for k in CONSTRAINTS} == {k: schema.get(k) for k in CONSTRAINTS}, (name, arg)
            assert "\n" not in listed.get("description", ""), (name, arg)


def test_spec_constraints_survive_into_the_schemas(
    entries: dict[str, ToolEntry], normalized_spec: dict[str, Any]
) -> None:
    dial = entries["calls_dial"]["full_input_schema"]["properties"]
    spec_dial = normalized_spec["components"]["schemas"]["CallRequest"]["properties"]
    assert dial["answering_machine_detection"]["enum"] == spec_dial["answering_machine_detection"]["enum"]
    # x-documented-default becomes a JSON Schema default (documentation only: nothing fills it in).
    assert dial["timeout_secs"]["default"] == spec_dial["timeout_secs"]["x-documented-default"] == 30
    assert {"minimum", "maximum"} <= set(dial["time_limit_secs"])
    assert entries["calls_dial"]["full_input_schema"]["required"] == ["connection_id", "from", "to"]
    # x-closed becomes additionalProperties: false again in the full schema.
    query_filter = entries["call_control_applications_list"]["full_input_schema"]["properties"]["filter"]
    assert query_filter["properties"]["application_name"]["additionalProperties"] is False


def test_required_alternatives_are_documented(entries: dict[str, ToolEntry]) -> None:
    relay = entries["call_start_conversation_relay"]
    assert relay["required_one_of"] == [["url"], ["conversation_relay_url"], ["conversation_relay_settings"]]
    assert (
        "Requires at least one of: url, conversation_relay_url, conversation_relay_settings."
        in (relay["tool"]["description"])
    )


def test_a_body_field_named_like_a_path_parameter_is_renamed(entries: dict[str, ToolEntry]) -> None:
    routes = entries["call_bridge"]["arguments"]
    assert routes["call_control_id"] == {"in": "path", "name": "call_control_id"}
    assert routes["call_control_id_to_bridge_with"] == {"in": "body", "name": "call_control_id"}


def test_full_schema_catches_a_nested_mistake_the_summary_lets_through(entries: dict[str, ToolEntry]) -> None:
    dial = entries["calls_dial"]
    args = {
        "connection_id": "7267xxxxxxxxxxxxxx",
        "from": "+18005550101",
        "to": "+18005550100",
        "conversation_relay_config": {
            "url": "wss://relay.example.com",
            "voice_settings": {"type": "elevenlabs", "api_key_ref": 5},
        },
    }
    assert not list(Draft202012Validator(dial["tool"]["inputSchema"]).iter_errors(args))
    errors = list(Draft202012Validator(dial["full_input_schema"]).iter_errors(args))
    assert errors


async def test_full_schemas_mode_lists_the_full_schemas(connect: Connect, entries: dict[str, ToolEntry]) -> None:
    async with connect(schemas="full") as client:
        listed = await client.list_tools()
    by_name = {tool.name: tool for tool in listed.tools}
    assert by_name["calls_dial"].input_schema == entries["calls_dial"]["full_input_schema"]


def test_the_docs_list_every_tool(entries: dict[str, ToolEntry]) -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "mcp.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9_]+)` \| (\w+) \| `(\w+) (\S+)` \|", docs, re.MULTILINE)
    assert rows == [
        (name, meta["operationId"], meta["method"], meta["path"])
        for name, meta in ((n, e["tool"]["_meta"][META_KEY]) for n, e in entries.items())
    ]


SERVER_SHAPES = [
    {"dry_run": True, "sent": False, "method": "POST", "url": "https://x", "headers": {}, "body": None, "note": "n"},
    {"accepted": True},
    {"error": {"kind": "api", "status": 422, "errors": []}},
]


def test_every_tool_declares_an_output_schema_its_results_fit(entries: dict[str, ToolEntry]) -> None:
    for name, entry in entries.items():
        output = entry["tool"]["outputSchema"]
        Draft202012Validator.check_schema(output)
        assert output["type"] == "object" and "required" not in output, name
        for shape in SERVER_SHAPES:
            assert Draft202012Validator(output).is_valid(shape), (name, shape)
    dial = entries["calls_dial"]["tool"]["outputSchema"]["properties"]["data"]
    assert dial["type"] == "object" and "call_control_id" in dial["description"]


def test_the_cli_refuses_an_unknown_toolset(capsys: pytest.CaptureFixture[str]) -> None:
    from telnyx_voice_mcp.cli import main

    assert main(["--toolsets", "queue", "--list-tools"]) == 2
    assert "--toolsets: no toolset queue; toolsets: calls, conferences" in capsys.readouterr().err
    assert main(["--toolsets", "queues,media", "--list-tools", "--read-only"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"queues_list", "media_list"} <= set(names) and not any(n.startswith(("call_", "calls_")) for n in names)
