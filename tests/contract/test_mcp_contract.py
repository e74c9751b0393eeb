"""Every MCP tool, called through the mcp client in-process, with the server's base URL pointed at Prism.

The same arguments as the client contract tests (required only, rich, every union member), by tool
argument name. A call passes when Prism saw no violation and the tool returned the parsed body as its
result. Broken calls must come back as `is_error` results: refused by the server's validator before
anything is sent, or Prism's typed error; `Prefer: code=...` examples come back with their codes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import mcp_types as types
import pytest
from mcp import Client
from telnyx_voice import AsyncTelnyx
from telnyx_voice_mcp.server import build_server
from telnyx_voice_mcp.settings import Settings
from telnyx_voice_tools import ToolEntry, load

from tests.support.contract import (
    Path_,
    arguments,
    documented_errors,
    error_examples,
    locate,
    misnamed_field,
    named_error_examples,
    union_variants,
    variant_id,
    wire_path,
)
from tests.support.prism import API_KEY, TIMEOUT, Exchanges
from tests.support.spec_operations import Field, SpecOperation, canonical_json, spec_operations

ENTRIES: dict[str, ToolEntry] = {entry["operation_id"]: entry for entry in load()["tools"]}
Connect = Callable[..., AbstractAsyncContextManager[tuple[Client, Exchanges]]]


@pytest.fixture
async def connect(prism_url: str) -> AsyncIterator[Connect]:
    """`async with connect(headers=...) as (client, exchanges):` an in-process MCP client of a server on Prism.

    The server makes its API client with the injected factory, from the settings it was given: the
    base URL the test checks is the one the server passes on.
    """
    opened: list[httpx.AsyncClient] = []

    @asynccontextmanager
    async def connected(
        headers: Mapping[str, str] | None = None, **settings: Any
    ) -> AsyncIterator[tuple[Client, Exchanges]]:
        exchanges = Exchanges()

        def client_factory(config: Settings) -> AsyncTelnyx:
            assert config.base_url == prism_url and config.api_key == API_KEY
            http = httpx.AsyncClient(headers=headers, timeout=TIMEOUT, event_hooks=exchanges.hooks("async"))
            opened.append(http)
            return AsyncTelnyx(api_key=config.api_key, base_url=config.base_url, http_client=http, max_retries=0)

        # every tool, not only the default toolsets: the contract covers all operations
        settings = {"tools": ("*",), **settings}
        server = build_server(Settings(api_key=API_KEY, base_url=prism_url, **settings), client_factory)
        async with Client(server) as client:
            yield client, exchanges

    yield connected
    for http in opened:
        await http.aclose()


def tool_arguments(entry: ToolEntry, values: Mapping[Field, Any], op: SpecOperation) -> dict[str, Any]:
    """values (by field) and op's sample path ids, by tool argument name."""
    by_wire = {(route["in"], route["name"]): arg for arg, route in entry["arguments"].items()}
    args = {by_wire["path", wire]: value for wire, value in op.path_values().items()}
    args.update({by_wire[f.location, f.wire]: value for f, value in values.items()})
    return args


def text_of(result: types.CallToolResult) -> str:
    block = result.content[0]
    assert isinstance(block, types.TextContent)
    return block.text


def error_of(result: types.CallToolResult) -> dict[str, Any]:
    assert result.is_error, text_of(result)
    assert isinstance(result.structured_content, dict)
    error: dict[str, Any] = result.structured_content["error"]
    return error


async def call(connect: Connect, op_id: str, values: Mapping[Field, Any], **options: Any) -> tuple[Any, Exchanges]:
    op, entry = spec_operations()[op_id], ENTRIES[op_id]
    async with connect(**options) as (client, exchanges):
        result = await client.call_tool(entry["tool"]["name"], tool_arguments(entry, values, op))
    return result, exchanges


