"""`client.queues.calls`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_queue_calls_page import ListQueueCallsPage
    from ..models.queue_call import QueueCall
    from ..models.queue_call_response import QueueCallResponse


class QueuesCalls(SyncAPIResource):
    """`client.queues.calls`."""

    def list(
        self,
        queue_name: str,
        *,
        page: ListQueueCallsPage | dict[str, Any] | Unset = UNSET,
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
    ) -> SyncPage[QueueCall]:
        """Retrieve calls from a queue.

        Retrieve the list of calls in an existing queue

        `GET /queues/{queue_name}/calls` (operationId `ListQueueCalls`)

        Args:
            queue_name: Uniquely identifies the queue by name
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
            The first page; iterating it yields every QueueCall of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_QUEUE_CALLS,
            {
                "queue_name": queue_name,
            },
            {
                "page": with_page_keywords(
                    ops.LIST_QUEUE_CALLS,
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

    def retrieve(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueCallResponse:
        """Retrieve a call from a queue.

        Retrieve an existing call from an existing queue

        `GET /queues/{queue_name}/calls/{call_control_id}` (operationId `RetrieveCallFromQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RETRIEVE_CALL_FROM_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def remove(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Force remove a call from a queue.

        Removes an inactive call from a queue.

        `DELETE /queues/{queue_name}/calls/{call_control_id}` (operationId `RemoveQueueCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.REMOVE_QUEUE_CALL,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        keep_after_hangup: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UPDATE_CALL_IN_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "keep_after_hangup": keep_after_hangup,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncQueuesCalls(AsyncAPIResource):
    """`client.queues.calls` (async)."""

    def list(
        self,
        queue_name: str,
        *,
        page: ListQueueCallsPage | dict[str, Any] | Unset = UNSET,
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
    ) -> AsyncPaginator[QueueCall]:
        """Retrieve calls from a queue.

        Retrieve the list of calls in an existing queue

        `GET /queues/{queue_name}/calls` (operationId `ListQueueCalls`)

        Args:
            queue_name: Uniquely identifies the queue by name
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
            The first page; iterating it yields every QueueCall of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_QUEUE_CALLS,
            {
                "queue_name": queue_name,
            },
            {
                "page": with_page_keywords(
                    ops.LIST_QUEUE_CALLS,
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

    async def retrieve(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> QueueCallResponse:
        """Retrieve a call from a queue.

        Retrieve an existing call from an existing queue

        `GET /queues/{queue_name}/calls/{call_control_id}` (operationId `RetrieveCallFromQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RETRIEVE_CALL_FROM_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def remove(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Force remove a call from a queue.

        Removes an inactive call from a queue.

        `DELETE /queues/{queue_name}/calls/{call_control_id}` (operationId `RemoveQueueCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: Uniquely identifies the queue by name
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.REMOVE_QUEUE_CALL,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        keep_after_hangup: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UPDATE_CALL_IN_QUEUE,
            path={
                "queue_name": queue_name,
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "keep_after_hangup": keep_after_hangup,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
