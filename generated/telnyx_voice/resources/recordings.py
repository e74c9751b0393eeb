"""`client.recordings`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset
from .recordings_actions import AsyncRecordingsActions, RecordingsActions

if TYPE_CHECKING:
    from ..models.get_recordings_filter import GetRecordingsFilter
    from ..models.get_recordings_page import GetRecordingsPage
    from ..models.recording_response import RecordingResponse
    from ..models.recording_response_data import RecordingResponseData


class Recordings(SyncAPIResource):
    """`client.recordings`."""

    @cached_property
    def actions(self) -> RecordingsActions:
        """`client.recordings.actions`."""
        return RecordingsActions(self._client)

    def list(
        self,
        *,
        page: GetRecordingsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingsFilter | dict[str, Any] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[RecordingResponseData]:
        """List all call recordings.

        Returns a list of your call recordings.

        `GET /recordings` (operationId `GetRecordings`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recordings by various attributes.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every RecordingResponseData of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.GET_RECORDINGS,
            {},
            {
                "page": with_page_keywords(
                    ops.GET_RECORDINGS,
                    page,
                    {
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "filter": filter,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingResponse:
        """Retrieve a call recording.

        Retrieves the details of an existing call recording.

        `GET /recordings/{recording_id}` (operationId `GetRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.GET_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingResponse:
        """Delete a call recording.

        Permanently deletes a call recording.

        `DELETE /recordings/{recording_id}` (operationId `DeleteRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DELETE_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncRecordings(AsyncAPIResource):
    """`client.recordings` (async)."""

    @cached_property
    def actions(self) -> AsyncRecordingsActions:
        """`client.recordings.actions`."""
        return AsyncRecordingsActions(self._client)

    def list(
        self,
        *,
        page: GetRecordingsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingsFilter | dict[str, Any] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[RecordingResponseData]:
        """List all call recordings.

        Returns a list of your call recordings.

        `GET /recordings` (operationId `GetRecordings`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recordings by various attributes.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every RecordingResponseData of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.GET_RECORDINGS,
            {},
            {
                "page": with_page_keywords(
                    ops.GET_RECORDINGS,
                    page,
                    {
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "filter": filter,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingResponse:
        """Retrieve a call recording.

        Retrieves the details of an existing call recording.

        `GET /recordings/{recording_id}` (operationId `GetRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.GET_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingResponse:
        """Delete a call recording.

        Permanently deletes a call recording.

        `DELETE /recordings/{recording_id}` (operationId `DeleteRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DELETE_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
