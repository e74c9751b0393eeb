"""The client against a loopback server that fails on purpose: what it retries, how long it waits, what it raises.

Each fault runs on the sync and the async client. The server counts the attempts and keeps each
request's body (for the `command_id`); the client's `_sleep` is replaced by a recorder, so backoff is
checked exactly without waiting (one test measures the real wait).
"""

from __future__ import annotations

import inspect
import json
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from telnyx_voice import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncTelnyx,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Telnyx,
    TelnyxError,
    UnprocessableEntityError,
)
from telnyx_voice._operations import OPERATIONS

from tests.support.fault_server import Fault, FaultServer, fault_server, reset, respond, stall, truncate

CALL_ID = "v3:fault-injection_1"
API_KEY = "fault-test-key"
OK = {"data": {"result": "ok"}}
ERROR = {"errors": [{"code": "10007", "title": "Internal server error", "detail": "try again"}]}
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
READ_TIMEOUT = 0.25  # the client's; the server stalls far longer
STALL = 10.0
MAX_RETRIES = 2
COMMAND_RESPONSE = OPERATIONS["HangupCall"].response.split(":")[1]  # type: ignore[union-attr]


def backoff_bounds(retry: int) -> tuple[float, float]:
    """The documented wait before retry number retry+1: min(0.5 * 2**n, 8) s, less up to 25% jitter."""
    ceiling = min(0.5 * 2.0**retry, 8.0)
    return ceiling * 0.75, ceiling


def assert_backoff(sleeps: list[float]) -> None:
    for retry, seconds in enumerate(sleeps):
        low, high = backoff_bounds(retry)
        assert low <= seconds <= high, (retry, seconds, sleeps)


