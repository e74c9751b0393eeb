"""`client.queues`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset
from .queues_calls import AsyncQueuesCalls, QueuesCalls

if TYPE_CHECKING:
    from ..models.list_queues_page import ListQueuesPage
    from ..models.queue import Queue
    from ..models.queue_response import QueueResponse


class Queues(SyncAPIResource):
    """`client.queues`."""

    @cached_property
    def calls(self) -> QueuesCalls:
        """`client.queues.calls`."""
        return QueuesCalls(self._client)

    def list(
        self,
        *,
        page: ListQueuesPage | dict[str, Any] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[Queue]:
        """List queues.

        List all queues for the authenticated user.

        `GET /queues` (operationId `ListQueues`)

        Args:
            page: Grouped page parameter (deepObject style).
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every Queue of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_QUEUES,
            {},
            {
                "page": with_page_keywords(
                    ops.LIST_QUEUES,
                    page,
                    {
                        "number": page_number,
                        "size": page_size,
                    },
                ),
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        queue_name: str,
        max_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueResponse:
        """Create a queue.

        Create a new call queue.

        `POST /queues` (operationId `CreateQueue`)

        Args:
            queue_name: The name of the queue.
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CREATE_QUEUE,
            path={},
            query=None,
            body={
                "max_size": max_size,
                "queue_name": queue_name,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueResponse:
        """Retrieve a call queue.

        Retrieve an existing call queue

        `GET /queues/{queue_name}` (operationId `RetrieveCallQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RETRIEVE_CALL_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        queue_name: str,
        *,
        max_size: int,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueResponse:
        """Update a queue.

        Update properties of an existing call queue.

        `POST /queues/{queue_name}` (operationId `UpdateQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UPDATE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body={
                "max_size": max_size,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a queue.

        Delete an existing call queue.

        `DELETE /queues/{queue_name}` (operationId `DeleteQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DELETE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncQueues(AsyncAPIResource):
    """`client.queues` (async)."""

    @cached_property
    def calls(self) -> AsyncQueuesCalls:
        """`client.queues.calls`."""
        return AsyncQueuesCalls(self._client)

    def list(
        self,
        *,
        page: ListQueuesPage | dict[str, Any] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Queue]:
        """List queues.

        List all queues for the authenticated user.

        `GET /queues` (operationId `ListQueues`)

        Args:
            page: Grouped page parameter (deepObject style).
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every Queue of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_QUEUES,
            {},
            {
                "page": with_page_keywords(
                    ops.LIST_QUEUES,
                    page,
                    {
                        "number": page_number,
                        "size": page_size,
                    },
                ),
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        queue_name: str,
        max_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueResponse:
        """Create a queue.

        Create a new call queue.

        `POST /queues` (operationId `CreateQueue`)

        Args:
            queue_name: The name of the queue.
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CREATE_QUEUE,
            path={},
            query=None,
            body={
                "max_size": max_size,
                "queue_name": queue_name,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueResponse:
        """Retrieve a call queue.

        Retrieve an existing call queue

        `GET /queues/{queue_name}` (operationId `RetrieveCallQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RETRIEVE_CALL_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        queue_name: str,
        *,
        max_size: int,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueResponse:
        """Update a queue.

        Update properties of an existing call queue.

        `POST /queues/{queue_name}` (operationId `UpdateQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UPDATE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body={
                "max_size": max_size,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a queue.

        Delete an existing call queue.

        `DELETE /queues/{queue_name}` (operationId `DeleteQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DELETE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
