# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import read_datetime
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallRecordingSavedPayload(BaseModel):
    """
    Attributes:
        call_leg_id (str | None): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | None): ID that is unique to the call session and can be used to correlate webhook events.
            Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        channels (Literal["dual", "single"] | None): Whether recording was recorded in `single` or `dual` channel.
            Example: single.
        client_state (str | None): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | None): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        public_recording_urls (CallRecordingSavedPayloadPublicRecordingUrls | None): Recording URLs in requested format.
            The URL is valid for as long as the file exists. For security purposes, this feature is activated on a per
            request basis.  Please contact customer support with your Account ID to request activation.
        recording_ended_at (datetime.datetime | None): ISO 8601 datetime of when recording ended. Example:
            2018-02-02T22:25:27.521992Z.
        recording_started_at (datetime.datetime | None): ISO 8601 datetime of when recording started. Example:
            2018-02-02T22:20:27.521992Z.
        recording_urls (CallRecordingSavedPayloadRecordingUrls | None): Recording URLs in requested format. These URLs
            are valid for 10 minutes. After 10 minutes, you may retrieve recordings via API using Reports -> Call Recordings
            documentation, or via Mission Control under Reporting -> Recordings.
    """

    call_leg_id: str | None = None
    call_session_id: str | None = None
    channels: Literal["dual", "single"] | None = None
    client_state: str | None = None
    connection_id: str | None = None
    public_recording_urls: CallRecordingSavedPayloadPublicRecordingUrls | None = None
    recording_ended_at: datetime.datetime | None = None
    recording_started_at: datetime.datetime | None = None
    recording_urls: CallRecordingSavedPayloadRecordingUrls | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_leg_id", "call_leg_id", False),
        ("call_session_id", "call_session_id", False),
        ("channels", "channels", False),
        ("client_state", "client_state", False),
        ("connection_id", "connection_id", False),
        ("public_recording_urls", "public_recording_urls", False),
        ("recording_ended_at", "recording_ended_at", False),
        ("recording_started_at", "recording_started_at", False),
        ("recording_urls", "recording_urls", False),
    )

    def __init__(
        self,
        *,
        call_leg_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
        channels: Literal["dual", "single"] | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        public_recording_urls: CallRecordingSavedPayloadPublicRecordingUrls | Unset | None = UNSET,
        recording_ended_at: datetime.datetime | Unset | None = UNSET,
        recording_started_at: datetime.datetime | Unset | None = UNSET,
        recording_urls: CallRecordingSavedPayloadRecordingUrls | Unset | None = UNSET,
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
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "channels", d.pop("channels", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        v = d.pop("public_recording_urls", None)
        _set(
            self,
            "public_recording_urls",
            CallRecordingSavedPayloadPublicRecordingUrls.from_dict(v) if v.__class__ is dict else v,
        )
        v = d.pop("recording_ended_at", None)
        _set(self, "recording_ended_at", read_datetime(v))
        v = d.pop("recording_started_at", None)
        _set(self, "recording_started_at", read_datetime(v))
        v = d.pop("recording_urls", None)
        _set(self, "recording_urls", CallRecordingSavedPayloadRecordingUrls.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_leg_id", str, 0),
            ("call_session_id", str, 0),
            ("channels", str, 0),
            ("client_state", str, 0),
            ("connection_id", str, 0),
            ("public_recording_urls", CallRecordingSavedPayloadPublicRecordingUrls, 0),
            ("recording_ended_at", datetime.datetime.fromisoformat, 0),
            ("recording_started_at", datetime.datetime.fromisoformat, 0),
            ("recording_urls", CallRecordingSavedPayloadRecordingUrls, 0),
        )


from ..models.call_recording_saved_payload_public_recording_urls import CallRecordingSavedPayloadPublicRecordingUrls
from ..models.call_recording_saved_payload_recording_urls import CallRecordingSavedPayloadRecordingUrls
