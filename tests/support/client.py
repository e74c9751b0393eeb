"""What the client tests share: the spec as test oracle, sample values, the mock API, and sync/async calls.

The expectations of the request tests come from the normalized spec (paths, parameters, body fields,
examples), never from the generated code, so a generator bug shows up as a difference.
"""

from __future__ import annotations

import copy
import functools
import inspect
import keyword
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from telnyx_voice import AsyncPage, AsyncTelnyx, SyncPage, Telnyx

from generator.inputs import load_pin
from generator.openapi import iter_operations
from generator.pipeline import describe_spec
from generator.source import load_spec
from tests.support import samples

BASE_URL = "https://api.test/v2"
API_KEY = "test-key"
MODES = ("sync", "async")
PATH_IDS = {
    "call_control_id": "v3:ctrl-1_AbC",
    "id": "1293384261075731499",
    "connection_id": "1293384261075731461",
}
RESOURCES = ("calls", "calls.actions", "connections", "call_control_applications", "call_events")
# Arguments whose Python name is not the wire name (spec/naming.toml, the official SDK's names).
RENAMED_ARGUMENTS = {
    ("BridgeCall", "path", "call_control_id"): "call_control_id_to_bridge",
    ("BridgeCall", "body", "call_control_id"): "call_control_id_to_bridge_with",
}
REQUEST_OPTIONS = ("max_retries", "timeout")
OPERATION_ID_IN_DOC = re.compile(r"\(operationId `([^`]+)`\)")

Client = Telnyx | AsyncTelnyx
Page = SyncPage[Any] | AsyncPage[Any]
Reply = Callable[[httpx.Request], httpx.Response]
Location = Literal["path", "query", "body"]


# --- the spec ---------------------------------------------------------------------------------------


@functools.cache
def spec() -> dict[str, Any]:
    """The normalized selected spec, as the generator sees it."""
    return describe_spec(load_spec(load_pin()).document).spec


def resolve(node: Mapping[str, Any]) -> dict[str, Any]:
    """node with every `$ref` followed."""
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = spec()["components"][kind][name]
    return dict(node)


SAMPLE_STYLE = samples.example_first(resolve)


def ref_name(node: Mapping[str, Any]) -> str:
    ref: str = node["$ref"]
    return ref.rsplit("/", 1)[-1]


@dataclass(frozen=True, eq=False)
class Field:
    """A path or query parameter, or a top-level body field, of one operation."""

    wire: str
    python: str
    location: Location
    required: bool
    schema: dict[str, Any]
    example: Any = None  # the body's own example value for the field, if any

    @property
    def has_example(self) -> bool:
        return self.example is not None


@dataclass(frozen=True)
class SpecOperation:
    """What the spec says about one operation."""

    operation_id: str
    method: str
    path: str
    fields: tuple[Field, ...]
    has_body: bool
    status: int
    response_schema: str

    def of(self, location: Location) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.location == location)

    def url_path(self) -> str:
        """The path the request goes to, with the PATH_IDS filled in (not escaped: they need none)."""
        return "/v2" + self.path.format_map({f.wire: PATH_IDS[f.wire] for f in self.of("path")})

    def path_args(self) -> list[str]:
        return [PATH_IDS[f.wire] for f in self.of("path")]


def python_name(operation_id: str, wire: str, location: Location) -> str:
    assert wire.isidentifier() and wire.islower(), wire
    renamed = RENAMED_ARGUMENTS.get((operation_id, location, wire))
    return renamed or (f"{wire}_" if keyword.iskeyword(wire) else wire)


@functools.cache
def spec_operations() -> dict[str, SpecOperation]:
    result: dict[str, SpecOperation] = {}
    for path, method, operation in iter_operations(spec()):
        op_id = operation["operationId"]
        fields: list[Field] = []
        for raw in operation.get("parameters", []):
            param = resolve(raw)
            fields.append(
                Field(
                    wire=param["name"],
                    python=python_name(op_id, param["name"], param["in"]),
                    location=param["in"],
                    required=bool(param.get("required")) or param["in"] == "path",
                    schema=param.get("schema", {}),
                )
            )
        body_node = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body_node is not None:
            body = resolve(body_node)
            body_example: dict[str, Any] = body["example"] if isinstance(body.get("example"), dict) else {}
            for name, schema in body.get("properties", {}).items():
                fields.append(
                    Field(
                        wire=name,
                        python=python_name(op_id, name, "body"),
                        location="body",
                        required=name in body.get("required", ()),
                        schema=schema,
                        example=body_example.get(name),
                    )
                )
        status = min(int(code) for code in operation["responses"] if str(code).startswith("2"))
        response = operation["responses"][str(status)]["content"]["application/json"]["schema"]
        result[op_id] = SpecOperation(
            operation_id=op_id,
            method=method.upper(),
            path=path,
            fields=tuple(fields),
            has_body=body_node is not None,
            status=status,
            response_schema=ref_name(response),
        )
    return result


def sample(schema: Mapping[str, Any], *, full: bool = False) -> Any:
    """A JSON value for schema in the example-first style (tests/support/samples.py); full: every property."""
    return samples.sample(schema, SAMPLE_STYLE, full=full)


def field_value(f: Field) -> Any:
    """The value a test passes for a field: the spec's example for it, else a sample."""
    own = f.schema.get("example", resolve(f.schema).get("example"))
    if own is not None:
        return copy.deepcopy(own)
    if f.has_example:
        return copy.deepcopy(f.example)
    return sample(f.schema, full=f.location == "query")


