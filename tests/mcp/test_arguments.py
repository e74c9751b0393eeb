"""The shared argument module (`telnyx_voice_tools.arguments`): routing from the generated entries, and
path values that must never change which endpoint a tool calls."""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import pytest
from mcp import Client
from telnyx_voice_mcp.catalog import Catalog
from telnyx_voice_tools import META_KEY, ToolEntry
from telnyx_voice_tools.arguments import InvalidArgumentsError, ToolArguments, is_dot_segment
from telnyx_voice_tools.schema_validation import PATH_SEGMENT, REQUIRED_ONE_OF

Connect = Callable[..., AbstractAsyncContextManager[Client]]
BASE_PATH = "/v2"
# The toolsets the first 49 operations made up; the new groups' example data is the 96-operation work's.
CATALOG = Catalog.load(toolsets=("calls", "applications", "events"))
PATH_TOOLS = [
    name
    for name, entry in CATALOG.entries.items()
    if any(route["in"] == "path" for route in entry["arguments"].values())
]
DOT_SEGMENT_VALUES = [".", "..", "%2e%2e", "%2E.", ".%252e"]
ONE_SEGMENT_VALUES = ["../x", "a/../b", "./", "..%2Fx", "a..b", "...", ".hidden"]


@pytest.mark.parametrize("value", DOT_SEGMENT_VALUES)
def test_dot_segments_are_recognized_encoded_or_not(value: str) -> None:
    assert is_dot_segment(value)


@pytest.mark.parametrize("value", ONE_SEGMENT_VALUES)
def test_other_values_are_one_segment_once_encoded(value: str) -> None:
    assert not is_dot_segment(value)


def test_a_dot_segment_is_rejected_naming_the_path_argument(entries: dict[str, ToolEntry]) -> None:
    with pytest.raises(InvalidArgumentsError) as raised:
        ToolArguments(entries["call_answer"]).prepare({"call_control_id": ".."})
    [problem] = raised.value.problems
    assert (problem.path, problem.kind, problem.expected) == ("call_control_id", PATH_SEGMENT, "..")
    assert str(problem).startswith("`call_control_id`: '..' is a dot segment")


def test_routing_follows_the_generated_routes(entries: dict[str, ToolEntry]) -> None:
    bridge = ToolArguments(entries["call_bridge"])
    arguments = {"call_control_id": "v3:a", "call_control_id_to_bridge_with": "v3:b", "client_state": "aGk="}
    call = bridge.prepare(arguments)
    assert (call.operation_id, call.path, call.query) == ("BridgeCall", {"call_control_id": "v3:a"}, {})
    assert call.body == {"call_control_id": "v3:b", "client_state": "aGk="}
    assert bridge.body_field_by_arg["call_control_id_to_bridge_with"] == "call_control_id"
    assert bridge.path_args == {"call_control_id"} and not bridge.query_args
    # the sandbox's direction: a request's parts, by wire name, back to the tool's arguments
    assert bridge.from_wire(call.path, call.query, call.body) == arguments


def test_from_wire_keeps_unknown_body_fields_for_the_checker(entries: dict[str, ToolEntry]) -> None:
    answer = ToolArguments(entries["call_answer"])
    arguments = answer.from_wire({"call_control_id": "v3:a"}, {}, {"clinet_state": "x"})
    [problem] = answer.problems(arguments)
    assert (problem.path, problem.expected) == ("clinet_state", "client_state")


def test_required_one_of_is_its_own_kind(entries: dict[str, ToolEntry]) -> None:
    name = next(name for name, entry in entries.items() if entry["required_one_of"])
    tool = ToolArguments(entries[name])
    path = {arg: "v3:a" for arg in tool.path_args}
    found = [p for p in tool.problems(path) if p.kind == REQUIRED_ONE_OF]
    assert [p.expected for p in found] == [entries[name]["required_one_of"]]
    assert found[0].message.startswith("needs `")


def test_body_defaults_are_by_wire_name(entries: dict[str, ToolEntry]) -> None:
    for entry in entries.values():
        tool = ToolArguments(entry)
        properties = entry["full_input_schema"]["properties"]
        for wire, default in tool.body_defaults.items():
            assert properties[tool.arg_by_body_field[wire]]["default"] == default


