"""A success body that is bytes (a media download, a PDF): what the operations whose success response
is binary return, as the official SDK's `BinaryAPIResponse` does.

One class serves both forms. Read (what `client.media.download(name)` returns): the body was read
when the response arrived, and every method works on it. Streamed (`request(..., stream=True)`, which
`with_streaming_response` uses): the body is still on the connection; `iter_bytes()` /
`stream_to_file()` (async: `aiter_bytes()` / `astream_to_file()`) pass it through in chunks without
holding it whole, and `close()` / `aclose()`, or leaving a `with` / `async with` block, release the
connection.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from types import TracebackType

import httpx

FilePath = str | os.PathLike[str]


class BinaryResponse:
    """A binary success body and its HTTP response (`.http_response`, `.headers`, `.status_code`)."""

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def content_type(self) -> str | None:
        """The `Content-Type` the API sent (`audio/mpeg`, ...), or None."""
        content_type: str | None = self.http_response.headers.get("content-type")
        return content_type

    @property
    def content_length(self) -> int | None:
        """The body's length in bytes: `Content-Length` if sent, else the length of a body already read."""
        declared = self.http_response.headers.get("content-length")
        if declared is not None and declared.isdigit():
            return int(declared)
        try:
            return len(self.http_response.content)
        except httpx.ResponseNotRead:
            return None

    @property
    def content(self) -> bytes:
        """The whole body (read now if it was streamed)."""
        return self.read()

    def read(self) -> bytes:
        """The whole body, read into memory (a streamed sync response is read now)."""
        return self.http_response.read()

    def text(self) -> str:
        """The body decoded as text (its charset, else UTF-8)."""
        self.read()
        return self.http_response.text

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks; a streamed response is read from the connection as it goes."""
        return self.http_response.iter_bytes(chunk_size)

    def write_to_file(self, file: FilePath, chunk_size: int | None = None) -> None:
        """Write the body to file, chunk by chunk (a streamed body is never held whole)."""
        with open(file, "wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)

    stream_to_file = write_to_file
    """The name the official SDK gives it on a streamed response."""

    def close(self) -> None:
        """Release the connection of a streamed response (nothing to do once read)."""
        self.http_response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    async def aread(self) -> bytes:
        """The whole body of a streamed async response, read into memory."""
        return await self.http_response.aread()

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body of an async response in chunks, read from the connection as it goes."""
        return self.http_response.aiter_bytes(chunk_size)

    async def astream_to_file(self, file: FilePath, chunk_size: int | None = None) -> None:
        """Write the body of an async response to file, chunk by chunk."""
        with open(file, "wb") as out:
            async for chunk in self.aiter_bytes(chunk_size):
                out.write(chunk)

    async def aclose(self) -> None:
        """Release the connection of a streamed async response."""
        await self.http_response.aclose()

    async def __aenter__(self) -> BinaryResponse:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<BinaryResponse {self.status_code} {self.content_type or 'no content type'}>"
