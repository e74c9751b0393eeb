from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class StartConferenceRecordingRequest(BaseModel):
    """
    Example:
        {'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'format': 'wav', 'play_beep': True}

    Attributes:
        format (Literal["mp3", "wav"]): The audio file format used when storing the conference recording. Can be either
            `mp3` or `wav`. Example: mp3.
        channels (Literal["dual", "single"] | None): When `dual`, final audio file will be stereo recorded with the
            conference creator on the first channel, and the rest on the second channel. Example: dual.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `conference_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_file_name (str | None): The custom recording file name to be used instead of the default `call_leg_id`.
            Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        play_beep (bool | None): If enabled, a beep sound will be played at the start of a recording. Example: True.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        trim (Literal["trim-silence"] | None): When set to `trim-silence`, silence will be removed from the beginning
            and end of the recording. Example: trim-silence.
    """

    format: Literal["mp3", "wav"]
    channels: Literal["dual", "single"] | None = None
    command_id: str | None = None
    custom_file_name: str | None = None
    play_beep: bool | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    trim: Literal["trim-silence"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("format", "format", True),
        ("channels", "channels", False),
        ("command_id", "command_id", False),
        ("custom_file_name", "custom_file_name", False),
        ("play_beep", "play_beep", False),
        ("region", "region", False),
        ("trim", "trim", False),
    )

    def __init__(
        self,
        *,
        format: Literal["mp3", "wav"],
        channels: Literal["dual", "single"] | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        custom_file_name: str | Unset | None = UNSET,
        play_beep: bool | Unset | None = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset | None = UNSET,
        trim: Literal["trim-silence"] | Unset | None = UNSET,
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
        _set(self, "format", d.pop("format", None))
        _set(self, "channels", d.pop("channels", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "custom_file_name", d.pop("custom_file_name", None))
        _set(self, "play_beep", d.pop("play_beep", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "trim", d.pop("trim", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("format", str, REQUIRED),
            ("channels", str, 0),
            ("command_id", str, 0),
            ("custom_file_name", str, 0),
            ("play_beep", bool, 0),
            ("region", str, 0),
            ("trim", str, 0),
        )
