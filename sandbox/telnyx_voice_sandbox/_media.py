"""Media on a call: speak, playback, gather (digits, with a spoken or played prompt), recording.

Speak, playback and gather queue behind the media already on the call, as audio does; each runs as an
`Activity` that ends with status call_hangup if the call ends first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import _services as services
from ._model import Activity, Call, Recording, iso, new_uuid, now
from ._recordings import save_call_recording
from ._responses import command_result
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

ENDING_EVENTS = {"speak": "call.speak.ended", "playback": "call.playback.ended", "gather": "call.gather.ended"}
_AUDIO_GATHERS = ("GatherUsingAudio", "ConferenceGatherUsingAudio")
_PROMPTED_GATHERS = ("GatherUsingSpeak", *_AUDIO_GATHERS)


def speak(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    async def run() -> None:
        activity = engine.begin(call, "speak")
        engine.emit(call, "call.speak.started")
        await asyncio.sleep(engine.config.media_duration)
        if engine.finish(call, activity):
            engine.emit(call, "call.speak.ended", {"status": "completed"})
            services.transcribe(engine, call, str(body["payload"]))

    engine.queue_media(call, "speak", run)
    return command_result(endpoint.operation, body)


def playback(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    fields = media_fields(body)

    async def run() -> None:
        activity = engine.begin(call, "playback", fields)
        engine.emit(call, "call.playback.started", fields)
        await asyncio.sleep(engine.config.media_duration)
        if engine.finish(call, activity):
            engine.emit(call, "call.playback.ended", {**fields, "status": "completed"})

    engine.queue_media(call, "playback", run)
    return command_result(endpoint.operation, body)


def stop_playback(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """`stop`: current (the audio playing now) or all (also the audio queued after it; the default)."""
    stop_all = body.get("stop", endpoint.default("stop")) != "current"
    playing = [a for a in call.activities if a.kind in ("playback", "speak")]
    for activity in playing if stop_all else playing[:1]:
        end_activity(engine, call, activity, "cancelled" if activity.kind == "playback" else "completed")
    if stop_all:
        for task, kind in list(call.queued_media.items()):
            if kind in ("playback", "speak"):
                call.queued_media.pop(task)
                task.cancel()
    return command_result(endpoint.operation, body)


@dataclass(frozen=True)
class GatherSettings:
    """What a gather accepts, from its body and the operation's schema defaults."""

    minimum: int
    maximum: int
    terminator: str
    valid: str

    @classmethod
    def of(cls, endpoint: Endpoint, body: Mapping[str, Any]) -> GatherSettings:
        def setting(name: str, fallback: Any) -> Any:
            value = body.get(name, endpoint.default(name))
            return fallback if value is None else value

        return cls(
            minimum=int(setting("minimum_digits", 1)),
            maximum=int(setting("maximum_digits", 128)),
            terminator=str(setting("terminating_digit", "#")),
            valid=str(setting("valid_digits", "0123456789#*")),
        )


def gather(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """After the prompt (gather_using_speak/audio), the scripted digits; `call.gather.ended` says how it went."""
    settings = GatherSettings.of(endpoint, body)
    prompt = endpoint.operation_id in _PROMPTED_GATHERS
    fields = media_fields(body) if endpoint.operation_id in _AUDIO_GATHERS else None

    async def run() -> None:
        activity = engine.begin(call, "gather", {"digits": ""})
        if prompt:
            await _prompt(engine, call, fields)
        entry = engine.next_digits(call)
        digits = await _key_in(engine, call, activity, entry or "", settings)
        if entry is None or entry == "":
            await asyncio.sleep(engine.config.media_duration)
            status = "timeout"
        elif len(digits) < settings.minimum or any(d not in settings.valid for d in digits):
            status = "invalid"
        else:
            status = "valid"
        if engine.finish(call, activity):
            ended = {"digits": digits, "status": status, "from": call.from_, "to": call.to}
            engine.emit(call, "call.gather.ended", ended)

    engine.queue_media(call, "gather", run)
    return command_result(endpoint.operation, body)


async def _prompt(engine: Engine, call: Call, fields: dict[str, Any] | None) -> None:
    """A gather's prompt: a playback (with its events) or speech, lasting the media duration."""
    if fields is not None:
        engine.emit(call, "call.playback.started", fields)
    await asyncio.sleep(engine.config.media_duration)
    if fields is not None:
        engine.emit(call, "call.playback.ended", {**fields, "status": "completed"})


async def _key_in(engine: Engine, call: Call, activity: Activity, entry: str, settings: GatherSettings) -> str:
    """The caller keys in entry (`call.dtmf.received` each); returns the digits gathered."""
    digits = ""
    for digit in entry:
        await asyncio.sleep(engine.config.dtmf_interval)
        engine.emit(call, "call.dtmf.received", {"digit": digit, "from": call.from_, "to": call.to})
        if digit == settings.terminator:
            break
        digits += digit
        activity.extra["digits"] = digits
        if len(digits) >= settings.maximum:
            break
    return digits


def stop_gather(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    for activity in [a for a in call.activities if a.kind == "gather"]:
        end_activity(engine, call, activity, "cancelled")
    return command_result(endpoint.operation, body)


def end_activity(engine: Engine, call: Call, activity: Activity, status: str) -> None:
    """Stop media running on call: its ending event with status (unless it had ended already)."""
    if not engine.finish(call, activity):
        return
    if activity.task is not None and activity.task is not asyncio.current_task():
        activity.task.cancel()
    extra: dict[str, Any] = {**activity.extra, "status": status}
    if activity.kind == "gather":
        extra = {"digits": activity.extra.get("digits", ""), "status": status, "from": call.from_, "to": call.to}
    engine.emit(call, ENDING_EVENTS[activity.kind], extra)


def media_fields(body: Mapping[str, Any]) -> dict[str, Any]:
    """The playback fields of a body as its events carry them."""
    fields: dict[str, Any] = {}
    if body.get("audio_url"):
        fields["media_url"] = body["audio_url"]
    if body.get("media_name"):
        fields["media_name"] = body["media_name"]
    if "overlay" in body:
        fields["overlay"] = bool(body["overlay"])
    return fields


def new_recording(endpoint: Endpoint, body: Mapping[str, Any], channels: str, fmt: str) -> Recording:
    """A recording with the channels and format named by the body fields channels and fmt (or their defaults)."""
    return Recording(
        recording_id=new_uuid(),
        started_at=iso(now()),
        channels=str(body.get(channels) or endpoint.default(channels) or "single"),
        format=str(body.get(fmt) or endpoint.default(fmt) or "mp3"),
    )


def record_start(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.recording is None:
        call.recording = new_recording(endpoint, body, "channels", "format")
        call.recording.transcription = bool(body.get("transcription"))
    return command_result(endpoint.operation, body)


def record_stop(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.recording is not None:
        save_call_recording(engine, call)
    return command_result(endpoint.operation, body)


def record_pause(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.recording is not None:
        call.recording.paused = True
    return command_result(endpoint.operation, body)


def record_resume(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.recording is not None:
        call.recording.paused = False
    return command_result(endpoint.operation, body)
