"""Every operation, sync and async: the exact request sent, and the typed response read back.

The expected request comes from the spec: the path template with the ids filled in, the query
parameters (deepObject ones as `filter[a][b]=v`) and the body fields by wire name.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncPage, BinaryResponse, SyncPage, Telnyx, models
from telnyx_voice._operations import OPERATIONS
from telnyx_voice.types import UNSET, Unset

from tests.support.client import (
    API_KEY,
    BASE_URL,
    EXTRA_OPTIONS,
    MODES,
    REQUEST_OPTIONS,
    call_operation,
    invoke,
    method_parameters,
    method_table,
    mock_api,
    reply,
)
from tests.support.spec_operations import (
    Field,
    SpecOperation,
    canonical_json,
    deep_object_pairs,
    field_value,
    model_class_key,
    resolve,
    response_body,
    spec_operations,
)

VARIANTS = ("required", "rich")
DOWNLOADED = b"ID3\x04\x00 bytes of an mp3"
CASES = [
    pytest.param(op_id, mode, variant, id=f"{op_id}-{mode}-{variant}")
    for op_id in OPERATIONS
    for mode in MODES
    for variant in VARIANTS
]


def arguments(op: SpecOperation, variant: str) -> dict[Field, Any]:
    """The non-path fields a call passes: the required ones, or (rich) every one (of the JSON body:
    a multipart form's own fields are the upload tests')."""
    return {
        f: field_value(f)
        for f in op.fields
        if f.location != "path" and not f.upload_form and (f.required or variant == "rich")
    }


def keyword_arguments(passed: dict[Field, Any]) -> dict[str, Any]:
    return {f.python: value for f, value in passed.items()}


def expected_query(passed: dict[Field, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for f, value in passed.items():
        if f.location != "query":
            continue
        if "properties" in resolve(f.schema):
            pairs.extend(deep_object_pairs(f.wire, value))
        else:
            pairs.append((f.wire, str(value)))
    return sorted(pairs)


def expected_body(passed: dict[Field, Any]) -> dict[str, Any]:
    return {f.wire: value for f, value in passed.items() if f.location == "body"}


def data_schema(op: SpecOperation) -> dict[str, Any] | None:
    """The schema of op's response `data`, or None if the response has no `data`."""
    properties = resolve({"$ref": f"#/components/schemas/{op.response_schema}"}).get("properties", {})
    data: dict[str, Any] | None = properties.get("data")
    return data


def is_paginated(op: SpecOperation) -> bool:
    """A list (its `data` an array) that takes a `page` query parameter."""
    data = data_schema(op)
    return data is not None and data.get("type") == "array" and any(f.wire == "page" for f in op.of("query"))


def data_class_name(op: SpecOperation) -> str:
    """The class name of op's `data` (of its items, for a list), lower case without `_`."""
    data = data_schema(op)
    assert data is not None
    return model_class_key(data.get("items", data)["$ref"].rsplit("/", 1)[-1])


def class_key(value: Any) -> str:
    return type(value).__name__.lower().replace("_", "")


def test_every_operation_has_exactly_one_client_method() -> None:
    assert sorted(method_table()) == sorted(OPERATIONS)
    assert sorted(spec_operations()) == sorted(OPERATIONS)
    assert len(OPERATIONS) == 96


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_operation_table_matches_spec(op_id: str) -> None:
    op, runtime = spec_operations()[op_id], OPERATIONS[op_id]
    assert (runtime.method, runtime.path) == (op.method, op.path)
    assert runtime.sends_command_id == any(f.wire == "command_id" for f in op.of("body"))
    if op.response_schema is None:
        assert runtime.response is None
    else:
        assert runtime.response is not None
        assert runtime.response.split(":")[1].lower() == model_class_key(op.response_schema)


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_method_signature_matches_spec(op_id: str) -> None:
    op = spec_operations()[op_id]
    parameters = dict(method_parameters(op_id))
    for name in REQUEST_OPTIONS:
        assert parameters.pop(name).default is UNSET
    for name in EXTRA_OPTIONS:
        extra = parameters.pop(name)
        assert (extra.kind, extra.default) == (extra.KEYWORD_ONLY, None), name
    for name in op.page_keywords:
        assert parameters.pop(name).default is UNSET
    assert sorted(parameters) == sorted(f.python for f in op.fields)
    positional = op.of("path")[-1:]  # the last path parameter, as in the official SDK
    for f in op.fields:
        param = parameters[f.python]
        expected_kind = param.POSITIONAL_OR_KEYWORD if f in positional else param.KEYWORD_ONLY
        assert param.kind == expected_kind, f.python
        assert param.default is (param.empty if op.required_argument(f) else UNSET), f.python


