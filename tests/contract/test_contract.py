"""Every operation, through the sync and the async client, against Prism serving the strict spec.

A call passes when Prism found nothing wrong with the request (no `sl-violations` header), answered
with the documented success status, and the client returned the documented response class with the
body parsed losslessly. The arguments come from the spec (tests.support.samples.Sampler): the required
fields only, every field with every nested object filled in, and one call per member of every union.
The negative cases check what a broken call turns into: an error before sending, or Prism's 422 as
`UnprocessableEntityError`; and `Prefer: code=...` turns each documented error example into its
exception subclass with its Telnyx error codes.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from telnyx_voice import (
    APIStatusError,
    AsyncPage,
    AsyncTelnyx,
    AuthenticationError,
    BadRequestError,
    BinaryResponse,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    SyncPage,
    Telnyx,
    UnprocessableEntityError,
)
from telnyx_voice._operations import OPERATIONS

from tests.support.client import invoke, method_table
from tests.support.contract import (
    Path_,
    arguments,
    documented_errors,
    error_examples,
    invalid_request_answer,
    locate,
    misnamed_field,
    named_error_examples,
    undefined_query_keys,
    union_variants,
    variant_id,
    wire_path,
)
from tests.support.prism import API_KEY, TIMEOUT, Exchanges
from tests.support.spec_operations import (
    Field,
    SpecOperation,
    canonical_json,
    deep_object_pairs,
    resolve,
    spec_operations,
)

MODES = ("sync", "async")
VARIANTS = ("required", "rich")
ERROR_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    500: InternalServerError,
    503: InternalServerError,
}


# --- clients on Prism -------------------------------------------------------------------------------


@dataclass
class Api:
    """A client of one mode on Prism, and every response it received."""

    mode: str
    client: Telnyx | AsyncTelnyx
    http: httpx.Client | httpx.AsyncClient
    exchanges: Exchanges = field(default_factory=Exchanges)

    async def call(self, op: SpecOperation, values: Mapping[Any, Any], *path_args: Any) -> Any:
        """Call op's client method with values (by Field) and the sample path ids (or path_args, positional)."""
        kwargs = {**op.path_keywords(), **{f.python: value for f, value in values.items()}}
        return await invoke(self.client, method_table()[op.operation_id], *(path_args or op.path_args()), **kwargs)

    def sent_json(self) -> Any:
        return json.loads(self.exchanges.last.request.content)

    async def aclose(self) -> None:
        if isinstance(self.http, httpx.AsyncClient):
            await self.http.aclose()
        else:
            self.http.close()


OpenApi = Callable[..., Api]


@pytest.fixture
async def open_api(prism_url: str) -> AsyncIterator[OpenApi]:
    """`open_api(mode, headers=..., max_retries=...)`: a client on Prism that records what Prism answered."""
    opened: list[Api] = []

    def open_(mode: str, *, headers: Mapping[str, str] | None = None, max_retries: int = 0) -> Api:
        exchanges = Exchanges()
        common: dict[str, Any] = {"api_key": API_KEY, "base_url": prism_url, "max_retries": max_retries}
        if mode == "sync":
            sync_http = httpx.Client(headers=headers, timeout=TIMEOUT, event_hooks=exchanges.hooks(mode))
            api = Api(mode, Telnyx(http_client=sync_http, **common), sync_http, exchanges)
        else:
            async_http = httpx.AsyncClient(headers=headers, timeout=TIMEOUT, event_hooks=exchanges.hooks(mode))
            api = Api(mode, AsyncTelnyx(http_client=async_http, **common), async_http, exchanges)
        opened.append(api)
        return api

    yield open_
    for api in opened:
        await api.aclose()


# --- what a valid call must give --------------------------------------------------------------------


def response_class_name(op: SpecOperation) -> str:
    runtime = OPERATIONS[op.operation_id]
    assert runtime.response is not None
    return runtime.response.split(":")[1]


