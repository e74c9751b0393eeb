"""`client.recordings.actions`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _operations as ops
from .._http import AsyncAPIClient, SyncAPIClient, Timeout, request_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anonymous_response import AnonymousResponse


class RecordingsActions:
    """`client.recordings.actions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def delete(
        self,
        *,
        ids: list[str],
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AnonymousResponse:
        """Delete a list of call recordings.

        Permanently deletes a list of call recordings.

        `POST /recordings/actions/delete` (operationId `DeleteRecordings`)

        Args:
            ids: List of call recording IDs to delete.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return self._client.request(
            ops.DELETE_RECORDINGS,
            path={},
            query=None,
            body={
                "ids": ids,
            },
            options=request_options(max_retries, timeout),
        )


class AsyncRecordingsActions:
    """`client.recordings.actions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def delete(
        self,
        *,
        ids: list[str],
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
    ) -> AnonymousResponse:
        """Delete a list of call recordings.

        Permanently deletes a list of call recordings.

        `POST /recordings/actions/delete` (operationId `DeleteRecordings`)

        Args:
            ids: List of call recording IDs to delete.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
        """
        return await self._client.request(
            ops.DELETE_RECORDINGS,
            path={},
            query=None,
            body={
                "ids": ids,
            },
            options=request_options(max_retries, timeout),
        )
