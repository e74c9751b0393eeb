"""Calling tools in-process against a mocked Telnyx API: requests, results and every kind of failure."""

from __future__ import annotations

import copy
import json
import logging
import urllib.parse
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx
import mcp_types as types
import pytest
from jsonschema import Draft202012Validator
from mcp import Client
from telnyx_voice_mcp.catalog import Catalog, NoMatchingToolsError
from telnyx_voice_mcp.server import build_server
from telnyx_voice_mcp.settings import REDACTED, Settings
from telnyx_voice_tools import META_KEY, ToolEntry

Connect = Callable[..., AbstractAsyncContextManager[Client]]
API_KEY = "KEY0123456789SECRET"  # the key conftest's servers hold
BASE_PATH = "/v2"
# The toolsets the first 49 operations made up; the new groups' example data is the 96-operation work's.
TOOL_NAMES = [
    entry["tool"]["name"] for entry in Catalog.load(toolsets=("calls", "applications", "events")).entries.values()
]
DIAL = {"connection_id": "7267xxxxxxxxxxxxxx", "from": "+18005550101", "to": "+18005550100"}


def text(result: types.CallToolResult) -> str:
    block = result.content[0]
    assert isinstance(block, types.TextContent)
    return block.text


def expected_path(entry: ToolEntry, arguments: dict[str, Any]) -> str:
    path: str = entry["tool"]["_meta"][META_KEY]["path"]
    for arg, route in entry["arguments"].items():
        if route["in"] == "path":
            path = path.replace("{" + route["name"] + "}", urllib.parse.quote(arguments[arg], safe=":@-._~"))
    return BASE_PATH + path


@pytest.mark.parametrize("name", TOOL_NAMES)
async def test_every_tool_sends_the_spec_example_request(
    name: str, connect: Connect, api: Any, entries: dict[str, ToolEntry], examples: dict[str, dict[str, Any]]
) -> None:
    entry, arguments = entries[name], examples[name]
    async with connect() as client:
        result = await client.call_tool(name, arguments)
    assert not result.is_error, text(result)
    assert isinstance(result.structured_content, dict) and "data" in result.structured_content
    assert json.loads(text(result)) == result.structured_content
    Draft202012Validator(entry["tool"]["outputSchema"]).validate(result.structured_content)

    [request] = api.requests
    assert request.method == entry["tool"]["_meta"][META_KEY]["method"]
    assert request.url.path == expected_path(entry, arguments)
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    query = {entry["arguments"][a]["name"]: v for a, v in arguments.items() if entry["arguments"][a]["in"] == "query"}
    assert dict(request.url.params) == {k: str(v) for k, v in query.items()}
    body = {entry["arguments"][a]["name"]: v for a, v in arguments.items() if entry["arguments"][a]["in"] == "body"}
    if entry["has_body"]:
        sent = json.loads(request.content)
        if "command_id" in entry["full_input_schema"]["properties"] and "command_id" not in body:
            # The client gives each call command an id, so its retries run the command once.
            assert sent.pop("command_id")
        assert sent == body
    else:
        assert request.content == b""


async def test_deep_object_query_parameters(connect: Connect, api: Any) -> None:
    arguments = {"filter": {"application_name": {"contains": "sup"}}, "page": {"number": 2, "size": 10}}
    async with connect() as client:
        result = await client.call_tool("call_control_applications_list", arguments)
    assert not result.is_error, text(result)
    assert list(api.requests[0].url.params.multi_items()) == [
        ("filter[application_name][contains]", "sup"),
        ("page[number]", "2"),
        ("page[size]", "10"),
    ]


async def test_objects_sent_as_json_strings_are_accepted(connect: Connect, api: Any) -> None:
    relay = {"url": "wss://relay.example.com", "voice_settings": {"type": "telnyx", "voice_speed": 1.1}}
    async with connect() as client:
        result = await client.call_tool("calls_dial", {**DIAL, "conversation_relay_config": json.dumps(relay)})
    assert not result.is_error, text(result)
    assert api.last_json["conversation_relay_config"] == relay


async def test_a_json_string_that_does_not_parse_is_named(connect: Connect, api: Any) -> None:
    async with connect() as client:
        result = await client.call_tool("calls_dial", {**DIAL, "conversation_relay_config": "{url: nope"})
    assert result.is_error
    assert "`conversation_relay_config`: '{url: nope' is not of type 'object' (got a string that is not JSON" in text(
        result
    )
    assert api.requests == []


