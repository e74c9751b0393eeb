"""`client.queues`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPage, SyncPage
from ..types import UNSET, Unset
from .queues_calls import AsyncQueuesCalls, QueuesCalls

if TYPE_CHECKING:
    from ..models.list_queues_page import ListQueuesPage
    from ..models.queue import Queue
    from ..models.queue_response import QueueResponse


class Queues:
    """`client.queues`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def calls(self) -> QueuesCalls:
        """`client.queues.calls`."""
        return QueuesCalls(self._client)

    def list(
        self,
        *,
        page: ListQueuesPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPage[Queue]:
        """List queues.

        List all queues for the authenticated user.

        `GET /queues` (operationId `ListQueues`)

        Args:
            page: Grouped page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every Queue of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.LIST_QUEUES, path=path, query=query, options=options)
        return SyncPage(self._client, ops.LIST_QUEUES, path, query, options, response)

    def create(
        self,
        *,
        queue_name: str,
        max_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueResponse:
        """Create a queue.

        Create a new call queue.

        `POST /queues` (operationId `CreateQueue`)

        Args:
            queue_name: The name of the queue.
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.CREATE_QUEUE,
            path={},
            query=None,
            body={
                "max_size": max_size,
                "queue_name": queue_name,
            },
            options=request_options(max_retries, timeout),
        )

    def retrieve(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueResponse:
        """Retrieve a call queue.

        Retrieve an existing call queue

        `GET /queues/{queue_name}` (operationId `RetrieveCallQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.RETRIEVE_CALL_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    def update(
        self,
        queue_name: str,
        *,
        max_size: int,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueResponse:
        """Update a queue.

        Update properties of an existing call queue.

        `POST /queues/{queue_name}` (operationId `UpdateQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.UPDATE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body={
                "max_size": max_size,
            },
            options=request_options(max_retries, timeout),
        )

    def delete(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a queue.

        Delete an existing call queue.

        `DELETE /queues/{queue_name}` (operationId `DeleteQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        self._client.request(
            ops.DELETE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )


class AsyncQueues:
    """`client.queues` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def calls(self) -> AsyncQueuesCalls:
        """`client.queues.calls`."""
        return AsyncQueuesCalls(self._client)

    async def list(
        self,
        *,
        page: ListQueuesPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPage[Queue]:
        """List queues.

        List all queues for the authenticated user.

        `GET /queues` (operationId `ListQueues`)

        Args:
            page: Grouped page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every Queue of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = await self._client.request(ops.LIST_QUEUES, path=path, query=query, options=options)
        return AsyncPage(self._client, ops.LIST_QUEUES, path, query, options, response)

    async def create(
        self,
        *,
        queue_name: str,
        max_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueResponse:
        """Create a queue.

        Create a new call queue.

        `POST /queues` (operationId `CreateQueue`)

        Args:
            queue_name: The name of the queue.
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.CREATE_QUEUE,
            path={},
            query=None,
            body={
                "max_size": max_size,
                "queue_name": queue_name,
            },
            options=request_options(max_retries, timeout),
        )

    async def retrieve(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueResponse:
        """Retrieve a call queue.

        Retrieve an existing call queue

        `GET /queues/{queue_name}` (operationId `RetrieveCallQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.RETRIEVE_CALL_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    async def update(
        self,
        queue_name: str,
        *,
        max_size: int,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueResponse:
        """Update a queue.

        Update properties of an existing call queue.

        `POST /queues/{queue_name}` (operationId `UpdateQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_size: The maximum number of calls allowed in the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.UPDATE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body={
                "max_size": max_size,
            },
            options=request_options(max_retries, timeout),
        )

    async def delete(
        self,
        queue_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a queue.

        Delete an existing call queue.

        `DELETE /queues/{queue_name}` (operationId `DeleteQueue`)

        Args:
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        await self._client.request(
            ops.DELETE_QUEUE,
            path={
                "queue_name": queue_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )
