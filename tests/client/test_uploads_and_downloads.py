"""Request bodies with a multipart form (media uploads) and binary success bodies (media downloads).

An upload is multipart when the caller passes a file (a path, bytes or a binary file object) and
JSON when it passes `media_url`; fields of both forms, or a form's required field missing, are refused
before anything is sent. A download returns a `BinaryResponse`; the streaming form writes to a file
without reading the body whole.
"""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from telnyx_voice import BinaryResponse
from telnyx_voice._multipart import BodyFormError
from telnyx_voice._operations import DOWNLOAD_MEDIA

from tests.support.client import MODES, invoke, mock_api, reply

MEDIA = {"data": {"media_name": "greeting", "content_type": "audio/mpeg", "expires_at": "2026-12-01T00:00:00Z"}}
AUDIO = bytes(range(256)) * 800  # 200 KB: more than one 64 KB chunk


def form_parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart request by field name: (file name or None, content)."""
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts: dict[str, tuple[str | None, bytes]] = {}
    for raw in request.read().split(b"--" + boundary)[1:-1]:
        head, _, body = raw.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.decode().split("\r\n")[0]
        name = disposition.split('name="', 1)[1].split('"', 1)[0]
        filename = disposition.split('filename="', 1)[1].split('"', 1)[0] if "filename=" in disposition else None
        parts[name] = (filename, body)
    return parts


class CountingReader(io.BytesIO):
    """A binary file object that records the size of each read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.name = "counted.mp3"
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.reads.append(len(chunk))
        return chunk


@pytest.mark.parametrize("kind", ["path", "bytes", "file"])
async def test_upload_of_a_file_is_multipart(kind: str, mode: str, tmp_path: Path) -> None:
    path = tmp_path / "greeting.mp3"
    path.write_bytes(AUDIO)
    media: Any = {"path": path, "bytes": AUDIO, "file": CountingReader(AUDIO)}[kind]
    api = mock_api(reply(201, MEDIA))

    result = await invoke(api.client(mode), "media.upload", media=media, media_name="greeting", ttl_secs=600)

    parts = form_parts(api.requests[0])
    assert parts["media"] == ({"path": "greeting.mp3", "bytes": "media", "file": "counted.mp3"}[kind], AUDIO)
    assert parts["media_name"] == (None, b"greeting") and parts["ttl_secs"] == (None, b"600")
    assert result.data.media_name == "greeting"
    if isinstance(media, CountingReader):  # streamed in chunks, never read whole
        assert max(media.reads) <= 64 * 1024 and len(media.reads) > 3


async def test_a_path_upload_is_sent_again_whole_on_a_retry(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "greeting.mp3"
    path.write_bytes(AUDIO)
    api = mock_api(reply(503), reply(201, MEDIA))

    await invoke(api.client(mode, max_retries=1), "media.upload", media=path)

    assert [form_parts(r)["media"][1] == AUDIO for r in api.requests] == [True, True]


async def test_upload_of_a_url_is_json(mode: str) -> None:
    api = mock_api(reply(201, MEDIA))

    await invoke(api.client(mode), "media.upload", media_url="https://example.com/a.mp3", media_name="greeting")

    request = api.requests[0]
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"media_url": "https://example.com/a.mp3", "media_name": "greeting"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"media": b"x", "media_url": "https://example.com/a.mp3"}, "media, media_url belong to different forms"),
        ({"media_name": "greeting"}, "media_url missing"),
        ({}, r"needs application/json \(media_url\) or multipart/form-data \(media\)"),
    ],
)
async def test_both_forms_or_neither_is_refused_before_sending(
    arguments: dict[str, Any], message: str, mode: str
) -> None:
    api = mock_api()
    with pytest.raises(BodyFormError, match=message) as caught:
        await invoke(api.client(mode), "media.upload", **arguments)
    assert "CreateMediaStorage" in str(caught.value) and isinstance(caught.value, ValueError)
    assert api.requests == []


