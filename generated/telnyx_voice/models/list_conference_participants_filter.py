from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListConferenceParticipantsFilter")


@_attrs_define(frozen=True)
class ListConferenceParticipantsFilter:
    """
    Attributes:
        muted (bool | Unset): If present, participants will be filtered to those who are/are not muted
        on_hold (bool | Unset): If present, participants will be filtered to those who are/are not put on hold
        whispering (bool | Unset): If present, participants will be filtered to those who are whispering or are not
    """

    muted: bool | Unset = UNSET
    on_hold: bool | Unset = UNSET
    whispering: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        muted = self.muted

        on_hold = self.on_hold

        whispering = self.whispering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if muted is not UNSET:
            field_dict["muted"] = muted
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold
        if whispering is not UNSET:
            field_dict["whispering"] = whispering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        muted = d.pop("muted", UNSET)

        on_hold = d.pop("on_hold", UNSET)

        whispering = d.pop("whispering", UNSET)

        additional_properties = d
        return cls(
            muted=muted,
            on_hold=on_hold,
            whispering=whispering,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
