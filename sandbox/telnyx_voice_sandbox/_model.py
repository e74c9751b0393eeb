"""The sandbox's records: calls, recordings, running media, call control applications, the event log."""

from __future__ import annotations

import asyncio
import base64
import datetime
import os
import random
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._responses import Reply

CallState = Literal["ringing", "parked", "answered", "ended"]
"""ringing: an outgoing leg not answered yet; parked: an incoming leg waiting for answer/reject."""

ActivityKind = Literal["speak", "playback", "gather"]
Behaviour = Literal["answer", "no-answer", "busy", "reject"]
BEHAVIOURS: tuple[Behaviour, ...] = ("answer", "no-answer", "busy", "reject")


@dataclass
class SandboxConfig:
    """How the sandbox behaves; mutable while it runs (`sandbox.config`).

    Attributes:
        webhook_url: where events go when neither the call (`webhook_url` of dial, answer or transfer)
            nor its call control application (`webhook_event_url`, found by `connection_id`) says.
            None: events are only recorded and published in-process.
        no_answer: numbers (`to` of dial or transfer) that never answer: the leg ends with a
            `call.hangup` whose hangup_cause is `timeout`.
        answer_delay: seconds an outgoing leg rings before it answers (or times out).
        media_duration: seconds a speak, a playback or a gather prompt lasts.
        dtmf_interval: seconds between scripted digits.
        delivery_attempts: webhook attempts per event (1 = no retry).
        retry_backoff: seconds before the first retry; doubles for each further one.
        delivery_timeout: seconds a webhook receiver has to answer one attempt.
        max_ended_calls: ended calls kept for `GET /calls/{id}` and command replies; the oldest are
            forgotten first (live calls are always kept).
        max_events: events kept (`sandbox.events`, `GET /sandbox/events`), and likewise records of
            `GET /call_events` and webhook attempts (`sandbox.deliveries`); the oldest are dropped first.
        max_media_count: media files kept by media storage (`media.upload`) at most; one more is refused (422).
        max_media_bytes: bytes of media kept in all; an upload beyond it is refused (422).
    """

    webhook_url: str | None = None
    no_answer: set[str] = field(default_factory=set)
    answer_delay: float = 0.1
    media_duration: float = 0.1
    dtmf_interval: float = 0.02
    delivery_attempts: int = 3
    retry_backoff: float = 0.5
    delivery_timeout: float = 5.0
    max_ended_calls: int = 1_000
    max_events: int = 10_000
    max_media_count: int = 100
    max_media_bytes: int = 64 * 1024 * 1024


@dataclass
class Recording:
    recording_id: str
    started_at: str
    channels: str
    format: str
    paused: bool = False
    transcription: bool = False
    """Whether a recording transcription follows once it is saved (`record_start`'s `transcription`)."""


@dataclass
class Stream:
    """A media stream (`streaming_start`) running on a call until `streaming_stop` or the call ends."""

    stream_id: str
    stream_url: str | None
    track: str


@dataclass
class Activity:
    """Media running on a call (speak, playback, gather): ended with status call_hangup if the call ends."""

    kind: ActivityKind
    task: asyncio.Task[Any] | None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Call:
    """One call leg and everything the sandbox tracks about it."""

    call_control_id: str
    call_leg_id: str
    call_session_id: str
    connection_id: str
    from_: str
    to: str
    direction: Literal["incoming", "outgoing"]
    state: CallState
    start_time: datetime.datetime
    behaviour: Behaviour = "answer"
    client_state: str | None = None
    webhook_url: str | None = None
    answer_time: datetime.datetime | None = None
    end_time: datetime.datetime | None = None
    hangup_cause: str | None = None
    bridged_with: str | None = None
    park_after_unbridge: str | None = None
    bridge_on_answer_with: str | None = None
    record_on_answer: Recording | None = None
    recording: Recording | None = None
    queue: str | None = None
    """The name of the queue the call waits in, if any."""
    conference_id: str | None = None
    """The conference the call takes part in (create or join), until it leaves."""
    forking: bool = False
    transcription_tracks: str | None = None
    """While transcription runs: `inbound`, `outbound` or `both`; None when it does not."""
    ai_conversation_id: str | None = None
    """While an AI assistant runs (`ai_assistant_start`): its conversation id."""
    ai_started: datetime.datetime | None = None
    siprec: bool = False
    streams: dict[str, Stream] = field(default_factory=dict)
    machine_detection: str = "disabled"
    """`answering_machine_detection` of the dial: what runs once the call answers."""
    digits: deque[str] = field(default_factory=deque)
    responses: dict[str, Reply] = field(default_factory=dict)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    activities: list[Activity] = field(default_factory=list)
    media_tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    queued_media: dict[asyncio.Task[Any], str] = field(default_factory=dict)
    custom_headers: list[Any] = field(default_factory=list)
    sip_headers: list[Any] = field(default_factory=list)

    @property
    def alive(self) -> bool:
        return self.state != "ended"

    def base_payload(self) -> dict[str, Any]:
        """The fields every call event's payload starts with."""
        payload: dict[str, Any] = {
            "call_control_id": self.call_control_id,
            "call_leg_id": self.call_leg_id,
            "call_session_id": self.call_session_id,
            "connection_id": self.connection_id,
        }
        if self.client_state is not None:
            payload["client_state"] = self.client_state
        return payload

    def duration(self, now: datetime.datetime) -> int:
        return int(((self.end_time or now) - self.start_time).total_seconds())


@dataclass
class CallEventRecord:
    """One entry of `GET /call_events`: a command the sandbox received or a webhook it emitted."""

    call_leg_id: str
    call_session_id: str
    connection_id: str
    from_: str
    to: str
    timestamp: datetime.datetime
    name: str
    type: Literal["command", "webhook"]
    metadata: dict[str, Any]
    event_id: str | None = None
    failed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "record_type": "call_event",
            "call_leg_id": self.call_leg_id,
            "call_session_id": self.call_session_id,
            "event_timestamp": iso(self.timestamp),
            "name": self.name,
            "type": self.type,
            "metadata": self.metadata,
        }


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def iso(moment: datetime.datetime) -> str:
    """`2018-02-02T22:25:27.521992Z`, as Telnyx writes times."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> datetime.datetime | None:
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def new_call_control_id() -> str:
    """`v3:` and 40 URL-safe base64 characters, like the ids Telnyx hands out."""
    return "v3:" + base64.urlsafe_b64encode(os.urandom(30)).decode()


def new_uuid() -> str:
    return str(uuid.uuid4())


def new_numeric_id() -> str:
    """An int64 id as a string (call control application ids look like `1293384261075731499`)."""
    return str(random.randint(10**18, 2**63 - 1))
