"""The call state machine: what each operation does to the calls, and the events it emits.

Everything here runs on the sandbox's event loop and is synchronous except the timers (ringing,
media, digit entry), which are tasks owned by their call and cancelled when it ends. Events go
through `emit`, which the `Sandbox` wires to its history, its subscribers and webhook delivery.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import math
import re
import typing
from collections import deque
from collections.abc import Callable, Coroutine, Mapping
from functools import cache
from typing import Any, Literal

import attrs
from telnyx_voice._http import Operation, response_class

from . import _errors as errors
from ._model import (
    BEHAVIOURS,
    Activity,
    Behaviour,
    Call,
    CallEventRecord,
    Recording,
    SandboxConfig,
    Stream,
    iso,
    new_call_control_id,
    new_numeric_id,
    new_uuid,
    now,
    parse_iso,
)
from ._validation import OperationSpec

Response = tuple[int, dict[str, Any]]
Emit = Callable[[Call, str, dict[str, Any]], None]
Command = Callable[[Call, OperationSpec, dict[str, Any]], dict[str, Any]]

E164 = re.compile(r"\+[1-9]\d{1,14}")
BEHAVIOUR_HEADER = "x-sandbox-behavior"
DIGITS_HEADER = "x-sandbox-digits"
RECORDING_URL = "https://recordings.sandbox.invalid/{id}.{format}"

# Commands that a call in any live state takes; AnswerCall and RejectCall want a parked incoming call;
# every other command wants an answered call (90034 "Call not answered yet" otherwise).
ANY_LIVE_STATE = frozenset({"HangupCall", "UpdateClientState", "TransferCall"})
PARKED_ONLY = frozenset({"AnswerCall", "RejectCall"})

SIP_CAUSES = {
    "normal_clearing": "200",
    "originator_cancel": "487",
    "timeout": "480",
    "user_busy": "486",
    "call_rejected": "603",
    "no_answer": "480",
}
ENDING_EVENTS = {"speak": "call.speak.ended", "playback": "call.playback.ended", "gather": "call.gather.ended"}


class Engine:
    """Calls, call control applications and the call event log, and the operations on them."""

    def __init__(self, config: SandboxConfig, emit: Emit) -> None:
        self.config = config
        self._emit_event = emit
        self.calls: dict[str, Call] = {}
        self.applications: dict[str, dict[str, Any]] = {}
        self.log: list[CallEventRecord] = []
        self._log_by_event: dict[str, CallEventRecord] = {}
        self.global_digits: deque[str] = deque()
        self._dial_responses: dict[str, Response] = {}
        self._commands: dict[str, Command] = {
            "AnswerCall": self._answer_command,
            "RejectCall": self._reject,
            "HangupCall": self._hangup,
            "BridgeCall": self._bridge_command,
            "TransferCall": self._transfer,
            "SpeakCall": self._speak,
            "StartCallPlayback": self._playback,
            "StopCallPlayback": self._stop_playback,
            "GatherCall": self._gather,
            "GatherUsingSpeak": self._gather,
            "GatherUsingAudio": self._gather,
            "StopCallGather": self._stop_gather,
            "StartCallRecord": self._record_start,
            "StopCallRecording": self._record_stop,
            "PauseCallRecording": self._record_pause,
            "ResumeCallRecording": self._record_resume,
            "EnqueueCall": self._enqueue,
            "LeaveQueue": self._leave_queue,
            "StartCallFork": self._fork_start,
            "StopCallFork": self._fork_stop,
            "ReferCall": self._refer,
            "StartCallTranscription": self._transcription_start,
            "StopCallTranscription": self._transcription_stop,
            "CallStartAIAssistant": self._ai_assistant_start,
            "CallStopAIAssistant": self._ai_assistant_stop,
            "callGatherUsingAI": self._gather_using_ai,
            "StartCallStreaming": self._streaming_start,
            "StopCallStreaming": self._streaming_stop,
            "StartSiprecSession": self._siprec_start,
            "StopSiprecSession": self._siprec_stop,
        }

    # -- dispatch -------------------------------------------------------------------------------------

    def handle(
        self, spec: OperationSpec, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
    ) -> Response:
        """Run one validated request; raises `APIError` for Telnyx-style failures."""
        for field in ("client_state", "target_leg_client_state"):
            _check_base64(body, field)
        op = spec.operation_id
        if op == "DialCall":
            return self._dial(spec, body)
        if op == "RetrieveCallStatus":
            return 200, {"data": self._call_json(self._find(path["call_control_id"]))}
        if op == "ListConnectionActiveCalls":
            return self._active_calls(path["connection_id"], query)
        if op == "ListCallEvents":
            return self._list_call_events(query)
        if op == "ListCallControlApplications":
            return self._list_applications(query)
        if op == "CreateCallControlApplication":
            return self._create_application(spec, body)
        if op == "RetrieveCallControlApplication":
            return 200, {"data": self._application(path["id"])}
        if op == "UpdateCallControlApplication":
            return self._update_application(path["id"], body)
        if op == "DeleteCallControlApplication":
            app = self._application(path["id"])
            del self.applications[path["id"]]
            return 200, {"data": app}
        if "call_control_id" in spec.path_args:
            return self._command(spec, path["call_control_id"], body)
        raise errors.not_found(f"{op} is not implemented by the sandbox.")

    def _command(self, spec: OperationSpec, call_control_id: str, body: dict[str, Any]) -> Response:
        call = self._find(call_control_id)
        if not call.alive:
            raise errors.call_ended()
        command_id = body.get("command_id")
        if isinstance(command_id, str) and command_id in call.responses:
            return call.responses[command_id]  # Telnyx ignores a repeated command_id: same answer, no effect
        op = spec.operation_id
        if op in PARKED_ONLY:
            if call.state != "parked":
                raise errors.invalid_state(
                    f"Only a parked incoming call can take {spec.action}; this call is {call.state}."
                )
        elif op not in ANY_LIVE_STATE and call.state != "answered":
            raise errors.not_answered()
        previous_state = call.client_state
        if "client_state" in body:
            call.client_state = body["client_state"]
        record = self._log_command(call, spec, body)
        try:
            data = self._commands.get(op, self._generic)(call, spec, body)
        except errors.APIError:
            call.client_state = previous_state
            self.log.remove(record)
            raise
        response: Response = 200, {"data": data}
        if isinstance(command_id, str):
            call.responses[command_id] = response
        return response

    def _find(self, call_control_id: str) -> Call:
        call = self.calls.get(call_control_id)
        if call is None:
            raise errors.invalid_call_control_id()
        return call

    # -- events and timers ----------------------------------------------------------------------------

    def _emit(self, call: Call, event_type: str, extra: Mapping[str, Any] | None = None) -> None:
        self._emit_event(call, event_type, {**call.base_payload(), **(extra or {})})

    def record_webhook(self, call: Call, event_type: str, event_id: str, payload: dict[str, Any]) -> None:
        """Log an emitted event for `GET /call_events` (called by the sandbox for every event)."""
        metadata = {"event_id": event_id, "payload": payload}
        self._log_by_event[event_id] = self._log(call, event_type, "webhook", metadata, event_id=event_id)

    def mark_delivery_failed(self, event_id: str) -> None:
        record = self._log_by_event.get(event_id)
        if record is not None:
            record.failed = True

    def _log_command(self, call: Call, spec: OperationSpec, body: Mapping[str, Any]) -> CallEventRecord:
        name = "dial" if spec.operation_id == "DialCall" else spec.action
        return self._log(call, name, "command", {"operation_id": spec.operation_id, "params": dict(body)})

    def _log(
        self,
        call: Call,
        name: str,
        kind: Literal["command", "webhook"],
        metadata: dict[str, Any],
        *,
        event_id: str | None = None,
    ) -> CallEventRecord:
        record = CallEventRecord(
            call_leg_id=call.call_leg_id,
            call_session_id=call.call_session_id,
            connection_id=call.connection_id,
            from_=call.from_,
            to=call.to,
            timestamp=now(),
            name=name,
            type=kind,
            metadata=metadata,
            event_id=event_id,
        )
        self.log.append(record)
        return record

    def _spawn(self, call: Call, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coroutine)
        call.tasks.add(task)
        task.add_done_callback(call.tasks.discard)
        return task

    def _media(self, call: Call, kind: str, run: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Queue media on the call: it starts when the media before it has ended, as audio does."""
        earlier = [t for t in call.media_tasks if not t.done()]

        async def after_earlier() -> None:
            if earlier:  # all of them: one stopped while queued must not let this one start early
                await asyncio.wait(earlier)
            call.queued_media.pop(task, None)
            if call.alive:
                await run()

        task = self._spawn(call, after_earlier())
        call.queued_media[task] = kind
        call.media_tasks = [*earlier, task]

    def _begin(self, call: Call, kind: Any, extra: dict[str, Any] | None = None) -> Activity:
        activity = Activity(kind=kind, task=asyncio.current_task(), extra=extra or {})
        call.activities.append(activity)
        return activity

    def _finish(self, call: Call, activity: Activity) -> bool:
        """Take activity off the call; False when it was already ended (stopped, or the call ended)."""
        if activity in call.activities:
            call.activities.remove(activity)
            return True
        return False

    async def close(self) -> None:
        """Cancel every timer (nothing more is emitted)."""
        tasks = [task for call in self.calls.values() for task in call.tasks]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)

    # -- call lifecycle ------------------------------------------------------------------------------

    def _dial(self, spec: OperationSpec, body: dict[str, Any]) -> Response:
        command_id = body.get("command_id")
        if isinstance(command_id, str) and command_id in self._dial_responses:
            return self._dial_responses[command_id]
        destinations = body["to"] if isinstance(body["to"], list) else [body["to"]]
        if not destinations:
            raise errors.unprocessable(
                "10004",
                "Missing required parameter",
                "The 'to' parameter is required and cannot be blank.",
                pointer="/to",
            )
        for index, number in enumerate(destinations):
            pointer = "/to" if isinstance(body["to"], str) else f"/to/{index}"
            _check_number(number, "to", pointer)
        _check_number(body["from"], "from", "/from")
        app = self.applications.get(body["connection_id"])
        if app is not None and app.get("active") is False:
            raise errors.unprocessable(
                "10015",
                "Invalid value for connection_id (Call Control App ID)",
                "The requested connection_id (Call Control App ID) is not active.",
                pointer="/connection_id",
            )
        headers = body.get("custom_headers") or []
        behaviour = _header_behaviour(headers)
        answering = [n for n in destinations if n not in self.config.no_answer]
        to = answering[0] if answering else destinations[0]
        if behaviour is None:
            behaviour = "answer" if answering else "no-answer"
        linked = self.calls.get(body["link_to"]) if isinstance(body.get("link_to"), str) else None
        call = Call(
            call_control_id=new_call_control_id(),
            call_leg_id=new_uuid(),
            call_session_id=linked.call_session_id if linked is not None else new_uuid(),
            connection_id=body["connection_id"],
            from_=body["from"],
            to=to,
            direction="outgoing",
            state="ringing",
            start_time=now(),
            behaviour=behaviour,
            client_state=body.get("client_state"),
            webhook_url=body.get("webhook_url"),
            custom_headers=list(headers),
            sip_headers=list(body.get("sip_headers") or []),
            machine_detection=str(body.get("answering_machine_detection") or "disabled"),
        )
        call.digits.extend(_header_digits(headers))
        if linked is not None and body.get("bridge_on_answer"):
            call.bridge_on_answer_with = linked.call_control_id
        data = self._call_json(call)
        if body.get("record") == "record-from-answer":
            call.record_on_answer = self._new_recording(spec, body, "record_channels", "record_format")
            data["recording_id"] = call.record_on_answer.recording_id
        self.calls[call.call_control_id] = call
        self._log_command(call, spec, body)
        self._initiated(call)
        self._spawn(call, self._ring(call))
        response: Response = 200, {"data": data}
        if isinstance(command_id, str):
            self._dial_responses[command_id] = response
        return response

    def inbound(
        self, *, from_: str, to: str, connection_id: str, webhook_url: str | None, client_state: str | None
    ) -> Call:
        """A call arriving from outside: parked until answered, rejected or hung up."""
        call = Call(
            call_control_id=new_call_control_id(),
            call_leg_id=new_uuid(),
            call_session_id=new_uuid(),
            connection_id=connection_id,
            from_=from_,
            to=to,
            direction="incoming",
            state="parked",
            start_time=now(),
            client_state=client_state,
            webhook_url=webhook_url,
        )
        self.calls[call.call_control_id] = call
        self._initiated(call)
        return call

    def _initiated(self, call: Call) -> None:
        extra: dict[str, Any] = {
            "direction": call.direction,
            "state": "parked" if call.direction == "incoming" else "bridging",
            "from": call.from_,
            "to": call.to,
            "start_time": iso(call.start_time),
        }
        if call.custom_headers:
            extra["custom_headers"] = call.custom_headers
        if call.sip_headers:
            extra["sip_headers"] = call.sip_headers
        self._emit(call, "call.initiated", extra)

    async def _ring(self, call: Call) -> None:
        await asyncio.sleep(self.config.answer_delay)
        if call.behaviour == "answer":
            self._answered(call)
        else:
            cause = {"no-answer": "timeout", "busy": "user_busy", "reject": "call_rejected"}[call.behaviour]
            self.end(call, cause, "callee")

    def _answered(self, call: Call) -> None:
        call.state = "answered"
        call.answer_time = now()
        extra: dict[str, Any] = {
            "from": call.from_,
            "to": call.to,
            "start_time": iso(call.start_time),
            "state": "answered",
        }
        if call.custom_headers:
            extra["custom_headers"] = call.custom_headers
        if call.sip_headers:
            extra["sip_headers"] = call.sip_headers
        self._emit(call, "call.answered", extra)
        if call.machine_detection != "disabled":
            self._spawn(call, self._detect_machine(call))
        if call.record_on_answer is not None:
            call.recording, call.record_on_answer = call.record_on_answer, None
            call.recording.started_at = iso(now())
        if call.bridge_on_answer_with is not None:
            other = self.calls.get(call.bridge_on_answer_with)
            call.bridge_on_answer_with = None
            if other is None or not other.alive:
                self.end(call, "normal_clearing", "unknown")
                return
            if other.state == "parked":  # a transferred incoming call is answered by the transfer
                other.state, other.answer_time = "answered", now()
            self._bridge(other, call)

    async def _detect_machine(self, call: Call) -> None:
        """Answering machine detection (dial's `answering_machine_detection`): the sandbox's callee is a human."""
        await asyncio.sleep(self.config.media_duration)
        if call.machine_detection == "premium":
            self._emit(call, "call.machine.premium.detection.ended", {"result": "human_residence"})
        else:
            extra = {"result": "human", "from": call.from_, "to": call.to}
            self._emit(call, "call.machine.detection.ended", extra)

    def end(self, call: Call, cause: str, source: str) -> None:
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
            self._end_activity(call, activity, "call_hangup")
        call.state = "ended"
        call.end_time = now()
        call.hangup_cause = cause
        if call.queue is not None:
            self._dequeued(call, "hangup")
        self._end_services(call, cause)
        self._emit(
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
            self._save_recording(call)
        peer = self.calls.get(call.bridged_with) if call.bridged_with else None
        call.bridged_with = None
        if peer is not None and peer.bridged_with == call.call_control_id:
            peer.bridged_with = None
            if peer.park_after_unbridge != "self":
                self.end(peer, "normal_clearing", "unknown")

    def _end_activity(self, call: Call, activity: Activity, status: str) -> None:
        if not self._finish(call, activity):
            return
        if activity.task is not None and activity.task is not asyncio.current_task():
            activity.task.cancel()
        extra: dict[str, Any] = {**activity.extra, "status": status}
        if activity.kind == "gather":
            extra = {"digits": activity.extra.get("digits", ""), "status": status, "from": call.from_, "to": call.to}
        self._emit(call, ENDING_EVENTS[activity.kind], extra)

    def _bridge(self, a: Call, b: Call) -> None:
        for leg in (a, b):  # a leg bridged elsewhere leaves that bridge (its former peer stays up)
            former = self.calls.get(leg.bridged_with) if leg.bridged_with else None
            if former is not None and former.bridged_with == leg.call_control_id:
                former.bridged_with = None
        a.bridged_with, b.bridged_with = b.call_control_id, a.call_control_id
        for leg in (a, b):
            self._emit(leg, "call.bridged", {"from": leg.from_, "to": leg.to})

    # -- commands -------------------------------------------------------------------------------------

    def _generic(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        return command_result(spec.operation, body)

    def _answer_command(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("webhook_url"):
            call.webhook_url = body["webhook_url"]
        data: dict[str, Any] = {"result": "ok"}
        if body.get("record") == "record-from-answer":
            call.record_on_answer = self._new_recording(spec, body, "record_channels", "record_format")
            data["recording_id"] = call.record_on_answer.recording_id
        self._answered(call)
        return data

    def _reject(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        self.end(call, "user_busy" if body.get("cause") == "USER_BUSY" else "call_rejected", "callee")
        return command_result(spec.operation, body)

    def _hangup(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        self.end(call, "normal_clearing" if call.state == "answered" else "originator_cancel", "caller")
        return command_result(spec.operation, body)

    def _bridge_command(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        other = self.calls.get(body["call_control_id"])
        if other is None or other is call:
            raise errors.invalid_call_control_id(pointer="/call_control_id")
        if not other.alive:
            raise errors.call_ended()
        if other.state != "answered":
            raise errors.not_answered()
        call.park_after_unbridge = body.get("park_after_unbridge")
        self._bridge(call, other)
        if body.get("record") == "record-from-answer" and call.recording is None:
            call.recording = self._new_recording(spec, body, "record_channels", "record_format")
        return command_result(spec.operation, body)

    def _transfer(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        _check_number(body["to"], "to", "/to")
        if call.state == "ringing":
            raise errors.not_answered()
        headers = body.get("custom_headers") or []
        behaviour = _header_behaviour(headers) or ("no-answer" if body["to"] in self.config.no_answer else "answer")
        leg = Call(
            call_control_id=new_call_control_id(),
            call_leg_id=new_uuid(),
            call_session_id=call.call_session_id,
            connection_id=call.connection_id,
            from_=body.get("from") or call.to,
            to=body["to"],
            direction="outgoing",
            state="ringing",
            start_time=now(),
            behaviour=behaviour,
            client_state=body.get("target_leg_client_state"),
            webhook_url=body.get("webhook_url") or call.webhook_url,
            custom_headers=list(headers),
            sip_headers=list(body.get("sip_headers") or []),
            bridge_on_answer_with=call.call_control_id,
        )
        leg.digits.extend(_header_digits(headers))
        if body.get("park_after_unbridge"):
            call.park_after_unbridge = body["park_after_unbridge"]
        self.calls[leg.call_control_id] = leg
        self._initiated(leg)
        self._spawn(leg, self._ring(leg))
        return command_result(spec.operation, body)

    def _speak(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        async def run() -> None:
            activity = self._begin(call, "speak")
            self._emit(call, "call.speak.started")
            await asyncio.sleep(self.config.media_duration)
            if self._finish(call, activity):
                self._emit(call, "call.speak.ended", {"status": "completed"})
                self._transcribe(call, str(body["payload"]))

        self._media(call, "speak", run)
        return command_result(spec.operation, body)

    def _playback(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        media = _media_fields(body)

        async def run() -> None:
            activity = self._begin(call, "playback", media)
            self._emit(call, "call.playback.started", media)
            await asyncio.sleep(self.config.media_duration)
            if self._finish(call, activity):
                self._emit(call, "call.playback.ended", {**media, "status": "completed"})

        self._media(call, "playback", run)
        return command_result(spec.operation, body)

    def _stop_playback(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        """`stop`: current (the audio playing now) or all (also the audio queued after it; the default)."""
        stop_all = body.get("stop", spec.default("stop")) != "current"
        playing = [a for a in call.activities if a.kind in ("playback", "speak")]
        for activity in playing if stop_all else playing[:1]:
            self._end_activity(call, activity, "cancelled" if activity.kind == "playback" else "completed")
        if stop_all:
            for task, kind in list(call.queued_media.items()):
                if kind in ("playback", "speak"):
                    call.queued_media.pop(task)
                    task.cancel()
        return command_result(spec.operation, body)

    def _gather(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        def setting(name: str, fallback: Any) -> Any:
            value = body.get(name, spec.default(name))
            return fallback if value is None else value

        minimum = int(setting("minimum_digits", 1))
        maximum = int(setting("maximum_digits", 128))
        terminator = str(setting("terminating_digit", "#"))
        valid = str(setting("valid_digits", "0123456789#*"))
        prompt = spec.operation_id in ("GatherUsingSpeak", "GatherUsingAudio")
        media = _media_fields(body) if spec.operation_id == "GatherUsingAudio" else None

        async def run() -> None:
            activity = self._begin(call, "gather", {"digits": ""})
            if prompt:
                if media is not None:
                    self._emit(call, "call.playback.started", media)
                await asyncio.sleep(self.config.media_duration)
                if media is not None:
                    self._emit(call, "call.playback.ended", {**media, "status": "completed"})
            entry = self.next_digits(call)
            digits = ""
            for digit in entry or "":
                await asyncio.sleep(self.config.dtmf_interval)
                self._emit(call, "call.dtmf.received", {"digit": digit, "from": call.from_, "to": call.to})
                if digit == terminator:
                    break
                digits += digit
                activity.extra["digits"] = digits
                if len(digits) >= maximum:
                    break
            if entry is None or entry == "":
                await asyncio.sleep(self.config.media_duration)
                status = "timeout"
            elif len(digits) < minimum or any(d not in valid for d in digits):
                status = "invalid"
            else:
                status = "valid"
            if self._finish(call, activity):
                self._emit(
                    call, "call.gather.ended", {"digits": digits, "status": status, "from": call.from_, "to": call.to}
                )

        self._media(call, "gather", run)
        return command_result(spec.operation, body)

    def _stop_gather(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        for activity in [a for a in call.activities if a.kind == "gather"]:
            self._end_activity(call, activity, "cancelled")
        return command_result(spec.operation, body)

    def next_digits(self, call: Call) -> str | None:
        """The next scripted digit entry: the call's own script first, then the global one."""
        if call.digits:
            return call.digits.popleft()
        if self.global_digits:
            return self.global_digits.popleft()
        return None

    def _new_recording(self, spec: OperationSpec, body: Mapping[str, Any], channels: str, fmt: str) -> Recording:
        return Recording(
            recording_id=new_uuid(),
            started_at=iso(now()),
            channels=str(body.get(channels) or spec.default(channels) or "single"),
            format=str(body.get(fmt) or spec.default(fmt) or "mp3"),
        )

    def _record_start(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.recording is None:
            call.recording = self._new_recording(spec, body, "channels", "format")
        return command_result(spec.operation, body)

    def _record_stop(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.recording is not None:
            self._save_recording(call)
        return command_result(spec.operation, body)

    def _save_recording(self, call: Call) -> None:
        recording = call.recording
        assert recording is not None
        call.recording = None
        url = RECORDING_URL.format(id=recording.recording_id, format=recording.format)
        urls = {"mp3": url if recording.format == "mp3" else None, "wav": url if recording.format == "wav" else None}
        self._emit(
            call,
            "call.recording.saved",
            {
                "channels": recording.channels,
                "recording_started_at": recording.started_at,
                "recording_ended_at": iso(now()),
                "recording_urls": urls,
                "public_recording_urls": urls,
            },
        )

    def _record_pause(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.recording is not None:
            call.recording.paused = True
        return command_result(spec.operation, body)

    def _record_resume(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.recording is not None:
            call.recording.paused = False
        return command_result(spec.operation, body)

    def _enqueue(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.queue is not None:
            raise errors.unprocessable(
                "90038", "Call already in queue", "Call can't be added to a queue it's already in."
            )
        call.queue = body["queue_name"]
        call.queue_joined = asyncio.get_running_loop().time()
        position = sum(1 for c in self.calls.values() if c.alive and c.queue == call.queue)
        self._emit(
            call,
            "call.enqueued",
            {"queue": call.queue, "current_position": position, "queue_avg_wait_time_secs": 0},
        )
        return command_result(spec.operation, body)

    def _leave_queue(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.queue is not None:
            self._dequeued(call, "leave")
        return command_result(spec.operation, body)

    def _dequeued(self, call: Call, reason: str) -> None:
        waited = asyncio.get_running_loop().time() - call.queue_joined
        self._emit(
            call,
            "call.dequeued",
            {"queue": call.queue, "queue_position": 1, "reason": reason, "wait_time_secs": math.floor(waited)},
        )
        call.queue = None

    def _fork_start(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        call.forking = True
        self._emit(call, "call.fork.started", {"stream_type": "decrypted"})
        return command_result(spec.operation, body)

    def _fork_stop(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if not call.forking:
            raise errors.unprocessable(
                "90031", "Call is not currently forked", "Can't stop forking, because the call isn't currently forked."
            )
        call.forking = False
        self._emit(call, "call.fork.stopped", {"stream_type": "decrypted"})
        return command_result(spec.operation, body)

    def _refer(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        extra = {"from": call.from_, "to": body["sip_address"]}
        self._emit(call, "call.refer.started", extra)

        async def complete() -> None:
            await asyncio.sleep(self.config.media_duration)
            self._emit(call, "call.refer.completed", {**extra, "sip_notify_response": 200})

        self._spawn(call, complete())
        return command_result(spec.operation, body)

    def _transcription_start(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.transcription_tracks is not None:
            raise errors.unprocessable(
                "90054",
                "Call transcription is already in progress",
                "Call transcription can not be started more than once.",
            )
        call.transcription_tracks = str(
            body.get("transcription_tracks") or spec.default("transcription_tracks") or "inbound"
        )
        return command_result(spec.operation, body)

    def _transcription_stop(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        call.transcription_tracks = None
        return command_result(spec.operation, body)

    def _transcribe(self, call: Call, transcript: str) -> None:
        """`call.transcription` of what the call said (speak), when transcription covers the outbound track.

        The simulated far end says nothing, so the inbound track has nothing to transcribe.
        """
        if call.transcription_tracks not in ("outbound", "both"):
            return
        data = {"transcript": transcript, "confidence": 0.98, "is_final": True, "transcription_track": "outbound"}
        self._emit(call, "call.transcription", {"transcription_data": data})

    def _ai_assistant_start(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.ai_conversation_id is not None:
            raise errors.unprocessable(
                "90061", "AI Assistant is already in progress", "AI Assistant cannot be started more than once."
            )
        result = command_result(spec.operation, body)
        call.ai_conversation_id = str(result.get("conversation_id") or new_uuid())
        call.ai_started = now()
        return result

    def _ai_assistant_stop(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.ai_conversation_id is not None:
            self._conversation_ended(call, "assistant_stopped")
        return command_result(spec.operation, body)

    def _conversation_ended(self, call: Call, reason: str) -> None:
        started = call.ai_started or now()
        self._emit(
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

    def _gather_using_ai(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        """After the prompt, `call.ai_gather.ended` (valid): each parameter gets a value its schema allows
        (its example, first enum value, default, or a plain value of its type)."""
        parameters = body.get("parameters") or {}
        properties = parameters.get("properties") if isinstance(parameters, Mapping) else None
        result = {name: sample_value(prop) for name, prop in (properties or {}).items() if isinstance(prop, Mapping)}
        history = [{"role": "assistant", "content": body["greeting"]}] if body.get("greeting") else []

        async def run() -> None:
            await asyncio.sleep(self.config.media_duration)
            self._emit(
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

        self._spawn(call, run())
        return command_result(spec.operation, body)

    def _streaming_start(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        """`streaming.started`; `streaming.failed` when there is nothing to stream to (no ws:// or wss://
        `stream_url`, and Dialogflow not enabled)."""
        url = body.get("stream_url")
        track = str(body.get("stream_track") or spec.default("stream_track") or "inbound_track")
        stream = Stream(stream_id=new_uuid(), stream_url=url, track=track)
        dialogflow = bool(body.get("enable_dialogflow"))
        if not dialogflow and not (isinstance(url, str) and url.lower().startswith(("ws://", "wss://"))):
            reason = "A stream_url (ws:// or wss://) is required unless enable_dialogflow is true."
            if url:
                reason = f"Could not connect to {url}: the stream_url must be a ws:// or wss:// URL."
            params = {"track": track, **({"stream_url": url} if url else {})}
            self._emit(
                call,
                "streaming.failed",
                {
                    "failure_reason": reason,
                    "stream_id": stream.stream_id,
                    "stream_type": "websocket",
                    "stream_params": params,
                },
            )
            return command_result(spec.operation, body)
        call.streams[stream.stream_id] = stream
        self._emit(call, "streaming.started", {"stream_url": url} if url else {})
        return command_result(spec.operation, body)

    def _streaming_stop(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        """Stop the stream `stream_id`, or every stream of the call; each ends with `streaming.stopped`."""
        stream_id = body.get("stream_id")
        if stream_id is not None and stream_id not in call.streams:
            raise errors.unprocessable(
                "10015", "Invalid value", f"The call has no stream {stream_id}.", pointer="/stream_id"
            )
        for stream in [call.streams[stream_id]] if stream_id is not None else list(call.streams.values()):
            self._stop_stream(call, stream)
        return command_result(spec.operation, body)

    def _stop_stream(self, call: Call, stream: Stream) -> None:
        del call.streams[stream.stream_id]
        self._emit(call, "streaming.stopped", {"stream_url": stream.stream_url} if stream.stream_url else {})

    def _siprec_start(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        """`siprec.started`; `siprec.failed` without a `connector_name` (the session has nowhere to go)."""
        if call.siprec:
            raise errors.unprocessable(
                "10015", "Invalid call state", "A SIPREC session is already running on this call."
            )
        if not body.get("connector_name"):
            self._emit(call, "siprec.failed", {"failure_cause": "No SIPREC connector: connector_name is required."})
        else:
            call.siprec = True
            self._emit(call, "siprec.started")
        return command_result(spec.operation, body)

    def _siprec_stop(self, call: Call, spec: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if call.siprec:
            self._stop_siprec(call, "normal_clearing")
        return command_result(spec.operation, body)

    def _stop_siprec(self, call: Call, cause: str) -> None:
        call.siprec = False
        self._emit(call, "siprec.stopped", {"hangup_cause": cause})

    def _end_services(self, call: Call, cause: str) -> None:
        """What runs beside the media stops with the call: streams, SIPREC, forking, the AI assistant."""
        for stream in list(call.streams.values()):
            self._stop_stream(call, stream)
        if call.siprec:
            self._stop_siprec(call, cause)
        if call.forking:
            call.forking = False
            self._emit(call, "call.fork.stopped", {"stream_type": "decrypted"})
        if call.ai_conversation_id is not None:
            self._conversation_ended(call, "call_hangup")
        call.transcription_tracks = None

    # -- reads ------------------------------------------------------------------------------------------

    def _call_json(self, call: Call) -> dict[str, Any]:
        moment = now()
        data: dict[str, Any] = {
            "record_type": "call",
            "call_control_id": call.call_control_id,
            "call_leg_id": call.call_leg_id,
            "call_session_id": call.call_session_id,
            "is_alive": call.alive,
            "call_duration": call.duration(moment),
            "start_time": iso(call.start_time),
        }
        if call.client_state is not None:
            data["client_state"] = call.client_state
        if call.end_time is not None:
            data["end_time"] = iso(call.end_time)
        return data

    def _active_calls(self, connection_id: str, query: Mapping[str, Any]) -> Response:
        moment = now()
        calls = [c for c in self.calls.values() if c.alive and c.connection_id == connection_id]
        items = [
            {
                "record_type": "call",
                "call_control_id": c.call_control_id,
                "call_leg_id": c.call_leg_id,
                "call_session_id": c.call_session_id,
                "client_state": c.client_state or "",
                "call_duration": c.duration(moment),
            }
            for c in calls
        ]
        page = query.get("page") or {}
        limit = int(page.get("limit", 20))
        start = _cursor_offset(page.get("after"))
        if page.get("before") and not page.get("after"):
            start = max(0, _cursor_offset(page.get("before")) - limit)
        chunk = items[start : start + limit]
        cursors: dict[str, str] = {}
        if start + limit < len(items):
            cursors["after"] = _cursor(start + limit)
        if start > 0:
            cursors["before"] = _cursor(start)
        return 200, {"data": chunk, "meta": {"cursors": cursors, "total_items": len(items)}}

    def _list_call_events(self, query: Mapping[str, Any]) -> Response:
        filters = query.get("filter") or {}
        records = [r for r in self.log if _event_matches(r, filters)]
        return 200, _paged([r.to_json() for r in records], query.get("page") or {})

    # -- call control applications ------------------------------------------------------------------

    def _application(self, application_id: str) -> dict[str, Any]:
        app = self.applications.get(application_id)
        if app is None:
            raise errors.not_found(f"Call control application {application_id} was not found.")
        return app

    def _create_application(self, spec: OperationSpec, body: dict[str, Any]) -> Response:
        schema = spec.tool["full_input_schema"]
        stamp = iso(now())
        app: dict[str, Any] = {
            **_schema_defaults(schema),
            "tags": [],
            **_merge(_schema_defaults(schema), body),
            "id": new_numeric_id(),
            "record_type": "call_control_application",
            "created_at": stamp,
            "updated_at": stamp,
        }
        self.applications[app["id"]] = app
        return 201, {"data": app}

    def _update_application(self, application_id: str, body: dict[str, Any]) -> Response:
        app = self._application(application_id)
        app.update(_merge(app, body))
        app["updated_at"] = iso(now())
        return 200, {"data": app}

    def _list_applications(self, query: Mapping[str, Any]) -> Response:
        filters = query.get("filter") or {}
        apps = list(self.applications.values())
        contains = (filters.get("application_name") or {}).get("contains")
        if isinstance(contains, str):
            apps = [a for a in apps if contains.lower() in str(a.get("application_name", "")).lower()]
        profile = filters.get("outbound.outbound_voice_profile_id")
        if isinstance(profile, str):
            apps = [a for a in apps if (a.get("outbound") or {}).get("outbound_voice_profile_id") == profile]
        sort = query.get("sort") or "created_at"
        key = {"connection_name": "application_name", "active": "active"}.get(sort, "created_at")
        apps.sort(key=lambda a: str(a.get(key, "")))
        return 200, _paged(apps, query.get("page") or {})


# -- helpers ------------------------------------------------------------------------------------------


def _check_base64(body: Mapping[str, Any], field: str) -> None:
    value = body.get(field)
    if not isinstance(value, str):
        return
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise errors.unprocessable(
            "10015",
            "Invalid value",
            f"The '{field}' value must be a valid Base-64 encoded string.",
            pointer=f"/{field}",
        ) from None


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


def _media_fields(body: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if body.get("audio_url"):
        fields["media_url"] = body["audio_url"]
    if body.get("media_name"):
        fields["media_name"] = body["media_name"]
    if "overlay" in body:
        fields["overlay"] = bool(body["overlay"])
    return fields


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _cursor_offset(cursor: Any) -> int:
    if not isinstance(cursor, str) or not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        return max(0, int(text.removeprefix("offset:")))
    except (ValueError, binascii.Error):
        return 0


def _paged(items: list[dict[str, Any]], page: Mapping[str, Any]) -> dict[str, Any]:
    size = int(page.get("size", 20))
    number = int(page.get("number", 1))
    total_pages = max(1, math.ceil(len(items) / size))
    chunk = items[(number - 1) * size : number * size]
    return {
        "data": chunk,
        "meta": {"page_number": number, "page_size": size, "total_pages": total_pages, "total_results": len(items)},
    }


def _event_matches(record: CallEventRecord, filters: Mapping[str, Any]) -> bool:
    simple = {
        "type": record.type,
        "name": record.name,
        "leg_id": record.call_leg_id,
        "application_session_id": record.call_session_id,
        "connection_id": record.connection_id,
        "from": record.from_,
        "to": record.to,
        "product": "call_control",
    }
    for key, actual in simple.items():
        wanted = filters.get(key)
        if wanted is not None and wanted != actual:
            return False
    if "failed" in filters and filters["failed"] != (record.type == "webhook" and record.failed):
        return False
    bounds = filters.get("occurred_at") or {}
    for op, text in bounds.items():
        moment = parse_iso(str(text))
        if moment is None:
            continue
        ts = record.timestamp
        ok = {
            "eq": ts == moment,
            "gt": ts > moment,
            "gte": ts >= moment,
            "lt": ts < moment,
            "lte": ts <= moment,
        }.get(op, True)
        if not ok:
            return False
    return True


@cache
def _data_model(operation: Operation[Any]) -> Any:
    """The generated attrs class of the `data` object in operation's success body (None: no such object)."""
    if operation.response is None:
        return None
    data = typing.get_type_hints(response_class(operation)).get("data")
    return next((kind for kind in (data, *typing.get_args(data)) if attrs.has(kind)), None)


def command_result(operation: Operation[Any], body: Mapping[str, Any]) -> dict[str, Any]:
    """The `data` of a command's answer, with the fields its response schema (the generated model) declares.

    `result` is "ok"; an id field (`conversation_id`, `conversation_relay_id`, ...) names what the command
    created: the id the request sent under that name, else a fresh one; any other required field gets
    a plain value of its type. The model's `to_dict` gives the wire names.
    """
    model = _data_model(operation)
    if model is None:
        return {"result": "ok"}
    hints = typing.get_type_hints(model)
    values: dict[str, Any] = {}
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        if field.name == "result":
            values[field.name] = "ok"
        elif field.name.endswith("_id"):
            values[field.name] = body.get(field.name) or new_uuid()
        elif field.default is attrs.NOTHING:
            values[field.name] = _plain(hints.get(field.name))
    data: dict[str, Any] = model(**values).to_dict()
    return data


def _plain(kind: Any) -> Any:
    """A plain value of a (generated model) field type: "", 0, 0.0, False, [] or {}."""
    for option in (kind, *typing.get_args(kind)):
        origin = typing.get_origin(option) or option
        if origin in (str, int, float, bool, list, dict):
            return origin()
    return None


def sample_value(schema: Mapping[str, Any]) -> Any:
    """A value schema allows: its example, first enum value, const or default, else a plain value of its type."""
    for key in ("example", "const", "default"):
        if key in schema:
            return schema[key]
    for key in ("examples", "enum"):
        if schema.get(key):
            return schema[key][0]
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        properties = schema.get("properties") or {}
        return {name: sample_value(prop) for name, prop in properties.items() if isinstance(prop, Mapping)}
    return {"string": "sandbox", "integer": 1, "number": 1.0, "boolean": True, "array": []}.get(str(kind))


def _schema_defaults(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The defaults an object schema documents, nested objects included; null defaults left out."""
    defaults: dict[str, Any] = {}
    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, Mapping):
            continue
        if prop.get("default") is not None:
            defaults[name] = prop["default"]
        elif prop.get("type") == "object" and prop.get("properties"):
            nested = _schema_defaults(prop)
            if nested:
                defaults[name] = nested
    return defaults


def _merge(base: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
