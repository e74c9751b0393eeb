"""`with_raw_response` and `with_streaming_response`: the same request as the plain method, the raw response
around it, a streamed body left unread until asked for, and retries, errors and admission as for plain calls."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncPage, AsyncTelnyx, BinaryResponse, NotFoundError, SyncPage, Telnyx
from telnyx_voice._operations import OPERATIONS
from telnyx_voice._response import APIResponse, AsyncAPIResponse, StreamAlreadyConsumed

from tests.support.client import Client, MockAPI, call_operation, invoke, lookup, method_table, mock_api, reply
from tests.support.spec_operations import PATH_IDS, field_value, response_body, spec_operations

CALL_ID = PATH_IDS["call_control_id"]
NOT_FOUND = {"errors": [{"code": "90015", "title": "Call not found", "detail": "no such call"}]}


def view_method(client: Client, op_id: str, view: str) -> Any:
    resource, _, name = method_table()[op_id].rpartition(".")
    return getattr(getattr(lookup(client, resource), view), name)


async def parse(response: APIResponse[Any] | AsyncAPIResponse[Any]) -> Any:
    if isinstance(response, AsyncAPIResponse):
        return await response.parse()
    return response.parse()


def comparable(request: httpx.Request) -> tuple[str, str, dict[str, Any] | None]:
    """A request without its command_id, which is new on every call."""
    body = json.loads(request.content) if request.content else None
    if body is not None:
        body.pop("command_id", None)
    return request.method, str(request.url), body


@pytest.mark.parametrize("op_id", OPERATIONS)
async def test_raw_response_sends_what_the_method_sends_and_parses_to_its_type(op_id: str, mode: str) -> None:
    op = spec_operations()[op_id]
    api = mock_api(reply(op.status, response_body(op), headers={"x-request-id": "req-1"}))
    kwargs = {f.python: field_value(f) for f in op.fields if f.location != "path" and f.required}
    plain = await call_operation(api, mode, op_id, **kwargs)
    client = api.client(mode)

    raw = view_method(client, op_id, "with_raw_response")(*op.path_args(), **op.path_keywords(), **kwargs)
    if mode == "async":
        raw = await raw

    assert isinstance(raw, APIResponse if mode == "sync" else AsyncAPIResponse)
    assert (raw.status_code, raw.headers["x-request-id"], raw.retries_taken) == (op.status, "req-1", 0)
    assert raw.http_response.request is api.requests[1]
    assert comparable(api.requests[1]) == comparable(api.requests[0])
    parsed = await parse(raw)
    assert type(parsed) is type(plain)
    if isinstance(parsed, (SyncPage, AsyncPage)):
        assert parsed.response == plain.response
    elif isinstance(parsed, BinaryResponse):  # a download: the same bytes
        assert parsed.content == plain.content
    else:
        assert parsed == plain
    assert await parse(raw) is parsed  # parsed once


async def test_sub_resources_have_views_too(mode: str) -> None:
    api = mock_api()
    client = api.client(mode)

    direct = await invoke(client, "calls.actions.with_raw_response.answer", CALL_ID)
    nested = await invoke(client, "calls.with_raw_response.actions.answer", CALL_ID)

    assert direct.status_code == nested.status_code == 200
    assert [r.url.path for r in api.requests] == [f"/v2/calls/{CALL_ID}/actions/answer"] * 2


def test_views_are_built_on_first_use_only() -> None:
    client = MockAPI().sync_client()
    actions = client.calls.actions
    assert "with_raw_response" not in vars(actions)
    assert "with_streaming_response" not in vars(actions)
    assert actions.with_raw_response is actions.with_raw_response


class RecordingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was read and closed."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        for chunk in self.chunks:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def streaming_api(stream: RecordingStream, status: int = 200) -> MockAPI:
    return mock_api(lambda request: httpx.Response(status, stream=stream, headers={"content-type": "application/json"}))


async def test_streaming_response_reads_the_body_only_when_asked(mode: str) -> None:
    stream = RecordingStream([b'{"data": {"result"', b': "ok"}}'])
    client = streaming_api(stream).client(mode)
    method = client.calls.actions.with_streaming_response.answer

    if isinstance(client, Telnyx):
        with method(CALL_ID) as response:
            assert (response.status_code, stream.read) == (200, False)
            assert response.parse().data.result == "ok"
            assert stream.read
    else:
        async with method(CALL_ID) as response:
            assert (response.status_code, stream.read) == (200, False)
            assert (await response.parse()).data.result == "ok"
            assert stream.read
    assert stream.closed


async def test_streaming_response_sends_only_when_entered(mode: str) -> None:
    api = mock_api()
    client = api.client(mode)
    manager = client.calls.actions.with_streaming_response.answer(CALL_ID)
    assert api.requests == []
    if isinstance(client, Telnyx):
        with manager as response:
            assert response.json() == {"data": {"result": "ok"}}
    else:
        async with manager as response:
            assert await response.json() == {"data": {"result": "ok"}}
    assert len(api.requests) == 1


async def test_streamed_body_goes_to_a_file_chunk_by_chunk(mode: str, tmp_path: Path) -> None:
    chunks = [b"RIFF", b"\x00" * 1000, b"data"]
    stream = RecordingStream(chunks)
    client = streaming_api(stream).client(mode)
    target = tmp_path / "body.bin"

    if isinstance(client, Telnyx):
        with client.calls.actions.with_streaming_response.answer(CALL_ID) as response:
            response.stream_to_file(target)
            with pytest.raises(StreamAlreadyConsumed):
                response.read()
    else:
        async with client.calls.actions.with_streaming_response.answer(CALL_ID) as response:
            await response.stream_to_file(target)
            with pytest.raises(StreamAlreadyConsumed):
                await response.read()

    assert target.read_bytes() == b"".join(chunks)


@pytest.mark.parametrize("view", ["with_raw_response", "with_streaming_response"])
async def test_errors_are_raised_as_by_the_plain_method(mode: str, view: str) -> None:
    api = mock_api(reply(404, NOT_FOUND))
    client = api.client(mode)
    method = getattr(client.calls.actions, view).answer

    with pytest.raises(NotFoundError) as raised:
        if view == "with_raw_response":
            await invoke(client, f"calls.actions.{view}.answer", CALL_ID)
        elif isinstance(client, Telnyx):
            with method(CALL_ID):
                pass
        else:
            async with method(CALL_ID):
                pass

    assert raised.value.status_code == 404
    assert [e.code for e in raised.value.errors] == ["90015"]  # a streamed error's body is read


@pytest.mark.parametrize("view", ["with_raw_response", "with_streaming_response"])
async def test_retries_and_command_id_as_by_the_plain_method(mode: str, view: str) -> None:
    api = mock_api(reply(503, {}), reply(200, {"data": {"result": "ok"}}))
    client = api.client(mode)
    method = getattr(client.calls.actions, view).answer

    if view == "with_raw_response":
        response = await invoke(client, f"calls.actions.{view}.answer", CALL_ID)
        retries = response.retries_taken
    elif isinstance(client, Telnyx):
        with method(CALL_ID) as streamed:
            retries = streamed.retries_taken
    else:
        async with method(CALL_ID) as streamed:
            retries = streamed.retries_taken

    assert retries == 1
    assert len(api.delays) == 1
    first, second = (json.loads(r.content)["command_id"] for r in api.requests)
    assert first == second


def test_a_streamed_response_holds_its_admission_slot_until_closed() -> None:
    stream = RecordingStream([b"{}"])
    client = streaming_api(stream).sync_client(max_concurrency=1)
    admission = client._admission
    assert admission is not None

    with client.calls.actions.with_streaming_response.answer(CALL_ID):
        assert not admission.acquire(blocking=False)

    assert admission.acquire(blocking=False)
    admission.release()


async def test_an_async_streamed_response_holds_its_admission_slot_until_closed() -> None:
    stream = RecordingStream([b"{}"])
    client = streaming_api(stream).async_client(max_concurrency=1)
    admission = client._admission
    assert admission is not None

    async with client.calls.actions.with_streaming_response.answer(CALL_ID):
        assert admission.locked()

    assert not admission.locked()


async def test_a_raw_page_parses_to_a_page_that_iterates_on(mode: str) -> None:
    item = response_body(spec_operations()["ListCallEvents"])["data"][0]
    first = {"data": [item], "meta": {"page_number": 1, "total_pages": 2}}
    second = {"data": [item], "meta": {"page_number": 2, "total_pages": 2}}
    api = mock_api(reply(200, first), reply(200, second))
    client = api.client(mode)

    raw = await invoke(client, "call_events.with_raw_response.list", page={"size": 1})
    page = await parse(raw)

    assert isinstance(page, SyncPage if mode == "sync" else AsyncPage)
    items = [item async for item in page] if isinstance(page, AsyncPage) else list(page)
    assert len(items) == 2
    assert [r.url.params.get("page[number]") for r in api.requests] == [None, "2"]


async def test_raw_response_text_json_and_repr(mode: str) -> None:
    client: Telnyx | AsyncTelnyx = mock_api().client(mode)
    raw = await invoke(client, "calls.actions.with_raw_response.hangup", CALL_ID)

    text = raw.text() if isinstance(raw, APIResponse) else await raw.text()
    data = raw.json() if isinstance(raw, APIResponse) else await raw.json()

    assert json.loads(text) == data == {"data": {"result": "ok"}}
    assert (raw.method, raw.url.path, raw.is_closed) == ("POST", f"/v2/calls/{CALL_ID}/actions/hangup", True)
    assert repr(raw).startswith(f"<{type(raw).__name__} [200 OK] https://api.test/v2/calls/")
