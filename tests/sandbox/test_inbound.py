"""Inbound calls rung in over the HTTP control route: answered, rejected, and refused commands while parked."""

from __future__ import annotations

import httpx
import pytest
from telnyx_voice import APIStatusError, AsyncTelnyx
from telnyx_voice_sandbox import Sandbox

from tests.support.sandbox import CALLEE, CALLER, CapturingReceiver, payload_of

Env = tuple[Sandbox, CapturingReceiver, AsyncTelnyx]


async def _ring_in(sb: Sandbox, **extra: str) -> str:
    assert sb.server is not None
    async with httpx.AsyncClient(base_url=sb.server.url, headers={"Authorization": "Bearer k"}) as http:
        rung = await http.post("/sandbox/inbound_calls", json={"from": CALLER, "to": CALLEE, **extra})
    assert rung.status_code == 201, rung.text
    assert rung.json()["data"]["is_alive"] is True
    call_control_id: str = rung.json()["data"]["call_control_id"]
    return call_control_id


async def test_a_call_rung_in_over_http_is_answered_and_another_rejected(env: Env) -> None:
    sb, receiver, client = env
    answered = await _ring_in(sb, connection_id="inbound-app", client_state="aW4=")
    initiated = payload_of(await receiver.wait_for("call.initiated", answered))
    assert (initiated["direction"], initiated["state"], initiated["connection_id"]) == (
        "incoming",
        "parked",
        "inbound-app",
    )
    assert (initiated["from"], initiated["to"], initiated["client_state"]) == (CALLER, CALLEE, "aW4=")
    with pytest.raises(APIStatusError) as parked:
        await client.calls.actions.speak(answered, payload="too early", voice="female")
    assert parked.value.errors[0].code == "90034"
    await client.calls.actions.answer(answered)
    assert payload_of(await receiver.wait_for("call.answered", answered))["state"] == "answered"

    rejected = await _ring_in(sb)
    await client.calls.actions.reject(rejected, cause="CALL_REJECTED")
    hangup = payload_of(await receiver.wait_for("call.hangup", rejected))
    assert (hangup["hangup_cause"], hangup["hangup_source"], hangup["sip_hangup_cause"]) == (
        "call_rejected",
        "callee",
        "603",
    )
    assert receiver.types(rejected) == ["call.initiated", "call.hangup"]
    assert receiver.types(answered) == ["call.initiated", "call.answered"]
