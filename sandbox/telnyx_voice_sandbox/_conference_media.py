"""Conference commands on participants and on the conference's audio: mute, hold, play, speak, stop,
recording, DTMF, gather and the supervisor role.

Audio played or spoken to the whole conference gives `conference.playback.*` / `conference.speak.*`; to
some participants only (`call_control_ids`), `conference.participant.playback.*` / `...speak.*` for each.
It lasts the sandbox's media duration (times `loop` for a playback; `infinity` plays until stopped).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from . import _media as media
from ._conferences import (
    Conference,
    ConferenceAudio,
    announce_audio,
    end_audio,
    live,
    once_per_command_id,
    pass_floor,
    save_recording,
    spawn,
)
from ._model import Call
from ._responses import Reply, command_result
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._dispatch import ResourceRun
    from ._engine import Engine


def _ok(endpoint: Endpoint, body: Mapping[str, Any]) -> Reply:
    return 200, {"data": command_result(endpoint.operation, body)}


def _flag_command(name: Literal["muted", "on_hold"], value: bool) -> ResourceRun:
    """A command setting a participant flag on the participants `call_control_ids` names (all when none)."""

    def run(
        engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
    ) -> Reply:
        conference = live(engine, path["id"])
        for participant in conference.targets(body):
            setattr(participant, name, value)
            participant.touch()
        pass_floor(engine, conference)
        return _ok(endpoint, body)

    return run


mute = _flag_command("muted", True)
unmute = _flag_command("muted", False)
hold = _flag_command("on_hold", True)
unhold = _flag_command("on_hold", False)


def _audio_targets(conference: Conference, body: Mapping[str, Any]) -> list[Call]:
    """The calls audio goes to: the named participants, or none (meaning the whole conference)."""
    if not body.get("call_control_ids"):
        return []
    return [participant.call for participant in conference.targets(body)]


def _start_audio(engine: Engine, conference: Conference, audio: ConferenceAudio, seconds: float | None) -> None:
    """Play audio now: its started events, then its ended events after seconds (None: until stopped)."""

    async def run() -> None:
        if seconds is None:
            await asyncio.Event().wait()
        await asyncio.sleep(seconds or 0.0)
        end_audio(engine, conference, audio)

    conference.audio.append(audio)
    announce_audio(engine, conference, audio, "started")
    audio.task = spawn(conference, run())


def play(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    conference = live(engine, path["id"])
    loop = body.get("loop", endpoint.default("loop"))
    times = None if loop == "infinity" else max(1, int(loop or 1))
    fields = media.media_fields(body)
    fields.pop("overlay", None)
    audio = ConferenceAudio("playback", _audio_targets(conference, body), fields)
    duration = engine.config.media_duration
    _start_audio(engine, conference, audio, None if times is None else duration * times)
    return _ok(endpoint, body)


@once_per_command_id
def speak(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    conference = live(engine, path["id"])
    audio = ConferenceAudio("speak", _audio_targets(conference, body), {})
    _start_audio(engine, conference, audio, engine.config.media_duration)
    return _ok(endpoint, body)


def stop(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """Stop the audio playing to the named participants (or all audio): its ended events now."""
    conference = live(engine, path["id"])
    named = {call.call_control_id for call in _audio_targets(conference, body)}
    for audio in list(conference.audio):
        if not named or named & {call.call_control_id for call in audio.targets}:
            end_audio(engine, conference, audio)
    return _ok(endpoint, body)


@once_per_command_id
def record_start(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    conference = live(engine, path["id"])
    if conference.recording is None:
        conference.recording = media.new_recording(endpoint, body, "channels", "format")
    return _ok(endpoint, body)


def _pause_recording(engine: Engine, path: Mapping[str, str], paused: bool) -> None:
    conference = live(engine, path["id"])
    if conference.recording is not None:
        conference.recording.paused = paused


@once_per_command_id
def record_pause(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    _pause_recording(engine, path, True)
    return _ok(endpoint, body)


@once_per_command_id
def record_resume(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    _pause_recording(engine, path, False)
    return _ok(endpoint, body)


@once_per_command_id
def record_stop(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """Stop the recording: it is filed (`GET /recordings`) and `conference.recording.saved` points at it."""
    conference = live(engine, path["id"])
    if "client_state" in body:
        conference.client_state = body["client_state"]
    if conference.recording is not None:
        save_recording(engine, conference)
    return _ok(endpoint, body)


def send_dtmf(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """DTMF to the named participants (each must take part); nothing is heard back in the sandbox."""
    conference = live(engine, path["id"])
    conference.targets(body)
    if "client_state" in body:
        conference.client_state = body["client_state"]
    return _ok(endpoint, body)


def gather_dtmf_audio(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """A gather on one participant's call, as `gather_using_audio` runs on a call (with its call events)."""
    conference = live(engine, path["id"])
    call = conference.participant(str(body["call_control_id"])).call
    if "client_state" in body:
        call.client_state = body["client_state"]
    media.gather(engine, call, endpoint, body)
    return _ok(endpoint, body)


@once_per_command_id
def update(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """The participant's supervisor role (barge, monitor, none, whisper) and whom it whispers to."""
    conference = live(engine, path["id"])
    participant = conference.participant(str(body["call_control_id"]))
    whispered = body.get("whisper_call_control_ids") or []
    for index, call_control_id in enumerate(whispered):
        conference.participant(str(call_control_id), f"/whisper_call_control_ids/{index}")
    participant.supervisor_role = str(body["supervisor_role"])
    participant.whisper_call_control_ids = [str(c) for c in whispered]
    participant.touch()
    pass_floor(engine, conference)
    return _ok(endpoint, body)
