"""`client.recordings`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from .._pagination import AsyncPage, SyncPage
from ..types import UNSET, Unset
from .recordings_actions import AsyncRecordingsActions, RecordingsActions

if TYPE_CHECKING:
    from ..models.get_recordings_filter import GetRecordingsFilter
    from ..models.get_recordings_page import GetRecordingsPage
    from ..models.recording_response import RecordingResponse
    from ..models.recording_response_data import RecordingResponseData


class Recordings:
    """`client.recordings`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def actions(self) -> RecordingsActions:
        """`client.recordings.actions`."""
        return RecordingsActions(self._client)

    def list(
        self,
        *,
        page: GetRecordingsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingsFilter | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPage[RecordingResponseData]:
        """List all call recordings.

        Returns a list of your call recordings.

        `GET /recordings` (operationId `GetRecordings`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recordings by various attributes.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every RecordingResponseData of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "page": page,
            "filter": filter,
        }
        options = request_options(max_retries, timeout)
        response = self._client.request(ops.GET_RECORDINGS, path=path, query=query, options=options)
        return SyncPage(self._client, ops.GET_RECORDINGS, path, query, options, response)

    def retrieve(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingResponse:
        """Retrieve a call recording.

        Retrieves the details of an existing call recording.

        `GET /recordings/{recording_id}` (operationId `GetRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.GET_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    def delete(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingResponse:
        """Delete a call recording.

        Permanently deletes a call recording.

        `DELETE /recordings/{recording_id}` (operationId `DeleteRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.DELETE_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )


class AsyncRecordings:
    """`client.recordings` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def actions(self) -> AsyncRecordingsActions:
        """`client.recordings.actions`."""
        return AsyncRecordingsActions(self._client)

    async def list(
        self,
        *,
        page: GetRecordingsPage | dict[str, Any] | Unset = UNSET,
        filter: GetRecordingsFilter | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPage[RecordingResponseData]:
        """List all call recordings.

        Returns a list of your call recordings.

        `GET /recordings` (operationId `GetRecordings`)

        Args:
            page: Consolidated page parameter (deepObject style).
            filter: Filter recordings by various attributes.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).

        Returns:
            The first page; iterating it yields every RecordingResponseData of every page.
        """
        path: dict[str, Any] = {}
        query: dict[str, Any] = {
            "page": page,
            "filter": filter,
        }
        options = request_options(max_retries, timeout)
        response = await self._client.request(ops.GET_RECORDINGS, path=path, query=query, options=options)
        return AsyncPage(self._client, ops.GET_RECORDINGS, path, query, options, response)

    async def retrieve(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingResponse:
        """Retrieve a call recording.

        Retrieves the details of an existing call recording.

        `GET /recordings/{recording_id}` (operationId `GetRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.GET_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )

    async def delete(
        self,
        recording_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> RecordingResponse:
        """Delete a call recording.

        Permanently deletes a call recording.

        `DELETE /recordings/{recording_id}` (operationId `DeleteRecording`)

        Args:
            recording_id: Uniquely identifies the recording by id.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.DELETE_RECORDING,
            path={
                "recording_id": recording_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout),
        )