async def test_invalid_arguments_name_each_field(connect: Connect, api: Any) -> None:
    arguments = {
        "connection_id": "7267",
        "from": 18005550101.5,  # a whole number would be read as its decimal string (lenient scalars)
        "timeout_secs": "thirty",
        "sip_region": "Mars",
        "answering_machine_detection_config": {"total_analysis_time_millis": "5s"},
        "form": "+1800",
    }
    async with connect() as client:
        result = await client.call_tool("calls_dial", arguments)
    assert result.is_error
    problems = {p["field"]: p["problem"] for p in result.structured_content["error"]["problems"]}
    assert problems == {
        "to": "required, but missing",
        "from": "18005550101.5 is not of type 'string'",
        "timeout_secs": "'thirty' is not of type 'integer'",
        "sip_region": "'Mars' is not one of ['US', 'Europe', 'Canada', 'Australia', 'Middle East']",
        "answering_machine_detection_config.total_analysis_time_millis": "'5s' is not of type 'integer'",
        "form": "unknown argument (did you mean `from`?)",
    }
    assert "Invalid arguments for calls_dial; nothing was sent." in text(result)
    assert api.requests == []


async def test_nested_mistake_the_summary_lets_through_is_a_precise_error(connect: Connect, api: Any) -> None:
    relay = {"url": "wss://relay.example.com", "voice_settings": {"type": "elevenlabs", "api_key_ref": 5}}
    async with connect() as client:
        wrong_field = await client.call_tool("calls_dial", {**DIAL, "conversation_relay_config": relay})
        relay["voice_settings"] = {"type": "polly"}
        wrong_tag = await client.call_tool("calls_dial", {**DIAL, "conversation_relay_config": relay})
    assert wrong_field.is_error and wrong_tag.is_error
    assert "- `conversation_relay_config.voice_settings.api_key_ref`: 5 is not of type 'string'" in text(wrong_field)
    assert "- `conversation_relay_config.voice_settings.type`: 'polly' is not one of elevenlabs, telnyx, aws" in text(
        wrong_tag
    )
    assert api.requests == []


async def test_closed_nested_object_names_the_unknown_field(connect: Connect) -> None:
    arguments = {"filter": {"application_name": {"contain": "sup"}}}
    async with connect() as client:
        result = await client.call_tool("call_control_applications_list", arguments)
    assert result.is_error
    assert "`filter.application_name.contain`: unknown field (did you mean `contains`?)" in text(result)


async def test_formats_are_checked(connect: Connect, api: Any) -> None:
    arguments = {**DIAL, "billing_group_id": "nope", "webhook_urls": {"a": "not a uri"}}
    async with connect() as client:
        result = await client.call_tool("calls_dial", arguments)
        valid = await client.call_tool(
            "calls_dial", {**DIAL, "billing_group_id": "f5586561-8ff0-4291-a0ac-84fe544797bd"}
        )
    assert result.is_error
    problems = {p["field"]: p["problem"] for p in result.structured_content["error"]["problems"]}
    assert problems == {
        "billing_group_id": "'nope' is not a UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "webhook_urls.a": "'not a uri' is not an absolute URI, e.g. https://example.com/path",
    }
    assert "- `billing_group_id`: 'nope' is not a UUID" in text(result)
    assert not valid.is_error, text(valid)
    assert len(api.requests) == 1  # only the valid call was sent


async def test_a_bad_date_time_is_named(entries: dict[str, ToolEntry], api: Any) -> None:
    """No selected operation has a date-time argument yet (the call_events filter says it only in words):
    a copy of call_events_list whose `filter.occurred_at.gte` declares the format shows how it is checked."""
    entry = copy.deepcopy(entries["call_events_list"])
    occurred_at = entry["full_input_schema"]["properties"]["filter"]["properties"]["occurred_at"]
    occurred_at["properties"]["gte"]["format"] = "date-time"
    server = build_server(Settings(api_key=API_KEY), api.client, catalog=Catalog({"call_events_list": entry}))
    async with Client(server) as client:
        bad = await client.call_tool("call_events_list", {"filter": {"occurred_at": {"gte": "yesterday"}}})
        good = await client.call_tool("call_events_list", {"filter": {"occurred_at": {"gte": "2019-03-29T11:10:00Z"}}})
    assert bad.is_error
    assert bad.structured_content["error"]["problems"] == [
        {
            "field": "filter.occurred_at.gte",
            "problem": "'yesterday' is not an RFC 3339 date-time, e.g. 2024-01-31T12:00:00Z",
        }
    ]
    assert not good.is_error, text(good)
    assert len(api.requests) == 1


