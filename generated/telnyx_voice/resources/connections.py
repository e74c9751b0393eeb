"""`client.connections`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPage, SyncPage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Literal

    from ..models.active_call import ActiveCall
    from ..models.connection import Connection
    from ..models.connection_response import ConnectionResponse
    from ..models.list_connection_active_calls_page import ListConnectionActiveCallsPage
    from ..models.list_connections_filter import ListConnectionsFilter
    from ..models.list_connections_page import ListConnectionsPage


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

    def list(
        self,
        *,
        filter: ListConnectionsFilter | dict[str, Any] | Unset = UNSET,
        page: ListConnectionsPage | dict[str, Any] | Unset = UNSET,
        sort: Literal["active", "connection_name", "created_at"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPage[Connection]:
        """List connections.

        Returns a list of your connections irrespective of type.

        `GET /connections` (operationId `ListConnections`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            sort: Specifies the sort order for results.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every Connection of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "filter": filter,
            "page": page,
            "sort": sort,
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.LIST_CONNECTIONS, path=path, query=query, options=options)
        return SyncPage(self._client, ops.LIST_CONNECTIONS, path, query, options, response)

    def retrieve(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> ConnectionResponse:
        """Retrieve a connection.

        Retrieves the high-level details of an existing connection.

        `GET /connections/{id}` (operationId `RetrieveConnection`)

        Args:
            id: IP Connection ID
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.RETRIEVE_CONNECTION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )


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

    async def list(
        self,
        *,
        filter: ListConnectionsFilter | dict[str, Any] | Unset = UNSET,
        page: ListConnectionsPage | dict[str, Any] | Unset = UNSET,
        sort: Literal["active", "connection_name", "created_at"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPage[Connection]:
        """List connections.

        Returns a list of your connections irrespective of type.

        `GET /connections` (operationId `ListConnections`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            sort: Specifies the sort order for results.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every Connection of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "filter": filter,
            "page": page,
            "sort": sort,
        }
        options = request_options(max_retries, timeout)
        response = await self._client.request(ops.LIST_CONNECTIONS, path=path, query=query, options=options)
        return AsyncPage(self._client, ops.LIST_CONNECTIONS, path, query, options, response)

    async def retrieve(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> ConnectionResponse:
        """Retrieve a connection.

        Retrieves the high-level details of an existing connection.

        `GET /connections/{id}` (operationId `RetrieveConnection`)

        Args:
            id: IP Connection ID
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.RETRIEVE_CONNECTION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )
