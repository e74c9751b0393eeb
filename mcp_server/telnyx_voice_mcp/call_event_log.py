"""The call events this server received: verified webhooks, kept in an event store.

Every event stored here came through a `telnyx_voice.webhook_receiver.WebhookReceiver` that checked
its Ed25519 signature (see `call_event_tools.CallEvents`). The log answers queries by call and event
type, and lets a tool wait for the next matching one. Where the events are kept is a
`telnyx_voice.event_store.EventStore`: this process's memory by default, or Redis, shared by every
replica of the server (`--event-store redis://...`).
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Loaded when a log is made, not at start-up (see call_event_tools).
    from telnyx_voice.event_store import EventStore, StoredEvent

HANGUP_GRACE = 2.0
"""Once a call's call.hangup arrived, how long a wait for another event of it goes on (late events, e.g.
call.recording.saved, follow the hangup)."""


def type_matches(event_type: str, pattern: str | None) -> bool:
    """Whether event_type is pattern, or matches it as a glob (`call.gather.*`); None matches all."""
    return pattern is None or fnmatch.fnmatchcase(event_type, pattern)


class EventLog:
    """Verified events, per call, with a way to wait for the next one.

    Args:
        store: where the events are kept; None is an `InMemoryEventStore` with max_calls and
            max_events_per_call (the call with the oldest last event is forgotten first).
        hangup_grace: see `HANGUP_GRACE`.

    Raises (every coroutine method):
        telnyx_voice.event_store.EventStoreUnavailableError: the store cannot be reached.
    """

    def __init__(
        self,
        store: EventStore | None = None,
        *,
        max_calls: int = 1000,
        max_events_per_call: int = 500,
        hangup_grace: float = HANGUP_GRACE,
    ) -> None:
        if store is None:
            from telnyx_voice.event_store import InMemoryEventStore

            store = InMemoryEventStore(max_calls=max_calls, max_events_per_call=max_events_per_call)
        self.store: EventStore = store
        self.hangup_grace = hangup_grace
        self.rejected = 0
        """Deliveries the receiver refused (bad signature, stale timestamp, not an event), in this process."""

    async def add(self, envelope: Mapping[str, Any]) -> StoredEvent | None:
        """Store a verified event envelope; None when its id was stored before (by any replica)."""
        return await self.store.append(envelope)

    async def last_seq(self) -> int:
        """The seq of the latest event stored (0 before the first)."""
        return await self.store.last_seq()

    async def events(
        self, call_control_id: str | None = None, event_type: str | None = None, after: int = 0
    ) -> list[StoredEvent]:
        """The stored events of a call (None: every call) matching event_type, with seq > after, oldest first."""
        return [
            event
            for event in await self.store.read(call_control_id, after)
            if type_matches(event.event_type, event_type)
        ]

    async def wait(
        self, call_control_id: str | None, event_type: str | None, *, after: int = 0, timeout: float
    ) -> StoredEvent | None:
        """The first matching event with seq > after, waiting up to timeout seconds; None if none came.

        For one call, and an event type a hangup does not match: once the call's call.hangup arrived,
        the wait ends `hangup_grace` seconds after it, as nothing else is coming for it.
        """
        deadline = time.monotonic() + timeout
        watch_hangup = call_control_id is not None and not type_matches("call.hangup", event_type)

        def wanted(event: StoredEvent) -> bool:
            return type_matches(event.event_type, event_type) or (watch_hangup and event.event_type == "call.hangup")

        while True:
            found = await self.store.wait(call_control_id, wanted, after=after, timeout=deadline - time.monotonic())
            if found is None or type_matches(found.event_type, event_type):
                return found
            # A hangup: wait out its grace (counted from when it was stored), at most until the deadline.
            after = found.seq
            grace_left = found.received + self.hangup_grace - time.time()
            deadline = min(deadline, time.monotonic() + grace_left)
            watch_hangup = False