async def test_update_takes_a_file_or_json(mode: str) -> None:
    api = mock_api(reply(200, MEDIA))
    client = api.client(mode)

    await invoke(client, "media.update", "greeting", media=b"new audio")
    await invoke(client, "media.update", "greeting", ttl_secs=60)  # the JSON form requires nothing

    assert form_parts(api.requests[0])["media"] == ("media", b"new audio")
    assert api.requests[0].method == "PUT" and api.requests[0].url.path == "/v2/media/greeting"
    assert json.loads(api.requests[1].content) == {"ttl_secs": 60}


async def test_download_returns_the_bytes_and_their_headers(mode: str, tmp_path: Path) -> None:
    api = mock_api(reply(200, content=AUDIO, headers={"Content-Type": "audio/mpeg"}))

    result = await invoke(api.client(mode), "media.download", "greeting")

    assert isinstance(result, BinaryResponse)
    assert api.requests[0].headers["Accept"] == "application/octet-stream, application/json"
    assert result.read() == result.content == AUDIO
    assert (result.content_type, result.content_length, result.status_code) == ("audio/mpeg", len(AUDIO), 200)
    assert result.headers["content-type"] == "audio/mpeg"
    assert b"".join(result.iter_bytes(1000)) == AUDIO
    result.write_to_file(tmp_path / "out.mp3")
    assert (tmp_path / "out.mp3").read_bytes() == AUDIO


def chunks() -> Iterator[bytes]:
    for start in range(0, len(AUDIO), 10_000):
        yield AUDIO[start : start + 10_000]


async def async_chunks() -> AsyncIterator[bytes]:
    for chunk in chunks():
        yield chunk


def test_streamed_download_goes_to_a_file_without_being_read_whole(tmp_path: Path) -> None:
    api = mock_api(lambda request: httpx.Response(200, content=chunks(), headers={"Content-Type": "audio/mpeg"}))
    client = api.sync_client()

    with client.request(DOWNLOAD_MEDIA, path={"media_name": "greeting"}, stream=True) as streamed:
        assert not hasattr(streamed.http_response, "_content")  # nothing read yet
        streamed.stream_to_file(tmp_path / "out.mp3", chunk_size=4096)
        assert not hasattr(streamed.http_response, "_content")  # passed through, never held whole

    assert streamed.http_response.is_closed
    assert (tmp_path / "out.mp3").read_bytes() == AUDIO


async def test_async_streamed_download_goes_to_a_file(tmp_path: Path) -> None:
    api = mock_api(lambda request: httpx.Response(200, content=async_chunks()))
    client = api.async_client()

    streamed = await client.request(DOWNLOAD_MEDIA, path={"media_name": "greeting"}, stream=True)
    async with streamed:
        await streamed.astream_to_file(tmp_path / "out.mp3")
        assert not hasattr(streamed.http_response, "_content")

    assert (tmp_path / "out.mp3").read_bytes() == AUDIO


@pytest.mark.parametrize("mode", MODES)
async def test_a_streamed_error_is_read_and_raised(mode: str) -> None:
    from telnyx_voice import NotFoundError

    api = mock_api(reply(404, {"errors": [{"code": "10005", "title": "Resource not found"}]}))
    client = api.client(mode)
    with pytest.raises(NotFoundError) as caught:
        await invoke(client, "request", DOWNLOAD_MEDIA, path={"media_name": "gone"}, stream=True)
    assert caught.value.errors[0].code == "10005"


async def test_no_content_returns_none(mode: str) -> None:
    api = mock_api(reply(204, content=b""))
    assert await invoke(api.client(mode), "queues.delete", "support") is None
    assert await invoke(api.client(mode), "queues.calls.remove", "v3:abc", queue_name="support") is None
    assert api.requests[1].url.path == "/v2/queues/support/calls/v3:abc"