def assert_accepted(api: Api, op: SpecOperation, values: Mapping[Any, Any], result: Any) -> None:
    """Prism found no violation, answered the success status, and the client returned the documented class."""
    assert api.exchanges.violation_messages() == [], f"Prism found violations in {op.operation_id}"
    (response,) = api.exchanges.responses
    assert response.status_code == op.status, response.text[:500]
    assert undefined_query_keys(op, response.request) == []
    sent_query = sorted(response.request.url.params.multi_items())
    assert sent_query == sorted(pair for f, v in values.items() if f.location == "query" for pair in query_pairs(f, v))
    if op.has_body:
        sent = api.sent_json()
        expected = {f.wire for f in values if f.location == "body"}
        if OPERATIONS[op.operation_id].sends_command_id:
            expected.add("command_id")  # filled in by the client when the caller gives none
        assert set(sent) == expected  # every argument reached the wire, under its wire name
    if op.response_media is None:  # no success body (204)
        assert result is None
        return
    if op.response_schema is None:  # a binary success body, as Prism sends it
        assert isinstance(result, BinaryResponse)
        assert result.read() == response.content and result.content_type == response.headers["content-type"]
        return
    if OPERATIONS[op.operation_id].pagination:
        assert isinstance(result, SyncPage if api.mode == "sync" else AsyncPage)
        parsed = result.response
    else:
        parsed = result
    assert type(parsed).__name__ == response_class_name(op)
    assert canonical_json(parsed.to_dict()) == canonical_json(response.json())


