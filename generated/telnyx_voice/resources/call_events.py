"""`client.call_events`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPage, SyncPage
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
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPage[CallEvent]:
        """List call events.

        Filters call events by given filter parameters.

        `GET /call_events` (operationId `ListCallEvents`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every CallEvent of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "filter": filter,
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.LIST_CALL_EVENTS, path=path, query=query, options=options)
        return SyncPage(self._client, ops.LIST_CALL_EVENTS, path, query, options, response)


class AsyncCallEvents:
    """`client.call_events` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        filter: ListCallEventsFilter | dict[str, Any] | Unset = UNSET,
        page: ListCallEventsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPage[CallEvent]:
        """List call events.

        Filters call events by given filter parameters.

        `GET /call_events` (operationId `ListCallEvents`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every CallEvent of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "filter": filter,
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = await self._client.request(ops.LIST_CALL_EVENTS, path=path, query=query, options=options)
        return AsyncPage(self._client, ops.LIST_CALL_EVENTS, path, query, options, response)
