"""Retries (what is retried, how often, how long it waits, the stable command_id) and timeouts."""

from __future__ import annotations

import email.utils
import json
import time
import uuid
from typing import Any

import httpx
import pytest
from telnyx_voice import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncTelnyx,
    InternalServerError,
    RateLimitError,
    Telnyx,
)
from telnyx_voice._http import DEFAULT_MAX_RETRY_TIME

from tests.support.client import OK_COMMAND, Client, MockAPI, invoke, mock_api, raise_, reply
from tests.support.spec_operations import PATH_IDS

CALL_ID = PATH_IDS["call_control_id"]
ERROR = {"errors": [{"code": "10000", "title": "try again"}]}


def backoff_bounds(retry: int) -> tuple[float, float]:
    """The documented backoff before retry number retry+1: min(0.5 * 2**n, 8) s, less up to 25% jitter."""
    ceiling = min(0.5 * 2**retry, 8.0)
    return ceiling * 0.75, ceiling


def assert_backoff(delays: list[float]) -> None:
    for retry, delay in enumerate(delays):
        low, high = backoff_bounds(retry)
        assert low <= delay <= high, (retry, delay)


async def hangup(api: MockAPI, mode: str, *, client: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    return await invoke(api.client(mode, **(client or {})), "calls.actions.hangup", CALL_ID, **kwargs)


def command_ids(api: MockAPI) -> list[str]:
    return [json.loads(request.content)["command_id"] for request in api.requests]


@pytest.mark.parametrize("status", [408, 409, 429, 500, 503])
async def test_retriable_status_is_retried_max_retries_times(status: int, mode: str) -> None:
    api = mock_api(reply(status, ERROR))

    with pytest.raises(APIStatusError) as caught:
        await hangup(api, mode)

    assert caught.value.status_code == status
    assert len(api.requests) == 3  # default max_retries=2
    assert len(api.delays) == 2
    assert_backoff(api.delays)


@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (httpx.ConnectError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.RemoteProtocolError, APIConnectionError),
    ],
    ids=["connect-error", "read-timeout", "remote-protocol-error"],
)
async def test_transport_errors_are_retried_then_raised_typed(
    error: type[httpx.TransportError], raised: type[APIConnectionError], mode: str
) -> None:
    api = mock_api(raise_(error))

    with pytest.raises(APIConnectionError) as caught:
        await hangup(api, mode)

    assert type(caught.value) is raised
    assert isinstance(caught.value.__cause__, error)
    assert caught.value.request.url.path.endswith("/actions/hangup")
    assert len(api.requests) == 3
    assert_backoff(api.delays)
    assert len(api.delays) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_client_errors_are_not_retried(status: int, mode: str) -> None:
    api = mock_api(reply(status, ERROR))
    with pytest.raises(APIStatusError):
        await hangup(api, mode)
    assert len(api.requests) == 1
    assert api.delays == []


@pytest.mark.parametrize(
    ("client_retries", "call_retries", "attempts"), [(4, None, 5), (0, None, 1), (4, 1, 2), (0, 3, 4), (2, 0, 1)]
)
async def test_max_retries_per_client_and_per_call(
    client_retries: int, call_retries: int | None, attempts: int, mode: str
) -> None:
    api = mock_api(reply(503, ERROR))
    per_call = {} if call_retries is None else {"max_retries": call_retries}

    with pytest.raises(InternalServerError):
        await hangup(api, mode, client={"max_retries": client_retries}, **per_call)

    assert len(api.requests) == attempts
    assert len(api.delays) == attempts - 1


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        mock_api().client("sync", max_retries=-1)


async def test_success_after_one_503(mode: str) -> None:
    api = mock_api(reply(503, ERROR), OK_COMMAND)

    result = await hangup(api, mode)

    assert type(result).__name__ == "CallControlCommandResponse"
    assert result.data.result == "ok"
    assert len(api.requests) == 2
    assert_backoff(api.delays)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"Retry-After": "60"}, 60.0),
    ],
    ids=["seconds", "fraction", "ms", "ms-wins", "limit"],
)
async def test_retry_after_is_honoured(headers: dict[str, str], expected: float, mode: str) -> None:
    api = mock_api(reply(429, ERROR, headers=headers), OK_COMMAND)
    await hangup(api, mode)
    assert api.delays == [pytest.approx(expected)]


