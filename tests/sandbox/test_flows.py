"""Whole call flows through the generated clients, with every event received as a verified webhook."""

from __future__ import annotations

import asyncio
import base64
import uuid
from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, Telnyx
from telnyx_voice.events import EVENT_CLASSES
from telnyx_voice_sandbox import Sandbox, serve_in_thread

from tests.support.sandbox import CALLEE, CALLER, FAST, CapturingReceiver, payload_of, running_with_receiver

Env = tuple[Sandbox, CapturingReceiver, AsyncTelnyx]


def _state(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


async def test_async_flow_dial_speak_gather_hangup(env: Env) -> None:
    sb, receiver, client = env
    call = await client.calls.dial(connection_id="flow", from_=CALLER, to=CALLEE, client_state=_state("dialled"))
    call_control_id = call.data.call_control_id
    assert call_control_id.startswith("v3:")
    assert call.data.is_alive is True

    await receiver.wait_for("call.answered", call_control_id)
    await client.calls.actions.speak(call_control_id, payload="Hello", voice="female")
    await receiver.wait_for("call.speak.ended", call_control_id)

    sb.script_digits("123#", call_control_id=call_control_id)
    await client.calls.actions.gather_using_speak(
        call_control_id, payload="Enter your code", voice="female", client_state=_state("gathering")
    )
    gathered = await receiver.wait_for("call.gather.ended", call_control_id)
    assert payload_of(gathered)["digits"] == "123"
    assert payload_of(gathered)["status"] == "valid"

    await client.calls.actions.hangup(call_control_id)
    hangup = await receiver.wait_for("call.hangup", call_control_id)
    assert payload_of(hangup)["hangup_cause"] == "normal_clearing"
    assert await sb.drain()

    assert receiver.types(call_control_id) == [
        "call.initiated",
        "call.answered",
        "call.speak.started",
        "call.speak.ended",
        "call.dtmf.received",
        "call.dtmf.received",
        "call.dtmf.received",
        "call.dtmf.received",
        "call.gather.ended",
        "call.hangup",
    ]
    # client_state: the dial's until the gather set another, then that one in every later event
    states = [payload_of(e).get("client_state") for e in receiver.events]
    assert states[:4] == [_state("dialled")] * 4
    assert states[4:] == [_state("gathering")] * 6
    # every delivery: signed by the sandbox key, parsed into its generated class, delivered once
    assert receiver.verify_all() == len(sb.events) == 10
    for event in receiver.events:
        assert type(event).__name__ == EVENT_CLASSES[event.data.event_type][1]
        assert (event.meta.attempt, event.meta.delivered_to) == (1, sb.webhook_url)
    status = await client.calls.retrieve_status(call_control_id)
    assert status.data.is_alive is False
    assert isinstance(status.data.end_time, str)


def test_sync_flow_bridge_record_and_live_state() -> None:
    with Sandbox.running_in_thread(**FAST) as sb:
        receiver = CapturingReceiver(sb.public_key)
        with serve_in_thread(receiver) as server:
            sb.webhook_url = server.url + "/webhooks"
            assert sb.base_url is not None
            with Telnyx(api_key="test-key", base_url=sb.base_url, max_retries=0) as client:
                a = client.calls.dial(connection_id="conn-sync", from_=CALLER, to=CALLEE).data.call_control_id
                b = client.calls.dial(connection_id="conn-sync", from_=CALLER, to="+15550003333").data.call_control_id
                receiver.wait_for_sync("call.answered", a)
                receiver.wait_for_sync("call.answered", b)

                active = client.connections.list_active_calls("conn-sync")
                assert {item.call_control_id for item in active.data} == {a, b}
                assert client.connections.list_active_calls("other").data == []

                client.calls.actions.bridge(a, call_control_id_to_bridge_with=b)
                receiver.wait_for_sync("call.bridged", a)
                receiver.wait_for_sync("call.bridged", b)

                client.calls.actions.start_recording(a, channels="dual", format="wav")
                client.calls.actions.stop_recording(a)
                saved = receiver.wait_for_sync("call.recording.saved", a)
                assert payload_of(saved)["channels"] == "dual"
                assert payload_of(saved)["recording_urls"]["wav"].endswith(".wav")

                client.calls.actions.update_client_state(a, client_state=_state("after"))
                client.calls.actions.hangup(a)
                receiver.wait_for_sync("call.hangup", a)
                peer_hangup = receiver.wait_for_sync("call.hangup", b)  # the bridged peer follows
                assert payload_of(peer_hangup)["hangup_cause"] == "normal_clearing"
                assert payload_of(receiver.find("call.hangup", a))["client_state"] == _state("after")

                assert client.calls.retrieve_status(a).data.is_alive is False
                assert client.connections.list_active_calls("conn-sync").data == []
            sb.run_threadsafe(sb.drain())
            assert receiver.verify_all() == len(sb.events)
            assert len(receiver.events) == len(sb.events)


async def test_inbound_call_answer_and_reject(env: Env) -> None:
    sb, receiver, client = env
    answered_id = await sb.inbound_call(from_=CALLER, to=CALLEE)
    initiated = await receiver.wait_for("call.initiated", answered_id)
    assert payload_of(initiated)["direction"] == "incoming"
    assert payload_of(initiated)["state"] == "parked"
    response = await client.calls.actions.answer(answered_id, record="record-from-answer")
    assert uuid.UUID(response.data.recording_id)  # a UUID, as text
    await receiver.wait_for("call.answered", answered_id)

    rejected_id = await sb.inbound_call(from_=CALLER, to=CALLEE)
    await client.calls.actions.reject(rejected_id, cause="USER_BUSY")
    hangup = await receiver.wait_for("call.hangup", rejected_id)
    assert payload_of(hangup)["hangup_cause"] == "user_busy"

    await sb.remote_hangup(answered_id)
    hangup = await receiver.wait_for("call.hangup", answered_id)
    assert payload_of(hangup)["hangup_source"] == "callee"
    await receiver.wait_for("call.recording.saved", answered_id)  # recording from answer, saved at hangup


async def test_unanswered_calls_hang_up_with_their_cause(env: Env) -> None:
    sb, receiver, client = env
    sb.no_answer_numbers.add("+15550009999")
    silent = (await client.calls.dial(connection_id="c", from_=CALLER, to="+15550009999")).data.call_control_id
    hangup = await receiver.wait_for("call.hangup", silent)
    assert payload_of(hangup)["hangup_cause"] == "timeout"
    assert receiver.types(silent) == ["call.initiated", "call.hangup"]

    busy = await client.calls.dial(
        connection_id="c",
        from_=CALLER,
        to=CALLEE,
        custom_headers=[{"name": "X-Sandbox-Behavior", "value": "busy"}],
    )
    hangup = await receiver.wait_for("call.hangup", busy.data.call_control_id)
    assert payload_of(hangup)["hangup_cause"] == "user_busy"


async def test_transfer_bridges_a_new_leg(env: Env) -> None:
    sb, receiver, client = env
    a = await sb.inbound_call(from_=CALLER, to=CALLEE)
    await client.calls.actions.transfer(a, to="+15550004444", target_leg_client_state=_state("leg-b"))
    bridged = await receiver.wait_for("call.bridged", a)
    # each call's webhooks arrive in order, but the two legs' are delivered independently of each other
    b = payload_of(await receiver.wait_for("call.initiated", other_than=a))["call_control_id"]
    await receiver.wait_for("call.bridged", b)
    assert payload_of(bridged)["call_session_id"] == payload_of(receiver.find("call.answered", b))["call_session_id"]
    assert payload_of(receiver.find("call.answered", b))["client_state"] == _state("leg-b")
    status = await client.calls.retrieve_status(a)
    assert status.data.is_alive is True


async def test_media_queue_and_other_commands(env: Env) -> None:
    _sb, receiver, client = env
    cid = (await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)).data.call_control_id
    await receiver.wait_for("call.answered", cid)
    await client.calls.actions.start_playback(cid, audio_url="https://example.com/a.mp3")
    await client.calls.actions.speak(cid, payload="after the audio", voice="female")
    await client.calls.actions.enqueue(cid, queue_name="support")
    await client.calls.actions.start_forking(cid)
    await client.calls.actions.refer(cid, sip_address="sip:agent@example.com")
    await client.calls.actions.send_dtmf(cid, digits="1www2")
    await receiver.wait_for("call.speak.ended", cid)
    await client.calls.actions.leave_queue(cid)
    await client.calls.actions.stop_forking(cid)
    await client.calls.actions.gather(cid)  # nothing scripted: times out
    gathered = await receiver.wait_for("call.gather.ended", cid)
    assert payload_of(gathered)["status"] == "timeout"
    await receiver.wait_for("call.refer.completed", cid)
    types = receiver.types(cid)
    # audio plays in order: the speak starts after the playback ended
    assert types.index("call.playback.ended") < types.index("call.speak.started")
    for expected in ("call.enqueued", "call.dequeued", "call.fork.started", "call.fork.stopped", "call.refer.started"):
        assert expected in types


