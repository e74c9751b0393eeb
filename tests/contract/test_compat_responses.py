"""Every operation's `with_raw_response` and `with_streaming_response` forms, sync and async, against Prism,
as the official SDK's own tests check them: the status, the headers, and `.parse()` giving the type the
plain method returns. Parametrized over the operation table, so operations added later are covered too."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from telnyx_voice import AsyncPage, AsyncTelnyx, BinaryResponse, SyncPage, Telnyx
from telnyx_voice._operations import OPERATIONS
from telnyx_voice._response import APIResponse, AsyncAPIResponse

from tests.support.client import Client, lookup, method_table
from tests.support.contract import arguments
from tests.support.prism import API_KEY, TIMEOUT
from tests.support.spec_operations import SpecOperation, spec_operations

VIEWS = ("with_raw_response", "with_streaming_response")
CASES = [
    pytest.param(op_id, mode, view, id=f"{op_id}-{mode}-{view}")
    for op_id in OPERATIONS
    for mode in ("sync", "async")
    for view in VIEWS
]


@pytest.fixture
async def prism_client(prism_url: str, mode: str) -> AsyncIterator[Client]:
    if mode == "sync":
        with Telnyx(api_key=API_KEY, base_url=prism_url, max_retries=0, timeout=TIMEOUT) as sync_client:
            yield sync_client
    else:
        async with AsyncTelnyx(api_key=API_KEY, base_url=prism_url, max_retries=0, timeout=TIMEOUT) as async_client:
            yield async_client


def view_method(client: Client, op_id: str, view: str) -> Any:
    """`client.<resource>.<view>.<method>` of op_id."""
    resource, _, name = method_table()[op_id].rpartition(".")
    return getattr(getattr(lookup(client, resource), view), name)


async def call_in_view(client: Client, op: SpecOperation, view: str) -> tuple[int, dict[str, str], Any, bytes]:
    """Call op's method in view with its required arguments: the status, headers, parsed result, body read."""
    values, _ = arguments(op, "required")
    method = view_method(client, op.operation_id, view)
    args, kwargs = op.path_args(), {**op.path_keywords(), **{f.python: value for f, value in values.items()}}
    if view == "with_raw_response":
        raw = method(*args, **kwargs)
        if isinstance(client, AsyncTelnyx):
            raw = await raw
            assert isinstance(raw, AsyncAPIResponse)
            return raw.status_code, dict(raw.headers), await raw.parse(), await raw.read()
        assert isinstance(raw, APIResponse)
        return raw.status_code, dict(raw.headers), raw.parse(), raw.read()
    if isinstance(client, AsyncTelnyx):
        async with method(*args, **kwargs) as streamed:
            assert isinstance(streamed, AsyncAPIResponse)
            parsed = await streamed.parse()  # reads the body, which iter_bytes then gives again
            body = b"".join([chunk async for chunk in streamed.iter_bytes()])
            return streamed.status_code, dict(streamed.headers), parsed, body
    with method(*args, **kwargs) as streamed:
        assert isinstance(streamed, APIResponse)
        parsed = streamed.parse()  # reads the body, which iter_bytes then gives again
        body = b"".join(streamed.iter_bytes())
        return streamed.status_code, dict(streamed.headers), parsed, body


@pytest.mark.parametrize(("op_id", "mode", "view"), CASES)
async def test_response_views_pass_prism(op_id: str, mode: str, view: str, prism_client: Client) -> None:
    op = spec_operations()[op_id]

    status, headers, parsed, body = await call_in_view(prism_client, op, view)

    assert "sl-violations" not in headers, headers["sl-violations"]
    assert status == op.status
    operation = OPERATIONS[op_id]
    if operation.response_kind == "binary":  # a download: the bytes, as they were streamed or read
        assert isinstance(parsed, BinaryResponse) and parsed.content == body and body
        return
    if operation.response is None:  # 204: no body, nothing to parse
        assert (parsed, body) == (None, b"")
        return
    assert headers["content-type"].startswith("application/json")
    if operation.pagination:
        assert isinstance(parsed, SyncPage if mode == "sync" else AsyncPage)
        parsed = parsed.response
    assert type(parsed).__name__ == operation.response.split(":")[1]
    assert body  # streamed or read, the body is the one parsed
