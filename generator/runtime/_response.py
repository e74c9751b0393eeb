"""The raw response of a call (`with_raw_response` / `with_streaming_response`), as in the official SDK.

`APIResponse` wraps the `httpx.Response` of a successful call (errors are raised before, as for the
plain methods); `.parse()` gives what the plain method returns. A streamed response has not read its
body: `.iter_bytes()`, `.stream_to_file()` read it chunk by chunk, `.read()` / `.parse()` all of it. A
binary endpoint's response is the same object, its body never parsed as JSON.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import TelnyxError

R = TypeVar("R")
ResponseT = TypeVar("ResponseT", bound="APIResponse[Any]")
AsyncResponseT = TypeVar("AsyncResponseT", bound="AsyncAPIResponse[Any]")
Parser = Callable[[httpx.Response], R]
_NOT_PARSED: Any = object()


class StreamAlreadyConsumed(TelnyxError):
    """The body of a streamed response was read chunk by chunk already, so it cannot be read again."""

    def __init__(self) -> None:
        super().__init__(
            "the response body was already streamed (iter_bytes, iter_text, iter_lines or stream_to_file): "
            "call .read() before streaming to keep the content, or accumulate the chunks yourself"
        )


class BaseAPIResponse(Generic[R]):
    """What the sync and async responses share: the httpx response and what it says about itself."""

    def __init__(self, http_response: httpx.Response, parser: Parser[R], retries_taken: int = 0) -> None:
        self.http_response = http_response
        """The `httpx.Response` (its body not read yet when streamed)."""
        self.retries_taken = retries_taken
        """How many retries the call took before this response (0: the first attempt)."""
        self._parser = parser
        self._parsed: Any = _NOT_PARSED

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """The time from sending the request to the end of the response (once the body is read)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """Whether the body was read or the response closed; a streamed response holds a connection until then."""
        return self.http_response.is_closed

    def _parse_read(self) -> R:
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parser(self.http_response)
        result: R = self._parsed
        return result

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}] {self.url}>"


class APIResponse(BaseAPIResponse[R]):
    """The raw response of a sync call; `.parse()` returns what the plain method returns."""

    def parse(self) -> R:
        """The typed result (the model, the page, or None), reading the body first if streamed."""
        self.read()
        return self._parse_read()

    def read(self) -> bytes:
        """The whole body."""
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed from exc

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    @property
    def content(self) -> bytes:
        return self.read()

    def close(self) -> None:
        """Release the connection (done by itself once the body is read to the end)."""
        self.http_response.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        yield from self.http_response.iter_lines()

    def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """Write the body to file chunk by chunk, never holding all of it in memory."""
        with open(file, mode="wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)

    write_to_file = stream_to_file


class AsyncAPIResponse(BaseAPIResponse[R]):
    """The raw response of an async call; `await .parse()` returns what the plain method returns."""

    async def parse(self) -> R:
        """The typed result (the model, the page, or None), reading the body first if streamed."""
        await self.read()
        return self._parse_read()

    async def read(self) -> bytes:
        """The whole body."""
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed from exc

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        """Release the connection (done by itself once the body is read to the end)."""
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line

    async def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """Write the body to file chunk by chunk, never holding all of it in memory.

        The writes are plain blocking file writes, one per chunk, as the chunks arrive.
        """
        with open(file, mode="wb") as out:
            async for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)

    write_to_file = stream_to_file


class ResponseContextManager(Generic[ResponseT]):
    """`with client.x.with_streaming_response.y(...) as response:` sends on entry and closes on exit."""

    def __init__(self, send: Callable[[], ResponseT]) -> None:
        self._send = send
        self._response: ResponseT | None = None

    def __enter__(self) -> ResponseT:
        self._response = self._send()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[AsyncResponseT]):
    """`async with client.x.with_streaming_response.y(...) as response:` sends on entry and closes on exit."""

    def __init__(self, send: Awaitable[AsyncResponseT]) -> None:
        self._send = send
        self._response: AsyncResponseT | None = None

    async def __aenter__(self) -> AsyncResponseT:
        self._response = await self._send
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()


class ReleasingStream(httpx.SyncByteStream):
    """A response body that gives back its admission slot when closed (read to the end, or closed early)."""

    def __init__(self, stream: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class AsyncReleasingStream(httpx.AsyncByteStream):
    """The async `ReleasingStream`."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()
