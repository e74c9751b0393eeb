"""`client.recording_transcriptions`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_recording_transcriptions_filter import GetRecordingTranscriptionsFilter
    from ..models.get_recording_transcriptions_page import GetRecordingTranscriptionsPage
    from ..models.recording_transcription_response import RecordingTranscriptionResponse
    from ..models.recording_transcriptions_response_data import RecordingTranscriptionsResponseData


class RecordingTranscriptions(SyncAPIResource):
    """`client.recording_transcriptions`."""

    def list(
        self,
        *,
        page: GetRecordingTranscriptionsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingTranscriptionsFilter | dict[str, Any] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[RecordingTranscriptionsResponseData]:
        """List all recording transcriptions.

        Returns a list of your recording transcriptions.

        `GET /recording_transcriptions` (operationId `getRecordingTranscriptions`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recording transcriptions by various attributes.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every RecordingTranscriptionsResponseData of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.GET_RECORDING_TRANSCRIPTIONS,
            {},
            {
                "page": with_page_keywords(
                    ops.GET_RECORDING_TRANSCRIPTIONS,
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
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingTranscriptionResponse:
        """Retrieve a recording transcription.

        Retrieves the details of an existing recording transcription.

        `GET /recording_transcriptions/{recording_transcription_id}` (operationId `getRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.GET_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingTranscriptionResponse:
        """Delete a recording transcription.

        Permanently deletes a recording transcription.

        `DELETE /recording_transcriptions/{recording_transcription_id}` (operationId `deleteRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DELETE_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncRecordingTranscriptions(AsyncAPIResource):
    """`client.recording_transcriptions` (async)."""

    def list(
        self,
        *,
        page: GetRecordingTranscriptionsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingTranscriptionsFilter | dict[str, Any] | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[RecordingTranscriptionsResponseData]:
        """List all recording transcriptions.

        Returns a list of your recording transcriptions.

        `GET /recording_transcriptions` (operationId `getRecordingTranscriptions`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recording transcriptions by various attributes.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every RecordingTranscriptionsResponseData of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.GET_RECORDING_TRANSCRIPTIONS,
            {},
            {
                "page": with_page_keywords(
                    ops.GET_RECORDING_TRANSCRIPTIONS,
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
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingTranscriptionResponse:
        """Retrieve a recording transcription.

        Retrieves the details of an existing recording transcription.

        `GET /recording_transcriptions/{recording_transcription_id}` (operationId `getRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.GET_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RecordingTranscriptionResponse:
        """Delete a recording transcription.

        Permanently deletes a recording transcription.

        `DELETE /recording_transcriptions/{recording_transcription_id}` (operationId `deleteRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DELETE_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
