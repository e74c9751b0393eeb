"""`client.call_events`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_event import CallEvent
    from ..models.list_call_events_filter import ListCallEventsFilter
    from ..models.list_call_events_page import ListCallEventsPage


class CallEvents(SyncAPIResource):
    """`client.call_events`."""

    def list(
        self,
        *,
        filter: ListCallEventsFilter | dict[str, Any] | Unset = UNSET,
        page: ListCallEventsPage | dict[str, Any] | Unset = UNSET,
        page_after: str | Unset = UNSET,
        page_before: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[CallEvent]:
        """List call events.

        Filters call events by given filter parameters.

        `GET /call_events` (operationId `ListCallEvents`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            page_after: `page[after]`, the same as `page={'after': ...}`.
            page_before: `page[before]`, the same as `page={'before': ...}`.
            page_limit: `page[limit]`, the same as `page={'limit': ...}`.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every CallEvent of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CALL_EVENTS,
            {},
            {
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CALL_EVENTS,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncCallEvents(AsyncAPIResource):
    """`client.call_events` (async)."""

    def list(
        self,
        *,
        filter: ListCallEventsFilter | dict[str, Any] | Unset = UNSET,
        page: ListCallEventsPage | dict[str, Any] | Unset = UNSET,
        page_after: str | Unset = UNSET,
        page_before: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[CallEvent]:
        """List call events.

        Filters call events by given filter parameters.

        `GET /call_events` (operationId `ListCallEvents`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            page_after: `page[after]`, the same as `page={'after': ...}`.
            page_before: `page[before]`, the same as `page={'before': ...}`.
            page_limit: `page[limit]`, the same as `page={'limit': ...}`.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every CallEvent of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CALL_EVENTS,
            {},
            {
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CALL_EVENTS,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