async def test_hangup_ends_running_media_first(env: Env) -> None:
    sb, receiver, client = env
    sb.config.media_duration = 5.0
    cid = (await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)).data.call_control_id
    await receiver.wait_for("call.answered", cid)
    await client.calls.actions.speak(cid, payload="a long story", voice="female")
    await receiver.wait_for("call.speak.started", cid)
    await client.calls.actions.hangup(cid)
    await receiver.wait_for("call.hangup", cid)
    ended = receiver.find("call.speak.ended", cid)
    assert payload_of(ended)["status"] == "call_hangup"
    assert receiver.types(cid)[-2:] == ["call.speak.ended", "call.hangup"]


async def test_command_id_runs_a_command_once(env: Env) -> None:
    sb, receiver, client = env
    dial = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE, command_id="dial-1")
    again = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE, command_id="dial-1")
    cid = dial.data.call_control_id
    assert again.data.call_control_id == cid
    await receiver.wait_for("call.answered", cid)
    await client.calls.actions.speak(cid, payload="once", voice="female", command_id="speak-1")
    await client.calls.actions.speak(cid, payload="once", voice="female", command_id="speak-1")
    await receiver.wait_for("call.speak.ended", cid)
    await asyncio.sleep(0.1)
    assert receiver.types(cid).count("call.speak.started") == 1
    assert len([c for c in sb._engine.calls.values() if c.connection_id == "c"]) == 1


