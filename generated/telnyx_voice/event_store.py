"""Where verified webhook events are kept: an ordered log per call, shared by every process that reads it.

`EventStore` is the interface; `InMemoryEventStore` (the default) keeps the log in this process, and
`telnyx_voice.event_store_redis.RedisEventStore` keeps it in Redis, so that several MCP server replicas
or webhook receiver workers see the same events. `open_event_store` picks one from a URL
(`memory://`, `redis://host:port/db`).

Each store also is an `EventIdStore` (see `webhook_dedup`): a `WebhookReceiver(event_ids=store)`
de-duplicates deliveries across every process sharing the store.

Positions: every appended event gets a `seq`, larger than that of every event appended before it to the
same store (whichever process appended it); `read` and `wait` return the events after a position.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .webhook_dedup import DEFAULT_DEDUP_MAX_EVENTS, DEFAULT_DEDUP_TTL, EventIdStore, InMemoryEventIdStore

__all__ = [
    "DEFAULT_MAX_CALLS",
    "DEFAULT_MAX_EVENTS_PER_CALL",
    "DEFAULT_RETENTION",
    "EventMatch",
    "EventStore",
    "EventStoreDependencyError",
    "EventStoreError",
    "EventStoreUnavailableError",
    "InMemoryEventStore",
    "StoredEvent",
    "UnknownEventStoreError",
    "open_event_store",
]

DEFAULT_MAX_CALLS = 1000
DEFAULT_MAX_EVENTS_PER_CALL = 500
DEFAULT_RETENTION = 24 * 3600.0
"""Seconds a call's events are kept after its last event."""


class EventStoreError(Exception):
    """Base class of the event stores' errors."""


class EventStoreUnavailableError(EventStoreError):
    """The store cannot be reached (e.g. Redis is down); retrying later may succeed. Nothing was changed
    that the caller was told about: an append that raised this may be retried."""


class EventStoreDependencyError(EventStoreError, ImportError):
    """The store asked for needs a package that is not installed."""


class UnknownEventStoreError(EventStoreError, ValueError):
    """The event store URL names no store this package has."""


@dataclass(frozen=True)
class StoredEvent:
    """One event of the log.

    Attributes:
        seq: its position in the store, from 1; pass it as `after` to see only later events.
        id, event_type, occurred_at, payload: the event's `data` fields, as Telnyx sent them.
        call_control_id: `payload.call_control_id`, or None for an event without one.
        received: when the store appended it (Unix seconds).
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

    @classmethod
    def from_envelope(cls, envelope: Mapping[str, Any], seq: int, received: float) -> StoredEvent:
        """The event of a verified webhook envelope (`{"data": {...}}`)."""
        data = envelope["data"]
        payload = data.get("payload") or {}
        call_control_id = payload.get("call_control_id") if isinstance(payload, Mapping) else None
        return cls(
            seq=seq,
            id=str(data["id"]),
            event_type=str(data["event_type"]),
            occurred_at=data.get("occurred_at"),
            call_control_id=call_control_id if isinstance(call_control_id, str) else None,
            payload=payload if isinstance(payload, Mapping) else {},
            received=received,
        )


EventMatch = Callable[[StoredEvent], bool]
"""Which events a wait is for."""


class EventStore(EventIdStore, Protocol):
    """An ordered, bounded log of events per call, and the event ids a receiver handled.

    Raises (every method of a store that is not in this process):
        EventStoreUnavailableError: the store cannot be reached.
    """

    async def append(self, envelope: Mapping[str, Any]) -> StoredEvent | None:
        """Log a verified event envelope; None (and nothing logged) when its `data.id` was logged before."""
        ...

    async def read(self, call_control_id: str | None = None, after: int = 0) -> list[StoredEvent]:
        """The logged events of a call (None: of every call) with seq > after, oldest first."""
        ...

    async def wait(
        self, call_control_id: str | None, match: EventMatch, *, after: int = 0, timeout: float
    ) -> StoredEvent | None:
        """The first event of the call (None: any call) with seq > after that match accepts, waiting up to
        timeout seconds for it to be appended; None when none came."""
        ...

    async def last_seq(self) -> int:
        """The seq of the latest event appended (0 before the first)."""
        ...

    async def recent_calls(self, limit: int = 100) -> list[str]:
        """The call_control_ids of the calls with the latest events, latest first."""
        ...

    async def expire(self) -> int:
        """Forget the calls whose last event is older than the store's retention; how many were forgotten."""
        ...

    async def aclose(self) -> None:
        """Release the store's connections; the store is not used afterwards."""
        ...