def query_pairs(f: Field, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return list(deep_object_pairs(f.wire, value))
    return [(f.wire, str(value).lower() if isinstance(value, bool) else str(value))]


CASES = [
    pytest.param(op_id, mode, variant, id=f"{op_id}-{mode}-{variant}")
    for op_id in OPERATIONS
    for variant in VARIANTS
    for mode in MODES
]


@pytest.mark.parametrize(("op_id", "mode", "variant"), CASES)
async def test_operation_passes_prism(op_id: str, mode: str, variant: str, open_api: OpenApi) -> None:
    op = spec_operations()[op_id]
    api = open_api(mode)
    values, _ = arguments(op, variant)

    result = await api.call(op, values)

    assert_accepted(api, op, values, result)


UNION_CASES = [
    pytest.param(op_id, choices, mode, id=f"{op_id}-{mode}-{variant_id(choices)}")
    for op_id in OPERATIONS
    for choices in union_variants(spec_operations()[op_id])
    for mode in MODES
]


def test_union_members_are_covered() -> None:
    """The union cases exist: each member of each union in a request is sent at least once."""
    by_op = {param.values[0] for param in UNION_CASES}
    assert {"DialCall", "SpeakCall", "StartCallTranscription", "CallStartAIAssistant"} <= by_op
    assert len(UNION_CASES) >= 100


@pytest.mark.parametrize(("op_id", "choices", "mode"), UNION_CASES)
async def test_every_union_member_passes_prism(
    op_id: str, choices: dict[Path_, int], mode: str, open_api: OpenApi
) -> None:
    op = spec_operations()[op_id]
    api = open_api(mode)
    values, _ = arguments(op, "rich", choices)

    result = await api.call(op, values)

    assert_accepted(api, op, values, result)


PAGINATED = [
    pytest.param(op_id, mode, id=f"{op_id}-{mode}")
    for op_id, op in OPERATIONS.items()
    if op.pagination
    for mode in MODES
]


@pytest.mark.parametrize(("op_id", "mode"), PAGINATED)
async def test_next_page_request_passes_prism(op_id: str, mode: str, open_api: OpenApi) -> None:
    """The page after the first: its query (page[number] or page[after], from the response's meta) is valid.

    Only one step: Prism answers every page with the same example, so iterating to the end would not end.
    """
    op = spec_operations()[op_id]
    api = open_api(mode)
    values, _ = arguments(op, "rich")
    first = await api.call(op, values)

    following = first.next_page()
    if not isinstance(following, SyncPage):
        following = await following

    assert api.exchanges.violation_messages() == []
    assert [r.status_code for r in api.exchanges.responses] == [op.status, op.status]
    assert type(following.response).__name__ == response_class_name(op)
    sent = dict(api.exchanges.last.request.url.params.multi_items())
    meta = first.response.to_dict()["meta"]
    if OPERATIONS[op_id].pagination == "page_number":
        assert sent["page[number]"] == str(meta["page_number"] + 1)
    else:
        assert sent["page[after]"] == meta["cursors"]["after"] and "page[before]" not in sent
    assert {k: v for k, v in sent.items() if not k.startswith("page[")} == {
        k: v for k, v in api.exchanges.responses[0].request.url.params.multi_items() if not k.startswith("page[")
    }  # the same filters on every page


# --- broken calls -----------------------------------------------------------------------------------


MISNAMED_CASES = [
    pytest.param(op_id, mode, id=f"{op_id}-{mode}")
    for op_id in OPERATIONS
    if misnamed_field(spec_operations()[op_id]) is not None
    for mode in MODES
]


@pytest.mark.parametrize(("op_id", "mode"), MISNAMED_CASES)
async def test_misnamed_nested_field_is_a_typed_422(op_id: str, mode: str, open_api: OpenApi) -> None:
    """A nested optional field with a typo (its last letter dropped) breaks the strict spec: Prism's 422.

    A top-level typo cannot get this far: Python refuses an unknown keyword argument (next test).
    """
    op = spec_operations()[op_id]
    case = misnamed_field(op)
    assert case is not None
    values, path, key = case
    target = locate(values, path)
    typo = key[:-1]
    target[typo] = target.pop(key)
    api = open_api(mode)

    with pytest.raises(UnprocessableEntityError) as caught:
        await api.call(op, values)

    assert caught.value.status_code == 422
    assert_documented_example(caught.value, op)
    violations = api.exchanges.violations()
    where = ["request", "body", *wire_path(path)]
    assert any(v["location"] == where and f"'{typo}'" in v["message"] for v in violations), violations


def test_misnamed_fields_are_tried_in_nested_objects_and_union_members() -> None:
    paths = {op_id: case[1] for op_id in OPERATIONS if (case := misnamed_field(spec_operations()[op_id]))}
    assert len(paths) >= 12
    assert any(len(path) >= 3 for path in paths.values())
    assert paths["SpeakCall"] == ("voice_settings",)  # a member of a discriminated union


async def test_prism_does_not_see_a_misnamed_deep_object_key(open_api: OpenApi) -> None:
    """A Prism limitation, and the check that covers it.

    Prism's deepObject parser builds the parameter from the keys its schema defines and drops the rest
    (node_modules/@stoplight/prism-http/dist/validator/deserializers/style/deepObject.js,
    `constructObject` walks `def.properties`), so even the strict copy cannot flag
    `filter[application_name][containz]`. `undefined_query_keys`, run on every call above, does. The client
    refuses the key in a dict before sending (`InvalidArgumentError`); a model's additional properties still
    carry it, which is how it reaches Prism here.
    """
    from telnyx_voice.models.list_call_control_applications_filter_application_name import (
        ListCallControlApplicationsFilterApplicationName as ApplicationName,
    )

    op = spec_operations()["ListCallControlApplications"]
    (filter_field,) = [f for f in op.of("query") if f.wire == "filter"]
    api = open_api("sync")
    with pytest.raises(InvalidArgumentError, match=r"`filter\[application_name\]` has no key 'containz'"):
        await api.call(op, {filter_field: {"application_name": {"containz": "sup"}}})
    assert api.exchanges.responses == []

    misnamed = ApplicationName(additional_properties={"containz": "sup"})
    await api.call(op, {filter_field: {"application_name": misnamed}})

    assert api.exchanges.violations() == []  # Prism: nothing wrong
    assert undefined_query_keys(op, api.exchanges.last.request) == ["filter[application_name][containz]"]


@pytest.mark.parametrize("mode", MODES)
async def test_misnamed_keyword_is_refused_before_sending(mode: str, open_api: OpenApi) -> None:
    api = open_api(mode)
    with pytest.raises(TypeError, match="timeout_sec"):
        await invoke(api.client, "calls.dial", connection_id="1", from_="+15550100", to="+15550101", timeout_sec=30)
    assert api.exchanges.responses == []


WRONG_BY_TYPE: dict[str, Any] = {
    "string": 12345,
    "integer": "seven",
    "number": "1.5 seconds",
    "boolean": "yes",
    "object": "not an object",
    "array": "not a list",
}


def schema_type(schema: Mapping[str, Any]) -> str:
    resolved = resolve(schema)
    kind = resolved.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind is None:
        kind = "object" if "properties" in resolved or "oneOf" in resolved else "string"
    return str(kind)


def wrongly_typed(op: SpecOperation) -> tuple[str, str, Any]:
    """(location, wire name, wrong value) for one field of op: a body field, else a query one, else the path."""
    body = [f for f in op.of("body") if f.wire != "command_id"]
    if body:
        chosen = next((f for f in body if f.required), body[0])
        return "body", chosen.wire, WRONG_BY_TYPE[schema_type(chosen.schema)]
    query = {f.wire for f in op.of("query")}
    if "page" in query:
        return "query", "page", {"size": "many"}
    if "filter" in query:
        return "query", "filter", WRONG_BY_TYPE["object"]
    return "path", op.of("path")[-1].wire, 12345  # the positional one


# Wrong query values Prism 5.16 lets through on the strict spec (measured), so their verdict cannot come
# from it; the test checks instead that the wrong value goes out unchanged and that the spec refuses it:
# - ListQueues declares `page[number]` and `page[size]` as two plain parameters with brackets in their
#   names, and Prism answers `GET /queues?page[size]=many` (or `=0`) with a 200 and no violation;
# - ListMediaStorage's only parameter is the deepObject `filter`, whose parser reads only the keys its
#   schema defines (see test_prism_does_not_see_a_misnamed_deep_object_key), so `filter=...` is dropped.
UNSEEN_BY_PRISM = {"ListQueues": ["page[size]"], "ListMediaStorage": ["filter"]}


def wire_query_problems(op: SpecOperation, request: httpx.Request) -> list[str]:
    """Query keys of request that op's parameters do not define, or whose integer is not an integer."""
    problems = undefined_query_keys(op, request)
    for f in op.of("query"):
        for name, schema in resolve(f.schema).get("properties", {}).items():
            value = request.url.params.get(key := f"{f.wire}[{name}]")
            if value is not None and schema_type(schema) == "integer" and not value.lstrip("-").isdigit():
                problems.append(key)
    return problems


WRONG_TYPE_CASES = [pytest.param(op_id, mode, id=f"{op_id}-{mode}") for op_id in OPERATIONS for mode in MODES]


@pytest.mark.parametrize(("op_id", "mode"), WRONG_TYPE_CASES)
async def test_wrongly_typed_argument_is_refused_or_a_typed_error(op_id: str, mode: str, open_api: OpenApi) -> None:
    """A wrong type never passes: the client refuses it (path ids), or Prism's 4xx comes back typed."""
    op = spec_operations()[op_id]
    location, wire, wrong = wrongly_typed(op)
    values, _ = arguments(op, "required")
    values = {f: v for f, v in values.items() if f.wire != wire}
    api = open_api(mode)

    if location == "path":
        with pytest.raises(ValueError, match=f"path parameter '{wire}' must be a non-empty string"):
            await api.call(op, values, wrong)
        assert api.exchanges.responses == []
        return

    (chosen,) = [f for f in op.fields if f.wire == wire and f.location == location]
    if op_id in UNSEEN_BY_PRISM:
        await api.call(op, {**values, chosen: wrong})
        assert api.exchanges.violations() == []  # Prism: nothing wrong (if this fails, Prism now sees it)
        assert wire_query_problems(op, api.exchanges.last.request) == UNSEEN_BY_PRISM[op_id]
        return
    with pytest.raises(APIStatusError) as caught:
        await api.call(op, {**values, chosen: wrong})

    expected_status, answer = invalid_request_answer(op)
    assert type(caught.value) is ERROR_CLASSES[expected_status]
    assert caught.value.status_code == expected_status
    # with no documented answer, Prism lists the violations in its own body (without the "request" prefix of
    # the `sl-violations` header, which it does not send then)
    if answer is None:
        where = {("request", *v["location"][:2]) for v in caught.value.body["validation"]}
    else:
        where = {tuple(v["location"][:3]) for v in api.exchanges.violations()}
    assert where == {("request", location, wire)}
    assert_example_of(caught.value, answer)


def test_the_wire_check_agrees_with_prism_where_prism_sees(prism_url: str) -> None:
    """wire_query_problems, which stands in for Prism on the cases it lets through, flags what Prism flags."""
    request = httpx.Request("GET", f"{prism_url}/conferences", params={"page[size]": "many"})
    request.headers["Authorization"] = f"Bearer {API_KEY}"

    with httpx.Client(timeout=TIMEOUT) as http:
        response = http.send(request)

    assert response.status_code == 422
    assert [v["location"] for v in json.loads(response.headers["sl-violations"])] == [
        ["request", "query", "page", "size"]
    ]
    assert wire_query_problems(spec_operations()["ListConferences"], request) == ["page[size]"]


# --- documented errors, through `Prefer: code=...` ----------------------------------------------------


def assert_documented_example(error: APIStatusError, op: SpecOperation) -> None:
    """error carries what Prism sends for its status: the first documented example, or no body if none."""
    assert_example_of(error, documented_errors(op)[str(error.status_code)])


def assert_example_of(error: APIStatusError, answer: Mapping[str, Any] | None) -> None:
    """error carries what Prism sends from the documented response answer, or (None) its own problem+json."""
    if answer is None:  # nothing documented: Prism's problem+json, which holds no Telnyx errors
        assert isinstance(error.body, dict) and error.body["status"] == error.status_code
        assert error.response.headers["content-type"].startswith("application/problem+json")
        assert error.errors == []
        return
    examples = error_examples(answer)
    if examples or error.response.content:
        # no example but a body: Prism built it from the schema (the media storage errors)
        example = next(iter(examples.values())) if examples else error.response.json()
        assert error.body == example
        assert [(e.code, e.title, e.detail) for e in error.errors] == [
            (item["code"], item["title"], item.get("detail")) for item in example["errors"]
        ]
    else:  # documented without a body: Prism sends none, and the error says so
        assert error.response.content == b""
        assert error.errors == [] and error.body is None


ERROR_CASES = [
    pytest.param(op_id, int(status), mode, id=f"{op_id}-{status}-{mode}")
    for op_id in OPERATIONS
    for status in documented_errors(spec_operations()[op_id])
    for mode in MODES
]


NAMED_EXAMPLE_CASES = [
    pytest.param(op_id, status, name, MODES[index % 2], id=f"{status}-{name}-{op_id}-{MODES[index % 2]}")
    for index, (op_id, status, name) in enumerate(named_error_examples())
]


async def prefer(api: Api, op: SpecOperation) -> APIStatusError:
    values, _ = arguments(op, "required")
    with pytest.raises(APIStatusError) as caught:
        await api.call(op, values)
    assert api.exchanges.violation_messages() == []
    return caught.value


@pytest.mark.parametrize(("op_id", "status", "mode"), ERROR_CASES)
async def test_documented_error_status_is_its_exception(op_id: str, status: int, mode: str, open_api: OpenApi) -> None:
    op = spec_operations()[op_id]
    api = open_api(mode, headers={"Prefer": f"code={status}"})

    error = await prefer(api, op)

    assert type(error) is ERROR_CLASSES[status]
    assert error.status_code == status
    assert len(api.exchanges.responses) == 1  # max_retries=0 here; retries are the fault suite's
    assert_documented_example(error, op)


@pytest.mark.parametrize(("op_id", "status", "name", "mode"), NAMED_EXAMPLE_CASES)
async def test_named_error_example_comes_back_parsed(
    op_id: str, status: int, name: str, mode: str, open_api: OpenApi
) -> None:
    op = spec_operations()[op_id]
    api = open_api(mode, headers={"Prefer": f"code={status}, example={name}"})

    error = await prefer(api, op)

    assert type(error) is ERROR_CLASSES[status]
    example = error_examples(documented_errors(op)[str(status)])[name]
    assert error.body == example
    assert [e.code for e in error.errors] == [item["code"] for item in example["errors"]]
    assert all(e.code in str(error) for e in error.errors)


def test_named_examples_are_covered() -> None:
    names = {(param.values[1], param.values[2]) for param in NAMED_EXAMPLE_CASES}
    assert (422, "call_already_ended") in names
    assert len({name for status, name in names if status == 422}) >= 10


@pytest.mark.parametrize("mode", MODES)
async def test_documented_503_is_retried_then_raised(mode: str, open_api: OpenApi) -> None:
    """With retries on, Prism's 503 example is sent max_retries+1 times, with one command_id throughout."""
    op = spec_operations()["DialCall"]
    api = open_api(mode, headers={"Prefer": "code=503"}, max_retries=2)
    slept: list[float] = []
    if mode == "sync":
        api.client._sleep = slept.append
    else:

        async def sleep(seconds: float) -> None:
            slept.append(seconds)

        api.client._sleep = sleep

    error = await prefer(api, op)

    assert type(error) is InternalServerError and error.status_code == 503
    assert [r.status_code for r in api.exchanges.responses] == [503, 503, 503]
    assert len({json.loads(r.request.content)["command_id"] for r in api.exchanges.responses}) == 1
    bounds = [(0.5 * 2**n * 0.75, 0.5 * 2**n) for n in range(2)]  # min(0.5 * 2**n, 8), less up to 25% jitter
    assert len(slept) == 2 and all(low <= s <= high for s, (low, high) in zip(slept, bounds, strict=True))


# --- multipart uploads and binary downloads ---------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["path", "bytes"])
async def test_multipart_upload_passes_prism(mode: str, kind: str, open_api: OpenApi, tmp_path: Path) -> None:
    """A file upload goes out as multipart/form-data that the strict spec accepts, as does the JSON form."""
    path = tmp_path / "greeting.mp3"
    path.write_bytes(b"ID3\x04\x00" + bytes(range(256)) * 300)
    api = open_api(mode)
    media = path if kind == "path" else path.read_bytes()

    uploaded = await invoke(api.client, "media.upload", media=media, media_name="greeting", ttl_secs=600)
    updated = await invoke(api.client, "media.update", "greeting", media=media, ttl_secs=60)

    assert api.exchanges.violation_messages() == []
    assert [r.status_code for r in api.exchanges.responses] == [201, 200]
    for response in api.exchanges.responses:
        # streamed, so not kept here; Prism checked the parts (`media` is required) against the strict spec
        assert response.request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert (
        type(uploaded).__name__ == type(updated).__name__ == response_class_name(spec_operations()["GetMediaStorage"])
    )


@pytest.mark.parametrize("mode", MODES)
async def test_binary_download_passes_prism(mode: str, open_api: OpenApi, tmp_path: Path) -> None:
    api = open_api(mode)

    download = await invoke(api.client, "media.download", "greeting")

    assert api.exchanges.violation_messages() == []
    (response,) = api.exchanges.responses
    assert response.request.headers["Accept"] == "application/octet-stream, application/json"
    assert isinstance(download, BinaryResponse)
    assert download.content_type == "application/octet-stream" and download.content == response.content
    download.write_to_file(tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == response.content
