"""Conferences: made from a call, joined and left by calls, ended by the API, a host leaving, time, or the last
participant leaving; their participants; and the resources `GET /conferences...` shows.

Events follow the documented order: `conference.created`, then `conference.participant.joined` for each call
that joins, `conference.floor.changed` whenever the floor passes to another participant (the sandbox gives
it to the earliest joined participant who is neither muted nor on hold, as its simulated callers speak in
turn), `conference.participant.left` for each one leaving, `conference.ended` last. A call that hangs up
leaves its conference. Commands on an ended conference, or naming a call that is not a participant, are
answered 422 as Telnyx does.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from . import _errors as errors
from . import _lifecycle as lifecycle
from . import _queues as queues
from ._model import Call, Recording, iso, new_uuid, now
from ._recordings import RecordingSource, event_urls, save
from ._resources import _paged
from ._responses import Reply
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._dispatch import ResourceRun
    from ._engine import Engine

ConferenceStatus = Literal["init", "in_progress", "completed"]
_DEFAULT_LIFETIME = datetime.timedelta(hours=4)
SECONDS_PER_MINUTE = 60.0
"""How long a minute of `duration_minutes` lasts (tests shorten it)."""


@dataclass
class Participant:
    """A call's place in a conference (kept, with status `left`, once it leaves)."""

    participant_id: str
    call: Call
    created_at: str
    updated_at: str
    status: Literal["joining", "joined", "left"] = "joined"
    muted: bool = False
    on_hold: bool = False
    end_conference_on_exit: bool = False
    soft_end_conference_on_exit: bool = False
    supervisor_role: str = "none"
    whisper_call_control_ids: list[str] = field(default_factory=list)
    beep_enabled: str | None = None

    @property
    def active(self) -> bool:
        return self.status != "left"

    def touch(self) -> None:
        self.updated_at = iso(now())


@dataclass
class ConferenceAudio:
    """Audio playing into a conference (play or speak): to everyone, or to the target participants only."""

    kind: Literal["playback", "speak"]
    targets: list[Call]
    fields: dict[str, Any]
    task: asyncio.Task[Any] | None = None


@dataclass
class Conference:
    """A conference and its participants, in the order they joined."""

    conference_id: str
    name: str
    creator: Call
    created_at: datetime.datetime
    expires_at: datetime.datetime
    region: str | None = None
    max_participants: int | None = None
    status: ConferenceStatus = "in_progress"
    updated_at: datetime.datetime | None = None
    end_reason: str | None = None
    ended_by: Call | None = None
    participants: dict[str, Participant] = field(default_factory=dict)
    """By call_control_id."""
    floor: str | None = None
    """The call_control_id of the participant holding the floor."""
    recording: Recording | None = None
    client_state: str | None = None
    audio: list[ConferenceAudio] = field(default_factory=list)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    responses: dict[str, Reply] = field(default_factory=dict)
    """Answers by `command_id` (with the operation), for repeated commands."""

    @property
    def alive(self) -> bool:
        return self.status != "completed"

    def active(self) -> list[Participant]:
        return [p for p in self.participants.values() if p.active]

    def participant(self, call_control_id: str, pointer: str = "/call_control_id") -> Participant:
        """The active participant of that call; raises 422 when the call does not take part."""
        found = self.participants.get(call_control_id)
        if found is None or not found.active:
            raise not_a_participant(self, call_control_id, pointer)
        return found

    def targets(self, body: Mapping[str, Any]) -> list[Participant]:
        """The participants `call_control_ids` names (each must take part), or all active ones when none."""
        ids = body.get("call_control_ids") or []
        if not ids:
            return self.active()
        return [self.participant(str(cid), f"/call_control_ids/{i}") for i, cid in enumerate(ids)]

    def to_json(self) -> dict[str, Any]:
        """The conference as `GET /conferences/{id}` shows it (`data`)."""
        data: dict[str, Any] = {
            "record_type": "conference",
            "id": self.conference_id,
            "name": self.name,
            "status": self.status,
            "connection_id": self.creator.connection_id,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at or self.created_at),
            "expires_at": iso(self.expires_at),
        }
        if self.region is not None:
            data["region"] = self.region
        if self.end_reason is not None:
            data["end_reason"] = self.end_reason
        if self.ended_by is not None:
            data["ended_by"] = {
                "call_control_id": self.ended_by.call_control_id,
                "call_session_id": self.ended_by.call_session_id,
            }
        return data

    def participant_json(self, participant: Participant) -> dict[str, Any]:
        """A participant as `GET /conferences/{id}/participants...` shows it."""
        return {
            "record_type": "participant",
            "id": participant.participant_id,
            "call_control_id": participant.call.call_control_id,
            "call_leg_id": participant.call.call_leg_id,
            "conference": {"id": self.conference_id, "name": self.name},
            "conference_id": self.conference_id,
            "status": participant.status,
            "muted": participant.muted,
            "on_hold": participant.on_hold,
            "end_conference_on_exit": participant.end_conference_on_exit,
            "soft_end_conference_on_exit": participant.soft_end_conference_on_exit,
            "whisper_call_control_ids": list(participant.whisper_call_control_ids),
            "created_at": participant.created_at,
            "updated_at": participant.updated_at,
        }


