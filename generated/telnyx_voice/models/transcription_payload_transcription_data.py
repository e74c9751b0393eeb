from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionPayloadTranscriptionData")


@_attrs_define(frozen=True)
class TranscriptionPayloadTranscriptionData:
    """
    Attributes:
        confidence (float | Unset): Speech recognition confidence level. Example: 0.977219.
        is_final (bool | Unset): When false, it means that this is an interim result. Example: True.
        transcript (str | Unset): Recognized text. Example: hello this is a test speech.
        transcription_track (Literal["inbound", "outbound"] | Unset): Indicates which leg of the call has been
            transcribed. This is only available when `transcription_engine` is set to `B`. Example: inbound.
    """

    confidence: float | Unset = UNSET
    is_final: bool | Unset = UNSET
    transcript: str | Unset = UNSET
    transcription_track: Literal["inbound", "outbound"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        is_final = self.is_final

        transcript = self.transcript

        transcription_track: str | Unset = UNSET
        if not isinstance(self.transcription_track, Unset):
            transcription_track = self.transcription_track

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if is_final is not UNSET:
            field_dict["is_final"] = is_final
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if transcription_track is not UNSET:
            field_dict["transcription_track"] = transcription_track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confidence = d.pop("confidence", UNSET)

        is_final = d.pop("is_final", UNSET)

        transcript = d.pop("transcript", UNSET)

        _transcription_track = d.pop("transcription_track", UNSET)
        transcription_track: Literal["inbound", "outbound"] | Unset
        if isinstance(_transcription_track, Unset):
            transcription_track = UNSET
        else:
            transcription_track = enum_value(_transcription_track, str)

        additional_properties = d
        return cls(
            confidence=confidence,
            is_final=is_final,
            transcript=transcript,
            transcription_track=transcription_track,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
