from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceStopRequest")


@_attrs_define(frozen=True)
class ConferenceStopRequest:
    """
    Attributes:
        call_control_ids (list[str] | Unset): List of call control ids identifying participants the audio file should
            stop be played to. If not given, the audio will be stoped to the entire conference.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    call_control_ids: list[str] | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_ids: list[str] | Unset = UNSET
        if not isinstance(self.call_control_ids, Unset):
            call_control_ids = self.call_control_ids

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_ids is not UNSET:
            field_dict["call_control_ids"] = call_control_ids
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_ids = cast(list[str], d.pop("call_control_ids", UNSET))

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        additional_properties = d
        return cls(
            call_control_ids=call_control_ids,
            region=region,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