def conference_ended(conference: Conference) -> errors.APIError:
    return errors.unprocessable(
        "90019",
        "Conference has already ended",
        f"The conference {conference.conference_id} has ended and can't receive commands.",
    )


def not_a_participant(conference: Conference, call_control_id: str, pointer: str) -> errors.APIError:
    return errors.unprocessable(
        "90023",
        "Call is not a conference participant",
        f"The call {call_control_id} is not a participant of the conference {conference.conference_id}.",
        pointer=pointer,
    )


def find(engine: Engine, conference_id: str) -> Conference:
    """The conference with that id; raises 404 when there is none."""
    conference = engine.conferences.get(conference_id)
    if conference is None:
        raise errors.not_found(f"Conference {conference_id} was not found.")
    return conference


def live(engine: Engine, conference_id: str) -> Conference:
    """The conference with that id, not ended; raises 404 or 422."""
    conference = find(engine, conference_id)
    if not conference.alive:
        raise conference_ended(conference)
    return conference


def joining_call(engine: Engine, body: Mapping[str, Any]) -> Call:
    """The call a create or join names: live, answered and in no conference; else the API's 422."""
    call = engine.find(str(body["call_control_id"]))
    if not call.alive:
        raise errors.call_ended()
    if call.state != "answered":
        raise errors.not_answered()
    if call.conference_id is not None:
        raise errors.unprocessable(
            "90024",
            "Call is already in a conference",
            f"The call is a participant of the conference {call.conference_id}; it must leave it first.",
            pointer="/call_control_id",
        )
    if "client_state" in body:
        call.client_state = body["client_state"]
    return call


def emit_for_call(engine: Engine, conference: Conference, call: Call, event_type: str, **extra: Any) -> None:
    """A participant's event: the call's payload, the conference id and when it happened."""
    payload = {"conference_id": conference.conference_id, "occurred_at": iso(now()), **extra}
    engine.emit(call, event_type, payload)


def emit_for_conference(engine: Engine, conference: Conference, event_type: str, **extra: Any) -> None:
    """A conference-wide event (audio, recording): sent where the creating call's events go."""
    payload = {
        "conference_id": conference.conference_id,
        "connection_id": conference.creator.connection_id,
        "creator_call_session_id": conference.creator.call_session_id,
        "occurred_at": iso(now()),
        **extra,
    }
    engine.emit_payload(conference.creator, event_type, payload)


def once_per_command_id(run: ResourceRun) -> ResourceRun:
    """A conference command that a repeated `command_id` answers again without running twice, as on calls.

    Answers are kept with the conference (with the creating call for `create`), so they go with it.
    """

    def deduplicated(
        engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
    ) -> Reply:
        command_id = body.get("command_id")
        owner = engine.conferences.get(path["id"]) if "id" in path else engine.calls.get(str(body["call_control_id"]))
        if not isinstance(command_id, str) or owner is None:
            return run(engine, endpoint, path, query, body)
        key = f"{endpoint.operation_id} {command_id}"
        if key not in owner.responses:
            owner.responses[key] = run(engine, endpoint, path, query, body)
        return owner.responses[key]

    return deduplicated


