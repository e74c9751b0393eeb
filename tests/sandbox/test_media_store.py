"""Media storage: JSON and multipart uploads, download, list/update/delete, limits, and playing media by name."""

from __future__ import annotations

import base64

import httpx
import pytest
from telnyx_voice import APIStatusError, AsyncTelnyx
from telnyx_voice_sandbox import Sandbox
from telnyx_voice_sandbox import _uploads as uploads

from tests.support.sandbox import CALLEE, CALLER, CapturingReceiver, payload_of

Env = tuple[Sandbox, CapturingReceiver, AsyncTelnyx]
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)


def _http(sb: Sandbox) -> httpx.AsyncClient:
    assert sb.base_url is not None
    return httpx.AsyncClient(base_url=sb.base_url, headers={"Authorization": "Bearer k"})


def _data_url(content: bytes, kind: str = "audio/wav") -> str:
    return f"data:{kind};base64,{base64.b64encode(content).decode()}"


async def test_an_uploaded_file_is_downloadable_and_plays_by_name(env: Env) -> None:
    sb, receiver, client = env
    stored = (await client.media.upload(media_url=_data_url(WAV), media_name="greeting", ttl_secs=600)).data
    assert (stored.media_name, stored.content_type) == ("greeting", "audio/wav")
    async with _http(sb) as http:
        download = await http.get("/media/greeting/download")
    assert download.status_code == 200
    assert download.content == WAV
    assert download.headers["content-type"] == "audio/wav"

    call = await client.calls.dial(connection_id="media", from_=CALLER, to=CALLEE)
    cid = call.data.call_control_id
    await receiver.wait_for("call.answered", cid)
    await client.calls.actions.start_playback(cid, media_name="greeting")
    started = payload_of(await receiver.wait_for("call.playback.started", cid))
    ended = payload_of(await receiver.wait_for("call.playback.ended", cid))
    assert started["media_name"] == ended["media_name"] == "greeting"
    assert ended["status"] == "completed"


async def test_a_multipart_upload_keeps_the_file_and_its_fields(env: Env) -> None:
    sb, _receiver, client = env
    async with _http(sb) as http:
        created = await http.post(
            "/media",
            files={"media": ("hello.wav", WAV, "audio/wav")},
            data={"media_name": "hello", "ttl_secs": "3600"},
        )
        assert created.status_code == 201, created.text
        assert created.json()["data"]["media_name"] == "hello"
        untyped = await http.post("/media", files={"media": ("beep.mp3", b"ID3", "application/octet-stream")})
        assert untyped.status_code == 201
        named = untyped.json()["data"]
        assert named["content_type"] == "audio/mpeg"  # from the file name: the part said only octet-stream
        replaced = await http.put("/media/hello", files={"media": ("v2.wav", WAV + b"v2", "audio/wav")})
        assert replaced.status_code == 200
        assert (await http.get("/media/hello/download")).content == WAV + b"v2"
        invalid = await http.post("/media", files={"media": ("x.wav", WAV)}, data={"ttl_secs": "soon"})
        assert invalid.status_code == 422
        assert invalid.json()["errors"][0]["source"] == {"pointer": "/ttl_secs"}
    listed = (await client.media.list()).data
    assert sorted(m.media_name for m in listed) == sorted(["hello", named["media_name"]])


async def test_list_update_delete_and_filters(env: Env) -> None:
    sb, _receiver, client = env
    await client.media.upload(media_url=_data_url(WAV), media_name="a")
    await client.media.upload(media_url="https://example.com/audio/b.mp3", media_name="b")  # never fetched
    only_mp3 = await client.media.list(filter={"content_type": ["audio/mpeg"]})
    assert [m.media_name for m in only_mp3.data] == ["b"]
    before = (await client.media.retrieve("a")).data
    updated = (await client.media.update("a", ttl_secs=60)).data
    assert updated.created_at == before.created_at
    assert updated.expires_at != before.expires_at
    async with _http(sb) as http:
        assert (await http.get("/media/b/download")).content == b""
        assert (await http.delete("/media/a")).status_code == 204
        assert (await http.get("/media/a")).status_code == 404
        assert (await http.delete("/media/a")).status_code == 404


async def test_an_unknown_media_name_is_refused_where_it_would_play(env: Env) -> None:
    _sb, receiver, client = env
    call = await client.calls.dial(connection_id="media", from_=CALLER, to=CALLEE)
    cid = call.data.call_control_id
    await receiver.wait_for("call.answered", cid)
    with pytest.raises(APIStatusError) as playback:
        await client.calls.actions.start_playback(cid, media_name="nothing")
    assert playback.value.status_code == 422
    assert playback.value.errors[0].source is not None
    assert playback.value.errors[0].source["pointer"] == "/media_name"
    assert "nothing" in str(playback.value.errors[0].detail)
    with pytest.raises(APIStatusError) as gather:
        await client.calls.actions.gather_using_audio(
            cid, audio_url="https://example.com/a.mp3", invalid_media_name="x"
        )
    assert gather.value.status_code == 422
    with pytest.raises(APIStatusError) as dial:
        await client.calls.dial(connection_id="media", from_=CALLER, to=CALLEE, media_name="nothing")
    assert dial.value.status_code == 422
    assert "call.playback.started" not in receiver.types(cid)


async def test_the_store_is_bounded(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    sb, _receiver, client = env
    sb.config.max_media_count = 2
    sb.config.max_media_bytes = 100
    await client.media.upload(media_url=_data_url(b"x" * 60), media_name="one")
    with pytest.raises(APIStatusError) as too_much:
        await client.media.upload(media_url=_data_url(b"y" * 41), media_name="two")
    assert too_much.value.status_code == 422
    assert "max_media_bytes" in str(too_much.value.errors[0].detail)
    await client.media.upload(media_url=_data_url(b"y" * 40), media_name="two")
    with pytest.raises(APIStatusError) as too_many:
        await client.media.upload(media_url=_data_url(b""), media_name="three")
    assert "max_media_count" in str(too_many.value.errors[0].detail)
    with pytest.raises(APIStatusError) as taken:
        await client.media.upload(media_url=_data_url(b""), media_name="one")
    assert taken.value.errors[0].source is not None
    assert taken.value.errors[0].source["pointer"] == "/media_name"

    async with _http(sb) as http:
        unparsable = await http.post(
            "/media", content=b"no parts here", headers={"content-type": "multipart/form-data; boundary=x"}
        )
    assert unparsable.status_code == 400
    assert "multipart/form-data body could not be parsed" in unparsable.json()["errors"][0]["detail"]

    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 1000)
    async with _http(sb) as http:
        huge = await http.post("/media", files={"media": ("big.wav", b"z" * 2000, "audio/wav")})
    assert huge.status_code == 413
    assert "20 MB" in huge.json()["errors"][0]["detail"]


async def test_media_expires_after_its_ttl(env: Env) -> None:
    sb, _receiver, client = env
    await client.media.upload(media_url=_data_url(WAV), media_name="brief", ttl_secs=1)
    stored = sb._engine.media.find("brief")
    stored.expires_at = stored.created_at  # as if its ttl had passed
    with pytest.raises(APIStatusError) as gone:
        await client.media.retrieve("brief")
    assert gone.value.status_code == 404
