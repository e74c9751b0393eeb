"""`client.call_events`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPage, SyncPage
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
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every CallEvent of every page.
        """
        return self._page(
            ops.LIST_CALL_EVENTS,
            {},
            {
                "filter": filter,
                "page": page,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncCallEvents(AsyncAPIResource):
    """`client.call_events` (async)."""

    async def list(
        self,
        *,
        filter: ListCallEventsFilter | dict[str, Any] | Unset = UNSET,
        page: ListCallEventsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[CallEvent]:
        """List call events.

        Filters call events by given filter parameters.

        `GET /call_events` (operationId `ListCallEvents`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every CallEvent of every page.
        """
        return await self._page(
            ops.LIST_CALL_EVENTS,
            {},
            {
                "filter": filter,
                "page": page,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
