from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class RecordingTranscriptionsResponseData(BaseModel):
    """
    Attributes:
        created_at (str | None): ISO 8601 formatted date indicating when the resource was created. Example:
            2018-02-02T22:25:27.521Z.
        duration_millis (int | None): The duration of the recording transcription in milliseconds. Example: 60000.
        id (str | None): Uniquely identifies the recording transcription. Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
        record_type (Literal["recording_transcription"] | None):  Example: recording_transcription.
        recording_id (str | None): Uniquely identifies the recording associated with this transcription. Example:
            3fa85f64-5717-4562-b3fc-2c963f66afa6.
        status (Literal["completed", "in-progress"] | None): The status of the recording transcription. Only `completed`
            has transcription text available. Example: completed.
        transcription_text (str | None): The recording's transcribed text. Example: Good morning, how may I help you?.
        updated_at (str | None): ISO 8601 formatted date indicating when the resource was updated. Example:
            2018-02-02T22:25:27.521Z.
    """

    created_at: str | None = None
    duration_millis: int | None = None
    id: str | None = None
    record_type: Literal["recording_transcription"] | None = None
    recording_id: str | None = None
    status: Literal["completed", "in-progress"] | None = None
    transcription_text: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("created_at", "created_at", False),
        ("duration_millis", "duration_millis", False),
        ("id", "id", False),
        ("record_type", "record_type", False),
        ("recording_id", "recording_id", False),
        ("status", "status", False),
        ("transcription_text", "transcription_text", False),
        ("updated_at", "updated_at", False),
    )

    def __init__(
        self,
        *,
        created_at: str | Unset | None = UNSET,
        duration_millis: int | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        record_type: Literal["recording_transcription"] | Unset | None = UNSET,
        recording_id: str | Unset | None = UNSET,
        status: Literal["completed", "in-progress"] | Unset | None = UNSET,
        transcription_text: str | Unset | None = UNSET,
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
        _set(self, "created_at", d.pop("created_at", None))
        _set(self, "duration_millis", d.pop("duration_millis", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "recording_id", d.pop("recording_id", None))
        _set(self, "status", d.pop("status", None))
        _set(self, "transcription_text", d.pop("transcription_text", None))
        _set(self, "updated_at", d.pop("updated_at", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("created_at", str, 0),
            ("duration_millis", int, 0),
            ("id", str, 0),
            ("record_type", str, 0),
            ("recording_id", str, 0),
            ("status", str, 0),
            ("transcription_text", str, 0),
            ("updated_at", str, 0),
        )