async def test_call_control_applications_route_webhooks(env: Env) -> None:
    sb, receiver, client = env
    receiver_url = sb.webhook_url
    sb.webhook_url = None  # only the application's URL can get the events now
    created = await client.call_control_applications.create(
        application_name="sandbox app", webhook_event_url="http://127.0.0.1:9/never"
    )
    app_id = created.data.id
    assert isinstance(app_id, str) and app_id.isdigit()
    assert created.data.record_type == "call_control_application"
    assert created.data.active is True  # the documented default

    listed = await client.call_control_applications.list(filter={"application_name": {"contains": "SANDBOX"}})
    assert [a.id for a in listed.data] == [app_id]
    fetched = await client.call_control_applications.retrieve(app_id)
    assert fetched.data.application_name == "sandbox app"

    app_url = f"{receiver_url}/app"
    updated = await client.call_control_applications.update(
        app_id, application_name="sandbox app", webhook_event_url=app_url
    )
    assert updated.data.webhook_event_url == app_url

    call = await client.calls.dial(connection_id=app_id, from_=CALLER, to=CALLEE)
    cid = call.data.call_control_id
    await receiver.wait_for("call.answered", cid)
    assert {a.url for a in sb.deliveries if a.call_control_id == cid} == {app_url}

    deleted = await client.call_control_applications.delete(app_id)
    assert deleted.data.id == app_id
    assert (await client.call_control_applications.list()).data == []


async def test_call_events_list_commands_and_webhooks(env: Env) -> None:
    _sb, receiver, client = env
    call = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)
    cid = call.data.call_control_id
    await receiver.wait_for("call.answered", cid)
    await client.calls.actions.hangup(cid)
    await receiver.wait_for("call.hangup", cid)
    page = await client.call_events.list(filter={"leg_id": call.data.call_leg_id}, page={"size": 2})
    names = [(e.type, e.name) async for e in page]  # walks every page
    assert names == [
        ("command", "dial"),
        ("webhook", "call.initiated"),
        ("webhook", "call.answered"),
        ("command", "hangup"),
        ("webhook", "call.hangup"),
    ]
    commands = await client.call_events.list(filter={"type": "command"})
    assert {e.name for e in commands.data} == {"dial", "hangup"}


