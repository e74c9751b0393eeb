from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallControlApplicationOutbound")


@_attrs_define(frozen=True)
class CallControlApplicationOutbound:
    """
    Attributes:
        channel_limit (int | Unset): When set, this will limit the total number of outbound calls to phone numbers
            associated with this connection. Example: 10.
        outbound_voice_profile_id (str | Unset): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
    """

    channel_limit: int | Unset = UNSET
    outbound_voice_profile_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        channel_limit = self.channel_limit

        outbound_voice_profile_id = self.outbound_voice_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel_limit is not UNSET:
            field_dict["channel_limit"] = channel_limit
        if outbound_voice_profile_id is not UNSET:
            field_dict["outbound_voice_profile_id"] = outbound_voice_profile_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_limit = d.pop("channel_limit", UNSET)

        outbound_voice_profile_id = d.pop("outbound_voice_profile_id", UNSET)

        additional_properties = d
        return cls(
            channel_limit=channel_limit,
            outbound_voice_profile_id=outbound_voice_profile_id,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
