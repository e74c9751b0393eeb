"""`client.connections`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPage, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_call import ActiveCall
    from ..models.list_connection_active_calls_page import ListConnectionActiveCallsPage


class Connections(SyncAPIResource):
    """`client.connections`."""

    def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[ActiveCall]:
        """List all active calls for given connection.

        Lists all active calls for given connection.

        `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`)

        Args:
            connection_id: Telnyx connection id
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every ActiveCall of every page.
        """
        return self._page(
            ops.LIST_CONNECTION_ACTIVE_CALLS,
            {
                "connection_id": connection_id,
            },
            {
                "page": page,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncConnections(AsyncAPIResource):
    """`client.connections` (async)."""

    async def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[ActiveCall]:
        """List all active calls for given connection.

        Lists all active calls for given connection.

        `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`)

        Args:
            connection_id: Telnyx connection id
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every ActiveCall of every page.
        """
        return await self._page(
            ops.LIST_CONNECTION_ACTIVE_CALLS,
            {
                "connection_id": connection_id,
            },
            {
                "page": page,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