async def test_in_process_subscription_and_listener(env: Env) -> None:
    sb, _receiver, client = env
    heard: list[str] = []

    async def listener(envelope: dict[str, Any]) -> None:
        heard.append(envelope["data"]["event_type"])

    remove = sb.add_listener(listener)
    async with sb.subscribe("call.answered") as answered:
        call = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)
        envelope = await answered.get(timeout=5)
    assert envelope["data"]["payload"]["call_control_id"] == call.data.call_control_id
    assert envelope["meta"] == {"attempt": 1, "delivered_to": "in-process"}
    mark = sb.event_count
    await client.calls.actions.hangup(call.data.call_control_id)
    hangup = await sb.wait_for_event("call.hangup", call_control_id=call.data.call_control_id, since=mark)
    assert hangup["data"]["payload"]["hangup_cause"] == "normal_clearing"
    await asyncio.sleep(0.05)
    remove()
    assert heard == ["call.initiated", "call.answered", "call.hangup"]
    with pytest.raises(TimeoutError):
        await sb.wait_for_event("call.gather.ended", timeout=0.05)


async def test_served_with_and_without_v2_and_sandbox_routes(env: Env) -> None:
    sb, _receiver, _client = env
    assert sb.server is not None
    root = sb.server.url
    headers = {"Authorization": "Bearer anything"}
    async with httpx.AsyncClient(base_url=root, headers=headers, trust_env=False) as http:
        for prefix in ("", "/v2"):
            response = await http.get(f"{prefix}/call_control_applications")
            assert response.status_code == 200, response.text
        inbound = await http.post("/sandbox/inbound_calls", json={"from": CALLER, "to": CALLEE})
        assert inbound.status_code == 201
        cid = inbound.json()["data"]["call_control_id"]
        assert (await http.post("/sandbox/digits", json={"digits": "9", "call_control_id": cid})).status_code == 200
        assert (await http.post(f"/sandbox/calls/{cid}/remote_hangup", json={})).status_code == 200
        events = (await http.get("/sandbox/events", params={"call_control_id": cid})).json()["data"]
        assert [e["data"]["event_type"] for e in events] == ["call.initiated", "call.hangup"]
        info = (await http.get("/sandbox")).json()["data"]
        assert info["public_key"] == sb.public_key


async def test_running_and_cli_like_defaults() -> None:
    async with Sandbox.running() as sb:
        assert sb.base_url is not None and sb.base_url.startswith("http://127.0.0.1:")
        assert sb.base_url.endswith("/v2")
        assert len(base64.b64decode(sb.public_key)) == 32
        async with AsyncTelnyx(api_key="k", base_url=sb.base_url) as client:
            call = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)
        await sb.wait_for_event("call.answered", call_control_id=call.data.call_control_id, timeout=5)
    assert sb.base_url is None


async def test_flows_with_receiver_that_fails_once_keep_order() -> None:
    async with running_with_receiver(fail_first=1) as (sb, receiver):
        assert sb.base_url is not None
        async with AsyncTelnyx(api_key="k", base_url=sb.base_url) as client:
            call = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)
            cid = call.data.call_control_id
            await receiver.wait_for("call.answered", cid)
        assert receiver.types(cid) == ["call.initiated", "call.answered"]
        first = receiver.find("call.initiated", cid)
        assert first.meta.attempt == 2
        assert receiver.find("call.answered", cid).meta.attempt == 1


async def test_playback_stop_ends_the_audio_and_clears_the_queue(env: Env) -> None:
    sb, receiver, client = env
    sb.config.media_duration = 5.0
    cid = (await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)).data.call_control_id
    await receiver.wait_for("call.answered", cid)
    await client.calls.actions.start_playback(cid, audio_url="https://example.com/1.mp3")
    await client.calls.actions.start_playback(cid, audio_url="https://example.com/2.mp3")
    await receiver.wait_for("call.playback.started", cid)
    await client.calls.actions.stop_playback(cid)  # stop defaults to "all"
    ended = await receiver.wait_for("call.playback.ended", cid)
    assert payload_of(ended)["status"] == "cancelled"
    sb.config.media_duration = 0.01
    await client.calls.actions.speak(cid, payload="next", voice="female")
    await receiver.wait_for("call.speak.ended", cid)
    assert receiver.types(cid).count("call.playback.started") == 1  # the queued file never played