@pytest.mark.parametrize(("op_id", "mode", "variant"), CASES)
async def test_request_and_typed_response(op_id: str, mode: str, variant: str) -> None:
    op = spec_operations()[op_id]
    body = response_body(op)
    api = mock_api(reply(op.status, body) if body is not None else reply(op.status, content=DOWNLOADED))
    passed = arguments(op, variant)

    result = await call_operation(api, mode, op_id, **keyword_arguments(passed))

    (request,) = api.requests
    assert request.method == op.method
    assert str(request.url.copy_with(query=None)) == BASE_URL.removesuffix("/v2") + op.url_path()
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert sorted(request.url.params.multi_items()) == expected_query(passed)
    if op.has_body:
        assert request.headers["Content-Type"] == "application/json"
        sent = json.loads(request.content)
        expected = expected_body(passed)
        if "command_id" not in expected and any(f.wire == "command_id" for f in op.of("body")):
            uuid.UUID(sent.pop("command_id"))  # filled in by the client
        assert sent == expected
    else:
        assert request.content == b""
        assert "Content-Type" not in request.headers

    if op.response_media is None:  # no success body
        assert result is None
        return
    if body is None:  # a binary success body
        assert isinstance(result, BinaryResponse)
        assert result.read() == DOWNLOADED
        assert request.headers["Accept"] == f"{op.response_media}, application/json"  # errors come as JSON
        return
    assert op.response_schema is not None
    if is_paginated(op):
        assert isinstance(result, SyncPage if mode == "sync" else AsyncPage)
        assert canonical_json([item.to_dict() for item in result.data]) == canonical_json(body["data"])
        assert [class_key(item) for item in result.data] == [data_class_name(op)] * len(body["data"])
        parsed = result.response
    else:
        parsed = result
        if data_schema(op) is not None and data_schema(op).get("type") != "array":
            assert class_key(parsed.data) == data_class_name(op)
    assert class_key(parsed) == model_class_key(op.response_schema)
    assert canonical_json(parsed.to_dict()) == canonical_json(body)


UUID_ARGUMENTS = sorted(
    (op_id, f.python)
    for op_id, op in spec_operations().items()
    for f in op.of("body")
    if resolve(f.schema).get("format") == "uuid"
)


@pytest.mark.parametrize(("op_id", "argument"), UUID_ARGUMENTS, ids=[f"{o}-{a}" for o, a in UUID_ARGUMENTS])
async def test_uuid_argument_is_sent_as_its_string(op_id: str, argument: str, mode: str) -> None:
    """The signature asks for a `uuid.UUID` (format: uuid); the body must carry its string."""
    op = spec_operations()[op_id]
    assert "UUID" in str(method_parameters(op_id)[argument].annotation)
    api = mock_api(reply(op.status, response_body(op)))
    value = uuid.UUID("d7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a")

    await call_operation(api, mode, op_id, **keyword_arguments(arguments(op, "required")), **{argument: value})

    assert json.loads(api.requests[0].content)[argument] == str(value)


MODEL_ANNOTATION = re.compile(r"^(list\[)?([A-Z]\w*) \| dict\[str, Any\]")


def as_model(annotation: str, value: Any) -> Any:
    """value (JSON) as the model instance the annotation offers instead of a dict, if it offers one."""
    match = MODEL_ANNOTATION.match(annotation)
    if match is None:
        return value
    model = getattr(models, match.group(2))
    if match.group(1):
        return [model.from_dict(item) for item in value]
    return model.from_dict(value)


MODEL_CASES = [
    op_id
    for op_id in OPERATIONS
    if any(MODEL_ANNOTATION.match(str(p.annotation)) for p in method_parameters(op_id).values())
]


@pytest.mark.parametrize("op_id", MODEL_CASES)
async def test_model_arguments_are_sent_like_the_dicts_they_came_from(op_id: str, mode: str) -> None:
    """Every argument offered as `Model | dict`: `Model.from_dict(d)` must send exactly what d sends."""
    op = spec_operations()[op_id]
    api = mock_api(reply(op.status, response_body(op)))
    passed = arguments(op, "rich")
    parameters = method_parameters(op_id)
    kwargs = {f.python: as_model(str(parameters[f.python].annotation), value) for f, value in passed.items()}
    assert any(kwargs[f.python] is not value for f, value in passed.items())

    await call_operation(api, mode, op_id, **kwargs)

    (request,) = api.requests
    assert sorted(request.url.params.multi_items()) == expected_query(passed)
    if op.has_body:
        assert json.loads(request.content) == expected_body(passed)


@pytest.mark.parametrize(
    ("call_control_id", "raw_path"),
    [
        ("v3:abc-DEF_1.2~x@y", b"/v2/calls/v3:abc-DEF_1.2~x@y/actions/hangup"),
        ("a/b?c#d e", b"/v2/calls/a%2Fb%3Fc%23d%20e/actions/hangup"),
    ],
)
async def test_path_id_is_escaped_into_one_segment(call_control_id: str, raw_path: bytes, mode: str) -> None:
    api = mock_api()
    await invoke(api.client(mode), "calls.actions.hangup", call_control_id)
    assert api.requests[0].url.raw_path == raw_path


@pytest.mark.parametrize("bad_id", ["", None, 123])
async def test_empty_or_non_string_path_id_is_refused_before_sending(bad_id: Any, mode: str) -> None:
    api = mock_api()
    with pytest.raises(ValueError, match="call_control_id"):
        await invoke(api.client(mode), "calls.actions.hangup", bad_id)
    assert api.requests == []


async def test_none_is_sent_as_null_for_a_nullable_field(mode: str) -> None:
    op = spec_operations()["CreateCallControlApplication"]
    api = mock_api(reply(op.status, response_body(op)))
    await call_operation(
        api,
        mode,
        op.operation_id,
        application_name="app",
        webhook_event_url="https://example.com/hook",
        webhook_event_failover_url=None,
    )
    assert json.loads(api.requests[0].content) == {
        "application_name": "app",
        "webhook_event_url": "https://example.com/hook",
        "webhook_event_failover_url": None,
    }


def test_plain_client_on_an_injected_http_client() -> None:
    """The documented way in, without the test helpers: an injected http_client is what gets used."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"result": "ok"}})

    client = Telnyx(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    result = client.calls.actions.hangup("abc", client_state="c3RhdGU=")
    assert not isinstance(result.data, Unset)
    assert result.data.result == "ok"
    assert seen[0].url == "https://api.telnyx.com/v2/calls/abc/actions/hangup"
    assert json.loads(seen[0].content)["client_state"] == "c3RhdGU="
