"""`RedisEventStore`: the event log in Redis, shared by every process pointed at the same database.

Needs redis-py (`pip install 'telnyx-voice[redis]'`), imported only when a store is made.

Layout, under a key prefix (default `telnyx_voice:`):
- `call:<call_control_id>`: a stream per call (entry id `<seq>-0`), at most max_events_per_call entries,
  expiring `retention` seconds after the call's last event;
- `all`: one stream of every call's events, for waits and reads across calls (at most max_events entries);
- `calls`: a sorted set of call ids by the seq of their last event, at most max_calls (the call with the
  oldest last event is forgotten first, its stream deleted);
- `seq`: the counter giving each event its position; `logged:<event id>`: the ids appended within
  `retention` (a second append of one is refused); `claimed:<event id>`: the ids a receiver claimed
  (`SET NX PX`), each kept dedup_ttl seconds.

An append is one Lua script, so it is atomic: an event is either logged in full, with its seq, or not
at all, and two processes appending the same event log it once. Waits block in `XREAD BLOCK`. Every key
of a store is touched by its scripts, so use one Redis server (or a primary with replicas), not a Cluster.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .event_store import (
    DEFAULT_MAX_CALLS,
    DEFAULT_MAX_EVENTS_PER_CALL,
    DEFAULT_RETENTION,
    EventMatch,
    EventStoreDependencyError,
    EventStoreUnavailableError,
    StoredEvent,
)
from .webhook_dedup import DEFAULT_DEDUP_TTL

__all__ = ["DEFAULT_MAX_EVENTS", "RedisEventStore"]

DEFAULT_MAX_EVENTS = 100_000
"""Entries kept in the stream of every call's events."""
DEFAULT_BLOCK = 1.0
"""Longest single XREAD BLOCK, in seconds: a wait is a loop of these, so it notices an outage soon."""

_APPEND = """
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[3]) then return false end
local seq = redis.call('INCR', KEYS[2])
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local id = seq .. '-0'
redis.call('XADD', KEYS[3], 'MAXLEN', ARGV[4], id, 'e', ARGV[1], 't', now_ms)
redis.call('PEXPIRE', KEYS[3], ARGV[3])
redis.call('XADD', KEYS[4], 'MAXLEN', ARGV[5], id, 'e', ARGV[1], 't', now_ms)
redis.call('ZADD', KEYS[5], seq, ARGV[2])
local excess = redis.call('ZCARD', KEYS[5]) - tonumber(ARGV[6])
if excess > 0 then
  for _, call in ipairs(redis.call('ZRANGE', KEYS[5], 0, excess - 1)) do
    redis.call('DEL', ARGV[7] .. call)
  end
  redis.call('ZREMRANGEBYRANK', KEYS[5], 0, excess - 1)
end
return {seq, now_ms}
"""


def _redis() -> Any:
    try:
        import redis.asyncio
        import redis.backoff
    except ImportError as exc:
        raise EventStoreDependencyError(
            "a Redis event store needs redis-py: pip install 'telnyx-voice[redis]'"
        ) from exc
    return redis


