from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceSendDTMFRequest")


@_attrs_define(frozen=True)
class ConferenceSendDTMFRequest:
    """
    Example:
        {'digits': '1234#', 'duration_millis': 250}

    Attributes:
        digits (str): DTMF digits to send. Valid characters: 0-9, A-D, *, #, w (0.5s pause), W (1s pause). Example:
            1234#.
        call_control_ids (list[str] | Unset): Array of participant call control IDs to send DTMF to. When empty, DTMF
            will be sent to all participants. Example: ['v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg'].
        client_state (str | Unset): Use this field to add state to every subsequent webhook. Must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        duration_millis (int | Unset): Duration of each DTMF digit in milliseconds. Example: 250.
    """

    digits: str
    call_control_ids: list[str] | Unset = UNSET
    client_state: str | Unset = UNSET
    duration_millis: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        digits = self.digits

        call_control_ids: list[str] | Unset = UNSET
        if not isinstance(self.call_control_ids, Unset):
            call_control_ids = self.call_control_ids

        client_state = self.client_state

        duration_millis = self.duration_millis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digits": digits,
            }
        )
        if call_control_ids is not UNSET:
            field_dict["call_control_ids"] = call_control_ids
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if duration_millis is not UNSET:
            field_dict["duration_millis"] = duration_millis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digits = d.pop("digits")

        call_control_ids = cast(list[str], d.pop("call_control_ids", UNSET))

        client_state = d.pop("client_state", UNSET)

        duration_millis = d.pop("duration_millis", UNSET)

        additional_properties = d
        return cls(
            digits=digits,
            call_control_ids=call_control_ids,
            client_state=client_state,
            duration_millis=duration_millis,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
