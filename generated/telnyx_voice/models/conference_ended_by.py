from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceEndedBy")


@_attrs_define(frozen=True)
class ConferenceEndedBy:
    """IDs related to who ended the conference. It is expected for them to all be there or all be null

    Attributes:
        call_control_id (str | Unset): Call Control ID which ended the conference Example:
            v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==.
        call_session_id (str | Unset): Call Session ID which ended the conference Example:
            428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
    """

    call_control_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_session_id = self.call_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_session_id=call_session_id,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
