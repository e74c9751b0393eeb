"""`Telnyx` and `AsyncTelnyx`, the clients. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._http import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_TIME,
    AsyncAPIClient,
    SyncAPIClient,
    Timeout,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .resources.call_control_applications import AsyncCallControlApplications, CallControlApplications
    from .resources.call_events import AsyncCallEvents, CallEvents
    from .resources.calls import AsyncCalls, Calls
    from .resources.conferences import AsyncConferences, Conferences
    from .resources.connections import AsyncConnections, Connections
    from .resources.media import AsyncMedia, Media
    from .resources.queues import AsyncQueues, Queues
    from .resources.recording_transcriptions import AsyncRecordingTranscriptions, RecordingTranscriptions
    from .resources.recordings import AsyncRecordings, Recordings
    from .webhooks import Webhooks


class Telnyx(SyncAPIClient):
    """The synchronous Telnyx Voice client.

    Args:
        api_key: your Telnyx API key (default: $TELNYX_API_KEY). A request without one raises
            `MissingAPIKeyError` before anything is sent.
        base_url: the API root (default: $TELNYX_BASE_URL, else https://api.telnyx.com/v2). A plain `http://`
            URL to a host other than this machine raises `InsecureTransportError` unless allow_insecure.
        timeout: seconds or an `httpx.Timeout` (default: 60 s, 5 s to connect).
        max_retries: retries of connection errors, timeouts, 408, 409, 429 and 5xx (default 2).
        http_client: an `httpx.Client` to send with (`DefaultHttpxClient` has our
            defaults). `close()` and leaving
            `with` close it too, as the official SDK does.
        public_key: base64 Ed25519 key for webhook verification (default: $TELNYX_PUBLIC_KEY).
        max_retry_time: seconds after the start of a call after which no retry begins, waits included
            (default 300; None: no limit). It bounds a call whatever max_retries is.
        allow_insecure: send over plain http to any host (default False: only to loopback hosts).
        auto_command_id: give a call command sent without a `command_id` one, the same on every retry, so
            Telnyx runs it once (default True; False sends only what you pass, as the official SDK does).
        max_concurrency: requests in flight at once (default 100, the connection pool's size); the rest
            wait in the client, which keeps bursts fast. None: no limit beyond httpx's own pool.
        _strict_response_validation: check every success body against the spec before reading it, and
            raise `APIResponseValidationError` naming the first field that is missing, null or of the
            wrong type or format (default False: such a field is kept as sent, or None when absent).
        default_headers: headers sent with every request, over the client's own (`Authorization` included).
        default_query: query parameters sent with every request, under each call's own.

    `copy(...)` / `with_options(...)` give a client with some of these changed, on the same connection pool;
    `get/post/put/patch/delete(path, cast_to=...)` call endpoints this package does not describe.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        public_key: str | None = None,
        max_retry_time: float | None = DEFAULT_MAX_RETRY_TIME,
        allow_insecure: bool = False,
        auto_command_id: bool = True,
        max_concurrency: int | None = DEFAULT_MAX_CONCURRENCY,
        _strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_retry_time=max_retry_time,
            allow_insecure=allow_insecure,
            auto_command_id=auto_command_id,
            max_concurrency=max_concurrency,
            strict_response_validation=_strict_response_validation,
            default_headers=default_headers,
            default_query=default_query,
        )
        self.public_key = public_key if public_key is not None else os.environ.get("TELNYX_PUBLIC_KEY")

    @cached_property
    def call_control_applications(self) -> CallControlApplications:
        """`client.call_control_applications`."""
        from .resources.call_control_applications import CallControlApplications

        return CallControlApplications(self)

    @cached_property
    def call_events(self) -> CallEvents:
        """`client.call_events`."""
        from .resources.call_events import CallEvents

        return CallEvents(self)

    @cached_property
    def calls(self) -> Calls:
        """`client.calls`."""
        from .resources.calls import Calls

        return Calls(self)

    @cached_property
    def conferences(self) -> Conferences:
        """`client.conferences`."""
        from .resources.conferences import Conferences

        return Conferences(self)

    @cached_property
    def connections(self) -> Connections:
        """`client.connections`."""
        from .resources.connections import Connections

        return Connections(self)

    @cached_property
    def media(self) -> Media:
        """`client.media`."""
        from .resources.media import Media

        return Media(self)

    @cached_property
    def queues(self) -> Queues:
        """`client.queues`."""
        from .resources.queues import Queues

        return Queues(self)

    @cached_property
    def recording_transcriptions(self) -> RecordingTranscriptions:
        """`client.recording_transcriptions`."""
        from .resources.recording_transcriptions import RecordingTranscriptions

        return RecordingTranscriptions(self)

    @cached_property
    def recordings(self) -> Recordings:
        """`client.recordings`."""
        from .resources.recordings import Recordings

        return Recordings(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries with this client's `public_key`."""
        from .webhooks import Webhooks

        return Webhooks(self.public_key)

    def __enter__(self) -> Telnyx:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncTelnyx(AsyncAPIClient):
    """The asynchronous Telnyx Voice client.

    Args:
        api_key: your Telnyx API key (default: $TELNYX_API_KEY). A request without one raises
            `MissingAPIKeyError` before anything is sent.
        base_url: the API root (default: $TELNYX_BASE_URL, else https://api.telnyx.com/v2). A plain `http://`
            URL to a host other than this machine raises `InsecureTransportError` unless allow_insecure.
        timeout: seconds or an `httpx.Timeout` (default: 60 s, 5 s to connect).
        max_retries: retries of connection errors, timeouts, 408, 409, 429 and 5xx (default 2).
        http_client: an `httpx.AsyncClient` to send with (`DefaultAsyncHttpxClient` has our
            defaults, `DefaultAioHttpClient` sends through aiohttp). `close()` and leaving
            `with` close it too, as the official SDK does.
        public_key: base64 Ed25519 key for webhook verification (default: $TELNYX_PUBLIC_KEY).
        max_retry_time: seconds after the start of a call after which no retry begins, waits included
            (default 300; None: no limit). It bounds a call whatever max_retries is.
        allow_insecure: send over plain http to any host (default False: only to loopback hosts).
        auto_command_id: give a call command sent without a `command_id` one, the same on every retry, so
            Telnyx runs it once (default True; False sends only what you pass, as the official SDK does).
        max_concurrency: requests in flight at once (default 100, the connection pool's size); the rest
            wait in the client, which keeps bursts fast. None: no limit beyond httpx's own pool.
        _strict_response_validation: check every success body against the spec before reading it, and
            raise `APIResponseValidationError` naming the first field that is missing, null or of the
            wrong type or format (default False: such a field is kept as sent, or None when absent).
        default_headers: headers sent with every request, over the client's own (`Authorization` included).
        default_query: query parameters sent with every request, under each call's own.

    `copy(...)` / `with_options(...)` give a client with some of these changed, on the same connection pool;
    `get/post/put/patch/delete(path, cast_to=...)` call endpoints this package does not describe.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        public_key: str | None = None,
        max_retry_time: float | None = DEFAULT_MAX_RETRY_TIME,
        allow_insecure: bool = False,
        auto_command_id: bool = True,
        max_concurrency: int | None = DEFAULT_MAX_CONCURRENCY,
        _strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_retry_time=max_retry_time,
            allow_insecure=allow_insecure,
            auto_command_id=auto_command_id,
            max_concurrency=max_concurrency,
            strict_response_validation=_strict_response_validation,
            default_headers=default_headers,
            default_query=default_query,
        )
        self.public_key = public_key if public_key is not None else os.environ.get("TELNYX_PUBLIC_KEY")

    @cached_property
    def call_control_applications(self) -> AsyncCallControlApplications:
        """`client.call_control_applications`."""
        from .resources.call_control_applications import AsyncCallControlApplications

        return AsyncCallControlApplications(self)

    @cached_property
    def call_events(self) -> AsyncCallEvents:
        """`client.call_events`."""
        from .resources.call_events import AsyncCallEvents

        return AsyncCallEvents(self)

    @cached_property
    def calls(self) -> AsyncCalls:
        """`client.calls`."""
        from .resources.calls import AsyncCalls

        return AsyncCalls(self)

    @cached_property
    def conferences(self) -> AsyncConferences:
        """`client.conferences`."""
        from .resources.conferences import AsyncConferences

        return AsyncConferences(self)

    @cached_property
    def connections(self) -> AsyncConnections:
        """`client.connections`."""
        from .resources.connections import AsyncConnections

        return AsyncConnections(self)

    @cached_property
    def media(self) -> AsyncMedia:
        """`client.media`."""
        from .resources.media import AsyncMedia

        return AsyncMedia(self)

    @cached_property
    def queues(self) -> AsyncQueues:
        """`client.queues`."""
        from .resources.queues import AsyncQueues

        return AsyncQueues(self)

    @cached_property
    def recording_transcriptions(self) -> AsyncRecordingTranscriptions:
        """`client.recording_transcriptions`."""
        from .resources.recording_transcriptions import AsyncRecordingTranscriptions

        return AsyncRecordingTranscriptions(self)

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """`client.recordings`."""
        from .resources.recordings import AsyncRecordings

        return AsyncRecordings(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries with this client's `public_key`."""
        from .webhooks import Webhooks

        return Webhooks(self.public_key)

    async def __aenter__(self) -> AsyncTelnyx:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
