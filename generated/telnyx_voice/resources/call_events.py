"""`client.call_events`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_event import CallEvent
    from ..models.list_call_events_filter import ListCallEventsFilter
    from ..models.list_call_events_page import ListCallEventsPage


class CallEvents:
    """`client.call_events`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

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

        Returns:
            The first page; iterating it yields every CallEvent of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
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
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.LIST_CALL_EVENTS, path=path, query=query, options=options)
        return SyncPage(self._client, ops.LIST_CALL_EVENTS, path, query, options, response)


class AsyncCallEvents:
    """`client.call_events` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

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

        Returns:
            The first page; iterating it yields every CallEvent of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        query: dict[str, Any] = {
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
        }
        return AsyncPaginator(self._client, ops.LIST_CALL_EVENTS, {}, query, request_options(max_retries, timeout))
