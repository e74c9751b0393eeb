"""The media tools: a download is described (content type, length, sha256; base64 only when small),
an upload sends the JSON form, and an operation answering 204 is "accepted"."""

from __future__ import annotations

import base64
import hashlib
import json

import httpx
from telnyx_voice_tools import BINARY_INLINE_LIMIT, load

from tests.mcp.conftest import BINARY_BODY, Connect, MockAPI

MEDIA_TOOLS = ("media_*", "queue*")


async def test_a_small_download_is_described_with_its_bytes(connect: Connect, api: MockAPI) -> None:
    async with connect(tools=MEDIA_TOOLS) as client:
        result = await client.call_tool("media_download", {"media_name": "greeting"})

    assert not result.is_error
    assert result.structured_content == {
        "content_type": "application/octet-stream",
        "length": len(BINARY_BODY),
        "sha256": hashlib.sha256(BINARY_BODY).hexdigest(),
        "base64": base64.b64encode(BINARY_BODY).decode(),
    }
    assert f"{len(BINARY_BODY)} bytes of application/octet-stream" in result.content[0].text
    assert api.requests[0].headers["Accept"] == "application/octet-stream, application/json"


async def test_a_large_download_is_described_without_its_bytes(connect: Connect, api: MockAPI) -> None:
    audio = b"\xff\xfb" * BINARY_INLINE_LIMIT
    api.reply = httpx.Response(200, content=audio, headers={"Content-Type": "audio/mpeg"})
    async with connect(tools=MEDIA_TOOLS) as client:
        result = await client.call_tool("media_download", {"media_name": "greeting"})

    assert not result.is_error
    assert result.structured_content == {
        "content_type": "audio/mpeg",
        "length": len(audio),
        "sha256": hashlib.sha256(audio).hexdigest(),
    }
    assert "not included" in result.content[0].text


async def test_an_upload_tool_sends_json(connect: Connect, api: MockAPI) -> None:
    async with connect(tools=MEDIA_TOOLS) as client:
        result = await client.call_tool("media_upload", {"media_url": "https://example.com/a.mp3", "media_name": "a"})

    assert not result.is_error, result.content[0].text
    assert api.requests[0].headers["Content-Type"] == "application/json"
    assert json.loads(api.requests[0].content) == {"media_url": "https://example.com/a.mp3", "media_name": "a"}


def test_upload_and_download_tools_say_what_they_do() -> None:
    tools = {entry["tool"]["name"]: entry for entry in load()["tools"]}
    upload = tools["media_upload"]
    assert "media" not in upload["full_input_schema"]["properties"]  # an assistant cannot pass a file
    assert upload["full_input_schema"]["required"] == ["media_url"]
    assert "multipart/form-data (media)" in upload["tool"]["description"]
    assert "not the bytes" in tools["media_download"]["tool"]["description"]
    assert tools["media_download"]["tool"]["annotations"]["readOnlyHint"] is True


async def test_no_content_is_accepted(connect: Connect, api: MockAPI) -> None:
    async with connect(tools=MEDIA_TOOLS) as client:
        result = await client.call_tool("queue_calls_remove", {"queue_name": "support", "call_control_id": "v3:x"})

    assert not result.is_error
    assert result.structured_content == {"accepted": True}
    assert api.requests[0].method == "DELETE" and api.requests[0].url.path.endswith("/queues/support/calls/v3:x")
