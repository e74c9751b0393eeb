from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionEngineAConfigSpeechContextItem")


@_attrs_define(frozen=True)
class TranscriptionEngineAConfigSpeechContextItem:
    """
    Attributes:
        boost (float | Unset): Boost factor for the speech context. Example: 1.0.
        phrases (list[str] | Unset):  Example: ['Telnyx'].
    """

    boost: float | Unset = UNSET
    phrases: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        boost = self.boost

        phrases: list[str] | Unset = UNSET
        if not isinstance(self.phrases, Unset):
            phrases = self.phrases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if boost is not UNSET:
            field_dict["boost"] = boost
        if phrases is not UNSET:
            field_dict["phrases"] = phrases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        boost = d.pop("boost", UNSET)

        phrases = cast(list[str], d.pop("phrases", UNSET))

        additional_properties = d
        return cls(
            boost=boost,
            phrases=phrases,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
