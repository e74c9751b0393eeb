"""`client.queues.calls`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPage, SyncPage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_queue_calls_page import ListQueueCallsPage
    from ..models.queue_call import QueueCall
    from ..models.queue_call_response import QueueCallResponse


class QueuesCalls:
    """`client.queues.calls`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        queue_name: str,
        *,
        page: ListQueueCallsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPage[QueueCall]:
        """Retrieve calls from a queue.

        Retrieve the list of calls in an existing queue

        `GET /queues/{queue_name}/calls` (operationId `ListQueueCalls`)

        Args:
            queue_name: Uniquely identifies the queue by name
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every QueueCall of every page.
        """
        path: dict[str, Any] = {
            "queue_name": queue_name,
        }
        query: dict[str, Any] = {
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.LIST_QUEUE_CALLS, path=path, query=query, options=options)
        return SyncPage(self._client, ops.LIST_QUEUE_CALLS, path, query, options, response)

    def retrieve(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueCallResponse:
        """Retrieve a call from a queue.

        Retrieve an existing call from an existing queue

        `GET /queues/{queue_name}/calls/{call_control_id}` (operationId `RetrieveCallFromQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.RETRIEVE_CALL_FROM_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    def remove(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Force remove a call from a queue.

        Removes an inactive call from a queue.

        `DELETE /queues/{queue_name}/calls/{call_control_id}` (operationId `RemoveQueueCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        self._client.request(
            ops.REMOVE_QUEUE_CALL,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    def update(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        keep_after_hangup: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Update queued call.

        Update queued call's keep_after_hangup flag

        `PATCH /queues/{queue_name}/calls/{call_control_id}` (operationId `UpdateCallInQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            keep_after_hangup: Whether the call should remain in queue after hangup.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        self._client.request(
            ops.UPDATE_CALL_IN_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "keep_after_hangup": keep_after_hangup,
            },
            options=request_options(max_retries, timeout),
        )


class AsyncQueuesCalls:
    """`client.queues.calls` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        queue_name: str,
        *,
        page: ListQueueCallsPage | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPage[QueueCall]:
        """Retrieve calls from a queue.

        Retrieve the list of calls in an existing queue

        `GET /queues/{queue_name}/calls` (operationId `ListQueueCalls`)

        Args:
            queue_name: Uniquely identifies the queue by name
            page: Consolidated page parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every QueueCall of every page.
        """
        path: dict[str, Any] = {
            "queue_name": queue_name,
        }
        query: dict[str, Any] = {
            "page": page,
        }
        options = request_options(max_retries, timeout)
        response = await self._client.request(ops.LIST_QUEUE_CALLS, path=path, query=query, options=options)
        return AsyncPage(self._client, ops.LIST_QUEUE_CALLS, path, query, options, response)

    async def retrieve(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> QueueCallResponse:
        """Retrieve a call from a queue.

        Retrieve an existing call from an existing queue

        `GET /queues/{queue_name}/calls/{call_control_id}` (operationId `RetrieveCallFromQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.RETRIEVE_CALL_FROM_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    async def remove(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Force remove a call from a queue.

        Removes an inactive call from a queue.

        `DELETE /queues/{queue_name}/calls/{call_control_id}` (operationId `RemoveQueueCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        await self._client.request(
            ops.REMOVE_QUEUE_CALL,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    async def update(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        keep_after_hangup: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Update queued call.

        Update queued call's keep_after_hangup flag

        `PATCH /queues/{queue_name}/calls/{call_control_id}` (operationId `UpdateCallInQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            keep_after_hangup: Whether the call should remain in queue after hangup.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        await self._client.request(
            ops.UPDATE_CALL_IN_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "keep_after_hangup": keep_after_hangup,
            },
            options=request_options(max_retries, timeout),
        )