async def test_one_of_the_required_alternatives_is_needed(connect: Connect, api: Any) -> None:
    async with connect() as client:
        missing = await client.call_tool("call_start_conversation_relay", {"call_control_id": "v3:x"})
        given = await client.call_tool("call_start_conversation_relay", {"call_control_id": "v3:x", "url": "wss://r"})
    assert missing.is_error
    assert "needs `url` or `conversation_relay_url` or `conversation_relay_settings`" in text(missing)
    assert not given.is_error, text(given)
    assert len(api.requests) == 1


async def test_api_errors_carry_status_and_each_telnyx_error(connect: Connect, api: Any) -> None:
    errors: list[dict[str, Any]] = [
        {"code": "90018", "title": "Call has already ended", "detail": "This call is no longer active."},
        {
            "code": "10005",
            "title": "Invalid value",
            "detail": "client_state must be base64.",
            "source": {"pointer": "/client_state"},
        },
    ]
    api.reply = httpx.Response(422, json={"errors": errors})
    async with connect() as client:
        result = await client.call_tool("call_hangup", {"call_control_id": "v3:gone", "client_state": "x"})
    assert result.is_error
    assert text(result).splitlines() == [
        f"Telnyx API error: HTTP 422 Unprocessable Entity from POST {BASE_PATH}/calls/v3:gone/actions/hangup.",
        "- 90018 Call has already ended: This call is no longer active.",
        "- 10005 Invalid value: client_state must be base64. (/client_state)",
    ]
    error = result.structured_content["error"]
    assert error["status"] == 422
    assert [(e["code"], e["title"], e["detail"]) for e in error["errors"]] == [
        (e["code"], e["title"], e["detail"]) for e in errors
    ]


async def test_an_error_page_that_is_not_json(connect: Connect, api: Any) -> None:
    api.reply = httpx.Response(502, text="<html>Bad Gateway</html>")
    async with connect() as client:
        result = await client.call_tool("calls_retrieve_status", {"call_control_id": "v3:x"})
    assert result.is_error
    assert "HTTP 502 Bad Gateway" in text(result) and "<html>Bad Gateway</html>" in text(result)


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (httpx.ConnectError("connection refused"), "Could not reach the Telnyx API for GET /calls/{call_control_id}"),
        (httpx.ReadTimeout("slow"), "The Telnyx API did not answer GET /calls/{call_control_id} in time"),
    ],
)
async def test_network_errors_and_timeouts(connect: Connect, api: Any, failure: Exception, message: str) -> None:
    api.reply = failure
    async with connect() as client:
        result = await client.call_tool("calls_retrieve_status", {"call_control_id": "v3:x"})
    assert result.is_error
    assert text(result).startswith(message)


async def test_a_success_body_that_is_not_json(connect: Connect, api: Any) -> None:
    api.reply = httpx.Response(200, text="OK")
    async with connect() as client:
        result = await client.call_tool("call_answer", {"call_control_id": "v3:x"})
    assert result.is_error
    assert result.structured_content["error"]["kind"] == "invalid_response"


async def test_dry_run_shows_the_exact_request_and_sends_nothing(connect: Connect, api: Any) -> None:
    async with connect(dry_run=True, base_url="https://api.example.test/v2") as client:
        result = await client.call_tool(
            "call_speak", {"call_control_id": "v3:a/b", "payload": "Hello", "voice": "female"}
        )
    assert not result.is_error, text(result)
    shown = result.structured_content
    assert shown["sent"] is False and shown["method"] == "POST"
    assert shown["url"] == "https://api.example.test/v2/calls/v3:a%2Fb/actions/speak"
    assert shown["headers"]["authorization"] == f"Bearer {REDACTED}"
    assert shown["headers"]["content-type"] == "application/json"
    assert shown["body"]["payload"] == "Hello" and shown["body"]["command_id"]
    assert API_KEY not in text(result)
    assert api.requests == []


async def test_dry_run_works_without_a_key(connect: Connect) -> None:
    async with connect(dry_run=True, api_key=None) as client:
        result = await client.call_tool("call_control_applications_list", {"page": {"number": 2}})
    assert not result.is_error
    assert result.structured_content["url"].endswith("/call_control_applications?page%5Bnumber%5D=2")
    assert "TELNYX_API_KEY is not set" in result.structured_content["note"]


