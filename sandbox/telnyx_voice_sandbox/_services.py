"""What runs beside a call's media: forking, refer, transcription, the AI assistant, streams, SIPREC."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _errors as errors
from . import _queues as queues
from ._model import Call, Stream, new_uuid, now
from ._responses import command_result, sample_value
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

_WEBSOCKET_SCHEMES = ("ws://", "wss://")


def fork_start(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    call.forking = True
    engine.emit(call, "call.fork.started", {"stream_type": "decrypted"})
    return command_result(endpoint.operation, body)


def fork_stop(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if not call.forking:
        raise errors.unprocessable(
            "90031", "Call is not currently forked", "Can't stop forking, because the call isn't currently forked."
        )
    call.forking = False
    engine.emit(call, "call.fork.stopped", {"stream_type": "decrypted"})
    return command_result(endpoint.operation, body)


def refer(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    extra = {"from": call.from_, "to": body["sip_address"]}
    engine.emit(call, "call.refer.started", extra)

    async def complete() -> None:
        await asyncio.sleep(engine.config.media_duration)
        engine.emit(call, "call.refer.completed", {**extra, "sip_notify_response": 200})

    engine.spawn(call, complete())
    return command_result(endpoint.operation, body)


def transcription_start(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.transcription_tracks is not None:
        raise errors.unprocessable(
            "90054",
            "Call transcription is already in progress",
            "Call transcription can not be started more than once.",
        )
    call.transcription_tracks = str(
        body.get("transcription_tracks") or endpoint.default("transcription_tracks") or "inbound"
    )
    return command_result(endpoint.operation, body)


def transcription_stop(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    call.transcription_tracks = None
    return command_result(endpoint.operation, body)


def transcribe(engine: Engine, call: Call, transcript: str) -> None:
    """`call.transcription` of what the call said (speak), when transcription covers the outbound track.

    The simulated far end says nothing, so the inbound track has nothing to transcribe.
    """
    if call.transcription_tracks not in ("outbound", "both"):
        return
    data = {"transcript": transcript, "confidence": 0.98, "is_final": True, "transcription_track": "outbound"}
    engine.emit(call, "call.transcription", {"transcription_data": data})


def ai_assistant_start(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.ai_conversation_id is not None:
        raise errors.unprocessable(
            "90061", "AI Assistant is already in progress", "AI Assistant cannot be started more than once."
        )
    result = command_result(endpoint.operation, body)
    call.ai_conversation_id = str(result.get("conversation_id") or new_uuid())
    call.ai_started = now()
    return result


def ai_assistant_stop(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.ai_conversation_id is not None:
        _conversation_ended(engine, call, "assistant_stopped")
    return command_result(endpoint.operation, body)


def _conversation_ended(engine: Engine, call: Call, reason: str) -> None:
    started = call.ai_started or now()
    engine.emit(
        call,
        "call.conversation.ended",
        {
            "conversation_id": call.ai_conversation_id,
            "reason": reason,
            "duration_sec": int((now() - started).total_seconds()),
            "calling_party_type": "sip" if call.to.startswith("sip:") else "pstn",
            "from": call.from_,
            "to": call.to,
        },
    )
    call.ai_conversation_id = call.ai_started = None


def gather_using_ai(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """After the prompt, `call.ai_gather.ended` (valid): each parameter gets a value its schema allows
    (its example, first enum value, default, or a plain value of its type)."""
    parameters = body.get("parameters") or {}
    properties = parameters.get("properties") if isinstance(parameters, Mapping) else None
    result = {name: sample_value(prop) for name, prop in (properties or {}).items() if isinstance(prop, Mapping)}
    history = [{"role": "assistant", "content": body["greeting"]}] if body.get("greeting") else []

    async def run() -> None:
        await asyncio.sleep(engine.config.media_duration)
        engine.emit(
            call,
            "call.ai_gather.ended",
            {
                "from": call.from_,
                "to": call.to,
                "result": result,
                "status": "valid",
                "message_history": [*history, {"role": "user", "content": "(sandbox caller)"}],
            },
        )

    engine.spawn(call, run())
    return command_result(endpoint.operation, body)


def streaming_start(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """`streaming.started`; `streaming.failed` when there is nothing to stream to (no ws:// or wss://
    `stream_url`, and Dialogflow not enabled)."""
    url = body.get("stream_url")
    track = str(body.get("stream_track") or endpoint.default("stream_track") or "inbound_track")
    stream = Stream(stream_id=new_uuid(), stream_url=url, track=track)
    dialogflow = bool(body.get("enable_dialogflow"))
    if not dialogflow and not (isinstance(url, str) and url.lower().startswith(_WEBSOCKET_SCHEMES)):
        reason = "A stream_url (ws:// or wss://) is required unless enable_dialogflow is true."
        if url:
            reason = f"Could not connect to {url}: the stream_url must be a ws:// or wss:// URL."
        params = {"track": track, **({"stream_url": url} if url else {})}
        failure = {
            "failure_reason": reason,
            "stream_id": stream.stream_id,
            "stream_type": "websocket",
            "stream_params": params,
        }
        engine.emit(call, "streaming.failed", failure)
        return command_result(endpoint.operation, body)
    call.streams[stream.stream_id] = stream
    engine.emit(call, "streaming.started", {"stream_url": url} if url else {})
    return command_result(endpoint.operation, body)


def streaming_stop(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """Stop the stream `stream_id`, or every stream of the call; each ends with `streaming.stopped`."""
    stream_id = body.get("stream_id")
    if stream_id is not None and stream_id not in call.streams:
        raise errors.unprocessable(
            "10015", "Invalid value", f"The call has no stream {stream_id}.", pointer="/stream_id"
        )
    for stream in [call.streams[stream_id]] if stream_id is not None else list(call.streams.values()):
        _stop_stream(engine, call, stream)
    return command_result(endpoint.operation, body)


def _stop_stream(engine: Engine, call: Call, stream: Stream) -> None:
    del call.streams[stream.stream_id]
    engine.emit(call, "streaming.stopped", {"stream_url": stream.stream_url} if stream.stream_url else {})


def siprec_start(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """`siprec.started`; `siprec.failed` without a `connector_name` (the session has nowhere to go)."""
    if call.siprec:
        raise errors.unprocessable("10015", "Invalid call state", "A SIPREC session is already running on this call.")
    if not body.get("connector_name"):
        engine.emit(call, "siprec.failed", {"failure_cause": "No SIPREC connector: connector_name is required."})
    else:
        call.siprec = True
        engine.emit(call, "siprec.started")
    return command_result(endpoint.operation, body)


def siprec_stop(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.siprec:
        _stop_siprec(engine, call, "normal_clearing")
    return command_result(endpoint.operation, body)


def _stop_siprec(engine: Engine, call: Call, cause: str) -> None:
    call.siprec = False
    engine.emit(call, "siprec.stopped", {"hangup_cause": cause})


def end_services(engine: Engine, call: Call, cause: str) -> None:
    """What runs beside the media stops with the call: the queue, streams, SIPREC, forking, the AI assistant."""
    queues.dequeue(engine, call, "hangup")
    for stream in list(call.streams.values()):
        _stop_stream(engine, call, stream)
    if call.siprec:
        _stop_siprec(engine, call, cause)
    if call.forking:
        call.forking = False
        engine.emit(call, "call.fork.stopped", {"stream_type": "decrypted"})
    if call.ai_conversation_id is not None:
        _conversation_ended(engine, call, "call_hangup")
    call.transcription_tracks = None
