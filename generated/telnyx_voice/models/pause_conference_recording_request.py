from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class PauseConferenceRecordingRequest(BaseModel):
    """
    Attributes:
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        recording_id (str | None): Use this field to pause specific recording. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    command_id: str | None = None
    recording_id: str | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("command_id", "command_id", False),
        ("recording_id", "recording_id", False),
        ("region", "region", False),
    )

    def __init__(
        self,
        *,
        command_id: str | Unset | None = UNSET,
        recording_id: str | Unset | None = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset | None = UNSET,
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
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "recording_id", d.pop("recording_id", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("command_id", str, 0),
            ("recording_id", str, 0),
            ("region", str, 0),
        )
