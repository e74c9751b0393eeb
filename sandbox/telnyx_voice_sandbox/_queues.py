"""Call queues: `enqueue`/`leave_queue` on a call, and the queue resources (`/queues`, `/queues/{name}/calls`).

A queue is created by `queues.create` or by the first `enqueue` naming it, and holds its calls in
arrival order: a call's position is its place in that order (1 first). A call leaves its queue by
`leave_queue`, by being bridged, by `queues.calls.remove`, by waiting longer than its
`max_wait_time_secs`, or by hanging up (unless `keep_after_hangup` keeps it listed); each way emits
`call.dequeued` (the spec's "Call Left Queue" event) with its reason, last position and wait.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _errors as errors
from ._model import Call, iso, new_uuid, now
from ._resources import _paged
from ._responses import Reply, command_result
from ._validation import Endpoint

if TYPE_CHECKING:
    import datetime

    from ._engine import Engine

CREATED_QUEUE_SIZE = 300
"""`max_size` of `queues.create` when the request names none (the spec documents 300, without a schema default)."""


@dataclass
class QueuedCall:
    """A call waiting in a queue."""

    call: Call
    enqueued_at: datetime.datetime
    keep_after_hangup: bool = False


@dataclass
class Queue:
    """A named queue and the calls in it, first in first out."""

    name: str
    max_size: int
    id: str = field(default_factory=new_uuid)
    created_at: str = field(default_factory=lambda: iso(now()))
    updated_at: str = ""
    entries: dict[str, QueuedCall] = field(default_factory=dict)
    """By call_control_id, in arrival order."""
    waited: int = 0
    """Seconds the calls that left the queue had waited, in all."""
    left: int = 0
    """How many calls left the queue."""

    def __post_init__(self) -> None:
        self.updated_at = self.updated_at or self.created_at

    @property
    def average_wait(self) -> int:
        return round(self.waited / self.left) if self.left else 0

    def position(self, call_control_id: str) -> int:
        return list(self.entries).index(call_control_id) + 1

    def to_json(self) -> dict[str, Any]:
        return {
            "record_type": "queue",
            "id": self.id,
            "name": self.name,
            "current_size": len(self.entries),
            "max_size": self.max_size,
            "average_wait_time_secs": self.average_wait,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }

    def call_json(self, entry: QueuedCall) -> dict[str, Any]:
        call = entry.call
        return {
            "record_type": "queue_call",
            "call_control_id": call.call_control_id,
            "call_leg_id": call.call_leg_id,
            "call_session_id": call.call_session_id,
            "connection_id": call.connection_id,
            "from": call.from_,
            "to": call.to,
            "is_alive": call.alive,
            "enqueued_at": iso(entry.enqueued_at),
            "wait_time_secs": _waited(entry),
            "queue_position": self.position(call.call_control_id),
            "queue_id": self.id,
        }


class Queues:
    """The sandbox's queues, by name."""

    def __init__(self) -> None:
        self.by_name: dict[str, Queue] = {}

    def find(self, name: str) -> Queue:
        """The queue called name; raises 404 when there is none."""
        queue = self.by_name.get(name)
        if queue is None:
            raise errors.not_found(f"There is no queue named {name!r}.")
        return queue

    def entry(self, name: str, call_control_id: str) -> tuple[Queue, QueuedCall]:
        """The queue and the call waiting in it; raises 404 when the call is not in that queue."""
        queue = self.find(name)
        entry = queue.entries.get(call_control_id)
        if entry is None:
            raise errors.not_found(f"The call {call_control_id} is not in the queue {name!r}.")
        return queue, entry


def _waited(entry: QueuedCall) -> int:
    return int((now() - entry.enqueued_at).total_seconds())


def _queue_full(queue: Queue) -> errors.APIError:
    return errors.unprocessable("90036", "Queue full", f"The '{queue.name}' queue is full and can't accept more calls.")


