"""Every conference and recording operation answers with its documented schema; every event it causes
follows its webhook schema and parses into its generated class."""

from __future__ import annotations

from telnyx_voice_sandbox._validation import endpoints

from tests.sandbox.test_schemas import Tour, tour
from tests.support.sandbox import SpecSchemas, check_events

__all__ = ["tour"]  # the fixture, shared with test_schemas

TOURED_PATHS = ("/conferences", "/recordings", "/recording_transcriptions")
TOURED = {op for op, spec in endpoints().items() if spec.operation.path.startswith(TOURED_PATHS)}


async def _conference_tour(tour: Tour) -> None:
    """Every conference operation, on a conference of three calls, then on its recording."""
    sandbox = tour.sandbox
    host, guest, third = [await tour.answered_call(to=to) for to in ("+15550002001", "+15550002002", "+15550002003")]
    conference = (await tour.run("CreateConference", call_control_id=host, name="tour", client_state="dG91cg=="))[
        "data"
    ]
    path = {"id": conference["id"]}
    await tour.run("JoinConference", path, call_control_id=guest, mute=True)
    await tour.run("JoinConference", path, call_control_id=third, supervisor_role="whisper")
    for operation_id in ("MuteConferenceParticipants", "UnmuteConferenceParticipants", "HoldConferenceParticipants"):
        await tour.run(operation_id, path)
    await tour.run("UnholdConferenceParticipants", path, call_control_ids=[guest, third])
    await tour.run("StartConferenceRecording", path, format="wav")
    await tour.run("PauseConferenceRecording", path)
    await tour.run("ResumeConferenceRecording", path)
    await tour.run("PlayConferenceAudio", path, audio_url="https://example.com/a.mp3")
    await tour.run("CreateMediaStorage", media_name="greeting", media_url="data:audio/wav;base64,UklGRg==")
    await tour.run("PlayConferenceAudio", path, media_name="greeting", call_control_ids=[guest])
    await tour.run("SpeakTextToConference", path)
    await tour.run("SpeakTextToConference", path, call_control_ids=[third])
    await tour.run("StopConferenceAudio", path)
    await tour.run("ConferenceSendDTMF", path)
    sandbox.script_digits("12#", call_control_id=guest)
    await tour.run("ConferenceGatherUsingAudio", path, call_control_id=guest, audio_url="https://example.com/p.mp3")
    await sandbox.wait_for_event("call.gather.ended", call_control_id=guest)
    await tour.run("UpdateConference", path, call_control_id=third, supervisor_role="barge")
    await tour.run("ListConferences")
    await tour.run("RetrieveConference", path)
    await tour.run("ListConferenceParticipants", {"conference_id": conference["id"]})
    participant = {**path, "participant_id": guest}
    await tour.run("RetrieveConferenceParticipant", participant)
    await tour.run("UpdateConferenceParticipant", participant, end_conference_on_exit=False)
    await tour.run("StopConferenceRecording", path)
    await tour.run("LeaveConference", path, call_control_id=third)
    await tour.run("EndConference", path)
    await tour.run("RetrieveConference", path)


async def _recordings_tour(tour: Tour) -> None:
    call = await tour.answered_call(to="+15550002004")
    await tour.run("StartCallRecord", {"call_control_id": call}, format="mp3", channels="single", transcription=True)
    await tour.run("StopCallRecording", {"call_control_id": call})
    saved = await tour.sandbox.wait_for_event("call.recording.transcription.saved", call_control_id=call)
    recording_id = saved["data"]["payload"]["recording_id"]
    transcription_id = saved["data"]["payload"]["recording_transcription_id"]
    await tour.run("GetRecordings")
    await tour.run("GetRecording", {"recording_id": recording_id})
    await tour.run("getRecordingTranscriptions")
    await tour.run("getRecordingTranscription", {"recording_transcription_id": transcription_id})
    await tour.run("deleteRecordingTranscription", {"recording_transcription_id": transcription_id})
    await tour.run("DeleteRecording", {"recording_id": recording_id})
    others = [r["id"] for r in (await tour.run("GetRecordings"))["data"]]
    await tour.run("DeleteRecordings", ids=others)


async def test_every_conference_and_recording_operation_answers_with_its_documented_schema(tour: Tour) -> None:
    await _conference_tour(tour)
    await _recordings_tour(tour)
    assert tour.done >= TOURED
    assert len(TOURED) == 30  # 23 conference operations, 4 of recordings, 3 of recording transcriptions


async def test_every_conference_and_recording_event_follows_its_schema_and_class(
    tour: Tour, schemas: SpecSchemas
) -> None:
    sandbox = tour.sandbox
    await _conference_tour(tour)
    await _recordings_tour(tour)
    seen = check_events(sandbox.events, schemas)
    assert seen >= {
        "conference.created",
        "conference.participant.joined",
        "conference.participant.left",
        "conference.floor.changed",
        "conference.playback.started",
        "conference.playback.ended",
        "conference.participant.playback.started",
        "conference.participant.playback.ended",
        "conference.speak.started",
        "conference.speak.ended",
        "conference.participant.speak.started",
        "conference.participant.speak.ended",
        "conference.recording.saved",
        "conference.ended",
        "call.recording.saved",
        "call.recording.transcription.saved",
    }


async def test_conference_and_recording_errors_follow_their_documented_schemas(
    tour: Tour, schemas: SpecSchemas
) -> None:
    host = await tour.answered_call(to="+15550002001")
    conference = (await tour.run("CreateConference", call_control_id=host, name="errors"))["data"]
    path = f"/conferences/{conference['id']}"
    answers = [
        (
            "POST",
            "/conferences/{id}/actions/leave",
            await tour.http.post(f"{path}/actions/leave", json={"call_control_id": "v3:x"}),
        ),
        (
            "POST",
            "/conferences/{id}/actions/mute",
            await tour.http.post(f"{path}/actions/mute", json={"call_control_ids": ["v3:x"]}),
        ),
        ("GET", "/conferences/{id}", await tour.http.get("/conferences/00000000-0000-0000-0000-000000000000")),
        ("GET", "/recordings/{recording_id}", await tour.http.get("/recordings/nothing")),
        ("DELETE", "/recordings/{recording_id}", await tour.http.delete("/recordings/nothing")),
    ]
    await tour.http.post(f"{path}/actions/end", json={})
    ended = await tour.http.post(f"{path}/actions/mute", json={})
    answers.append(("POST", "/conferences/{id}/actions/mute", ended))
    assert [answer.status_code for _, _, answer in answers] == [422, 422, 404, 404, 404, 422]
    for method, template, answer in answers:
        schemas.check_response(method, template, answer.status_code, answer.json())