async def test_retry_after_http_date_is_honoured(mode: str) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    api = mock_api(reply(503, ERROR, headers={"Retry-After": when}), OK_COMMAND)
    await hangup(api, mode)
    (delay,) = api.delays
    assert 28.0 <= delay <= 30.0


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "61"},
        {"Retry-After": "3600"},
        {"retry-after-ms": "120000"},
        {"Retry-After": "-5"},
        {"Retry-After": "soon"},
        {"Retry-After": "0"},
        {"retry-after-ms": "0"},
        {"Retry-After": "-0.5"},
        {"retry-after-ms": "-1"},
    ],
    ids=["61s", "1h", "120000ms", "negative", "garbage", "zero", "zero-ms", "negative-fraction", "negative-ms"],
)
async def test_unusable_retry_after_falls_back_to_backoff(headers: dict[str, str], mode: str) -> None:
    api = mock_api(reply(429, ERROR, headers=headers), reply(429, ERROR, headers=headers), OK_COMMAND)
    await hangup(api, mode)
    assert len(api.delays) == 2
    assert_backoff(api.delays)


async def test_default_sleep_is_used_when_not_replaced(mode: str) -> None:
    """The clients' own `_sleep` (time.sleep / asyncio.sleep) is called the way the tests' recorder is."""
    api = mock_api(reply(503, ERROR, headers={"retry-after-ms": "1"}), OK_COMMAND)
    if mode == "sync":
        client: Client = Telnyx(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(api)))
    else:
        client = AsyncTelnyx(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)))
    await invoke(client, "calls.actions.hangup", CALL_ID)
    assert len(api.requests) == 2
    assert api.delays == []


async def test_backoff_grows_to_its_cap(mode: str) -> None:
    api = mock_api(reply(500, ERROR))
    with pytest.raises(InternalServerError):
        await hangup(api, mode, max_retries=7)
    assert len(api.delays) == 7
    assert_backoff(api.delays)
    assert max(api.delays) <= 8.0
    assert api.delays[-1] >= 6.0  # capped at 8 s, not 0.5 * 2**6 = 32 s


async def test_retry_after_zero_with_many_retries_is_not_a_storm(mode: str) -> None:
    """429s with `Retry-After: 0` and max_retries=500: backoff waits, and the default time limit ends it."""
    api = mock_api(reply(429, ERROR, headers={"Retry-After": "0"}))
    with pytest.raises(RateLimitError):
        await hangup(api, mode, max_retries=500)
    assert_backoff(api.delays)
    assert sum(api.delays) <= DEFAULT_MAX_RETRY_TIME
    # 0.5 + 1 + 2 + 4 s, then at least 6 s a wait: at most 4 + 300 / 6 retries fit in 300 s
    assert len(api.requests) <= 1 + 4 + DEFAULT_MAX_RETRY_TIME / 6
    assert len(api.requests) >= 1 + 4 + (DEFAULT_MAX_RETRY_TIME - 7.5) / 8 - 1


@pytest.mark.parametrize("limit", [1.0, 10.0, 60.0])
async def test_max_retry_time_bounds_the_retries(limit: float, mode: str) -> None:
    api = mock_api(reply(503, ERROR))
    with pytest.raises(InternalServerError):
        await hangup(api, mode, client={"max_retry_time": limit}, max_retries=100)
    assert sum(api.delays) <= limit
    assert len(api.requests) == len(api.delays) + 1
    # it stopped because the next backoff (at least 75% of min(0.5 * 2**n, 8) s) no longer fit
    assert sum(api.delays) + backoff_bounds(len(api.delays))[1] > limit


async def test_max_retry_time_counts_the_attempts_too(mode: str) -> None:
    api = mock_api(reply(503, ERROR))
    api.seconds_per_request = 100.0
    with pytest.raises(InternalServerError):
        await hangup(api, mode, client={"max_retry_time": 150.0}, max_retries=10)
    assert len(api.requests) == 2  # the second attempt ended at about 200.5 s, past the 150 s limit


async def test_retry_after_beyond_the_time_left_ends_the_retries(mode: str) -> None:
    api = mock_api(reply(429, ERROR, headers={"Retry-After": "45"}), OK_COMMAND)
    with pytest.raises(RateLimitError):
        await hangup(api, mode, client={"max_retry_time": 30.0})
    assert len(api.requests) == 1
    assert api.delays == []


async def test_transport_errors_are_bounded_by_max_retry_time(mode: str) -> None:
    api = mock_api(raise_(httpx.ConnectError))
    with pytest.raises(APIConnectionError):
        await hangup(api, mode, client={"max_retry_time": 20.0}, max_retries=500)
    assert sum(api.delays) <= 20.0
    assert len(api.requests) <= 1 + 4 + 20 / 6


async def test_max_retry_time_none_leaves_max_retries_the_only_bound(mode: str) -> None:
    api = mock_api(reply(503, ERROR))
    with pytest.raises(InternalServerError):
        await hangup(api, mode, client={"max_retry_time": None}, max_retries=60)
    assert len(api.requests) == 61
    assert sum(api.delays) > DEFAULT_MAX_RETRY_TIME


