"""`client.connections`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPage, SyncPage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_call import ActiveCall
    from ..models.list_connection_active_calls_page import ListConnectionActiveCallsPage


class Connections:
    """`client.connections`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPage[ActiveCall]:
        """List all active calls for given connection.

        Lists all active calls for given connection.

        `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`)

        Args:
            connection_id: Telnyx connection id
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every ActiveCall of every page.
        """
        path: dict[str, Any] = {
            "connection_id": connection_id,
        }
        query: dict[str, Any] = {
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.LIST_CONNECTION_ACTIVE_CALLS, path=path, query=query, options=options)
        return SyncPage(self._client, ops.LIST_CONNECTION_ACTIVE_CALLS, path, query, options, response)


class AsyncConnections:
    """`client.connections` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPage[ActiveCall]:
        """List all active calls for given connection.

        Lists all active calls for given connection.

        `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`)

        Args:
            connection_id: Telnyx connection id
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every ActiveCall of every page.
        """
        path: dict[str, Any] = {
            "connection_id": connection_id,
        }
        query: dict[str, Any] = {
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = await self._client.request(ops.LIST_CONNECTION_ACTIVE_CALLS, path=path, query=query, options=options)
        return AsyncPage(self._client, ops.LIST_CONNECTION_ACTIVE_CALLS, path, query, options, response)
