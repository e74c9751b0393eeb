"""Which webhook events a receiver has already handled, so a replayed or redelivered event runs its handlers once.

`WebhookReceiver` claims each verified delivery's event id (`data.id`) before running handlers and
releases it when they fail, so Telnyx's retry of a failed delivery is handled again. The store is an
interface: `InMemoryEventIdStore` (the default) serves one process; a store shared by several
processes (Redis `SET key 1 NX EX ttl` for `claim`, `DEL` for `release`) plugs in the same way.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

__all__ = ["DEFAULT_DEDUP_MAX_EVENTS", "DEFAULT_DEDUP_TTL", "EventIdStore", "InMemoryEventIdStore"]

# Longer than the 300 s timestamp tolerance, so a delivery cannot be replayed after its id is forgotten.
DEFAULT_DEDUP_TTL = 600.0
DEFAULT_DEDUP_MAX_EVENTS = 10_000


class EventIdStore(Protocol):
    """Remembers the event ids a receiver has claimed, for a bounded time."""

    async def claim(self, event_id: str) -> bool:
        """Record event_id unless it is already recorded; True when this call recorded it."""
        ...

    async def release(self, event_id: str) -> None:
        """Forget event_id: its handlers failed, so a redelivery must run them again."""
        ...


class InMemoryEventIdStore:
    """An `EventIdStore` in this process's memory: at most `max_events` ids, each kept `ttl` seconds.

    When full, the oldest id is forgotten first. Safe for one event loop (every method runs on it).

    Args:
        max_events: how many ids are kept at most.
        ttl: how many seconds an id is kept.
        clock: monotonic seconds; replaced in tests.
    """

    def __init__(
        self,
        max_events: int = DEFAULT_DEDUP_MAX_EVENTS,
        ttl: float = DEFAULT_DEDUP_TTL,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_events < 1 or ttl <= 0:
            raise ValueError(f"max_events must be at least 1 and ttl positive, not {max_events} and {ttl}")
        self.max_events = max_events
        self.ttl = ttl
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()  # in claim order, hence in expiry order

    def __len__(self) -> int:
        return len(self._expiry)

    async def claim(self, event_id: str) -> bool:
        now = self._clock()
        while self._expiry and next(iter(self._expiry.values())) <= now:
            self._expiry.popitem(last=False)
        if event_id in self._expiry:
            return False
        self._expiry[event_id] = now + self.ttl
        if len(self._expiry) > self.max_events:
            self._expiry.popitem(last=False)
        return True

    async def release(self, event_id: str) -> None:
        self._expiry.pop(event_id, None)