class RedisEventStore:
    """An `EventStore` in Redis (see the module's docstring for what it keeps where).

    Args:
        url: `redis://[user:password@]host:port/db`, `rediss://...` (TLS) or `unix:///path?db=0`.
        prefix: put before every key, so that several stores can share one database.
        max_calls, max_events_per_call, max_events, retention: the bounds (see the module's docstring).
        dedup_ttl: seconds a claimed event id is kept.
        timeout: seconds to connect, and to wait for an answer, before the store counts as unavailable.
        block: longest single blocking read, in seconds.
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "telnyx_voice:",
        max_calls: int = DEFAULT_MAX_CALLS,
        max_events_per_call: int = DEFAULT_MAX_EVENTS_PER_CALL,
        max_events: int = DEFAULT_MAX_EVENTS,
        retention: float = DEFAULT_RETENTION,
        dedup_ttl: float = DEFAULT_DEDUP_TTL,
        timeout: float = 2.0,
        block: float = DEFAULT_BLOCK,
    ) -> None:
        redis_py = _redis()
        self.url = url
        self.prefix = prefix
        self.max_calls = max_calls
        self.max_events_per_call = max_events_per_call
        self.max_events = max_events
        self.retention = retention
        self.dedup_ttl = dedup_ttl
        self.block = block
        # One quick retry: a tool call during an outage should say so, not hang in back-off.
        retry = redis_py.asyncio.retry.Retry(redis_py.backoff.ConstantBackoff(0.05), 1)
        # Any: redis-py types each reply as the union of every decode mode's; with decode_responses they are str.
        self._client: Any = redis_py.asyncio.Redis.from_url(
            url,
            decode_responses=True,
            socket_connect_timeout=timeout,
            socket_timeout=timeout + block,
            retry=retry,
        )
        self._append_script = self._client.register_script(_APPEND)
        self._errors: tuple[type[BaseException], ...] = (
            redis_py.exceptions.ConnectionError,
            redis_py.exceptions.TimeoutError,
            OSError,
        )

    def __repr__(self) -> str:
        kwargs = self._client.get_connection_kwargs()
        return f"RedisEventStore(host={kwargs.get('host', '?')!r}, db={kwargs.get('db', 0)!r}, prefix={self.prefix!r})"

    @contextlib.contextmanager
    def _reachable(self) -> Iterator[None]:
        try:
            yield
        except self._errors as exc:
            raise EventStoreUnavailableError(f"the Redis event store is unreachable: {exc}") from exc

    def _call_key(self, call_control_id: str | None) -> str:
        return f"{self.prefix}call:{call_control_id or ''}"

    async def append(self, envelope: Mapping[str, Any]) -> StoredEvent | None:
        draft = StoredEvent.from_envelope(envelope, 0, 0.0)
        body = json.dumps(draft.to_json(), separators=(",", ":"), ensure_ascii=False)
        keys = [
            f"{self.prefix}logged:{draft.id}",
            f"{self.prefix}seq",
            self._call_key(draft.call_control_id),
            f"{self.prefix}all",
            f"{self.prefix}calls",
        ]
        args = [
            body,
            draft.call_control_id or "",
            max(1, int(self.retention * 1000)),
            self.max_events_per_call,
            self.max_events,
            self.max_calls,
            f"{self.prefix}call:",
        ]
        with self._reachable():
            result = await self._append_script(keys=keys, args=args)
        if result is None:
            return None
        seq, received_ms = (int(value) for value in result)
        return StoredEvent.from_envelope({"data": envelope["data"]}, seq, received_ms / 1000)

    async def read(self, call_control_id: str | None = None, after: int = 0) -> list[StoredEvent]:
        key = self._call_key(call_control_id) if call_control_id is not None else f"{self.prefix}all"
        with self._reachable():
            entries = await self._client.xrange(key, min=f"({after}-0", max="+")
            if call_control_id is not None:
                return _decode(entries)
            live = set(await self._client.zrange(f"{self.prefix}calls", 0, -1))
        return [event for event in _decode(entries) if (event.call_control_id or "") in live]

    async def wait(
        self, call_control_id: str | None, match: EventMatch, *, after: int = 0, timeout: float
    ) -> StoredEvent | None:
        deadline = time.monotonic() + timeout
        for event in await self.read(call_control_id, after):
            if match(event):
                return event
            after = event.seq
        key = self._call_key(call_control_id) if call_control_id is not None else f"{self.prefix}all"
        while (remaining := deadline - time.monotonic()) > 0:
            block_ms = max(1, int(min(remaining, self.block) * 1000))
            with self._reachable():
                reply = await self._client.xread({key: f"{after}-0"}, count=100, block=block_ms)
            for _, entries in reply or ():
                for event in _decode(entries):
                    if match(event):
                        return event
                    after = event.seq
        return None

    async def last_seq(self) -> int:
        with self._reachable():
            value = await self._client.get(f"{self.prefix}seq")
        return int(value or 0)

    async def recent_calls(self, limit: int = 100) -> list[str]:
        with self._reachable():
            calls: list[str] = await self._client.zrevrange(f"{self.prefix}calls", 0, limit)
        return [call for call in calls if call][:limit]

    async def expire(self) -> int:
        # A call's stream expires by itself `retention` after its last event; forget the calls whose stream did.
        key = f"{self.prefix}calls"
        with self._reachable():
            calls: list[str] = await self._client.zrange(key, 0, -1)
            async with self._client.pipeline(transaction=False) as pipe:
                for call in calls:
                    pipe.exists(self._call_key(call))
                alive = await pipe.execute()
            stale = [call for call, exists in zip(calls, alive, strict=True) if not exists]
            if stale:
                await self._client.zrem(key, *stale)
        return len(stale)

    async def claim(self, event_id: str) -> bool:
        ttl_ms = max(1, int(self.dedup_ttl * 1000))
        with self._reachable():
            return bool(await self._client.set(f"{self.prefix}claimed:{event_id}", "1", nx=True, px=ttl_ms))

    async def release(self, event_id: str) -> None:
        with self._reachable():
            await self._client.delete(f"{self.prefix}claimed:{event_id}")

    async def ping(self) -> None:
        """Check that Redis answers.

        Raises:
            EventStoreUnavailableError: it does not.
        """
        with self._reachable():
            await self._client.ping()

    async def aclose(self) -> None:
        await self._client.aclose()


def _decode(entries: Sequence[tuple[str, Mapping[str, str]]]) -> list[StoredEvent]:
    events = []
    for entry_id, fields in entries:
        data = json.loads(fields["e"])
        seq = int(entry_id.partition("-")[0])
        events.append(StoredEvent.from_envelope({"data": data}, seq, int(fields["t"]) / 1000))
    return events
