"""Fixtures for the event-store tests: a real redis-server (see tests/support/redis_server.py) and the
two stores, so that one suite runs against both.

A missing redis-server fails these tests with the command that installs it; they are never skipped.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from telnyx_voice.event_store import EventStore, InMemoryEventStore, open_event_store

from tests.support.redis_server import RedisNotInstalledError, RedisServer

StoreFactory = Callable[..., EventStore]


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One redis-server for the session, stopped at its end whatever happened."""
    try:
        server = RedisServer()
    except RedisNotInstalledError as exc:
        pytest.fail(str(exc), pytrace=False)
    with server:
        yield server


@pytest.fixture(params=["memory", "redis"])
async def make_store(request: pytest.FixtureRequest) -> AsyncIterator[StoreFactory]:
    """Makes stores of the parametrized kind; Redis ones get a key prefix of their own, and all are closed."""
    made: list[EventStore] = []
    server: RedisServer | None = request.getfixturevalue("redis_server") if request.param == "redis" else None

    def make(**options: Any) -> EventStore:
        if server is None:
            store: EventStore = InMemoryEventStore(**options)
        else:
            store = open_event_store(server.url, prefix=f"test-{uuid.uuid4().hex}:", **options)
        made.append(store)
        return store

    yield make
    for store in made:
        await store.aclose()


@pytest.fixture
def store(make_store: StoreFactory) -> EventStore:
    return make_store()
