"""A call's life: dialled or arriving, ringing, answered, bridged, transferred, ended.

Every call leg is made by `new_call` and started by `start`; `end` is the one way a call ends.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from . import _conferences as conferences
from . import _errors as errors
from . import _media as media
from . import _queues as queues
from . import _services as services
from ._model import BEHAVIOURS, Behaviour, Call, iso, new_call_control_id, new_uuid, now
from ._recordings import save_call_recording
from ._responses import Reply, call_json, command_result
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

E164 = re.compile(r"\+[1-9]\d{1,14}")
BEHAVIOUR_HEADER = "x-sandbox-behavior"
DIGITS_HEADER = "x-sandbox-digits"
SIP_CAUSES = {
    "normal_clearing": "200",
    "originator_cancel": "487",
    "timeout": "480",
    "user_busy": "486",
    "call_rejected": "603",
    "no_answer": "480",
}
_CAUSE_OF_BEHAVIOUR = {"no-answer": "timeout", "busy": "user_busy", "reject": "call_rejected"}


def new_call(
    *,
    connection_id: str,
    from_: str,
    to: str,
    direction: Literal["incoming", "outgoing"],
    call_session_id: str | None = None,
    headers: list[Any] | None = None,
    **fields: Any,
) -> Call:
    """A new leg: an outgoing one rings, an incoming one is parked; headers are its custom headers,
    whose `X-Sandbox-Digits` script its gathers; fields are any further `Call` fields."""
    call = Call(
        call_control_id=new_call_control_id(),
        call_leg_id=new_uuid(),
        call_session_id=call_session_id or new_uuid(),
        connection_id=connection_id,
        from_=from_,
        to=to,
        direction=direction,
        state="parked" if direction == "incoming" else "ringing",
        start_time=now(),
        custom_headers=list(headers or []),
        **fields,
    )
    call.digits.extend(_header_digits(call.custom_headers))
    return call


def start(engine: Engine, call: Call) -> None:
    """Track call and emit `call.initiated`; an outgoing leg starts ringing."""
    engine.add(call)
    extra: dict[str, Any] = {
        "direction": call.direction,
        "state": "parked" if call.direction == "incoming" else "bridging",
        **_party_fields(call),
    }
    engine.emit(call, "call.initiated", extra)
    if call.direction == "outgoing":
        engine.spawn(call, _ring(engine, call))


def _party_fields(call: Call) -> dict[str, Any]:
    fields: dict[str, Any] = {"from": call.from_, "to": call.to, "start_time": iso(call.start_time)}
    if call.custom_headers:
        fields["custom_headers"] = call.custom_headers
    if call.sip_headers:
        fields["sip_headers"] = call.sip_headers
    return fields


def dial(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """`POST /calls`: a new outgoing leg that rings, then answers unless its number never does."""
    command_id = body.get("command_id")
    if isinstance(command_id, str) and command_id in engine.dial_responses:
        return engine.dial_responses[command_id]
    destinations = _destinations(body)
    _check_number(body["from"], "from", "/from")
    app = engine.applications.get(body["connection_id"])
    if app is not None and app.get("active") is False:
        raise errors.unprocessable(
            "10015",
            "Invalid value for connection_id (Call Control App ID)",
            "The requested connection_id (Call Control App ID) is not active.",
            pointer="/connection_id",
        )
    headers = body.get("custom_headers") or []
    answering = [n for n in destinations if n not in engine.config.no_answer]
    linked = engine.calls.get(body["link_to"]) if isinstance(body.get("link_to"), str) else None
    call = new_call(
        connection_id=body["connection_id"],
        from_=body["from"],
        to=answering[0] if answering else destinations[0],
        direction="outgoing",
        call_session_id=linked.call_session_id if linked is not None else None,
        headers=headers,
        behaviour=_header_behaviour(headers) or ("answer" if answering else "no-answer"),
        client_state=body.get("client_state"),
        webhook_url=body.get("webhook_url"),
        sip_headers=list(body.get("sip_headers") or []),
        machine_detection=str(body.get("answering_machine_detection") or "disabled"),
    )
    if linked is not None and body.get("bridge_on_answer"):
        call.bridge_on_answer_with = linked.call_control_id
    data = call_json(call)
    if body.get("record") == "record-from-answer":
        call.record_on_answer = media.new_recording(endpoint, body, "record_channels", "record_format")
        data["recording_id"] = call.record_on_answer.recording_id
    engine.log.command(call, endpoint, body)
    start(engine, call)
    response: Reply = 200, {"data": data}
    if isinstance(command_id, str):
        engine.remember_dial(command_id, response)
    return response


def _destinations(body: Mapping[str, Any]) -> list[Any]:
    destinations = body["to"] if isinstance(body["to"], list) else [body["to"]]
    if not destinations:
        raise errors.unprocessable(
            "10004",
            "Missing required parameter",
            "The 'to' parameter is required and cannot be blank.",
            pointer="/to",
        )
    for index, number in enumerate(destinations):
        _check_number(number, "to", "/to" if isinstance(body["to"], str) else f"/to/{index}")
    return destinations


def inbound(
    engine: Engine, *, from_: str, to: str, connection_id: str, webhook_url: str | None, client_state: str | None
) -> Call:
    """A call arriving from outside: parked until answered, rejected or hung up."""
    call = new_call(
        connection_id=connection_id,
        from_=from_,
        to=to,
        direction="incoming",
        client_state=client_state,
        webhook_url=webhook_url,
    )
    start(engine, call)
    return call


async def _ring(engine: Engine, call: Call) -> None:
    await asyncio.sleep(engine.config.answer_delay)
    if call.behaviour == "answer":
        answered(engine, call)
    else:
        end(engine, call, _CAUSE_OF_BEHAVIOUR[call.behaviour], "callee")


def answered(engine: Engine, call: Call) -> None:
    """The call is answered: `call.answered`, then what the dial asked for on answer."""
    call.state = "answered"
    call.answer_time = now()
    engine.emit(call, "call.answered", {**_party_fields(call), "state": "answered"})
    if call.machine_detection != "disabled":
        engine.spawn(call, _detect_machine(engine, call))
    if call.record_on_answer is not None:
        call.recording, call.record_on_answer = call.record_on_answer, None
        call.recording.started_at = iso(now())
    if call.bridge_on_answer_with is not None:
        other = engine.calls.get(call.bridge_on_answer_with)
        call.bridge_on_answer_with = None
        if other is None or not other.alive:
            end(engine, call, "normal_clearing", "unknown")
            return
        if other.state == "parked":  # a transferred incoming call is answered by the transfer
            other.state, other.answer_time = "answered", now()
        bridge(engine, other, call)


async def _detect_machine(engine: Engine, call: Call) -> None:
    """Answering machine detection (dial's `answering_machine_detection`): the sandbox's callee is a human."""
    await asyncio.sleep(engine.config.media_duration)
    if call.machine_detection == "premium":
        engine.emit(call, "call.machine.premium.detection.ended", {"result": "human_residence"})
    else:
        engine.emit(call, "call.machine.detection.ended", {"result": "human", "from": call.from_, "to": call.to})


def end(engine: Engine, call: Call, cause: str, source: str) -> None:
    """End a live call: running media ends with status call_hangup, streams, SIPREC, forking and the AI
    assistant stop, then `call.hangup`, then the recording is saved; a bridged peer hangs up too
    unless it asked to be parked after unbridge."""
    if not call.alive:
        return
    current = asyncio.current_task()
    for task in list(call.tasks):
        if task is not current:
            task.cancel()
    call.media_tasks = []
    call.queued_media.clear()
    for activity in list(call.activities):
        media.end_activity(engine, call, activity, "call_hangup")
    call.state = "ended"
    call.end_time = now()
    call.hangup_cause = cause
    services.end_services(engine, call, cause)
    engine.emit(
        call,
        "call.hangup",
        {
            "from": call.from_,
            "to": call.to,
            "start_time": iso(call.start_time),
            "state": "hangup",
            "hangup_cause": cause,
            "hangup_source": source,
            "sip_hangup_cause": SIP_CAUSES.get(cause, "unspecified"),
        },
    )
    if call.recording is not None:
        save_call_recording(engine, call)
    conferences.call_ended(engine, call)
    engine.retire(call)
    peer = engine.calls.get(call.bridged_with) if call.bridged_with else None
    call.bridged_with = None
    if peer is not None and peer.bridged_with == call.call_control_id:
        peer.bridged_with = None
        if peer.park_after_unbridge != "self":
            end(engine, peer, "normal_clearing", "unknown")


def bridge(engine: Engine, a: Call, b: Call) -> None:
    """Bridge two answered legs: a queued one leaves its queue (`call.dequeued`, bridged), then `call.bridged` on each."""
    for leg in (a, b):
        queues.dequeue(engine, leg, "bridged")
    for leg in (a, b):  # a leg bridged elsewhere leaves that bridge (its former peer stays up)
        former = engine.calls.get(leg.bridged_with) if leg.bridged_with else None
        if former is not None and former.bridged_with == leg.call_control_id:
            former.bridged_with = None
    a.bridged_with, b.bridged_with = b.call_control_id, a.call_control_id
    for leg in (a, b):
        engine.emit(leg, "call.bridged", {"from": leg.from_, "to": leg.to})


def answer(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if body.get("webhook_url"):
        call.webhook_url = body["webhook_url"]
    data: dict[str, Any] = {"result": "ok"}
    if body.get("record") == "record-from-answer":
        call.record_on_answer = media.new_recording(endpoint, body, "record_channels", "record_format")
        data["recording_id"] = call.record_on_answer.recording_id
    answered(engine, call)
    return data


def reject(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    end(engine, call, "user_busy" if body.get("cause") == "USER_BUSY" else "call_rejected", "callee")
    return command_result(endpoint.operation, body)


def hangup(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    end(engine, call, "normal_clearing" if call.state == "answered" else "originator_cancel", "caller")
    return command_result(endpoint.operation, body)


def bridge_command(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    other = engine.calls.get(body["call_control_id"])
    if other is None or other is call:
        raise errors.invalid_call_control_id(pointer="/call_control_id")
    if not other.alive:
        raise errors.call_ended()
    if other.state != "answered":
        raise errors.not_answered()
    call.park_after_unbridge = body.get("park_after_unbridge")
    bridge(engine, call, other)
    if body.get("record") == "record-from-answer" and call.recording is None:
        call.recording = media.new_recording(endpoint, body, "record_channels", "record_format")
    return command_result(endpoint.operation, body)


def transfer(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """A new leg to `to` in the same session; once it answers it is bridged with this call."""
    _check_number(body["to"], "to", "/to")
    if call.state == "ringing":
        raise errors.not_answered()
    headers = body.get("custom_headers") or []
    behaviour = _header_behaviour(headers) or ("no-answer" if body["to"] in engine.config.no_answer else "answer")
    leg = new_call(
        connection_id=call.connection_id,
        from_=body.get("from") or call.to,
        to=body["to"],
        direction="outgoing",
        call_session_id=call.call_session_id,
        headers=headers,
        behaviour=behaviour,
        client_state=body.get("target_leg_client_state"),
        webhook_url=body.get("webhook_url") or call.webhook_url,
        sip_headers=list(body.get("sip_headers") or []),
        bridge_on_answer_with=call.call_control_id,
    )
    if body.get("park_after_unbridge"):
        call.park_after_unbridge = body["park_after_unbridge"]
    start(engine, leg)
    return command_result(endpoint.operation, body)


def _check_number(value: Any, name: str, pointer: str) -> None:
    if isinstance(value, str) and (E164.fullmatch(value) or value.startswith("sip:")):
        return
    raise errors.unprocessable(
        "10016",
        "Phone number must be in +E164 format",
        f"The '{name}' parameter must be in E164 format (or a sip: URI).",
        pointer=pointer,
    )


def _header_values(headers: list[Any], name: str) -> list[str]:
    return [
        str(h.get("value", ""))
        for h in headers
        if isinstance(h, Mapping) and str(h.get("name", "")).lower() in (name, name.replace("behavior", "behaviour"))
    ]


def _header_behaviour(headers: list[Any]) -> Behaviour | None:
    """The `X-Sandbox-Behavior` custom header of dial or transfer: answer, no-answer, busy or reject."""
    for value in _header_values(headers, BEHAVIOUR_HEADER):
        for behaviour in BEHAVIOURS:
            if value.strip().lower() == behaviour:
                return behaviour
        raise errors.unprocessable(
            "10015",
            "Invalid value",
            f"The X-Sandbox-Behavior header must be one of: {', '.join(BEHAVIOURS)}.",
            pointer="/custom_headers",
        )
    return None


def _header_digits(headers: list[Any]) -> list[str]:
    """The `X-Sandbox-Digits` custom header: digit entries for the call's gathers, comma-separated."""
    return [entry.strip() for value in _header_values(headers, DIGITS_HEADER) for entry in value.split(",")]
