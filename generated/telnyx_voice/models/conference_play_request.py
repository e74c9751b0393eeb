from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf, OneOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConferencePlayRequest(BaseModel):
    """
    Example:
        {'audio_url': 'http://www.example.com/sounds/greeting.wav'}

    Attributes:
        audio_url (str | None): The URL of a file to be played back in the conference. media_name and audio_url cannot
            be used together in one request. Example: http://example.com/message.wav.
        call_control_ids (list[str] | None): List of call control ids identifying participants the audio file should be
            played to. If not given, the audio file will be played to the entire conference.
        loop (int | str | None):
        media_name (str | None): The media_name of a file to be played back in the conference. The media_name must point
            to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be
            a WAV or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    audio_url: str | None = None
    call_control_ids: list[str] | None = None
    loop: int | str | None = None
    media_name: str | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("audio_url", "audio_url", False),
        ("call_control_ids", "call_control_ids", False),
        ("loop", "loop", False),
        ("media_name", "media_name", False),
        ("region", "region", False),
    )

    def __init__(
        self,
        *,
        audio_url: str | Unset | None = UNSET,
        call_control_ids: list[str] | Unset | None = UNSET,
        loop: int | str | Unset | None = UNSET,
        media_name: str | Unset | None = UNSET,
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
        _set(self, "audio_url", d.pop("audio_url", None))
        _set(self, "call_control_ids", d.pop("call_control_ids", None))
        _set(self, "loop", d.pop("loop", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("audio_url", str, 0),
            ("call_control_ids", ListOf(str), 0),
            (
                "loop",
                OneOf(
                    (
                        str,
                        int,
                    )
                ),
                0,
            ),
            ("media_name", str, 0),
            ("region", str, 0),
        )
