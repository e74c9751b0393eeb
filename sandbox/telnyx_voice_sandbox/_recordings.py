"""Recordings and their transcriptions: what a stopped recording (of a call or a conference) leaves behind.

Stopping a recording files it in the `RecordingStore`: `GET /recordings` lists it, its download URLs point
at the sandbox itself (`/sandbox/recordings/{id}.{format}`, served without a bearer token like the
pre-signed URLs Telnyx hands out), and a recording started with `transcription: true` also gets a
recording transcription (`GET /recording_transcriptions`) and a `call.recording.transcription.saved` event.
"""

from __future__ import annotations

import struct
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import _errors as errors
from ._model import Call, Recording, SandboxConfig, iso, new_uuid, now, parse_iso
from ._resources import _paged
from ._responses import Reply
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

DOWNLOAD_PATH = "/sandbox/recordings/{file_name}"
"""The route of recording downloads; `file_name` is `<recording id>.<format>`."""
SANDBOX_TRANSCRIPT = "Hello from the sandbox. This is a simulated recording transcription."
_SILENCE_SECONDS = 0.25
_CONTENT_TYPES = {"wav": "audio/wav", "mp3": "audio/mpeg"}


@dataclass(frozen=True)
class RecordingSource:
    """What was recorded: a call leg (its own recording) or a conference (through its creating call)."""

    call: Call
    conference_id: str | None = None
    client_state: str | None = None


class RecordingStore:
    """Saved recordings and transcriptions, newest last; at most `config.max_ended_calls` of each are kept."""

    def __init__(self, config: SandboxConfig) -> None:
        self._config = config
        self.recordings: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.transcriptions: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def add(self, shelf: OrderedDict[str, dict[str, Any]], item: dict[str, Any]) -> None:
        shelf[item["id"]] = item
        while len(shelf) > max(1, self._config.max_ended_calls):
            shelf.popitem(last=False)

    def recording(self, recording_id: str) -> dict[str, Any]:
        """The recording with that id; raises the API's 404 when there is none."""
        return _find(self.recordings, recording_id, "Recording")

    def transcription(self, transcription_id: str) -> dict[str, Any]:
        """The recording transcription with that id; raises the API's 404 when there is none."""
        return _find(self.transcriptions, transcription_id, "Recording transcription")

    def audio(self, file_name: str) -> tuple[bytes, str] | None:
        """The bytes and content type of a download (`<id>.<format>`), or None when there is no such file."""
        recording_id, _, fmt = file_name.rpartition(".")
        recording = self.recordings.get(recording_id)
        if recording is None or fmt not in recording["download_urls"]:
            return None
        return audio_bytes(fmt, recording["channels"]), _CONTENT_TYPES[fmt]


def _find(shelf: Mapping[str, dict[str, Any]], item_id: str, what: str) -> dict[str, Any]:
    found = shelf.get(item_id)
    if found is None:
        raise errors.not_found(f"{what} {item_id} was not found.")
    return found


def save(engine: Engine, source: RecordingSource, recording: Recording) -> dict[str, Any]:
    """File a stopped recording; returns its resource (`GET /recordings/{id}`)."""
    call = source.call
    ended = now()
    started = parse_iso(recording.started_at) or ended
    url = f"{engine.public_url}{DOWNLOAD_PATH.format(file_name=f'{recording.recording_id}.{recording.format}')}"
    resource: dict[str, Any] = {
        "id": recording.recording_id,
        "record_type": "recording",
        "source": "call" if source.conference_id is None else "conference",
        "status": "completed",
        "call_control_id": call.call_control_id,
        "call_leg_id": call.call_leg_id,
        "call_session_id": call.call_session_id,
        "connection_id": call.connection_id,
        "from": call.from_,
        "to": call.to,
        "channels": recording.channels,
        "download_urls": {recording.format: url},
        "duration_millis": int((ended - started).total_seconds() * 1000),
        "initiated_by": "StartConferenceRecordingAPI" if source.conference_id else "StartCallRecordingAPI",
        "recording_started_at": recording.started_at,
        "recording_ended_at": iso(ended),
        "created_at": iso(ended),
        "updated_at": iso(ended),
    }
    if source.conference_id is not None:
        resource["conference_id"] = source.conference_id
    engine.recordings.add(engine.recordings.recordings, resource)
    return resource


def event_urls(resource: Mapping[str, Any]) -> dict[str, str | None]:
    """`recording_urls` of a saved event: the recording's URL under its format, None under the other."""
    urls: Mapping[str, str] = resource["download_urls"]
    return {fmt: urls.get(fmt) for fmt in ("mp3", "wav")}


