"""Pagination: page_number (call events, call control applications) and cursor (active calls)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncPage, SyncPage

from tests.support.client import MockAPI, Page, invoke, items_of, mock_api, next_page, pages_of, reply
from tests.support.spec_operations import response_body, spec_operations

EVENT = response_body(spec_operations()["ListCallEvents"])["data"][0]
ACTIVE_CALL = response_body(spec_operations()["ListConnectionActiveCalls"])["data"][0]
LEG_ID = "428c31b6-7af4-4bcb-b7f5-5013ef9657c1"
FILTER = {"leg_id": LEG_ID, "occurred_at": {"gt": "2019-03-29T11:10:00Z"}, "type": "webhook"}
FILTER_PAIRS = [
    ("filter[leg_id]", LEG_ID),
    ("filter[occurred_at][gt]", "2019-03-29T11:10:00Z"),
    ("filter[type]", "webhook"),
]


def event(n: int) -> dict[str, Any]:
    return {**EVENT, "call_leg_id": f"leg-{n}"}


def numbered_pages(total_pages: int, per_page: int = 1) -> MockAPI:
    """A server of total_pages pages of events, answering the `page[number]` asked for (default 1)."""

    def respond(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        data = [event((number - 1) * per_page + i) for i in range(per_page)]
        return httpx.Response(200, json={"data": data, "meta": {"page_number": number, "total_pages": total_pages}})

    return mock_api(respond)


def params(request: httpx.Request) -> list[tuple[str, str]]:
    return sorted(request.url.params.multi_items())


def page_class(mode: str) -> type[SyncPage[Any]] | type[AsyncPage[Any]]:
    return SyncPage if mode == "sync" else AsyncPage


async def test_page_number_iteration_yields_every_item_of_every_page(mode: str) -> None:
    api = numbered_pages(3)

    page = await invoke(api.client(mode), "call_events.list", filter=FILTER, page={"size": 1})
    items = await items_of(page)

    assert [item.call_leg_id for item in items] == ["leg-0", "leg-1", "leg-2"]
    assert all(type(item).__name__ == "CallEvent" for item in items)
    assert [params(r) for r in api.requests] == [
        sorted([*FILTER_PAIRS, ("page[size]", "1")]),
        sorted([*FILTER_PAIRS, ("page[number]", "2"), ("page[size]", "1")]),
        sorted([*FILTER_PAIRS, ("page[number]", "3"), ("page[size]", "1")]),
    ]
    assert all(r.url.path == "/v2/call_events" for r in api.requests)


async def test_page_number_page_api(mode: str) -> None:
    api = numbered_pages(3, per_page=2)

    first = await invoke(api.client(mode), "call_events.list", page={"size": 2})

    assert isinstance(first, page_class(mode))
    assert [e.call_leg_id for e in first.data] == ["leg-0", "leg-1"]
    assert (first.meta.page_number, first.meta.total_pages) == (1, 3)
    assert type(first.response).__name__ == "ListCallEventsResponse"
    assert first.has_next_page()
    assert len(api.requests) == 1  # nothing fetched before it is asked for

    pages = await pages_of(first)
    assert [p.meta.page_number for p in pages] == [1, 2, 3]
    assert [e.call_leg_id for p in pages for e in p.data] == [f"leg-{n}" for n in range(6)]
    assert [p.has_next_page() for p in pages] == [True, True, False]
    assert await next_page(pages[-1]) is None
    assert len(api.requests) == 3


async def test_single_page_makes_one_request(mode: str) -> None:
    api = numbered_pages(1)
    page = await invoke(api.client(mode), "call_events.list")
    assert len(await items_of(page)) == 1
    assert not page.has_next_page()
    assert len(api.requests) == 1
    assert params(api.requests[0]) == []


async def test_empty_page_ends_iteration_even_if_meta_says_more(mode: str) -> None:
    api = mock_api(reply(200, {"data": [], "meta": {"page_number": 1, "total_pages": 5}}))
    page = await invoke(api.client(mode), "call_events.list")
    assert await items_of(page) == []
    assert not page.has_next_page()
    assert len(api.requests) == 1


async def test_page_without_meta_is_the_last(mode: str) -> None:
    api = mock_api(reply(200, {"data": [event(0)]}))
    page = await invoke(api.client(mode), "call_events.list")
    assert len(await items_of(page)) == 1
    assert len(api.requests) == 1


async def test_call_control_applications_paginate_by_page_number_with_sort(mode: str) -> None:
    application = response_body(spec_operations()["ListCallControlApplications"])["data"][0]

    def respond(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        data = [{**application, "id": str(number)}]
        return httpx.Response(200, json={"data": data, "meta": {"page_number": number, "total_pages": 2}})

    api = mock_api(respond)
    page = await invoke(
        api.client(mode),
        "call_control_applications.list",
        filter={"application_name": {"contains": "router"}},
        page={"number": 1, "size": 10},
        sort="connection_name",
    )

    assert [a.id for a in await items_of(page)] == ["1", "2"]
    assert params(api.requests[1]) == [
        ("filter[application_name][contains]", "router"),
        ("page[number]", "2"),
        ("page[size]", "10"),
        ("sort", "connection_name"),
    ]


async def test_page_model_instance_is_accepted_as_page_argument(mode: str) -> None:
    from telnyx_voice.models.list_call_events_page import ListCallEventsPage

    api = numbered_pages(2)
    page = await invoke(api.client(mode), "call_events.list", page=ListCallEventsPage(size=1))
    assert len(await items_of(page)) == 2
    assert params(api.requests[1]) == [("page[number]", "2"), ("page[size]", "1")]


def cursor_pages(after: list[str | None]) -> MockAPI:
    """A server whose page i (asked for by `page[after]=c<i>`) points on to after[i]."""

    def respond(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("page[after]")
        index = 0 if cursor is None else int(cursor.removeprefix("c"))
        cursors = {} if after[index] is None else {"after": after[index]}
        data = [{**ACTIVE_CALL, "call_control_id": f"v3:call-{index}"}]
        return httpx.Response(200, json={"data": data, "meta": {"cursors": cursors, "total_items": len(after)}})

    return mock_api(respond)


async def test_cursor_pagination_follows_meta_cursors_after(mode: str) -> None:
    api = cursor_pages(["c1", "c2", None])

    page = await invoke(api.client(mode), "connections.list_active_calls", "conn-1", page={"limit": 1})
    items = await items_of(page)

    assert [call.call_control_id for call in items] == ["v3:call-0", "v3:call-1", "v3:call-2"]
    assert all(type(item).__name__ == "ActiveCall" for item in items)
    assert [params(r) for r in api.requests] == [
        [("page[limit]", "1")],
        [("page[after]", "c1"), ("page[limit]", "1")],
        [("page[after]", "c2"), ("page[limit]", "1")],
    ]
    assert {r.url.path for r in api.requests} == {"/v2/connections/conn-1/active_calls"}


async def test_cursor_pagination_drops_before_and_stops_on_an_empty_cursor(mode: str) -> None:
    api = cursor_pages(["c1", ""])

    page = await invoke(api.client(mode), "connections.list_active_calls", "conn-1", page={"before": "c9"})
    pages = await pages_of(page)

    assert len(pages) == 2
    assert [p.has_next_page() for p in pages] == [True, False]
    assert params(api.requests[0]) == [("page[before]", "c9")]
    assert params(api.requests[1]) == [("page[after]", "c1")]


async def test_later_pages_keep_the_call_options(mode: str) -> None:
    api = numbered_pages(3)
    page = await invoke(api.client(mode), "call_events.list", timeout=9.0)
    await items_of(page)
    assert len(api.requests) == 3
    assert {r.extensions["timeout"]["read"] for r in api.requests} == {9.0}


async def test_later_page_error_is_raised_from_iteration(mode: str) -> None:
    from telnyx_voice import NotFoundError

    first = reply(200, {"data": [event(0)], "meta": {"page_number": 1, "total_pages": 2}})
    api = mock_api(first, reply(404, {"errors": [{"code": "404", "title": "gone"}]}))
    page: Page = await invoke(api.client(mode), "call_events.list")
    with pytest.raises(NotFoundError):
        await items_of(page)
    assert len(api.requests) == 2
