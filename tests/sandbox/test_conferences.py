"""Conferences and recordings through the generated client against the sandbox, events received as webhooks."""

from __future__ import annotations

import base64

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, NotFoundError, UnprocessableEntityError
from telnyx_voice_sandbox import Sandbox
from telnyx_voice_sandbox import _conferences as conferences

from tests.support.sandbox import CALLER, CapturingReceiver, payload_of

Env = tuple[Sandbox, CapturingReceiver, AsyncTelnyx]
CONFERENCE_EVENTS = ("conference.", "call.hangup", "call.recording")


def _state(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


async def _answered(client: AsyncTelnyx, receiver: CapturingReceiver, to: str) -> str:
    call = await client.calls.dial(connection_id="conf", from_=CALLER, to=to)
    call_control_id = call.data.call_control_id
    await receiver.wait_for("call.answered", call_control_id)
    return call_control_id


def _timeline(sb: Sandbox, legs: dict[str, str]) -> list[tuple[str, str]]:
    """(event type, leg name or "conference") of the conference's events, in the order they were emitted."""
    names = {cid: name for name, cid in legs.items()}
    found = []
    for envelope in sb.events:
        event_type = envelope["data"]["event_type"]
        if event_type.startswith(CONFERENCE_EVENTS):
            found.append((event_type, names.get(envelope["data"]["payload"].get("call_control_id"), "conference")))
    return found


async def test_three_party_conference_flow(env: Env) -> None:
    sb, receiver, client = env
    legs = {
        name: await _answered(client, receiver, to)
        for name, to in [("a", "+15550002001"), ("b", "+15550002002"), ("c", "+15550002003")]
    }
    created = await client.conferences.create(call_control_id=legs["a"], name="standup", client_state=_state("host"))
    conference_id = created.data.id
    assert (created.data.name, created.data.status) == ("standup", "in_progress")
    await client.conferences.actions.join(conference_id, call_control_id=legs["b"])
    await client.conferences.actions.join(conference_id, call_control_id=legs["c"], client_state=_state("guest"))
    await client.conferences.actions.mute(conference_id, call_control_ids=[legs["b"]])
    await client.conferences.actions.record_start(conference_id, format="mp3")
    await client.conferences.actions.speak(conference_id, payload="Welcome", voice="female")
    await receiver.wait_for("conference.speak.ended")
    await client.conferences.actions.record_stop(conference_id)
    saved = await receiver.wait_for("conference.recording.saved")
    await client.conferences.actions.leave(conference_id, call_control_id=legs["c"])
    await receiver.wait_for("conference.participant.left", legs["c"])

    participants = await client.conferences.list_participants(conference_id)
    by_call = {p.call_control_id: p for p in participants.data}
    assert (by_call[legs["b"]].muted, by_call[legs["c"]].status) == (True, "left")
    assert (await client.conferences.retrieve(conference_id)).data.status == "in_progress"

    await client.conferences.actions.end_conference(conference_id)
    ended = await receiver.wait_for("conference.ended")
    assert await sb.drain()
    assert payload_of(ended)["reason"] == "all_left"
    assert _timeline(sb, legs) == [
        ("conference.created", "a"),
        ("conference.participant.joined", "a"),
        ("conference.floor.changed", "a"),
        ("conference.participant.joined", "b"),
        ("conference.participant.joined", "c"),
        ("conference.speak.started", "conference"),
        ("conference.speak.ended", "conference"),
        ("conference.recording.saved", "a"),
        ("conference.participant.left", "c"),
        ("conference.participant.left", "a"),
        ("call.hangup", "a"),
        ("conference.participant.left", "b"),
        ("call.hangup", "b"),
        ("conference.ended", "a"),
    ]
    # client_state: as on calls, what the create or join set is carried by that call's later events
    assert payload_of(receiver.find("conference.participant.joined", legs["c"]))["client_state"] == _state("guest")
    assert payload_of(ended)["client_state"] == _state("host")
    assert receiver.find("call.hangup", legs["c"]) is None  # it left before the end: still up
    finished = await client.conferences.retrieve(conference_id)
    assert (finished.data.status, finished.data.end_reason) == ("completed", "ended_via_api")

    recording_id = payload_of(saved)["recording_id"]
    recording = (await client.recordings.retrieve(recording_id)).data
    assert (recording.source, recording.conference_id) == ("conference", conference_id)
    assert [r.id for r in (await client.recordings.list(filter={"conference_id": conference_id})).data] == [
        recording_id
    ]
    url = payload_of(saved)["recording_urls"]["mp3"]
    assert url == recording.download_urls.mp3
    async with httpx.AsyncClient() as http:
        audio = await http.get(url)
    assert audio.status_code == 200
    assert audio.headers["content-type"] == "audio/mpeg"
    assert audio.content.startswith(b"ID3")


async def test_the_floor_passes_when_its_holder_is_muted_or_leaves(env: Env) -> None:
    sb, receiver, client = env
    a, b = await _answered(client, receiver, "+15550002001"), await _answered(client, receiver, "+15550002002")
    conference_id = (await client.conferences.create(call_control_id=a, name="floor")).data.id
    await client.conferences.actions.join(conference_id, call_control_id=b)
    await client.conferences.actions.mute(conference_id, call_control_ids=[a])
    await receiver.wait_for("conference.floor.changed", b)
    await client.conferences.actions.unmute(conference_id)
    await client.calls.actions.hangup(b)  # a call hanging up leaves its conference
    await receiver.wait_for("conference.participant.left", b)
    await client.conferences.actions.leave(conference_id, call_control_id=a)
    ended = await receiver.wait_for("conference.ended")
    assert await sb.drain()
    assert payload_of(ended)["reason"] == "all_left"
    floors = [
        e["data"]["payload"]["call_control_id"] for e in sb.events if e["data"]["event_type"].endswith(".floor.changed")
    ]
    assert floors == [a, b, a]
    assert (await client.calls.retrieve_status(a)).data.is_alive is True  # leaving does not hang up


async def test_a_host_ending_the_conference_on_exit_hangs_up_the_others(env: Env) -> None:
    _sb, receiver, client = env
    host, guest = await _answered(client, receiver, "+15550002001"), await _answered(client, receiver, "+15550002002")
    conference_id = (await client.conferences.create(call_control_id=guest, name="hosted")).data.id
    await client.conferences.actions.join(conference_id, call_control_id=host, end_conference_on_exit=True)
    await client.conferences.actions.play(conference_id, audio_url="https://example.com/hold.mp3", loop="infinity")
    await receiver.wait_for("conference.playback.started")
    await client.calls.actions.hangup(host)
    ended = await receiver.wait_for("conference.ended")
    await receiver.wait_for("call.hangup", guest)
    assert payload_of(ended)["reason"] == "host_left"
    playback_ended = await receiver.wait_for("conference.playback.ended")
    assert payload_of(playback_ended)["media_url"] == "https://example.com/hold.mp3"


async def test_commands_on_an_ended_conference_or_a_non_participant_are_422(env: Env) -> None:
    _sb, receiver, client = env
    a, outsider = await _answered(client, receiver, "+15550002001"), await _answered(client, receiver, "+15550002002")
    conference_id = (await client.conferences.create(call_control_id=a, name="strict")).data.id

    with pytest.raises(UnprocessableEntityError) as leaving:
        await client.conferences.actions.leave(conference_id, call_control_id=outsider)
    entry = leaving.value.errors[0]
    assert (entry.code, entry.source) == ("90023", {"pointer": "/call_control_id"})
    with pytest.raises(UnprocessableEntityError) as muting:
        await client.conferences.actions.mute(conference_id, call_control_ids=[a, outsider])
    assert muting.value.errors[0].source == {"pointer": "/call_control_ids/1"}
    with pytest.raises(UnprocessableEntityError) as creating:  # a call takes part in one conference at a time
        await client.conferences.create(call_control_id=a, name="second")
    assert creating.value.errors[0].code == "90024"

    await client.conferences.actions.end_conference(conference_id)
    for command in (
        client.conferences.actions.join(conference_id, call_control_id=outsider),
        client.conferences.actions.speak(conference_id, payload="late", voice="female"),
        client.conferences.actions.end_conference(conference_id),
    ):
        with pytest.raises(UnprocessableEntityError) as ended:
            await command
        assert ended.value.errors[0].code == "90019"


async def test_call_recording_is_listed_downloadable_and_deletable(env: Env) -> None:
    _sb, receiver, client = env
    call_control_id = await _answered(client, receiver, "+15550002001")
    await client.calls.actions.start_recording(call_control_id, channels="dual", format="wav", transcription=True)
    await client.calls.actions.stop_recording(call_control_id)
    saved = await receiver.wait_for("call.recording.saved", call_control_id)
    transcribed = await receiver.wait_for("call.recording.transcription.saved", call_control_id)
    recording_id = payload_of(saved)["recording_id"]
    assert payload_of(transcribed)["recording_id"] == recording_id

    listed = await client.recordings.list(filter={"call_control_id": call_control_id})
    assert [(r.id, r.source, r.channels) for r in listed.data] == [(recording_id, "call", "dual")]
    url = payload_of(saved)["recording_urls"]["wav"]
    async with httpx.AsyncClient() as http:
        audio = await http.get(url)
        assert (audio.status_code, audio.content[:4], audio.content[8:12]) == (200, b"RIFF", b"WAVE")

        transcriptions = await client.recording_transcriptions.list(filter={"recording_id": recording_id})
        [transcription] = transcriptions.data
        assert transcription.id == payload_of(transcribed)["recording_transcription_id"]
        assert (await client.recording_transcriptions.retrieve(transcription.id)).data.status == "completed"
        await client.recording_transcriptions.delete(transcription.id)
        assert (await client.recording_transcriptions.list()).data == []

        await client.recordings.delete(recording_id)
        assert (await client.recordings.list()).data == []
        assert (await http.get(url)).status_code == 404


async def test_recordings_delete_many_is_all_or_nothing(env: Env) -> None:
    _sb, receiver, client = env
    ids = []
    for to in ("+15550002001", "+15550002002"):
        call_control_id = await _answered(client, receiver, to)
        await client.calls.actions.start_recording(call_control_id, channels="single", format="mp3")
        await client.calls.actions.hangup(call_control_id)  # the recording is saved at hangup
        ids.append(payload_of(await receiver.wait_for("call.recording.saved", call_control_id))["recording_id"])
    with pytest.raises(NotFoundError):
        await client.recordings.actions.delete(ids=[ids[0], "00000000-0000-0000-0000-000000000000"])
    assert len((await client.recordings.list()).data) == 2
    await client.recordings.actions.delete(ids=ids)
    assert (await client.recordings.list()).data == []


async def test_a_conference_not_started_on_create_holds_everyone_until_one_starts_it(env: Env) -> None:
    _sb, receiver, client = env
    a, b, c = [await _answered(client, receiver, to) for to in ("+15550002001", "+15550002002", "+15550002003")]
    created = await client.conferences.create(call_control_id=a, name="later", start_conference_on_create=False)
    conference_id = created.data.id
    assert created.data.status == "init"
    await client.conferences.actions.join(conference_id, call_control_id=b)

    async def holds() -> dict[str, bool]:
        listed = await client.conferences.list_participants(conference_id)
        return {p.call_control_id: p.on_hold for p in listed.data}

    assert await holds() == {a: True, b: True}
    await client.conferences.actions.join(conference_id, call_control_id=c, start_conference_on_enter=True)
    assert await holds() == {a: False, b: False, c: False}
    assert (await client.conferences.retrieve(conference_id)).data.status == "in_progress"
    await client.conferences.actions.hold(conference_id, call_control_ids=[b])
    assert (await client.conferences.list_participants(conference_id, filter={"on_hold": True})).data[
        0
    ].call_control_id == b
    await client.conferences.actions.unhold(conference_id, call_control_ids=[b])
    assert (await client.conferences.list_participants(conference_id, filter={"on_hold": True})).data == []


async def test_participant_settings_and_supervisor_role(env: Env) -> None:
    sb, receiver, client = env
    a, b = await _answered(client, receiver, "+15550002001"), await _answered(client, receiver, "+15550002002")
    conference_id = (await client.conferences.create(call_control_id=a, name="coach")).data.id
    await client.conferences.actions.join(conference_id, call_control_id=b)
    participant = (await client.conferences.retrieve_participant(b, id=conference_id)).data
    updated = await client.conferences.update_participant(participant.id, id=conference_id, end_conference_on_exit=True)
    assert updated.data.end_conference_on_exit is True
    await client.conferences.actions.update(
        conference_id, call_control_id=b, supervisor_role="whisper", whisper_call_control_ids=[a]
    )
    whispering = await client.conferences.list_participants(conference_id, filter={"whispering": True})
    assert [(p.call_control_id, p.whisper_call_control_ids) for p in whispering.data] == [(b, [a])]
    await client.conferences.actions.update(conference_id, call_control_id=a, supervisor_role="monitor")
    floor = await receiver.wait_for("conference.floor.changed", b)  # a monitor listens: the floor passes
    assert payload_of(floor)["conference_id"] == conference_id
    with pytest.raises(UnprocessableEntityError) as whisper_to_outsider:
        await client.conferences.actions.update(
            conference_id, call_control_id=b, supervisor_role="whisper", whisper_call_control_ids=["v3:nobody"]
        )
    assert whisper_to_outsider.value.errors[0].source == {"pointer": "/whisper_call_control_ids/0"}
    await client.calls.actions.hangup(b)  # b ends the conference on exit: a is hung up too
    await receiver.wait_for("call.hangup", a)
    assert payload_of(await receiver.wait_for("conference.ended"))["reason"] == "host_left"
    assert sb.call_status(a)["is_alive"] is False


async def test_a_conference_ends_when_its_duration_is_up(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conferences, "SECONDS_PER_MINUTE", 0.01)
    _sb, receiver, client = env
    a = await _answered(client, receiver, "+15550002001")
    created = await client.conferences.create(call_control_id=a, name="short", duration_minutes=2)
    assert created.data.expires_at > created.data.created_at
    ended = await receiver.wait_for("conference.ended")
    assert payload_of(ended)["reason"] == "time_exceeded"
    await receiver.wait_for("call.hangup", a)
    assert (await client.conferences.retrieve(created.data.id)).data.end_reason == "time_exceeded"


async def test_a_gather_on_a_participant_runs_on_its_call(env: Env) -> None:
    sb, receiver, client = env
    a = await _answered(client, receiver, "+15550002001")
    conference_id = (await client.conferences.create(call_control_id=a, name="ivr")).data.id
    sb.script_digits("42#", call_control_id=a)
    await client.conferences.actions.gather_dtmf_audio(
        conference_id, call_control_id=a, audio_url="https://example.com/prompt.mp3", client_state=_state("pin")
    )
    gathered = await receiver.wait_for("call.gather.ended", a)
    assert (payload_of(gathered)["digits"], payload_of(gathered)["client_state"]) == ("42", _state("pin"))
    prompt = [t for t in receiver.types(a) if t.startswith(("call.playback", "call.dtmf"))]
    assert prompt == ["call.playback.started", "call.playback.ended", *["call.dtmf.received"] * 3]


async def test_a_full_conference_refuses_a_join_and_leaves_the_call_as_it_was(env: Env) -> None:
    sb, receiver, client = env
    a, b = await _answered(client, receiver, "+15550002001"), await _answered(client, receiver, "+15550002002")
    conference_id = (await client.conferences.create(call_control_id=a, name="duo", max_participants=1)).data.id
    with pytest.raises(UnprocessableEntityError) as full:
        await client.conferences.actions.join(conference_id, call_control_id=b, client_state=_state("refused"))
    assert full.value.errors[0].code == "90025"
    assert "client_state" not in sb.call_status(b)
    with pytest.raises(NotFoundError):
        await client.conferences.actions.join("no-such-conference", call_control_id=b)


async def test_a_repeated_command_id_is_answered_again_without_running_twice(env: Env) -> None:
    sb, receiver, client = env
    a, b = await _answered(client, receiver, "+15550002001"), await _answered(client, receiver, "+15550002002")
    first = await client.conferences.create(call_control_id=a, name="once", command_id="create-1")
    again = await client.conferences.create(call_control_id=a, name="once", command_id="create-1")
    assert again.data.id == first.data.id
    conference_id = first.data.id
    for _ in range(2):
        await client.conferences.actions.join(conference_id, call_control_id=b, command_id="join-1")
        await client.conferences.actions.end_conference(conference_id, command_id="end-1")
    with pytest.raises(UnprocessableEntityError):
        await client.conferences.actions.end_conference(conference_id, command_id="end-2")
    types = [e["data"]["event_type"] for e in sb.events]
    assert (types.count("conference.created"), types.count("conference.participant.joined")) == (1, 2)
    assert types.count("conference.ended") == 1