def assert_accepted(result: types.CallToolResult, exchanges: Exchanges, op: SpecOperation) -> None:
    assert not result.is_error, text_of(result)
    assert exchanges.violation_messages() == [], f"Prism found violations in {op.operation_id}"
    (response,) = exchanges.responses
    assert response.status_code == op.status
    if op.response_media is None:  # no success body (204); not `status`, a field some responses have
        assert result.structured_content == {"accepted": True}
        return
    if op.response_schema is None:  # a binary body: described, with the bytes as base64 when small
        assert result.structured_content == {
            "content_type": response.headers["content-type"],
            "length": len(response.content),
            "sha256": hashlib.sha256(response.content).hexdigest(),
            "base64": base64.b64encode(response.content).decode(),
        }
        return
    assert json.loads(text_of(result)) == result.structured_content
    # the parsed body, back as JSON without loss (date-times as the same instants)
    assert canonical_json(result.structured_content) == canonical_json(response.json())


CASES = [
    pytest.param(op_id, variant, {}, id=f"{op_id}-{variant}") for op_id in ENTRIES for variant in ("required", "rich")
] + [
    pytest.param(op_id, "rich", choices, id=f"{op_id}-{variant_id(choices)}")
    for op_id in ENTRIES
    for choices in union_variants(spec_operations()[op_id])
]


def test_every_operation_has_a_tool() -> None:
    assert sorted(ENTRIES) == sorted(spec_operations())


@pytest.mark.parametrize(("op_id", "variant", "choices"), CASES)
async def test_tool_passes_prism(op_id: str, variant: str, choices: dict[Path_, int], connect: Connect) -> None:
    op = spec_operations()[op_id]
    values, _ = arguments(op, variant, choices)

    result, exchanges = await call(connect, op_id, values)

    assert_accepted(result, exchanges, op)
    if op.has_body:
        sent = json.loads(exchanges.last.request.content)
        assert {k: v for k, v in sent.items() if k != "command_id"} == {
            f.wire: v for f, v in values.items() if f.location == "body" and f.wire != "command_id"
        }


# A whole number for a string would be read as its decimal string (lenient scalars, docs/mcp.md); a
# fraction cannot be, so it is still the wrong type.
WRONG_VALUE = {"string": 12345.5, "integer": "seven", "number": "fast", "boolean": "yes", "object": 7, "array": 7}


def wrongly_typed_argument(entry: ToolEntry) -> tuple[str, Any]:
    """A tool argument and a value of the wrong JSON type for it (the first required one, else the first)."""
    schema = entry["full_input_schema"]
    names = [n for n in schema.get("required", []) if n in schema["properties"]] or list(schema["properties"])
    for name in names:
        kind = schema["properties"][name].get("type")
        if isinstance(kind, str) and kind in WRONG_VALUE:
            return name, WRONG_VALUE[kind]
    raise AssertionError(f"{entry['tool']['name']}: no argument with a plain type")


@pytest.mark.parametrize("op_id", list(ENTRIES))
async def test_wrongly_typed_argument_is_refused_before_sending(op_id: str, connect: Connect) -> None:
    op, entry = spec_operations()[op_id], ENTRIES[op_id]
    values, _ = arguments(op, "required")
    name, wrong = wrongly_typed_argument(entry)
    args = {**tool_arguments(entry, values, op), name: wrong}

    async with connect() as (client, exchanges):
        result = await client.call_tool(entry["tool"]["name"], args)

    error = error_of(result)
    assert error["kind"] == "invalid_arguments"
    assert [p["field"] for p in error["problems"]] == [name]
    assert exchanges.responses == []


async def test_misnamed_argument_is_refused_with_a_suggestion(connect: Connect) -> None:
    op = spec_operations()["DialCall"]
    values, _ = arguments(op, "required")
    entry = ENTRIES["DialCall"]
    args = {**tool_arguments(entry, values, op), "timeout_sec": 30}
    async with connect() as (client, exchanges):
        result = await client.call_tool(entry["tool"]["name"], args)
    error = error_of(result)
    assert error["problems"] == [{"field": "timeout_sec", "problem": "unknown argument (did you mean `timeout_secs`?)"}]
    assert exchanges.responses == []


