# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class GetRecordingTranscriptionsFilter(BaseModel):
    """
    Attributes:
        created_at (GetRecordingTranscriptionsFilterCreatedAt | None):
        recording_id (str | None): If present, transcriptions will be filtered to those associated with the given
            recording. Example: 428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
    """

    created_at: GetRecordingTranscriptionsFilterCreatedAt | None = None
    recording_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("created_at", "created_at", False),
        ("recording_id", "recording_id", False),
    )

    def __init__(
        self,
        *,
        created_at: GetRecordingTranscriptionsFilterCreatedAt | Unset | None = UNSET,
        recording_id: str | Unset | None = UNSET,
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
        v = d.pop("created_at", None)
        _set(self, "created_at", GetRecordingTranscriptionsFilterCreatedAt.from_dict(v) if v.__class__ is dict else v)
        _set(self, "recording_id", d.pop("recording_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("created_at", GetRecordingTranscriptionsFilterCreatedAt, 0),
            ("recording_id", UUID, 0),
        )


from ..models.get_recording_transcriptions_filter_created_at import GetRecordingTranscriptionsFilterCreatedAt