def enqueue(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """Put the call at the end of the queue (made now if new): `call.enqueued` with its position."""
    if call.queue is not None:
        raise errors.unprocessable("90038", "Call already in queue", "Call can't be added to a queue it's already in.")
    name = body["queue_name"]
    queue = engine.queues.by_name.get(name)
    if queue is None:
        queue = Queue(name=name, max_size=int(body.get("max_size") or endpoint.default("max_size") or 100))
    if len(queue.entries) >= queue.max_size:
        raise _queue_full(queue)
    engine.queues.by_name[name] = queue
    entry = QueuedCall(call, now(), bool(body.get("keep_after_hangup")))
    queue.entries[call.call_control_id] = entry
    call.queue = name
    extra = {"queue": name, "current_position": len(queue.entries), "queue_avg_wait_time_secs": queue.average_wait}
    engine.emit(call, "call.enqueued", extra)
    max_wait = body.get("max_wait_time_secs")
    if isinstance(max_wait, int) and max_wait > 0:
        engine.spawn(call, _time_out(engine, call, entry, max_wait))
    return command_result(endpoint.operation, body)


async def _time_out(engine: Engine, call: Call, entry: QueuedCall, seconds: int) -> None:
    await asyncio.sleep(seconds)
    if call.queue is not None and engine.queues.by_name[call.queue].entries.get(call.call_control_id) is entry:
        dequeue(engine, call, "timeout")


def leave_queue(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    if call.queue is not None:
        dequeue(engine, call, "leave")
    return command_result(endpoint.operation, body)


def dequeue(engine: Engine, call: Call, reason: str) -> None:
    """Take the call out of its queue: `call.dequeued` with reason, its last position and its wait.

    On hangup a call enqueued with `keep_after_hangup` stays listed (no longer alive) until removed.
    """
    if call.queue is None:
        return
    queue = engine.queues.by_name[call.queue]
    entry = queue.entries[call.call_control_id]
    position = queue.position(call.call_control_id)
    waited = _waited(entry)
    extra = {"queue": queue.name, "queue_position": position, "reason": reason, "wait_time_secs": waited}
    engine.emit(call, "call.dequeued", extra)
    call.queue = None
    if reason == "hangup" and entry.keep_after_hangup:
        return
    del queue.entries[call.call_control_id]
    queue.waited += waited
    queue.left += 1


def create_queue(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    name = body["queue_name"]
    if name in engine.queues.by_name:
        raise errors.unprocessable(
            "10015", "Invalid value", f"A queue named {name!r} already exists.", pointer="/queue_name"
        )
    queue = Queue(name=name, max_size=int(body.get("max_size") or CREATED_QUEUE_SIZE))
    engine.queues.by_name[name] = queue
    return 200, {"data": queue.to_json()}


def list_queues(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, _paged([q.to_json() for q in engine.queues.by_name.values()], query.get("page") or {})


def retrieve_queue(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": engine.queues.find(path["queue_name"]).to_json()}


def update_queue(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """A new `max_size`; calls already waiting beyond it stay (only new ones are refused)."""
    queue = engine.queues.find(path["queue_name"])
    queue.max_size = int(body["max_size"])
    queue.updated_at = iso(now())
    return 200, {"data": queue.to_json()}


def delete_queue(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    queue = engine.queues.find(path["queue_name"])
    if queue.entries:
        raise errors.APIError(
            400, [errors.error_entry("90050", "Unable to delete queue", "Only empty queues can be deleted.")]
        )
    del engine.queues.by_name[queue.name]
    return 204, None


def list_queue_calls(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    queue = engine.queues.find(path["queue_name"])
    return 200, _paged([queue.call_json(entry) for entry in queue.entries.values()], query.get("page") or {})


def retrieve_queue_call(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    queue, entry = engine.queues.entry(path["queue_name"], path["call_control_id"])
    return 200, {"data": queue.call_json(entry)}


def update_queue_call(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    _, entry = engine.queues.entry(path["queue_name"], path["call_control_id"])
    if "keep_after_hangup" in body:
        entry.keep_after_hangup = bool(body["keep_after_hangup"])
    return 204, None


def remove_queue_call(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """Take the call out of the queue (`call.dequeued`, reason leave); an ended call kept after its hangup
    is only forgotten."""
    queue, entry = engine.queues.entry(path["queue_name"], path["call_control_id"])
    if entry.call.queue == queue.name:
        dequeue(engine, entry.call, "leave")
    else:
        del queue.entries[entry.call.call_control_id]
    return 204, None
