# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class RecordingResponseData(BaseModel):
    """
    Attributes:
        call_control_id (str | None): Unique identifier and token for controlling the call. Example:
            v3:e-31OnvjEM7Y4wvxr3TKNk8M3QyLcGZPiUIzCGtwQtOtEjY-B0urkw.
        call_leg_id (str | None): ID unique to the call leg (used to correlate webhook events). Example:
            84a97d76-e40f-11ed-9074-02420a0daa69.
        call_session_id (str | None): ID that is unique to the call session and can be used to correlate webhook events.
            Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call. Example: 84a97d76-e40f-11ed-9074-02420a0daa69.
        channels (Literal["dual", "single"] | None): When `dual`, the final audio file has the first leg on channel A,
            and the rest on channel B. Example: dual.
        conference_id (str | None): Uniquely identifies the conference. Example: 84a97d76-e40f-11ed-9074-02420a0daa69.
        connection_id (str | None): Identifies the Telnyx application (Call Control, TeXML) or SIP connection resource
            associated with this recording. Example: 175237942907135762.
        created_at (str | None): ISO 8601 formatted date indicating when the resource was created. Example:
            2018-02-02T22:25:27.521Z.
        download_urls (RecordingResponseDataDownloadUrls | None): Links to download the recording files.
        duration_millis (int | None): The duration of the recording in milliseconds. Example: 60000.
        from_ (str | None): The `from` (caller) number for the call that generated this recording. Example:
            +15551234567.
        id (str | None): Uniquely identifies the recording. Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
        initiated_by (str | None): Indicates what triggered the recording. Possible values include `DialVerb`,
            `Conference`, `OutboundAPI`, `Trunking`, `RecordVerb`, `StartCallRecordingAPI`, `StartConferenceRecordingAPI`.
            Example: StartCallRecordingAPI.
        record_type (Literal["recording"] | None):  Example: recording.
        recording_ended_at (str | None): ISO 8601 formatted date of when the recording ended. Example:
            2019-01-23T18:10:02.574Z.
        recording_started_at (str | None): ISO 8601 formatted date of when the recording started. Example:
            2019-01-23T18:10:02.574Z.
        source (Literal["call", "conference"] | None): The kind of event that led to this recording being created.
            Example: conference.
        status (Literal["completed"] | None): The status of the recording. Only `completed` recordings are currently
            supported. Example: completed.
        to (str | None): The `to` (callee) number for the call that generated this recording. Example: +15557654321.
        updated_at (str | None): ISO 8601 formatted date indicating when the resource was updated. Example:
            2018-02-02T22:25:27.521Z.
    """

    call_control_id: str | None = None
    call_leg_id: str | None = None
    call_session_id: str | None = None
    channels: Literal["dual", "single"] | None = None
    conference_id: str | None = None
    connection_id: str | None = None
    created_at: str | None = None
    download_urls: RecordingResponseDataDownloadUrls | None = None
    duration_millis: int | None = None
    from_: str | None = None
    id: str | None = None
    initiated_by: str | None = None
    record_type: Literal["recording"] | None = None
    recording_ended_at: str | None = None
    recording_started_at: str | None = None
    source: Literal["call", "conference"] | None = None
    status: Literal["completed"] | None = None
    to: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", False),
        ("call_leg_id", "call_leg_id", False),
        ("call_session_id", "call_session_id", False),
        ("channels", "channels", False),
        ("conference_id", "conference_id", False),
        ("connection_id", "connection_id", False),
        ("created_at", "created_at", False),
        ("download_urls", "download_urls", False),
        ("duration_millis", "duration_millis", False),
        ("from_", "from", False),
        ("id", "id", False),
        ("initiated_by", "initiated_by", False),
        ("record_type", "record_type", False),
        ("recording_ended_at", "recording_ended_at", False),
        ("recording_started_at", "recording_started_at", False),
        ("source", "source", False),
        ("status", "status", False),
        ("to", "to", False),
        ("updated_at", "updated_at", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str | Unset | None = UNSET,
        call_leg_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
        channels: Literal["dual", "single"] | Unset | None = UNSET,
        conference_id: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        created_at: str | Unset | None = UNSET,
        download_urls: RecordingResponseDataDownloadUrls | Unset | None = UNSET,
        duration_millis: int | Unset | None = UNSET,
        from_: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        initiated_by: str | Unset | None = UNSET,
        record_type: Literal["recording"] | Unset | None = UNSET,
        recording_ended_at: str | Unset | None = UNSET,
        recording_started_at: str | Unset | None = UNSET,
        source: Literal["call", "conference"] | Unset | None = UNSET,
        status: Literal["completed"] | Unset | None = UNSET,
        to: str | Unset | None = UNSET,
        updated_at: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "channels", d.pop("channels", None))
        _set(self, "conference_id", d.pop("conference_id", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        _set(self, "created_at", d.pop("created_at", None))
        v = d.pop("download_urls", None)
        _set(self, "download_urls", RecordingResponseDataDownloadUrls.from_dict(v) if v.__class__ is dict else v)
        _set(self, "duration_millis", d.pop("duration_millis", None))
        _set(self, "from_", d.pop("from", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "initiated_by", d.pop("initiated_by", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "recording_ended_at", d.pop("recording_ended_at", None))
        _set(self, "recording_started_at", d.pop("recording_started_at", None))
        _set(self, "source", d.pop("source", None))
        _set(self, "status", d.pop("status", None))
        _set(self, "to", d.pop("to", None))
        _set(self, "updated_at", d.pop("updated_at", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, 0),
            ("call_leg_id", str, 0),
            ("call_session_id", str, 0),
            ("channels", str, 0),
            ("conference_id", str, 0),
            ("connection_id", str, 0),
            ("created_at", str, 0),
            ("download_urls", RecordingResponseDataDownloadUrls, 0),
            ("duration_millis", int, 0),
            ("from", str, 0),
            ("id", str, 0),
            ("initiated_by", str, 0),
            ("record_type", str, 0),
            ("recording_ended_at", str, 0),
            ("recording_started_at", str, 0),
            ("source", str, 0),
            ("status", str, 0),
            ("to", str, 0),
            ("updated_at", str, 0),
        )


from ..models.recording_response_data_download_urls import RecordingResponseDataDownloadUrls