@dataclass
class Session:
    """A client of one mode on a fault server, and the sleeps it asked for."""

    mode: str
    server: FaultServer
    client: Telnyx | AsyncTelnyx
    sleeps: list[float] = field(default_factory=list)

    async def call(self, dotted: str = "calls.actions.hangup", *args: Any, **kwargs: Any) -> Any:
        target: Any = self.client
        for part in dotted.split("."):
            target = getattr(target, part)
        result = target(*(args or (CALL_ID,)), **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def fails(self, expected: type[TelnyxError], **kwargs: Any) -> Any:
        """Call the hangup command, which must raise exactly expected; return the exception."""
        with pytest.raises(TelnyxError) as caught:
            await self.call(**kwargs)
        assert type(caught.value) is expected, caught.value
        return caught.value

    def command_ids(self) -> list[str]:
        return [request.json()["command_id"] for request in self.server.received]

    async def aclose(self) -> None:
        if isinstance(self.client, AsyncTelnyx):
            await self.client.close()
        else:
            self.client.close()


Open = Callable[..., Session]


@pytest.fixture
async def session_for(mode: str) -> AsyncIterator[Open]:
    """`session_for(*faults, record_sleeps=True, **client_options)`: a Session on a new fault server."""
    sessions: list[Session] = []
    with ExitStack() as servers:

        def open_(*script: Fault, record_sleeps: bool = True, **client_options: Any) -> Session:
            server = servers.enter_context(fault_server(*script))
            options: dict[str, Any] = {
                "api_key": API_KEY,
                "base_url": server.url,
                "max_retries": MAX_RETRIES,
                "timeout": httpx.Timeout(READ_TIMEOUT * 8, read=READ_TIMEOUT),
                **client_options,
            }
            client: Telnyx | AsyncTelnyx = Telnyx(**options) if mode == "sync" else AsyncTelnyx(**options)
            session = Session(mode, server, client)
            if record_sleeps:
                if isinstance(client, Telnyx):
                    client._sleep = session.sleeps.append
                else:

                    async def sleep(seconds: float) -> None:
                        session.sleeps.append(seconds)

                    client._sleep = sleep
            sessions.append(session)
            return session

        yield open_
        for session in sessions:
            await session.aclose()


# --- faults that are retried ------------------------------------------------------------------------

RETRIED = [
    pytest.param([respond(500, ERROR)], InternalServerError, id="500"),
    pytest.param([respond(502, HTML, [("Content-Type", "text/html")])], InternalServerError, id="502-html"),
    pytest.param([respond(503, ERROR)], InternalServerError, id="503"),
    pytest.param([respond(408, ERROR)], APIStatusError, id="408"),
    pytest.param([respond(409, ERROR)], ConflictError, id="409"),
    pytest.param([truncate(b'{"data": {"res', declared_length=400)], APIConnectionError, id="truncated-body"),
    pytest.param([reset()], APIConnectionError, id="connection-reset"),
    pytest.param([stall(STALL)], APITimeoutError, id="read-timeout"),
]


@pytest.mark.parametrize(("script", "expected"), RETRIED)
async def test_retriable_fault_is_retried_then_raised_typed(
    script: list[Fault], expected: type[TelnyxError], session_for: Open
) -> None:
    session = session_for(*script)
    started = time.monotonic()

    error = await session.fails(expected)

    assert session.server.attempts == MAX_RETRIES + 1
    assert len(session.sleeps) == MAX_RETRIES
    assert_backoff(session.sleeps)
    ids = session.command_ids()
    assert len(set(ids)) == 1 and uuid.UUID(ids[0])  # one command, however often it is sent
    assert len({request.body for request in session.server.received}) == 1  # the identical request each time
    if expected is APITimeoutError:  # each attempt waited the read timeout, and the timeout (not the server) ended it
        assert READ_TIMEOUT * 3 <= time.monotonic() - started < STALL
    if isinstance(error, APIStatusError):  # the last attempt's response
        assert error.status_code == script[0].status


@pytest.mark.parametrize(("script", "expected"), RETRIED)
async def test_retriable_fault_then_success_returns_the_typed_response(
    script: list[Fault], expected: type[TelnyxError], session_for: Open
) -> None:
    session = session_for(*script, respond(200, OK))

    result = await session.call()

    assert type(result).__name__ == COMMAND_RESPONSE
    assert result.data.result == "ok"
    assert session.server.attempts == 2
    assert len(session.sleeps) == 1
    assert_backoff(session.sleeps)
    assert len(set(session.command_ids())) == 1


async def test_status_error_details_survive_the_retries(session_for: Open) -> None:
    session = session_for(respond(500, ERROR))
    error = await session.fails(InternalServerError)
    assert error.status_code == 500
    assert [(e.code, e.title, e.detail) for e in error.errors] == [("10007", "Internal server error", "try again")]


async def test_html_502_is_an_internal_server_error_without_details(session_for: Open) -> None:
    session = session_for(respond(502, HTML, [("Content-Type", "text/html")]))
    error = await session.fails(InternalServerError)
    assert error.status_code == 502
    assert error.errors == [] and error.body is None
    assert "502 Bad Gateway" in str(error)


async def test_429_waits_as_long_as_retry_after_says(session_for: Open) -> None:
    session = session_for(respond(429, ERROR, [("Retry-After", "3")]))

    error = await session.fails(RateLimitError)

    assert error.status_code == 429
    assert session.server.attempts == MAX_RETRIES + 1
    assert session.sleeps == [3.0, 3.0]
    assert len(set(session.command_ids())) == 1


async def test_429_with_an_unreasonable_retry_after_falls_back_to_backoff(session_for: Open) -> None:
    session = session_for(respond(429, ERROR, [("Retry-After", "86400")]))
    await session.fails(RateLimitError)
    assert len(session.sleeps) == MAX_RETRIES
    assert_backoff(session.sleeps)


async def test_503_then_success_really_waits_the_backoff(session_for: Open) -> None:
    """With the real sleep: the retry arrives after the first backoff (0.375-0.5 s), not before, not much later."""
    session = session_for(respond(503, ERROR), respond(200, OK), record_sleeps=False)

    result = await session.call()

    assert type(result).__name__ == COMMAND_RESPONSE
    first, second = session.server.received
    low, high = backoff_bounds(0)
    assert low <= second.at - first.at < high + 1.0  # generous above: a loaded machine may be late, never early
    assert first.json()["command_id"] == second.json()["command_id"]


async def test_caller_command_id_is_sent_on_every_retry(session_for: Open) -> None:
    session = session_for(reset(), respond(500, ERROR), respond(200, OK))
    await session.call(command_id="my-command-1")
    assert session.command_ids() == ["my-command-1"] * 3


async def test_each_logical_call_has_its_own_command_id(session_for: Open) -> None:
    session = session_for(respond(503, ERROR), respond(200, OK))
    await session.call()
    await session.call()
    first, retry, second = session.command_ids()
    assert first == retry != second


@pytest.mark.parametrize("max_retries", [0, 1, 4])
async def test_max_retries_bounds_the_attempts(max_retries: int, session_for: Open) -> None:
    session = session_for(reset(), max_retries=max_retries)
    await session.fails(APIConnectionError)
    assert session.server.attempts == max_retries + 1
    assert len(session.sleeps) == max_retries
    assert_backoff(session.sleeps)


async def test_per_call_max_retries_overrides_the_client(session_for: Open) -> None:
    session = session_for(respond(500, ERROR))
    await session.fails(InternalServerError, max_retries=0)
    assert session.server.attempts == 1 and session.sleeps == []


async def test_reads_are_retried_too_without_a_body(session_for: Open) -> None:
    call = {"call_control_id": CALL_ID, "call_leg_id": "leg", "call_session_id": "session", "is_alive": True}
    session = session_for(
        respond(503, ERROR), truncate(b"{", declared_length=50), respond(200, {"data": {**call, "record_type": "call"}})
    )
    result = await session.call("calls.retrieve_status")
    assert type(result).__name__ == OPERATIONS["RetrieveCallStatus"].response.split(":")[1]  # type: ignore[union-attr]
    assert session.server.attempts == 3
    assert all(r.method == "GET" and r.body == b"" for r in session.server.received)


# --- faults that are not retried --------------------------------------------------------------------

NOT_RETRIED = [
    pytest.param(respond(400, ERROR), BadRequestError, id="400"),
    pytest.param(respond(401, ERROR), AuthenticationError, id="401"),
    pytest.param(respond(403, ERROR), PermissionDeniedError, id="403"),
    pytest.param(respond(404, ERROR), NotFoundError, id="404"),
    pytest.param(respond(422, ERROR), UnprocessableEntityError, id="422"),
    pytest.param(respond(418, ERROR), APIStatusError, id="418"),
    pytest.param(respond(200, b""), APIResponseValidationError, id="empty-body"),
    pytest.param(
        respond(200, b'{"data": {"result": ', [("Content-Type", "application/json")]),
        APIResponseValidationError,
        id="invalid-json",
    ),
    pytest.param(
        respond(200, b"[]", [("Content-Type", "application/json")]), APIResponseValidationError, id="json-array"
    ),
]


@pytest.mark.parametrize(("fault", "expected"), NOT_RETRIED)
async def test_non_retriable_answer_is_raised_at_once(
    fault: Fault, expected: type[TelnyxError], session_for: Open
) -> None:
    session = session_for(fault, respond(200, OK))

    error = await session.fails(expected)

    assert session.server.attempts == 1
    assert session.sleeps == []
    if isinstance(error, APIStatusError):
        assert error.status_code == fault.status
        assert [e.code for e in error.errors] == ["10007"]
    else:
        assert isinstance(error, APIResponseValidationError) and error.status_code == 200


async def test_x_should_retry_false_stops_a_retriable_status(session_for: Open) -> None:
    session = session_for(respond(503, ERROR, [("x-should-retry", "false")]))
    await session.fails(InternalServerError)
    assert session.server.attempts == 1


async def test_nothing_listening_is_a_connection_error_after_retries(mode: str) -> None:
    with fault_server() as server:
        url = server.url
    # the port is closed now: every attempt is refused
    options: dict[str, Any] = {"api_key": API_KEY, "base_url": url, "max_retries": 1}
    client: Telnyx | AsyncTelnyx = Telnyx(**options) if mode == "sync" else AsyncTelnyx(**options)
    sleeps: list[float] = []
    if isinstance(client, Telnyx):
        client._sleep = sleeps.append
        with pytest.raises(APIConnectionError) as caught:
            client.calls.actions.hangup(CALL_ID)
        client.close()
    else:

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep = sleep
        with pytest.raises(APIConnectionError) as caught:
            await client.calls.actions.hangup(CALL_ID)
        await client.close()
    assert type(caught.value) is APIConnectionError
    assert len(sleeps) == 1
    assert json.loads(caught.value.request.content)["command_id"]