async def test_streaming_siprec_transcription_ai_and_machine_detection_events(env: Env) -> None:
    """The started/stopped/failed events of the services a call runs, each parsed into its generated class."""
    sb, receiver, client = env
    dialled = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE, answering_machine_detection="detect")
    cid = dialled.data.call_control_id
    await receiver.wait_for("call.answered", cid)
    detected = await receiver.wait_for("call.machine.detection.ended", cid)
    assert payload_of(detected)["result"] == "human"

    await client.calls.actions.start_streaming(cid, stream_url="wss://media.example.com/stream")
    await client.calls.actions.stop_streaming(cid)
    await client.calls.actions.start_streaming(cid, stream_url="https://not-a-socket.example.com")
    failed = await receiver.wait_for("streaming.failed", cid)
    assert "ws://" in payload_of(failed)["failure_reason"]
    await client.calls.actions.start_streaming(cid, stream_url="wss://media.example.com/second")  # the hangup stops it

    await client.calls.actions.start_siprec(cid)  # no connector: nowhere to record to
    assert "connector_name" in payload_of(await receiver.wait_for("siprec.failed", cid))["failure_cause"]
    await client.calls.actions.start_siprec(cid, connector_name="recorder")
    await client.calls.actions.stop_siprec(cid)
    await client.calls.actions.start_siprec(cid, connector_name="recorder")  # the hangup stops it

    await client.calls.actions.start_transcription(cid, transcription_tracks="both")
    await client.calls.actions.speak(cid, payload="Transcribe me", voice="female")
    transcribed = await receiver.wait_for("call.transcription", cid)
    assert payload_of(transcribed)["transcription_data"]["transcript"] == "Transcribe me"

    started = await client.calls.actions.start_ai_assistant(cid, greeting="Hi")
    conversation_id = str(started.data.conversation_id)
    parameters = {"type": "object", "properties": {"age": {"type": "integer"}, "city": {"type": "string"}}}
    await client.calls.actions.gather_using_ai(cid, parameters=parameters, greeting="How old are you?")
    ai_gathered = await receiver.wait_for("call.ai_gather.ended", cid)
    assert payload_of(ai_gathered)["status"] == "valid"
    assert set(payload_of(ai_gathered)["result"]) == {"age", "city"}

    await client.calls.actions.hangup(cid)
    await receiver.wait_for("call.hangup", cid)
    conversation = await receiver.wait_for("call.conversation.ended", cid)
    assert payload_of(conversation)["conversation_id"] == conversation_id
    assert payload_of(conversation)["reason"] == "call_hangup"
    types = receiver.types(cid)
    assert types.count("streaming.started") == 2 and types.count("streaming.stopped") == 2
    assert types.count("siprec.started") == 2 and types.count("siprec.stopped") == 2
    stopped = [e for e in receiver.events if e.data.event_type == "siprec.stopped"]
    assert [payload_of(e)["hangup_cause"] for e in stopped] == ["normal_clearing", "normal_clearing"]
    # what runs beside the media stops before the call.hangup
    assert types.index("streaming.stopped", types.index("streaming.failed")) < types.index("call.hangup")

    premium = await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE, answering_machine_detection="premium")
    detected = await receiver.wait_for("call.machine.premium.detection.ended", premium.data.call_control_id)
    assert payload_of(detected)["result"] == "human_residence"

    for event in receiver.events:
        assert type(event).__name__ == EVENT_CLASSES[event.data.event_type][1], event.data.event_type
    assert await sb.drain()
    assert receiver.verify_all() == len(sb.events)


async def test_command_answers_carry_the_ids_their_response_schema_declares(env: Env) -> None:
    _sb, receiver, client = env
    cid = (await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)).data.call_control_id
    await receiver.wait_for("call.answered", cid)
    relay = await client.calls.actions.start_conversation_relay(cid, conversation_relay_url="wss://relay.example.com")
    assert uuid.UUID(str(relay.data.conversation_relay_id))
    conversation_id = str(uuid.uuid4())
    joined = await client.calls.actions.join_ai_assistant(
        cid, conversation_id=conversation_id, participant={"id": "v3:other", "role": "user"}
    )
    assert str(joined.data.conversation_id) == conversation_id
    spoken = await client.calls.actions.speak(cid, payload="hi", voice="female")
    assert spoken.data.to_dict() == {"result": "ok"}