def test_negative_max_retry_time_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retry_time must be >= 0"):
        mock_api().client("sync", max_retry_time=-1.0)


def test_default_max_retry_time() -> None:
    assert Telnyx(api_key="k").max_retry_time == DEFAULT_MAX_RETRY_TIME == 300.0
    assert AsyncTelnyx(api_key="k").max_retry_time == DEFAULT_MAX_RETRY_TIME


async def test_x_should_retry_header_overrides_the_status(mode: str) -> None:
    api = mock_api(reply(503, ERROR, headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        await hangup(api, mode)
    assert len(api.requests) == 1

    api = mock_api(reply(400, ERROR, headers={"x-should-retry": "true"}), OK_COMMAND)
    await hangup(api, mode)
    assert len(api.requests) == 2


async def test_rate_limit_error_after_retries_carries_the_last_response(mode: str) -> None:
    api = mock_api(
        reply(429, {"errors": [{"code": "1", "title": "first"}]}),
        reply(429, {"errors": [{"code": "2", "title": "last"}]}),
    )
    with pytest.raises(RateLimitError) as caught:
        await hangup(api, mode, max_retries=1)
    assert [e.code for e in caught.value.errors] == ["2"]


# --- command_id --------------------------------------------------------------------------------------


async def test_same_generated_command_id_on_every_retry(mode: str) -> None:
    api = mock_api(raise_(httpx.ConnectError), reply(503, ERROR), reply(429, ERROR), OK_COMMAND)

    await hangup(api, mode, max_retries=3)

    ids = command_ids(api)
    assert len(ids) == 4
    assert len(set(ids)) == 1
    assert uuid.UUID(ids[0]).version == 4


async def test_caller_command_id_is_kept_on_every_retry(mode: str) -> None:
    api = mock_api(reply(500, ERROR), OK_COMMAND)
    await hangup(api, mode, command_id="my-command-1")
    assert command_ids(api) == ["my-command-1", "my-command-1"]


async def test_each_logical_call_gets_a_new_command_id(mode: str) -> None:
    api = mock_api()
    client = api.client(mode)
    for _ in range(3):
        await invoke(client, "calls.actions.hangup", CALL_ID)
    await invoke(client, "calls.actions.speak", CALL_ID, payload="Hello", voice="female")
    ids = command_ids(api)
    assert len(set(ids)) == 4


async def test_no_command_id_is_added_where_the_body_has_none(mode: str) -> None:
    api = mock_api(reply(500, ERROR), OK_COMMAND)
    await invoke(api.client(mode), "calls.actions.update_client_state", CALL_ID, client_state="c3RhdGU=")
    assert [json.loads(r.content) for r in api.requests] == [{"client_state": "c3RhdGU="}] * 2


async def test_retries_resend_the_identical_request(mode: str) -> None:
    api = mock_api(reply(503, ERROR), OK_COMMAND)
    await invoke(api.client(mode), "calls.actions.speak", CALL_ID, payload="Hello", voice="female")
    first, second = api.requests
    assert (first.method, first.url, first.content) == (second.method, second.url, second.content)
    assert first.headers["Authorization"] == second.headers["Authorization"]


# --- timeouts ----------------------------------------------------------------------------------------


def timeouts(value: float | None, connect: float | None = None) -> dict[str, float | None]:
    return {"connect": value if connect is None else connect, "read": value, "write": value, "pool": value}


@pytest.mark.parametrize(
    ("client_timeout", "call_timeout", "expected"),
    [
        (None, None, timeouts(60.0, connect=5.0)),
        (None, 7.0, timeouts(7.0)),
        (None, httpx.Timeout(2.0, connect=0.5), timeouts(2.0, connect=0.5)),
        (12.0, None, timeouts(12.0)),
        (12.0, 3.0, timeouts(3.0)),
    ],
    ids=["default", "call-seconds", "call-httpx-timeout", "client", "call-beats-client"],
)
async def test_timeout_reaches_the_request(
    client_timeout: float | None, call_timeout: float | httpx.Timeout | None, expected: dict[str, float], mode: str
) -> None:
    api = mock_api()
    client_options = {} if client_timeout is None else {"timeout": client_timeout}
    call_options = {} if call_timeout is None else {"timeout": call_timeout}

    await hangup(api, mode, client=client_options, **call_options)

    assert api.requests[0].extensions["timeout"] == expected


async def test_explicit_none_timeout_means_no_timeout(mode: str) -> None:
    api = mock_api()
    await hangup(api, mode, timeout=None)
    assert api.requests[0].extensions["timeout"] == timeouts(None)