def _raw_path(entry: ToolEntry, arguments: dict[str, Any]) -> str:
    """The exact path the client sends: each path value percent-encoded into one segment."""
    template: str = entry["tool"]["_meta"][META_KEY]["path"]
    routes = entry["arguments"].items()
    segments = {r["name"]: urllib.parse.quote(arguments[a], safe=":@-._~") for a, r in routes if r["in"] == "path"}
    return BASE_PATH + template.format_map(segments)


@pytest.mark.parametrize("name", PATH_TOOLS)
async def test_path_values_never_change_the_endpoint(
    name: str, connect: Connect, api: Any, entries: dict[str, ToolEntry], examples: dict[str, dict[str, Any]]
) -> None:
    entry = entries[name]
    path_args = [arg for arg, route in entry["arguments"].items() if route["in"] == "path"]
    async with connect() as client:
        for arg in path_args:
            for value in [".", "..", "%2e%2e", "../x", "a/../b"]:
                api.requests.clear()
                arguments = {**examples[name], arg: value}
                result = await client.call_tool(name, arguments)
                if value in (".", "..", "%2e%2e"):
                    assert result.is_error, (arg, value)
                    assert result.structured_content["error"]["kind"] == "invalid_arguments"
                    assert {
                        "field": arg,
                        "problem": f"{value!r} is a dot segment (`.` or `..`, percent-encoded "
                        "or not): in the URL path it would call another endpoint",
                    } in result.structured_content["error"]["problems"]
                    assert api.requests == [], (arg, value)
                else:
                    [request] = api.requests
                    assert request.method == entry["tool"]["_meta"][META_KEY]["method"]
                    assert request.url.raw_path.decode().partition("?")[0] == _raw_path(entry, arguments)


@pytest.mark.parametrize(
    ("sent", "read"), [(42, "42"), (0, "0"), (-7, "-7"), (42.0, "42"), (2**53 - 1, str(2**53 - 1))]
)
def test_a_lossless_number_for_a_string_argument_is_its_decimal(sent: Any, read: str) -> None:
    call = CATALOG.prepare("call_send_dtmf", {"call_control_id": "v3:a", "digits": sent})
    assert call.body is not None and call.body["digits"] == read


@pytest.mark.parametrize("sent", [1.5, 2**53, 1e300, True, None, [1], {"d": 1}])
def test_nothing_else_is_coerced(sent: Any) -> None:
    with pytest.raises(InvalidArgumentsError, match="`digits`"):
        CATALOG.prepare("call_send_dtmf", {"call_control_id": "v3:a", "digits": sent})


def test_numbers_are_not_coerced_where_the_schema_takes_numbers() -> None:
    with pytest.raises(InvalidArgumentsError, match="`timeout_secs`"):
        CATALOG.prepare("calls_dial", {"connection_id": "c", "to": "+1", "from": "+1", "timeout_secs": "30"})


def deep(depth: int) -> Any:
    value: Any = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


# Objects deeper than about 200 levels do not get through the MCP client's own serialization.
@pytest.mark.parametrize(
    ("depth", "as_json_string"), [(65, False), (200, False), (65, True), (900, True), (100_000, True)]
)
async def test_the_nesting_limit_holds_for_objects_and_json_strings(
    connect: Connect, caplog: pytest.LogCaptureFixture, depth: int, as_json_string: bool
) -> None:
    sent = ('{"a":' * (depth - 1) + "{}" + "}" * (depth - 1)) if as_json_string else deep(depth)
    with caplog.at_level("INFO", logger="telnyx_voice_mcp"):
        async with connect() as client:
            result = await client.call_tool(
                "calls_dial", {"connection_id": "c", "to": "+1", "from": "+1", "webhook_urls": sent}
            )
    assert result.is_error and result.structured_content["error"]["kind"] == "invalid_arguments"
    assert "nested deeper than 64 levels" in str(result.structured_content)
    assert not any(record.exc_info for record in caplog.records)
    assert len([r for r in caplog.records if "calls_dial" in r.getMessage()]) == 1
