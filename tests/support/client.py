"""What the client tests share besides the spec oracle (`spec_operations`): the client's methods by
operation, a mock API behind an `httpx.MockTransport`, and calls that work the same on sync and async clients."""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from telnyx_voice import AsyncPage, AsyncTelnyx, SyncPage, Telnyx

from tests.support.spec_operations import spec_operations

BASE_URL = "https://api.test/v2"
API_KEY = "test-key"
MODES = ("sync", "async")
RESOURCES = (
    "calls",
    "calls.actions",
    "connections",
    "call_control_applications",
    "call_events",
    "conferences",
    "conferences.actions",
    "queues",
    "queues.calls",
    "recordings",
    "recordings.actions",
    "recording_transcriptions",
    "media",
)
REQUEST_OPTIONS = ("max_retries", "timeout")
# the official SDK's per-call additions, None by default
EXTRA_OPTIONS = ("extra_headers", "extra_query", "extra_body")
OPERATION_ID_IN_DOC = re.compile(r"\(operationId `([^`]+)`\)")

Client = Telnyx | AsyncTelnyx
Page = SyncPage[Any] | AsyncPage[Any]
Reply = Callable[[httpx.Request], httpx.Response]
Location = Literal["path", "query", "body"]


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
    op = spec_operations()[op_id]
    return await invoke(api.client(mode), method_table()[op_id], *op.path_args(), **op.path_keywords(), **kwargs)


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