def deep_object_pairs(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    """How a deepObject query value is written on the wire (`filter[a][b]=v`)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from deep_object_pairs(f"{prefix}[{key}]", item)
    elif isinstance(value, bool):
        yield prefix, "true" if value else "false"
    else:
        assert not isinstance(value, (list, dict)), (prefix, value)
        yield prefix, str(value)


def response_body(op: SpecOperation) -> dict[str, Any]:
    """A success body for op built from the examples of its response schema."""
    body: dict[str, Any] = sample(resolve({"$ref": f"#/components/schemas/{op.response_schema}"}), full=True)
    return body


# --- the client's methods ---------------------------------------------------------------------------


def lookup(root: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        root = getattr(root, part)
    return root


def public_methods(resource: Any) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in inspect.getmembers(type(resource), inspect.isfunction)
        if not name.startswith("_")
    }


@functools.cache
def idle_clients() -> tuple[Telnyx, AsyncTelnyx]:
    """A sync and an async client to look at (signatures, docstrings), never to send with."""
    return MockAPI().sync_client(), MockAPI().async_client()


@functools.cache
def method_table() -> dict[str, str]:
    """operationId -> `resource.method` of the client, from the `(operationId X)` in each docstring."""
    table: dict[str, str] = {}
    for resource in RESOURCES:
        for name, method in public_methods(lookup(idle_clients()[0], resource)).items():
            found = OPERATION_ID_IN_DOC.findall(inspect.getdoc(method) or "")
            assert len(found) == 1, f"{resource}.{name}: docstring names {found} operations"
            assert found[0] not in table, f"{found[0]} is both {table[found[0]]} and {resource}.{name}"
            table[found[0]] = f"{resource}.{name}"
    return table


def method_parameters(op_id: str) -> Mapping[str, inspect.Parameter]:
    """The parameters of op_id's method on the sync client."""
    return inspect.signature(lookup(idle_clients()[0], method_table()[op_id])).parameters


# --- the mock API -----------------------------------------------------------------------------------


def reply(
    status: int = 200,
    json: Any = None,
    *,
    content: bytes | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """A reply that builds a fresh response each time: `json` as the body, or the raw `content`."""

    def respond(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content, headers=headers)
        return httpx.Response(status, json=json, headers=headers)

    return respond


def raise_(error: type[httpx.TransportError]) -> Reply:
    """A reply that fails the request with a transport error, as httpx would."""

    def respond(request: httpx.Request) -> httpx.Response:
        raise error(f"simulated {error.__name__}", request=request)

    return respond


OK_COMMAND = reply(200, {"data": {"result": "ok"}})


@dataclass
class MockAPI:
    """An `httpx.MockTransport` handler: records each request and answers with the next reply.

    The last reply answers every request after it. Its clients run on a fake clock: it reads the retry
    sleeps so far plus `seconds_per_request` for each request answered, so no test really waits.
    """

    replies: list[Reply] = field(default_factory=lambda: [OK_COMMAND])
    requests: list[httpx.Request] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)
    seconds_per_request: float = 0.0

    def clock(self) -> float:
        return sum(self.delays) + self.seconds_per_request * len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        next_reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return next_reply(request)

    def client(self, mode: str, **kwargs: Any) -> Client:
        """A client of mode ("sync" or "async") on this mock, whose retry sleeps are recorded."""
        return self.sync_client(**kwargs) if mode == "sync" else self.async_client(**kwargs)

    def sync_client(self, **kwargs: Any) -> Telnyx:
        client = Telnyx(http_client=httpx.Client(transport=httpx.MockTransport(self)), **self._defaults(kwargs))
        client._sleep = self.delays.append
        client._clock = self.clock
        return client

    def async_client(self, **kwargs: Any) -> AsyncTelnyx:
        async def sleep(seconds: float) -> None:
            self.delays.append(seconds)

        client = AsyncTelnyx(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)), **self._defaults(kwargs)
        )
        client._sleep = sleep
        client._clock = self.clock
        return client

    @staticmethod
    def _defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
        return {"api_key": API_KEY, "base_url": BASE_URL, **kwargs}


def mock_api(*replies: Reply) -> MockAPI:
    return MockAPI(replies=list(replies) or [OK_COMMAND])


async def invoke(client: Client, dotted: str, *args: Any, **kwargs: Any) -> Any:
    """Call `client.<dotted>(...)`, awaiting it on an async client."""
    result = lookup(client, dotted)(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


async def call_operation(api: MockAPI, mode: str, op_id: str, **kwargs: Any) -> Any:
    """Call op_id's client method on a client of api, with the PATH_IDS and kwargs."""
    return await invoke(api.client(mode), method_table()[op_id], *spec_operations()[op_id].path_args(), **kwargs)


async def items_of(page: Page) -> list[Any]:
    """Every item of page and the pages after it, by iterating the page."""
    if isinstance(page, AsyncPage):
        return [item async for item in page]
    return list(page)


async def pages_of(page: Page) -> list[Page]:
    """page and the pages after it, by `iter_pages()`."""
    if isinstance(page, AsyncPage):
        return [p async for p in page.iter_pages()]
    return list(page.iter_pages())


async def next_page(page: Page) -> Page | None:
    result = page.next_page()
    if inspect.isawaitable(result):
        return await result
    return result
