"""What a caller adds to what is sent (`extra_headers`/`extra_query`/`extra_body`, `default_headers`/`default_query`),
`copy`/`with_options`, and the generic `get/post/put/patch/delete` for endpoints outside the selection."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from telnyx_voice import InsecureTransportError, NotFoundError
from telnyx_voice.models import CallControlCommandResponse

from tests.support.client import BASE_URL, MockAPI, invoke, mock_api, reply
from tests.support.spec_operations import PATH_IDS

CALL_ID = PATH_IDS["call_control_id"]
ANSWER = f"/v2/calls/{CALL_ID}/actions/answer"


def sent_body(request: httpx.Request) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(request.content)
    return body


async def test_extra_headers_go_over_every_other_header(mode: str) -> None:
    api = mock_api()
    client = api.client(mode, default_headers={"X-Team": "default", "X-Keep": "1"})

    await invoke(client, "calls.actions.answer", CALL_ID, extra_headers={"X-Team": "extra", "Accept": "text/plain"})

    headers = api.requests[0].headers
    assert (headers["X-Team"], headers["X-Keep"], headers["Accept"]) == ("extra", "1", "text/plain")
    assert headers["Authorization"] == "Bearer test-key"


async def test_extra_query_adds_and_replaces_parameters(mode: str) -> None:
    api = mock_api(reply(200, {"data": [], "meta": {}}))
    client = api.client(mode, default_query={"tenant": "a", "page[size]": 5})

    await invoke(
        client,
        "call_events.list",
        page={"size": 20, "number": 2},
        extra_query={"page[size]": 50, "filter": {"new_key": "v"}, "flag": True},
    )

    assert sorted(api.requests[0].url.params.multi_items()) == [
        ("filter[new_key]", "v"),
        ("flag", "true"),
        ("page[number]", "2"),
        ("page[size]", "50"),
        ("tenant", "a"),
    ]


async def test_default_query_is_under_the_call_query(mode: str) -> None:
    api = mock_api(reply(200, {"data": [], "meta": {}}))
    client = api.client(mode, default_query={"page": {"size": 5}, "tenant": "a"})

    await invoke(client, "call_events.list", page={"size": 20})

    assert sorted(api.requests[0].url.params.multi_items()) == [("page[size]", "20"), ("tenant", "a")]


async def test_extra_body_adds_fields_the_spec_does_not_know(mode: str) -> None:
    api = mock_api()
    client = api.client(mode)

    await invoke(
        client,
        "calls.actions.answer",
        CALL_ID,
        client_state="c3RhdGU=",
        extra_body={"brand_new_field": {"x": 1}, "client_state": "b3ZlcnJpZGU="},
    )

    body = sent_body(api.requests[0])
    assert body["brand_new_field"] == {"x": 1}
    assert body["client_state"] == "b3ZlcnJpZGU="
    assert "command_id" in body  # still filled in


async def test_extra_body_command_id_is_the_one_sent_on_every_attempt(mode: str) -> None:
    api = mock_api(reply(503, {}), reply(200, {"data": {"result": "ok"}}))

    await invoke(api.client(mode), "calls.actions.answer", CALL_ID, extra_body={"command_id": "mine"})

    assert [sent_body(r)["command_id"] for r in api.requests] == ["mine", "mine"]


async def test_extra_body_on_an_operation_without_a_body(mode: str) -> None:
    api = mock_api(reply(200, {"data": {}}))

    await invoke(api.client(mode), "call_control_applications.delete", PATH_IDS["id"], extra_body={"reason": "x"})

    assert api.requests[0].method == "DELETE"
    assert sent_body(api.requests[0]) == {"reason": "x"}


async def test_per_call_timeout_and_max_retries(mode: str) -> None:
    api = mock_api(reply(503, {}))
    client = api.client(mode, max_retries=5)

    with pytest.raises(Exception, match="503"):
        await invoke(client, "calls.actions.answer", CALL_ID, timeout=7.5, max_retries=1)

    assert len(api.requests) == 2
    assert api.requests[0].extensions["timeout"]["read"] == 7.5


async def test_with_options_changes_the_copy_only(mode: str) -> None:
    api = mock_api()
    client = api.client(mode, default_headers={"X-Base": "1"}, default_query={"q": "1"})

    copied = client.with_options(
        timeout=3.0,
        max_retries=7,
        default_headers={"X-Copy": "2"},
        default_query={"r": "2"},
        base_url="https://other.test/v2",
    )
    await invoke(copied, "calls.actions.answer", CALL_ID)
    await invoke(client, "calls.actions.answer", CALL_ID)

    assert (copied.timeout, copied.max_retries, copied.base_url) == (3.0, 7, "https://other.test/v2")
    assert (client.max_retries, client.base_url) == (2, BASE_URL)
    assert copied.default_headers == {"X-Base": "1", "X-Copy": "2"}
    assert client.default_headers == {"X-Base": "1"}
    to_copy, to_client = api.requests
    assert (to_copy.url.host, to_copy.headers["X-Copy"], to_copy.url.params["r"]) == ("other.test", "2", "2")
    assert to_copy.extensions["timeout"]["read"] == 3.0
    assert "X-Copy" not in to_client.headers and "r" not in to_client.url.params
    assert (to_client.url.host, to_client.headers["X-Base"]) == ("api.test", "1")
    assert to_client.extensions["timeout"]["read"] != 3.0


async def test_copy_shares_the_pool_and_admission_and_never_closes_them(mode: str) -> None:
    client = MockAPI().client(mode)

    copied = client.copy(api_key="other-key")

    assert copied._http is client._http
    assert copied._admission is client._admission
    assert copied.calls._client is copied and client.calls._client is client
    assert copied.calls.actions.with_raw_response is not client.calls.actions.with_raw_response
    assert copied.api_key == "other-key" and client.api_key == "test-key"
    await invoke(copied, "close")
    assert not client._http.is_closed


async def test_copy_with_its_own_http_client(mode: str) -> None:
    api, other = MockAPI(), MockAPI()
    client = api.client(mode)
    http = other.client(mode)._http

    copied = client.copy(http_client=http)
    await invoke(copied, "calls.actions.hangup", CALL_ID)

    assert (len(api.requests), len(other.requests)) == (0, 1)
    wrong = httpx.Client() if mode == "async" else httpx.AsyncClient()
    with pytest.raises(TypeError, match="http_client must be an httpx"):
        client.copy(http_client=wrong)


def test_copy_set_forms_replace_and_refuse_both() -> None:
    client = MockAPI().sync_client(default_headers={"A": "1"}, default_query={"a": 1})

    copied = client.copy(set_default_headers={"B": "2"}, set_default_query={"b": 2})

    assert (copied.default_headers, copied.default_query) == ({"B": "2"}, {"b": 2})
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_headers={}, set_default_headers={})
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_query={}, set_default_query={})
    with pytest.raises(ValueError, match="max_retries"):
        client.copy(max_retries=-1)
    with pytest.raises(InsecureTransportError):
        client.copy(base_url="http://api.example.com/v2")


async def test_generic_methods_send_with_the_client_settings(mode: str) -> None:
    api = mock_api(reply(200, {"data": {"result": "ok"}}))
    client = api.client(mode, default_headers={"X-Base": "1"})

    got = await invoke(client, "get", "/conferences", cast_to=dict, options={"params": {"page": {"size": 2}}})
    model = await invoke(
        client,
        "post",
        "/conferences/c1/actions/mute",
        cast_to=CallControlCommandResponse,
        body={"call_control_ids": ["a"]},
        options={"headers": {"X-Extra": "2"}, "extra_json": {"more": True}},
    )
    raw = await invoke(client, "put", "queues/q1", cast_to=httpx.Response, body={"max_size": 3})
    text = await invoke(client, "patch", "https://api.test/v2/x", cast_to=str)
    nothing = await invoke(client, "delete", "/recordings/r1", cast_to=type(None))

    assert got == {"data": {"result": "ok"}}
    assert model.data.result == "ok"
    assert raw.status_code == 200 and json.loads(text) == got and nothing is None
    get, post, put, patch, delete = api.requests
    assert (get.method, str(get.url)) == ("GET", f"{BASE_URL}/conferences?page%5Bsize%5D=2")
    assert sent_body(post) == {"call_control_ids": ["a"], "more": True} and "command_id" not in sent_body(post)
    assert (post.headers["X-Extra"], post.headers["X-Base"], post.headers["Authorization"]) == (
        "2",
        "1",
        "Bearer test-key",
    )
    assert (put.method, put.url.path, sent_body(put)) == ("PUT", "/v2/queues/q1", {"max_size": 3})
    assert (patch.method, delete.method, delete.url.path) == ("PATCH", "DELETE", "/v2/recordings/r1")


async def test_generic_methods_retry_and_raise_as_the_others(mode: str) -> None:
    api = mock_api(reply(503, {}), reply(404, {"errors": [{"code": "10005", "title": "Not found"}]}))

    with pytest.raises(NotFoundError):
        await invoke(api.client(mode), "get", "/conferences/nope", cast_to=dict, options={"max_retries": 1})

    assert len(api.requests) == 2


def test_generic_methods_refuse_plain_http_elsewhere() -> None:
    client = MockAPI().sync_client()
    with pytest.raises(InsecureTransportError):
        client.get("http://api.example.com/v2/x", cast_to=dict)
