"""`client.recording_transcriptions`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPage, SyncPage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_recording_transcriptions_filter import GetRecordingTranscriptionsFilter
    from ..models.get_recording_transcriptions_page import GetRecordingTranscriptionsPage
    from ..models.recording_transcription_response import RecordingTranscriptionResponse
    from ..models.recording_transcriptions_response_data import RecordingTranscriptionsResponseData


class RecordingTranscriptions:
    """`client.recording_transcriptions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page: GetRecordingTranscriptionsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingTranscriptionsFilter | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPage[RecordingTranscriptionsResponseData]:
        """List all recording transcriptions.

        Returns a list of your recording transcriptions.

        `GET /recording_transcriptions` (operationId `getRecordingTranscriptions`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recording transcriptions by various attributes.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every RecordingTranscriptionsResponseData of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "page": page,
            "filter": filter,
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.GET_RECORDING_TRANSCRIPTIONS, path=path, query=query, options=options)
        return SyncPage(self._client, ops.GET_RECORDING_TRANSCRIPTIONS, path, query, options, response)

    def retrieve(
        self,
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingTranscriptionResponse:
        """Retrieve a recording transcription.

        Retrieves the details of an existing recording transcription.

        `GET /recording_transcriptions/{recording_transcription_id}` (operationId `getRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.GET_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    def delete(
        self,
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingTranscriptionResponse:
        """Delete a recording transcription.

        Permanently deletes a recording transcription.

        `DELETE /recording_transcriptions/{recording_transcription_id}` (operationId `deleteRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.DELETE_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )


class AsyncRecordingTranscriptions:
    """`client.recording_transcriptions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page: GetRecordingTranscriptionsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingTranscriptionsFilter | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPage[RecordingTranscriptionsResponseData]:
        """List all recording transcriptions.

        Returns a list of your recording transcriptions.

        `GET /recording_transcriptions` (operationId `getRecordingTranscriptions`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recording transcriptions by various attributes.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every RecordingTranscriptionsResponseData of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "page": page,
            "filter": filter,
        }
        options = request_options(max_retries, timeout)
        response = await self._client.request(ops.GET_RECORDING_TRANSCRIPTIONS, path=path, query=query, options=options)
        return AsyncPage(self._client, ops.GET_RECORDING_TRANSCRIPTIONS, path, query, options, response)

    async def retrieve(
        self,
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingTranscriptionResponse:
        """Retrieve a recording transcription.

        Retrieves the details of an existing recording transcription.

        `GET /recording_transcriptions/{recording_transcription_id}` (operationId `getRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.GET_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    async def delete(
        self,
        recording_transcription_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingTranscriptionResponse:
        """Delete a recording transcription.

        Permanently deletes a recording transcription.

        `DELETE /recording_transcriptions/{recording_transcription_id}` (operationId `deleteRecordingTranscription`)

        Args:
            recording_transcription_id: Uniquely identifies the recording transcription by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.DELETE_RECORDING_TRANSCRIPTION,
            path={
                "recording_transcription_id": recording_transcription_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )
