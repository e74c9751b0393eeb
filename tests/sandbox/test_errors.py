"""Telnyx-style errors: ended calls (90018), unknown calls (90015), invalid bodies naming the field, auth."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, AuthenticationError, UnprocessableEntityError
from telnyx_voice_sandbox import Sandbox
from telnyx_voice_sandbox._app import create_app
from telnyx_voice_sandbox._validation import endpoints
from telnyx_voice_tools.arguments import ToolArguments

from tests.support.sandbox import CALLEE, CALLER, FAST, SpecSchemas

HEADERS = {"Authorization": "Bearer test-key"}


@pytest.fixture
async def http() -> AsyncIterator[tuple[Sandbox, httpx.AsyncClient]]:
    """The sandbox's ASGI app in process (no server): raw requests, raw JSON answers."""
    sandbox = Sandbox(**FAST)
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.invalid/v2", headers=HEADERS) as client:
        yield sandbox, client
    await sandbox.aclose()


async def _answered_call(sandbox: Sandbox, http: httpx.AsyncClient) -> str:
    response = await http.post("/calls", json={"connection_id": "c", "from": CALLER, "to": CALLEE})
    assert response.status_code == 200, response.text
    call_control_id: str = response.json()["data"]["call_control_id"]
    await sandbox.wait_for_event("call.answered", call_control_id=call_control_id)
    return call_control_id


def _sources(response: httpx.Response) -> list[dict[str, Any]]:
    return [e.get("source", {}) for e in response.json()["errors"]]


async def test_commands_on_an_ended_call_get_90018(
    http: tuple[Sandbox, httpx.AsyncClient], schemas: SpecSchemas
) -> None:
    sandbox, client = http
    cid = await _answered_call(sandbox, client)
    assert (await client.post(f"/calls/{cid}/actions/hangup", json={})).status_code == 200
    for action, body in [
        ("hangup", {}),
        ("speak", {"payload": "hi", "voice": "female"}),
        ("bridge", {"call_control_id": cid}),
        ("record_start", {"channels": "single", "format": "mp3"}),
    ]:
        response = await client.post(f"/calls/{cid}/actions/{action}", json=body)
        assert response.status_code == 422, action
        (error,) = response.json()["errors"]
        assert error["code"] == "90018"
        assert error["title"] == "Call has already ended"
        schemas.check_response("POST", f"/calls/{{call_control_id}}/actions/{action}", 422, response.json())
    status = await client.get(f"/calls/{cid}")  # reading an ended call still works
    assert status.status_code == 200
    assert status.json()["data"]["is_alive"] is False


async def test_ended_call_through_the_generated_client() -> None:
    async with Sandbox.running(**FAST) as sb:
        assert sb.base_url is not None
        async with AsyncTelnyx(api_key="k", base_url=sb.base_url, max_retries=0) as client:
            cid = (await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)).data.call_control_id
            await client.calls.actions.hangup(cid)
            with pytest.raises(UnprocessableEntityError) as caught:
                await client.calls.actions.speak(cid, payload="too late", voice="female")
            assert caught.value.errors[0].code == "90018"
            with pytest.raises(UnprocessableEntityError) as caught:
                await client.calls.actions.speak("v3:not-a-call", payload="hi", voice="female")
            assert caught.value.errors[0].code == "90015"
            with pytest.raises(UnprocessableEntityError) as caught:
                await client.calls.dial(connection_id="c", from_=CALLER, to="555-0000")
            assert caught.value.errors[0].source == {"pointer": "/to"}


@pytest.mark.parametrize(
    ("path", "body", "code", "source", "words"),
    [
        ("/calls", {"connection_id": "c", "from": CALLER}, "10004", {"pointer": "/to"}, "'to'"),
        (
            "/calls",
            {"connection_id": "c", "from": CALLER, "to": CALLEE, "record_channels": "stereo"},
            "10032",
            {"pointer": "/record_channels"},
            "'record_channels'",
        ),
        (
            "/calls",
            {"connection_id": "c", "from": CALLER, "to": CALLEE, "timeout_secs": "thirty"},
            "10026",
            {"pointer": "/timeout_secs"},
            "'timeout_secs'",
        ),
        (
            "/calls",
            {
                "connection_id": "c",
                "from": CALLER,
                "to": CALLEE,
                "answering_machine_detection_config": {"total_analysis_time_millis": "x"},
            },
            "10026",
            {"pointer": "/answering_machine_detection_config/total_analysis_time_millis"},
            "'answering_machine_detection_config.total_analysis_time_millis'",
        ),
        (
            "/calls",
            {"connection_id": "c", "from": CALLER, "to": CALLEE, "webhook_urll": "https://x"},
            "10015",
            {"pointer": "/webhook_urll"},
            "'webhook_urll'",
        ),
        (
            "/calls",
            {"connection_id": "c", "from": CALLER, "to": CALLEE, "client_state": "not base64!"},
            "10015",
            {"pointer": "/client_state"},
            "'client_state'",
        ),
        ("/calls", {"connection_id": "c", "from": "nobody", "to": CALLEE}, "10016", {"pointer": "/from"}, "'from'"),
        (
            "/calls",
            {"connection_id": "c", "from": CALLER, "to": CALLEE, "billing_group_id": "nope"},
            "10015",
            {"pointer": "/billing_group_id"},
            "The 'billing_group_id' value must be a UUID",
        ),
        (
            "/calls",
            {"connection_id": "c", "from": CALLER, "to": CALLEE, "webhook_urls": {"leg": "no uri"}},
            "10015",
            {"pointer": "/webhook_urls/leg"},
            "The 'webhook_urls.leg' value must be an absolute URI",
        ),
    ],
)
async def test_invalid_bodies_name_the_field(
    http: tuple[Sandbox, httpx.AsyncClient],
    schemas: SpecSchemas,
    path: str,
    body: dict[str, Any],
    code: str,
    source: dict[str, str],
    words: str,
) -> None:
    _, client = http
    response = await client.post(path, json=body)
    assert response.status_code == 422, response.text
    (error,) = response.json()["errors"]
    assert error["code"] == code
    assert error["source"] == source
    assert words in error["detail"]
    schemas.check_response("POST", path, 422, response.json())


async def test_invalid_command_bodies_use_wire_names(http: tuple[Sandbox, httpx.AsyncClient]) -> None:
    sandbox, client = http
    cid = await _answered_call(sandbox, client)
    # bridge's body field `call_control_id` is the argument call_control_id_to_bridge_with: errors say the former
    response = await client.post(f"/calls/{cid}/actions/bridge", json={})
    assert response.status_code == 422
    assert _sources(response) == [{"pointer": "/call_control_id"}]
    response = await client.post(f"/calls/{cid}/actions/speak", json={"payload": "hi"})
    assert _sources(response) == [{"pointer": "/voice"}]
    response = await client.post(f"/calls/{cid}/actions/bridge", json={"call_control_id": "v3:unknown"})
    assert response.json()["errors"][0]["code"] == "90015"
    # conversation_relay_start needs one of url / conversation_relay_url / conversation_relay_settings
    response = await client.post(f"/calls/{cid}/actions/conversation_relay_start", json={})
    assert response.status_code == 422
    assert "'url'" in response.json()["errors"][0]["detail"]
    response = await client.post(f"/calls/{cid}/actions/fork_stop", json={})
    assert response.json()["errors"][0]["code"] == "90031"
    response = await client.post(f"/calls/{cid}/actions/answer", json={})
    assert response.status_code == 422  # only a parked incoming call can be answered


async def test_invalid_query_parameters_are_named(
    http: tuple[Sandbox, httpx.AsyncClient], schemas: SpecSchemas
) -> None:
    _, client = http
    response = await client.get("/call_events", params={"page[size]": "0", "filter[type]": "fax"})
    assert response.status_code == 422
    assert _sources(response) == [{"parameter": "filter[type]"}, {"parameter": "page[size]"}]
    schemas.check_response("GET", "/call_events", 422, response.json())
    response = await client.get("/call_events", params={"page[size]": "2", "filter[type]": "webhook"})
    assert response.status_code == 200
    assert response.json()["meta"]["page_size"] == 2


async def test_formats_of_query_parameters_are_checked(
    http: tuple[Sandbox, httpx.AsyncClient], schemas: SpecSchemas
) -> None:
    _, client = http
    response = await client.get("/call_events", params={"filter[leg_id]": "nope"})
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert (error["code"], error["source"]) == ("10015", {"parameter": "filter[leg_id]"})
    assert "The 'filter[leg_id]' value must be a UUID" in error["detail"]
    schemas.check_response("GET", "/call_events", 422, response.json())
    leg_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert (await client.get("/call_events", params={"filter[leg_id]": leg_id})).status_code == 200


async def test_a_bad_date_time_is_a_422_naming_the_field() -> None:
    """No selected operation has a date-time argument yet (the call_events filter says it only in words): a
    sandbox whose ListCallEvents declares `filter[occurred_at][gte]` a date-time shows how it is checked."""
    served = dict(endpoints())
    tool = copy.deepcopy(served["ListCallEvents"].tool)
    occurred_at = tool["full_input_schema"]["properties"]["filter"]["properties"]["occurred_at"]
    occurred_at["properties"]["gte"]["format"] = "date-time"
    served["ListCallEvents"] = dataclasses.replace(served["ListCallEvents"], arguments=ToolArguments(tool))
    sandbox = Sandbox(**FAST)
    transport = httpx.ASGITransport(app=create_app(sandbox, served))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.invalid/v2", headers=HEADERS) as client:
        bad = await client.get("/call_events", params={"filter[occurred_at][gte]": "yesterday"})
        good = await client.get("/call_events", params={"filter[occurred_at][gte]": "2019-03-29T11:10:00Z"})
    await sandbox.aclose()
    assert bad.status_code == 422
    assert bad.json()["errors"] == [
        {
            "code": "10015",
            "title": "Invalid value",
            "detail": "The 'filter[occurred_at][gte]' value must be an RFC 3339 date-time, e.g. 2024-01-31T12:00:00Z.",
            "source": {"parameter": "filter[occurred_at][gte]"},
        }
    ]
    assert good.status_code == 200


async def test_commands_before_answer_get_90034(http: tuple[Sandbox, httpx.AsyncClient]) -> None:
    sandbox, client = http
    sandbox.config.answer_delay = 5.0
    response = await client.post("/calls", json={"connection_id": "c", "from": CALLER, "to": CALLEE})
    cid = response.json()["data"]["call_control_id"]
    response = await client.post(f"/calls/{cid}/actions/speak", json={"payload": "hi", "voice": "female"})
    assert response.json()["errors"][0]["code"] == "90034"
    response = await client.post(f"/calls/{cid}/actions/hangup", json={})  # a ringing call can be cancelled
    assert response.status_code == 200
    hangup = await sandbox.wait_for_event("call.hangup", call_control_id=cid)
    assert hangup["data"]["payload"]["hangup_cause"] == "originator_cancel"


async def test_auth_malformed_json_and_unknown_routes(
    http: tuple[Sandbox, httpx.AsyncClient], schemas: SpecSchemas
) -> None:
    _sandbox, client = http
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Basic abc"}):
        response = await client.get(
            "/call_control_applications", headers={**headers, "Authorization": headers.get("Authorization", "")}
        )
        assert response.status_code == 401
        assert response.json()["errors"][0]["code"] == "10009"
        schemas.check_response("GET", "/call_control_applications", 401, response.json())
    response = await client.post("/calls", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "10028"
    response = await client.get("/no/such/route")
    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == "10005"
    response = await client.get("/call_control_applications/123")
    assert response.status_code == 404
    schemas.check_response("GET", "/call_control_applications/{id}", 404, response.json())
    response = await client.put("/calls")
    assert response.status_code == 405


async def test_an_api_key_can_be_required() -> None:
    async with Sandbox.running(api_key="secret", **FAST) as sb:
        assert sb.base_url is not None
        async with AsyncTelnyx(api_key="wrong", base_url=sb.base_url, max_retries=0) as client:
            with pytest.raises(AuthenticationError):
                await client.call_control_applications.list()
        async with AsyncTelnyx(api_key="secret", base_url=sb.base_url, max_retries=0) as client:
            assert (await client.call_control_applications.list()).data == []
