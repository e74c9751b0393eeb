"""`client.recordings.actions`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anonymous_response import AnonymousResponse


class RecordingsActions(SyncAPIResource):
    """`client.recordings.actions`."""

    def delete(
        self,
        *,
        ids: list[str],
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AnonymousResponse:
        """Delete a list of call recordings.

        Permanently deletes a list of call recordings.

        `POST /recordings/actions/delete` (operationId `DeleteRecordings`)

        Args:
            ids: List of call recording IDs to delete.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DELETE_RECORDINGS,
            path={},
            query=None,
            body={
                "ids": ids,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncRecordingsActions(AsyncAPIResource):
    """`client.recordings.actions` (async)."""

    async def delete(
        self,
        *,
        ids: list[str],
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AnonymousResponse:
        """Delete a list of call recordings.

        Permanently deletes a list of call recordings.

        `POST /recordings/actions/delete` (operationId `DeleteRecordings`)

        Args:
            ids: List of call recording IDs to delete.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DELETE_RECORDINGS,
            path={},
            query=None,
            body={
                "ids": ids,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
