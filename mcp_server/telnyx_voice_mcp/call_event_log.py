"""The call events this server received: verified webhooks, kept in a bounded in-memory log.

Every event stored here came through a `telnyx_voice.webhook_receiver.WebhookReceiver` that checked
its Ed25519 signature (see `call_event_tools.CallEvents`). The log keeps them per call, answers
queries by call and event type, and lets a tool wait for the next matching one.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import heapq
import time
from collections import OrderedDict, deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

HANGUP_GRACE = 2.0
"""Once a call's call.hangup arrived, how long a wait for another event of it goes on (late events, e.g.
call.recording.saved, follow the hangup)."""

MAX_CALLS = 1000
MAX_EVENTS_PER_CALL = 500
REMEMBERED_IDS = 20_000


@dataclass(frozen=True)
class CallEvent:
    """One verified webhook event.

    Attributes:
        seq: this server's receive order, from 1; pass it as `after` to see only later events.
        id, event_type, occurred_at, payload: the event's `data` fields, as Telnyx sent them.
        call_control_id: `payload.call_control_id`, or None for an event without one.
        received: when it arrived (`time.monotonic()`).
    """

    seq: int
    id: str
    event_type: str
    occurred_at: str | None
    call_control_id: str | None
    payload: Mapping[str, Any]
    received: float = field(compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "event_type": self.event_type,
            "id": self.id,
            "occurred_at": self.occurred_at,
            "call_control_id": self.call_control_id,
            "payload": dict(self.payload),
        }


def type_matches(event_type: str, pattern: str | None) -> bool:
    """Whether event_type is pattern, or matches it as a glob (`call.gather.*`); None matches all."""
    return pattern is None or fnmatch.fnmatchcase(event_type, pattern)


class EventLog:
    """Verified events, per call, bounded, with a way to wait for the next one.

    It keeps the latest `max_events_per_call` events of the latest `max_calls` calls (the call
    with the oldest last event is forgotten first). An event id seen before (Telnyx retries a
    delivery it thinks failed) is not stored again.
    """

    def __init__(
        self,
        *,
        max_calls: int = MAX_CALLS,
        max_events_per_call: int = MAX_EVENTS_PER_CALL,
        remembered_ids: int = REMEMBERED_IDS,
        hangup_grace: float = HANGUP_GRACE,
    ) -> None:
        self.max_calls = max_calls
        self.hangup_grace = hangup_grace
        self.max_events_per_call = max_events_per_call
        self._calls: OrderedDict[str, deque[CallEvent]] = OrderedDict()
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._remembered_ids = remembered_ids
        self._seq = 0
        self._changed = asyncio.Event()
        self.rejected = 0
        """Deliveries the receiver refused (bad signature, stale timestamp, not an event)."""

    @property
    def last_seq(self) -> int:
        """The seq of the latest event stored (0 before the first)."""
        return self._seq

    def add(self, envelope: Mapping[str, Any]) -> CallEvent | None:
        """Store a verified event envelope; None when its id was stored before."""
        data = envelope["data"]
        event_id = str(data["id"])
        if event_id in self._ids:
            return None
        self._ids[event_id] = None
        while len(self._ids) > self._remembered_ids:
            self._ids.popitem(last=False)
        payload = data.get("payload") or {}
        call_control_id = payload.get("call_control_id") if isinstance(payload, Mapping) else None
        self._seq += 1
        event = CallEvent(
            seq=self._seq,
            id=event_id,
            event_type=str(data["event_type"]),
            occurred_at=data.get("occurred_at"),
            call_control_id=call_control_id if isinstance(call_control_id, str) else None,
            payload=payload if isinstance(payload, Mapping) else {},
            received=time.monotonic(),
        )
        key = event.call_control_id or ""
        events = self._calls.get(key)
        if events is None:
            events = self._calls[key] = deque(maxlen=self.max_events_per_call)
        events.append(event)
        self._calls.move_to_end(key)
        while len(self._calls) > self.max_calls:
            self._calls.popitem(last=False)
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()
        return event

    def _scan(self, call_control_id: str | None) -> Iterator[CallEvent]:
        if call_control_id is not None:
            return iter(self._calls.get(call_control_id, ()))
        return heapq.merge(*self._calls.values(), key=lambda event: event.seq)

    def events(
        self, call_control_id: str | None = None, event_type: str | None = None, after: int = 0
    ) -> list[CallEvent]:
        """The stored events of a call (None: every call) matching event_type, with seq > after, oldest first."""
        return [
            event
            for event in self._scan(call_control_id)
            if event.seq > after and type_matches(event.event_type, event_type)
        ]

    def first(self, call_control_id: str | None, event_type: str | None, after: int = 0) -> CallEvent | None:
        for event in self._scan(call_control_id):
            if event.seq > after and type_matches(event.event_type, event_type):
                return event
        return None

    async def wait(
        self, call_control_id: str | None, event_type: str | None, *, after: int = 0, timeout: float
    ) -> CallEvent | None:
        """The first matching event with seq > after, waiting up to timeout seconds; None if none came.

        For one call, and an event type a hangup does not match: once the call's call.hangup arrived,
        the wait ends `hangup_grace` seconds later, as nothing else is coming for it.
        """
        deadline = time.monotonic() + timeout
        watch_hangup = call_control_id is not None and not type_matches("call.hangup", event_type)
        while True:
            changed = self._changed
            found = self.first(call_control_id, event_type, after)
            if found is not None:
                return found
            until = deadline
            if watch_hangup:
                hangup = self.first(call_control_id, "call.hangup", after)
                if hangup is not None:
                    until = min(until, hangup.received + self.hangup_grace)
            remaining = until - time.monotonic()
            if remaining <= 0:
                return None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)