async def test_missing_key_lists_tools_and_explains_calls(connect: Connect, api: Any) -> None:
    async with connect(api_key=None) as client:
        assert len((await client.list_tools()).tools) == len(Catalog.load().listing()) + 2  # the event tools
        result = await client.call_tool("call_answer", {"call_control_id": "v3:x"})
    assert result.is_error
    assert "TELNYX_API_KEY is not set" in text(result) and "Nothing was sent." in text(result)
    assert api.requests == []


async def test_read_only_lists_and_allows_only_get_tools(connect: Connect, api: Any) -> None:
    async with connect(read_only=True) as client:
        listed = await client.list_tools()
        names = [tool.name for tool in listed.tools]
        refused = await client.call_tool("call_hangup", {"call_control_id": "v3:x"})
    assert names == [
        "calls_retrieve_status",
        "describe_tool",
        "search_tools",
        "invoke_tool",
        "wait_for_event",
        "list_call_events",
    ]
    assert refused.is_error and "Unknown tool `call_hangup`" in text(refused)
    invoke = next(tool for tool in listed.tools if tool.name == "invoke_tool")
    assert invoke.annotations is not None and invoke.annotations.read_only_hint
    assert api.requests == []


async def test_tools_filter_by_glob(connect: Connect) -> None:
    async with connect(tools=("call_*_recording", "calls_dial")) as client:
        names = [tool.name for tool in (await client.list_tools()).tools]
    assert names == [
        "calls_dial",
        "call_pause_recording",
        "call_resume_recording",
        "call_start_recording",
        "call_stop_recording",
        "describe_tool",
    ]


def test_a_filter_that_matches_nothing_is_refused() -> None:
    with pytest.raises(NoMatchingToolsError, match="matches no tool among the read-only"):
        Catalog.load(("call_hangup",), read_only=True)


async def test_describe_tool_returns_the_full_schema(connect: Connect, entries: dict[str, ToolEntry]) -> None:
    async with connect() as client:
        described = await client.call_tool("describe_tool", {"name": "call_transfer"})
        unknown = await client.call_tool("describe_tool", {"name": "call_teleport"})
    assert not described.is_error
    assert described.structured_content["inputSchema"] == entries["call_transfer"]["full_input_schema"]
    assert described.structured_content["operation"]["operationId"] == "TransferCall"
    assert unknown.is_error and "Unknown tool `call_teleport`: this server does not offer it" in text(unknown)


async def test_unknown_tool_is_a_result_with_a_suggestion(connect: Connect) -> None:
    async with connect() as client:
        result = await client.call_tool("call_hangpu", {})
    assert result.is_error and "Did you mean `call_hangup`?" in text(result)


async def test_a_bug_in_the_server_still_answers_as_a_result(entries: dict[str, ToolEntry]) -> None:
    def broken_factory(settings: Settings) -> Any:
        raise RuntimeError(f"factory exploded holding {settings.api_key}")

    async with Client(build_server(Settings(api_key=API_KEY), broken_factory)) as client:
        result = await client.call_tool("call_answer", {"call_control_id": "v3:x"})
    assert result.is_error and text(result) == "Internal error in the tool server."


async def test_the_key_never_appears_in_results_or_logs(
    connect: Connect, api: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from telnyx_voice_mcp.settings import RedactingFilter

    caplog.handler.addFilter(RedactingFilter(Settings(api_key=API_KEY)))
    api.reply = httpx.Response(
        401, json={"errors": [{"code": "10009", "title": "Bad key", "detail": f"key {API_KEY}"}]}
    )
    with caplog.at_level(logging.DEBUG):
        async with connect() as client:
            result = await client.call_tool("calls_retrieve_status", {"call_control_id": "v3:x"})
        logging.getLogger("telnyx_voice_mcp").warning("echo %s", API_KEY)
    assert result.is_error
    assert API_KEY not in text(result) and API_KEY not in json.dumps(result.structured_content)
    assert f"key {REDACTED}" in text(result)
    assert API_KEY not in caplog.text and "echo <redacted>" in caplog.text
    assert API_KEY not in repr(Settings(api_key=API_KEY))


def test_redaction_keeps_the_structure_of_results() -> None:
    """A secret that happens to be a substring of a key must not corrupt the result's structure."""
    settings = Settings(api_key="kind")
    data = {"error": {"kind": "api", "detail": "the key kind leaked"}, "items": ["kind", 1]}
    assert settings.redact_data(data) == {
        "error": {"kind": "api", "detail": f"the key {REDACTED} leaked"},
        "items": [REDACTED, 1],
    }