def save_call_recording(engine: Engine, call: Call) -> None:
    """Stop the call's recording: file it, `call.recording.saved` pointing at it, then its transcription."""
    recording = call.recording
    assert recording is not None
    call.recording = None
    resource = save(engine, RecordingSource(call), recording)
    urls = event_urls(resource)
    engine.emit(
        call,
        "call.recording.saved",
        {
            "recording_id": resource["id"],
            "channels": recording.channels,
            "recording_started_at": resource["recording_started_at"],
            "recording_ended_at": resource["recording_ended_at"],
            "recording_urls": urls,
            "public_recording_urls": urls,
        },
    )
    if recording.transcription:
        _transcribe(engine, call, resource)


def _transcribe(engine: Engine, call: Call, recording: Mapping[str, Any]) -> None:
    stamp = iso(now())
    transcription = {
        "id": new_uuid(),
        "record_type": "recording_transcription",
        "recording_id": recording["id"],
        "status": "completed",
        "transcription_text": SANDBOX_TRANSCRIPT,
        "duration_millis": recording["duration_millis"],
        "created_at": stamp,
        "updated_at": stamp,
    }
    engine.recordings.add(engine.recordings.transcriptions, transcription)
    engine.emit(
        call,
        "call.recording.transcription.saved",
        {
            "recording_id": recording["id"],
            "recording_transcription_id": transcription["id"],
            "status": "completed",
            "transcription_text": SANDBOX_TRANSCRIPT,
            "calling_party_type": "sip" if call.to.startswith("sip:") else "pstn",
        },
    )


def audio_bytes(fmt: str, channels: str) -> bytes:
    """A short silent recording: a PCM WAV file, or MPEG-1 Layer III frames for mp3."""
    if fmt == "mp3":
        frame = b"\xff\xfb\x90\x64" + bytes(413)  # 128 kbit/s, 44.1 kHz: 417-byte frames of silence
        return b"ID3\x03\x00\x00\x00\x00\x00\x00" + frame * 10
    count = 2 if channels == "dual" else 1
    rate = 8000
    data = bytes(int(rate * _SILENCE_SECONDS) * 2 * count)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(data),
        b"WAVE",
        b"fmt ",
        16,
        1,
        count,
        rate,
        rate * 2 * count,
        2 * count,
        16,
        b"data",
        len(data),
    )
    return header + data


def _matches(item: Mapping[str, Any], filters: Mapping[str, Any], names: tuple[str, ...]) -> bool:
    for name in names:
        wanted = filters.get(name)
        if wanted is not None and item.get(name) != wanted:
            return False
    created = parse_iso(str(item["created_at"]))
    bounds = filters.get("created_at") or {}
    for op, text in bounds.items():
        moment = parse_iso(str(text))
        if created is None or moment is None:
            continue
        if (op == "gte" and created < moment) or (op == "lte" and created > moment):
            return False
    return True


_RECORDING_FILTERS = (
    "call_control_id",
    "call_leg_id",
    "call_session_id",
    "conference_id",
    "connection_id",
    "from",
    "to",
)


def list_recordings(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    filters = query.get("filter") or {}
    found = [r for r in engine.recordings.recordings.values() if _matches(r, filters, _RECORDING_FILTERS)]
    return 200, _paged(found, query.get("page") or {})


def retrieve_recording(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": engine.recordings.recording(path["recording_id"])}


def delete_recording(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": engine.recordings.recordings.pop(engine.recordings.recording(path["recording_id"])["id"])}


def delete_recordings(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """`POST /recordings/actions/delete`: all of them or none (an unknown id is a 404, nothing deleted)."""
    ids = [str(i) for i in body["ids"]]
    for recording_id in ids:
        engine.recordings.recording(recording_id)
    for recording_id in ids:
        engine.recordings.recordings.pop(recording_id, None)
    return 200, {"status": "ok"}


def list_transcriptions(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    filters = query.get("filter") or {}
    found = [t for t in engine.recordings.transcriptions.values() if _matches(t, filters, ("recording_id",))]
    page = _paged(found, query.get("page") or {})
    return 200, {"data": page["data"], "meta": {"cursors": {}}}


def retrieve_transcription(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": engine.recordings.transcription(path["recording_transcription_id"])}


def delete_transcription(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    transcriptions = engine.recordings.transcriptions
    return 200, {"data": transcriptions.pop(engine.recordings.transcription(path["recording_transcription_id"])["id"])}
