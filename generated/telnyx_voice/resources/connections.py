"""`client.connections`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Literal

    from ..models.active_call import ActiveCall
    from ..models.connection import Connection
    from ..models.connection_response import ConnectionResponse
    from ..models.list_connection_active_calls_page import ListConnectionActiveCallsPage
    from ..models.list_connections_filter import ListConnectionsFilter
    from ..models.list_connections_page import ListConnectionsPage


class Connections(SyncAPIResource):
    """`client.connections`."""

    def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPage | dict[str, Any] | Unset = UNSET,
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
    ) -> SyncPage[ActiveCall]:
        """List all active calls for given connection.

        Lists all active calls for given connection.

        `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`)

        Args:
            connection_id: Telnyx connection id
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
            The first page; iterating it yields every ActiveCall of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONNECTION_ACTIVE_CALLS,
            {
                "connection_id": connection_id,
            },
            {
                "page": with_page_keywords(
                    ops.LIST_CONNECTION_ACTIVE_CALLS,
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

    def list(
        self,
        *,
        filter: ListConnectionsFilter | dict[str, Any] | Unset = UNSET,
        page: ListConnectionsPage | dict[str, Any] | Unset = UNSET,
        sort: Literal["active", "connection_name", "created_at"] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[Connection]:
        """List connections.

        Returns a list of your connections irrespective of type.

        `GET /connections` (operationId `ListConnections`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            sort: Specifies the sort order for results.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every Connection of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONNECTIONS,
            {},
            {
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CONNECTIONS,
                    page,
                    {
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "sort": sort,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConnectionResponse:
        """Retrieve a connection.

        Retrieves the high-level details of an existing connection.

        `GET /connections/{id}` (operationId `RetrieveConnection`)

        Args:
            id: IP Connection ID
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RETRIEVE_CONNECTION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncConnections(AsyncAPIResource):
    """`client.connections` (async)."""

    def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPage | dict[str, Any] | Unset = UNSET,
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
    ) -> AsyncPaginator[ActiveCall]:
        """List all active calls for given connection.

        Lists all active calls for given connection.

        `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`)

        Args:
            connection_id: Telnyx connection id
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
            The first page; iterating it yields every ActiveCall of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONNECTION_ACTIVE_CALLS,
            {
                "connection_id": connection_id,
            },
            {
                "page": with_page_keywords(
                    ops.LIST_CONNECTION_ACTIVE_CALLS,
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

    def list(
        self,
        *,
        filter: ListConnectionsFilter | dict[str, Any] | Unset = UNSET,
        page: ListConnectionsPage | dict[str, Any] | Unset = UNSET,
        sort: Literal["active", "connection_name", "created_at"] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Connection]:
        """List connections.

        Returns a list of your connections irrespective of type.

        `GET /connections` (operationId `ListConnections`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            sort: Specifies the sort order for results.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every Connection of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONNECTIONS,
            {},
            {
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CONNECTIONS,
                    page,
                    {
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "sort": sort,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConnectionResponse:
        """Retrieve a connection.

        Retrieves the high-level details of an existing connection.

        `GET /connections/{id}` (operationId `RetrieveConnection`)

        Args:
            id: IP Connection ID
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RETRIEVE_CONNECTION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