MISNAMED_CASES = [op_id for op_id in ENTRIES if misnamed_field(spec_operations()[op_id]) is not None]


@pytest.mark.parametrize("op_id", MISNAMED_CASES)
async def test_misnamed_nested_field_reaches_prism_and_is_a_422(op_id: str, connect: Connect) -> None:
    """A typo in a nested field: the server sends it, and Prism's 422 comes back as an `is_error` result naming it.

    The expected outcome of every case: the tool schemas leave these nested objects open (as the
    spec does; only the strict copy Prism serves closes them), so the server's validator lets the
    typo through. A misnamed top-level argument is refused before sending (the test above).
    """
    op = spec_operations()[op_id]
    case = misnamed_field(op)
    assert case is not None
    values, path, key = case
    target = locate(values, path)
    typo = key[:-1]
    target[typo] = target.pop(key)

    result, exchanges = await call(connect, op_id, values)

    error = error_of(result)
    assert len(exchanges.responses) == 1, f"{op_id}: the server refused the typo instead of sending it: {error}"
    assert error["kind"] == "api" and error["status"] == 422
    where = ["request", "body", *wire_path(path)]
    assert any(v["location"] == where and f"'{typo}'" in v["message"] for v in exchanges.violations())


ERROR_CASES = [
    pytest.param(op_id, int(status), None, id=f"{op_id}-{status}")
    for op_id in ENTRIES
    for status in documented_errors(spec_operations()[op_id])
] + [pytest.param(op_id, status, name, id=f"{op_id}-{status}-{name}") for op_id, status, name in named_error_examples()]


@pytest.mark.parametrize(("op_id", "status", "name"), ERROR_CASES)
async def test_documented_error_is_an_error_result_with_its_codes(
    op_id: str, status: int, name: str | None, connect: Connect
) -> None:
    op = spec_operations()[op_id]
    values, _ = arguments(op, "required")
    prefer = f"code={status}" + (f", example={name}" if name else "")

    result, exchanges = await call(connect, op_id, values, headers={"Prefer": prefer})

    error = error_of(result)
    assert exchanges.violation_messages() == []
    assert error["kind"] == "api" and error["status"] == status
    examples = error_examples(documented_errors(op)[str(status)])
    # no example but a body: Prism built it from the schema (the media storage errors)
    sent = exchanges.responses[0].content
    built = exchanges.responses[0].json() if sent and not examples else {"errors": []}
    example = examples[name] if name else next(iter(examples.values()), built)
    assert [e["code"] for e in error["errors"]] == [item["code"] for item in example["errors"]]
    for item in example["errors"]:
        assert f"- {item['code']} {item['title']}" in text_of(result)


@pytest.mark.parametrize("op_id", list(ENTRIES))
async def test_dry_run_shows_a_request_that_passes_prism(op_id: str, connect: Connect, prism_url: str) -> None:
    """`--dry-run` sends nothing and shows the request; sent as shown, Prism finds nothing wrong with it."""
    op = spec_operations()[op_id]
    values, _ = arguments(op, "rich")

    result, exchanges = await call(connect, op_id, values, dry_run=True)

    assert not result.is_error, text_of(result)
    assert exchanges.responses == []
    shown = result.structured_content
    assert isinstance(shown, dict) and shown["sent"] is False
    assert shown["url"].startswith(prism_url + "/")
    headers = {k: v for k, v in shown["headers"].items() if k.lower() not in ("content-length", "authorization")}
    headers["authorization"] = f"Bearer {API_KEY}"  # the shown one is redacted
    content = None if shown["body"] is None else json.dumps(shown["body"]).encode()
    async with httpx.AsyncClient(timeout=TIMEOUT) as http:
        response = await http.request(shown["method"], shown["url"], headers=headers, content=content)
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert response.status_code == op.status