@once_per_command_id
def create(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """`POST /conferences`: a conference the creating call joins at once."""
    call = joining_call(engine, body)
    moment = now()
    minutes = body.get("duration_minutes")
    conference = Conference(
        conference_id=new_uuid(),
        name=str(body["name"]),
        creator=call,
        created_at=moment,
        expires_at=moment + (datetime.timedelta(minutes=minutes) if minutes else _DEFAULT_LIFETIME),
        region=body.get("region"),
        max_participants=body.get("max_participants"),
        status="init" if body.get("start_conference_on_create") is False else "in_progress",
        client_state=body.get("client_state"),
    )
    engine.conferences[conference.conference_id] = conference
    emit_for_call(engine, conference, call, "conference.created")
    _add_participant(engine, conference, call, body)
    if minutes:
        spawn(conference, _end_after(engine, conference, minutes * SECONDS_PER_MINUTE))
    return 200, {"data": conference.to_json()}


@once_per_command_id
def join(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """`join`: the call joins (muted, on hold, ... as asked) unless `max_participants` are in already."""
    conference = live(engine, path["id"])
    limit = conference.max_participants
    if limit is not None and len(conference.active()) >= limit:
        raise errors.unprocessable(
            "90025", "Conference is full", f"The conference already has its {limit} participants (max_participants)."
        )
    call = joining_call(engine, body)
    _add_participant(engine, conference, call, body)
    return 200, {"data": {"result": "ok"}}


def _add_participant(engine: Engine, conference: Conference, call: Call, body: Mapping[str, Any]) -> None:
    stamp = iso(now())
    participant = Participant(
        participant_id=new_uuid(),
        call=call,
        created_at=stamp,
        updated_at=stamp,
        muted=bool(body.get("mute")),
        on_hold=bool(body.get("hold")),
        end_conference_on_exit=bool(body.get("end_conference_on_exit")),
        soft_end_conference_on_exit=bool(body.get("soft_end_conference_on_exit")),
        supervisor_role=str(body.get("supervisor_role") or "none"),
        whisper_call_control_ids=[str(i) for i in body.get("whisper_call_control_ids") or []],
        beep_enabled=body.get("beep_enabled"),
    )
    queues.dequeue(engine, call, "bridged")  # a waiting caller taken into a conference leaves its queue
    conference.participants[call.call_control_id] = participant
    call.conference_id = conference.conference_id
    if conference.status == "init":  # participants of a conference not started yet wait on hold
        participant.on_hold = not body.get("start_conference_on_enter")
        if body.get("start_conference_on_enter"):
            conference.status = "in_progress"
            for other in conference.active():
                other.on_hold = False
    emit_for_call(engine, conference, call, "conference.participant.joined")
    pass_floor(engine, conference)


def pass_floor(engine: Engine, conference: Conference) -> None:
    """Give the floor to the earliest joined participant who can speak; `conference.floor.changed` if it moves."""
    speaker = next(
        (p for p in conference.active() if not p.muted and not p.on_hold and p.supervisor_role != "monitor"),
        None,
    )
    holder = speaker.call.call_control_id if speaker is not None else None
    if holder == conference.floor:
        return
    conference.floor = holder
    if speaker is not None:
        emit_for_call(engine, conference, speaker.call, "conference.floor.changed")


@once_per_command_id
def leave(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """The call leaves the conference and stays up (parked, as Telnyx leaves it)."""
    conference = live(engine, path["id"])
    participant = conference.participant(str(body["call_control_id"]))
    remove_participant(engine, conference, participant)
    return 200, {"data": {"result": "ok"}}


def remove_participant(engine: Engine, conference: Conference, participant: Participant) -> None:
    """`conference.participant.left`; then the conference ends if the participant ended it on exit or was the last."""
    participant.status = "left"
    participant.touch()
    participant.call.conference_id = None
    emit_for_call(engine, conference, participant.call, "conference.participant.left")
    if not conference.alive:
        return
    pass_floor(engine, conference)
    if participant.end_conference_on_exit:
        end(engine, conference, "host_left", hang_up=True, ended_by=participant.call)
    elif participant.soft_end_conference_on_exit:
        end(engine, conference, "host_left", hang_up=False, ended_by=participant.call)
    elif not conference.active():
        end(engine, conference, "all_left", hang_up=False)


def call_ended(engine: Engine, call: Call) -> None:
    """A participant's call has ended: it leaves its conference."""
    conference = engine.conferences.get(call.conference_id or "")
    if conference is not None and conference.alive and call.call_control_id in conference.participants:
        remove_participant(engine, conference, conference.participants[call.call_control_id])


def end(
    engine: Engine,
    conference: Conference,
    reason: Literal["all_left", "host_left", "time_exceeded", "ended_via_api"],
    *,
    hang_up: bool,
    ended_by: Call | None = None,
) -> None:
    """End the conference: its audio stops, everyone leaves (hung up if hang_up), the recording is saved,
    then `conference.ended` (whose reason is `all_left` when the API ended it: the event has no other)."""
    conference.status = "completed"
    conference.end_reason = reason
    conference.ended_by = ended_by
    conference.updated_at = now()
    current = asyncio.current_task()
    for task in list(conference.tasks):
        if task is not current:
            task.cancel()
    for audio in list(conference.audio):
        end_audio(engine, conference, audio)
    for participant in conference.active():
        remove_participant(engine, conference, participant)
        if hang_up and participant.call.alive:
            lifecycle.end(engine, participant.call, "normal_clearing", "unknown")
    if conference.recording is not None:
        save_recording(engine, conference)
    event_reason = "all_left" if reason == "ended_via_api" else reason
    emit_for_call(engine, conference, conference.creator, "conference.ended", reason=event_reason)
    _forget_ended(engine)


def _forget_ended(engine: Engine) -> None:
    """Keep at most `config.max_ended_calls` ended conferences (the oldest are forgotten first)."""
    ended = [cid for cid, c in engine.conferences.items() if not c.alive]
    for conference_id in ended[: max(0, len(ended) - max(0, engine.config.max_ended_calls))]:
        del engine.conferences[conference_id]


def spawn(conference: Conference, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    """Run coroutine as a timer of the conference: cancelled when it ends."""
    task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coroutine)
    conference.tasks.add(task)
    task.add_done_callback(conference.tasks.discard)
    return task


async def _end_after(engine: Engine, conference: Conference, seconds: float) -> None:
    await asyncio.sleep(seconds)
    if conference.alive:
        end(engine, conference, "time_exceeded", hang_up=True)


@once_per_command_id
def end_conference(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """`end_conference`: every participant is hung up, then `conference.ended`."""
    end(engine, live(engine, path["id"]), "ended_via_api", hang_up=True)
    return 200, {"data": {"result": "ok"}}


def list_conferences(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    filters = query.get("filter") or {}
    found = [
        c.to_json()
        for c in engine.conferences.values()
        if filters.get("name") in (None, c.name)
        and filters.get("status") in (None, c.status)
        and filters.get("connection_id") in (None, c.creator.connection_id)
    ]
    return 200, _paged(found, query.get("page") or {})


def retrieve(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": find(engine, path["id"]).to_json()}


def list_participants(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """Participants in join order (those who left too, with status `left`), filtered by muted/on_hold/whispering."""
    conference = find(engine, path["conference_id"])
    filters = query.get("filter") or {}
    found = [
        conference.participant_json(p)
        for p in conference.participants.values()
        if filters.get("muted") in (None, p.muted)
        and filters.get("on_hold") in (None, p.on_hold)
        and filters.get("whispering") in (None, p.supervisor_role == "whisper")
    ]
    return 200, _paged(found, query.get("page") or {})


def _participant(conference: Conference, participant_id: str) -> Participant:
    for participant in conference.participants.values():
        if participant_id in (participant.participant_id, participant.call.call_control_id):
            return participant
    raise errors.not_found(f"The conference {conference.conference_id} has no participant {participant_id}.")


def retrieve_participant(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """The participant by its id (or its call's call_control_id)."""
    conference = find(engine, path["id"])
    return 200, {"data": conference.participant_json(_participant(conference, path["participant_id"]))}


def update_participant(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    conference = live(engine, path["id"])
    participant = _participant(conference, path["participant_id"])
    if not participant.active:
        raise not_a_participant(conference, participant.call.call_control_id, "/participant_id")
    for name in ("end_conference_on_exit", "soft_end_conference_on_exit"):
        if name in body:
            setattr(participant, name, bool(body[name]))
    if "beep_enabled" in body:
        participant.beep_enabled = body["beep_enabled"]
    participant.touch()
    return 200, {"data": conference.participant_json(participant)}


def save_recording(engine: Engine, conference: Conference) -> None:
    """Stop the conference's recording: it is filed and `conference.recording.saved` points at it."""
    recording = conference.recording
    assert recording is not None
    conference.recording = None
    resource = save(engine, RecordingSource(conference.creator, conference.conference_id), recording)
    urls = event_urls(resource)
    creator = conference.creator
    extra: dict[str, Any] = {
        "call_control_id": creator.call_control_id,
        "call_session_id": creator.call_session_id,
        "recording_id": resource["id"],
        "channels": recording.channels,
        "format": recording.format,
        "recording_started_at": resource["recording_started_at"],
        "recording_ended_at": resource["recording_ended_at"],
        "recording_urls": urls,
        "public_recording_urls": urls,
    }
    if conference.client_state is not None:
        extra["client_state"] = conference.client_state
    emit_for_conference(engine, conference, "conference.recording.saved", **extra)


def announce_audio(
    engine: Engine, conference: Conference, audio: ConferenceAudio, phase: Literal["started", "ended"]
) -> None:
    name = audio.kind
    """The audio's started or ended events: conference-wide, or one per target participant."""
    if not audio.targets:
        emit_for_conference(engine, conference, f"conference.{name}.{phase}", **audio.fields)
        return
    for call in audio.targets:
        extra = {"creator_call_session_id": conference.creator.call_session_id, **audio.fields}
        emit_for_call(engine, conference, call, f"conference.participant.{name}.{phase}", **extra)


def end_audio(engine: Engine, conference: Conference, audio: ConferenceAudio) -> None:
    """Audio ends (played out, stopped, or the conference ended): its ended events, once."""
    if audio not in conference.audio:
        return
    conference.audio.remove(audio)
    if audio.task is not None and audio.task is not asyncio.current_task():
        audio.task.cancel()
    announce_audio(engine, conference, audio, "ended")
