"""The call state machine's core: the sandbox's calls, applications and call event log, and dispatch.

Everything here runs on the sandbox's event loop and is synchronous except the timers (ringing,
media, digit entry), which are tasks owned by their call and cancelled when it ends. Events go
through `emit`, which the `Sandbox` wires to its history, its subscribers and webhook delivery.
What each operation does lives in the modules the dispatch table (`_dispatch.HANDLERS`) points into.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from collections import deque
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from . import _errors as errors
from ._addresses import check_webhook_url
from ._conferences import Conference
from ._dispatch import HANDLERS, CommandHandler
from ._media_store import MediaStore
from ._model import Activity, ActivityKind, Call, SandboxConfig
from ._queues import Queues
from ._recordings import RecordingStore
from ._resources import CallEventLog
from ._responses import Reply
from ._validation import Endpoint

Emit = Callable[[Call, str, dict[str, Any]], None]

_BASE64_FIELDS = ("client_state", "target_leg_client_state")
_WEBHOOK_URL_FIELDS = ("webhook_url", "webhook_event_url", "webhook_event_failover_url")


class Engine:
    """Calls, call control applications and the call event log, and the operations on them.

    Memory stays bounded: at most `config.max_ended_calls` ended calls are kept (the oldest are
    forgotten first) and the call event log holds at most `config.max_events` records.
    """

    def __init__(self, config: SandboxConfig, emit: Emit) -> None:
        self.config = config
        self._emit_event = emit
        self.calls: dict[str, Call] = {}
        self.applications: dict[str, dict[str, Any]] = {}
        self.queues = Queues()
        self.media = MediaStore(config)
        self.log = CallEventLog(config)
        self.global_digits: deque[str] = deque()
        self.dial_responses: dict[str, Reply] = {}
        self._ended: deque[str] = deque()
        self.conferences: dict[str, Conference] = {}
        self.recordings = RecordingStore(config)
        self.public_url = "http://sandbox.invalid"
        """Where the sandbox is reached (its download URLs start with it); set while it is served."""

    def handle(
        self, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
    ) -> Reply:
        """Run one validated request; raises `APIError` for Telnyx-style failures."""
        for field in _BASE64_FIELDS:
            _check_base64(body, field)
        for field in _WEBHOOK_URL_FIELDS:
            check_webhook_url(body.get(field), field)
        if endpoint.tool["toolset"] != "media":  # media storage names media; every other operation plays it
            self.media.check_names(body)
        handler = HANDLERS.get(endpoint.operation_id)
        if handler is None:
            raise errors.not_found(f"{endpoint.operation_id} is not implemented by the sandbox.")
        if isinstance(handler, CommandHandler):
            return self._command(handler, endpoint, path["call_control_id"], body)
        return handler.run(self, endpoint, path, query, body)

    def _command(
        self, handler: CommandHandler, endpoint: Endpoint, call_control_id: str, body: dict[str, Any]
    ) -> Reply:
        call = self.find(call_control_id)
        if not call.alive:
            raise errors.call_ended()
        command_id = body.get("command_id")
        if isinstance(command_id, str) and command_id in call.responses:
            return call.responses[command_id]  # Telnyx ignores a repeated command_id: same answer, no effect
        handler.check_state(call, endpoint.action)
        previous_state = call.client_state
        if "client_state" in body:
            call.client_state = body["client_state"]
        record = self.log.command(call, endpoint, body)
        try:
            data = handler.run(self, call, endpoint, body)
        except errors.APIError:
            call.client_state = previous_state
            self.log.remove(record)
            raise
        response = 200, {"data": data}
        if isinstance(command_id, str):
            call.responses[command_id] = response
        return response

    def find(self, call_control_id: str) -> Call:
        """The call with that id; raises the API's 90015 error when there is none."""
        call = self.calls.get(call_control_id)
        if call is None:
            raise errors.invalid_call_control_id()
        return call

    def add(self, call: Call) -> None:
        """Track a new call."""
        self.calls[call.call_control_id] = call

    def retire(self, call: Call) -> None:
        """Note that call has ended; forget the oldest ended calls beyond `config.max_ended_calls`."""
        self._ended.append(call.call_control_id)
        while len(self._ended) > max(0, self.config.max_ended_calls):
            self.calls.pop(self._ended.popleft(), None)

    def remember_dial(self, command_id: str, response: Reply) -> None:
        """Keep a dial's answer for its command_id, as long as the call is kept (bounded the same way)."""
        self.dial_responses[command_id] = response
        while len(self.dial_responses) > max(1, self.config.max_ended_calls):
            del self.dial_responses[next(iter(self.dial_responses))]

    def emit(self, call: Call, event_type: str, extra: Mapping[str, Any] | None = None) -> None:
        """Emit event_type for call: its payload is the call's base payload and extra."""
        self._emit_event(call, event_type, {**call.base_payload(), **(extra or {})})

    def emit_payload(self, call: Call, event_type: str, payload: Mapping[str, Any]) -> None:
        """Emit event_type with exactly payload, sent where call's events go (a conference's own events)."""
        self._emit_event(call, event_type, dict(payload))

    def record_webhook(self, call: Call, event_type: str, event_id: str, payload: dict[str, Any]) -> None:
        """Log an emitted event for `GET /call_events` (called by the sandbox for every event)."""
        self.log.webhook(call, event_type, event_id, payload)

    def mark_delivery_failed(self, event_id: str) -> None:
        """Mark the logged event as failed (`GET /call_events?filter[failed]=true`), if still logged."""
        self.log.mark_failed(event_id)

    def spawn(self, call: Call, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run coroutine as a timer of call: cancelled when the call ends."""
        task = asyncio.get_running_loop().create_task(coroutine)
        call.tasks.add(task)
        task.add_done_callback(call.tasks.discard)
        return task

    def queue_media(self, call: Call, kind: str, run: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Queue media on the call: it starts when the media before it has ended, as audio does."""
        earlier = [t for t in call.media_tasks if not t.done()]

        async def after_earlier() -> None:
            if earlier:  # all of them: one stopped while queued must not let this one start early
                await asyncio.wait(earlier)
            call.queued_media.pop(task, None)
            if call.alive:
                await run()

        task = self.spawn(call, after_earlier())
        call.queued_media[task] = kind
        call.media_tasks = [*earlier, task]

    def begin(self, call: Call, kind: ActivityKind, extra: dict[str, Any] | None = None) -> Activity:
        """Media of kind starts running on call (in the current task)."""
        activity = Activity(kind=kind, task=asyncio.current_task(), extra=extra or {})
        call.activities.append(activity)
        return activity

    def finish(self, call: Call, activity: Activity) -> bool:
        """Take activity off the call; False when it was already ended (stopped, or the call ended)."""
        if activity in call.activities:
            call.activities.remove(activity)
            return True
        return False

    def next_digits(self, call: Call) -> str | None:
        """The next scripted digit entry: the call's own script first, then the global one."""
        if call.digits:
            return call.digits.popleft()
        if self.global_digits:
            return self.global_digits.popleft()
        return None

    async def close(self) -> None:
        """Cancel every timer (nothing more is emitted)."""
        tasks = [task for call in self.calls.values() for task in call.tasks]
        tasks += [task for conference in self.conferences.values() for task in conference.tasks]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)


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