class InMemoryEventStore:
    """An `EventStore` in this process's memory: what one process needs, nothing to install.

    It keeps the latest `max_events_per_call` events of the latest `max_calls` calls (the call with the
    oldest last event is forgotten first), for `retention` seconds after a call's last event.

    Args:
        max_calls, max_events_per_call, retention: the bounds above.
        remembered_ids: how many event ids `append` remembers to refuse a second copy of an event.
        dedup_ttl: how long `claim` remembers an id.
        clock: Unix seconds; replaced in tests.
    """

    def __init__(
        self,
        *,
        max_calls: int = DEFAULT_MAX_CALLS,
        max_events_per_call: int = DEFAULT_MAX_EVENTS_PER_CALL,
        retention: float = DEFAULT_RETENTION,
        remembered_ids: int = 20 * DEFAULT_MAX_CALLS,
        dedup_ttl: float = DEFAULT_DEDUP_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.max_calls = max_calls
        self.max_events_per_call = max_events_per_call
        self.retention = retention
        self._clock = clock
        self._calls: OrderedDict[str, deque[StoredEvent]] = OrderedDict()
        self._logged_ids: OrderedDict[str, None] = OrderedDict()
        self._remembered_ids = remembered_ids
        self._claimed = InMemoryEventIdStore(DEFAULT_DEDUP_MAX_EVENTS, dedup_ttl, clock=clock)
        self._seq = 0
        self._changed = asyncio.Event()

    async def append(self, envelope: Mapping[str, Any]) -> StoredEvent | None:
        event_id = str(envelope["data"]["id"])
        if event_id in self._logged_ids:
            return None
        self._logged_ids[event_id] = None
        while len(self._logged_ids) > self._remembered_ids:
            self._logged_ids.popitem(last=False)
        self._seq += 1
        event = StoredEvent.from_envelope(envelope, self._seq, self._clock())
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

    async def read(self, call_control_id: str | None = None, after: int = 0) -> list[StoredEvent]:
        return self._read(call_control_id, after)

    def _read(self, call_control_id: str | None, after: int) -> list[StoredEvent]:
        if call_control_id is not None:
            return [event for event in self._calls.get(call_control_id, ()) if event.seq > after]
        every = [event for events in self._calls.values() for event in events if event.seq > after]
        return sorted(every, key=lambda event: event.seq)

    async def wait(
        self, call_control_id: str | None, match: EventMatch, *, after: int = 0, timeout: float
    ) -> StoredEvent | None:
        deadline = time.monotonic() + timeout
        while True:
            changed = self._changed
            for event in self._read(call_control_id, after):
                if match(event):
                    return event
                after = event.seq
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    async def last_seq(self) -> int:
        return self._seq

    async def recent_calls(self, limit: int = 100) -> list[str]:
        return [key for key in reversed(self._calls) if key][:limit]

    async def expire(self) -> int:
        oldest_kept = self._clock() - self.retention
        stale = [key for key, events in self._calls.items() if not events or events[-1].received < oldest_kept]
        for key in stale:
            del self._calls[key]
        return len(stale)

    async def claim(self, event_id: str) -> bool:
        return await self._claimed.claim(event_id)

    async def release(self, event_id: str) -> None:
        await self._claimed.release(event_id)

    async def aclose(self) -> None:
        return None


def open_event_store(url: str | None, **options: Any) -> EventStore:
    """The store a URL names: None, "" or `memory://` an `InMemoryEventStore`; `redis://host:port/db`
    (or `rediss://`, `unix://`) a `RedisEventStore`. options go to the store's constructor.

    Raises:
        UnknownEventStoreError: the URL names no known store.
        EventStoreDependencyError: a Redis store without redis-py (`pip install 'telnyx-voice[redis]'`).
    """
    if not url or url in ("memory", "memory://"):
        return InMemoryEventStore(**options)
    scheme = url.partition("://")[0].lower()
    if scheme in ("redis", "rediss", "unix"):
        from .event_store_redis import RedisEventStore

        return RedisEventStore(url, **options)
    raise UnknownEventStoreError(
        f"unknown event store {url!r}: use memory:// (this process only) or redis://host:port/db (shared)"
    )
