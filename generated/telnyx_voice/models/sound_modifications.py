from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SoundModifications")


@_attrs_define(frozen=True)
class SoundModifications:
    """Use this field to modify sound effects, for example adjust the pitch.

    Example:
        {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}

    Attributes:
        octaves (float | Unset): Adjust the pitch in octaves, values should be between -1 and 1, default 0 Example:
            -0.5.
        pitch (float | Unset): Set the pitch directly, value should be > 0, default 1 (lower = lower tone) Example: 0.8.
        semitone (float | Unset): Adjust the pitch in semitones, values should be between -14 and 14, default 0 Example:
            -10.
        track (str | Unset): The track to which the sound modifications will be applied. Accepted values are `inbound`
            or `outbound` Example: inbound.
    """

    octaves: float | Unset = UNSET
    pitch: float | Unset = UNSET
    semitone: float | Unset = UNSET
    track: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        octaves = self.octaves

        pitch = self.pitch

        semitone = self.semitone

        track = self.track

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if octaves is not UNSET:
            field_dict["octaves"] = octaves
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if semitone is not UNSET:
            field_dict["semitone"] = semitone
        if track is not UNSET:
            field_dict["track"] = track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        octaves = d.pop("octaves", UNSET)

        pitch = d.pop("pitch", UNSET)

        semitone = d.pop("semitone", UNSET)

        track = d.pop("track", UNSET)

        additional_properties = d
        return cls(
            octaves=octaves,
            pitch=pitch,
            semitone=semitone,
            track=track,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
