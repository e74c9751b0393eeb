"""Pagination as the official SDK offers it: flattened page keywords, `get_next_page()`/`next_page_info()`,
and `async for` over an async list call without `await`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncPage, AsyncPaginator, InvalidArgumentError, NoNextPageError, PageInfo

from tests.support.client import invoke, items_of, mock_api
from tests.support.spec_operations import response_body, spec_operations

EVENT = response_body(spec_operations()["ListCallEvents"])["data"][0]
ACTIVE_CALL = response_body(spec_operations()["ListConnectionActiveCalls"])["data"][0]


def numbered_pages(total_pages: int) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        data = [{**EVENT, "call_leg_id": f"leg-{number}"}]
        return httpx.Response(200, json={"data": data, "meta": {"page_number": number, "total_pages": total_pages}})

    return mock_api(respond)


def params(request: httpx.Request) -> list[tuple[str, str]]:
    return sorted(request.url.params.multi_items())


async def test_page_number_and_page_size_keywords_are_sent_as_page_keys(mode: str) -> None:
    api = numbered_pages(3)

    page = await invoke(api.client(mode), "call_events.list", page_number=2, page_size=1)

    assert params(api.requests[0]) == [("page[number]", "2"), ("page[size]", "1")]
    assert [e.call_leg_id for e in await items_of(page)] == ["leg-2", "leg-3"]
    assert params(api.requests[1]) == [("page[number]", "3"), ("page[size]", "1")]


async def test_page_keywords_combine_with_a_page_dict_of_other_keys(mode: str) -> None:
    api = numbered_pages(1)
    await invoke(api.client(mode), "call_events.list", page={"size": 5}, page_number=1)
    assert params(api.requests[0]) == [("page[number]", "1"), ("page[size]", "5")]


@pytest.mark.parametrize("page", [{"number": 1}, "model"])
async def test_one_page_key_given_both_ways_is_an_error(mode: str, page: Any) -> None:
    from telnyx_voice.models.list_call_events_page import ListCallEventsPage

    api = numbered_pages(1)
    given = ListCallEventsPage(number=1) if page == "model" else page
    with pytest.raises(InvalidArgumentError, match=r"ListCallEvents: page key 'number' is given twice"):
        await invoke(api.client(mode), "call_events.list", page=given, page_number=2)
    assert api.requests == []


async def test_cursor_keywords_on_a_cursor_list(mode: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [ACTIVE_CALL], "meta": {"cursors": {}}})

    api = mock_api(respond)
    await invoke(
        api.client(mode), "connections.list_active_calls", "conn-1", page_after="c1", page_before="c0", page_limit=1
    )
    assert params(api.requests[0]) == [("page[after]", "c1"), ("page[before]", "c0"), ("page[limit]", "1")]


async def test_get_next_page_and_next_page_info(mode: str) -> None:
    api = numbered_pages(2)
    first = await invoke(api.client(mode), "call_events.list", page_size=1)

    info = first.next_page_info()
    assert isinstance(info, PageInfo)
    assert info.params["page"] == {"size": 1, "number": 2}
    second = await invoke(first, "get_next_page")
    assert [e.call_leg_id for e in second.data] == ["leg-2"]
    assert second.next_page_info() is None
    with pytest.raises(NoNextPageError, match="has_next_page"):
        await invoke(second, "get_next_page")
    assert len(api.requests) == 2


async def test_async_for_over_a_list_call_without_await() -> None:
    api = numbered_pages(3)
    client = api.async_client()

    paginator = client.call_events.list(page_size=1)
    assert isinstance(paginator, AsyncPaginator)
    assert api.requests == []  # nothing is sent before it is iterated or awaited
    items = [event async for event in client.call_events.list(page_size=1)]

    assert [e.call_leg_id for e in items] == ["leg-1", "leg-2", "leg-3"]
    assert len(api.requests) == 3


async def test_awaiting_an_async_list_call_returns_the_first_page() -> None:
    api = numbered_pages(3)
    page = await api.async_client().call_events.list(page_number=2)
    assert isinstance(page, AsyncPage)
    assert page.meta.page_number == 2
    assert len(api.requests) == 1
    assert [p.meta.page_number async for p in page.iter_pages()] == [2, 3]
