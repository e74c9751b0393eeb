from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendDTMFRequest")


@_attrs_define(frozen=True)
class SendDTMFRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'digits':
            '1www2WABCDw9', 'duration_millis': 500}

    Attributes:
        digits (str): DTMF digits to send. Valid digits are 0-9, A-D, *, and #. Pauses can be added using w (0.5s) and W
            (1s). Example: 1www2WABCDw9.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        duration_millis (int | Unset): Specifies for how many milliseconds each digit will be played in the audio
            stream. Ranges from 100 to 500ms Example: 500.
    """

    digits: str
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    duration_millis: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        digits = self.digits

        client_state = self.client_state

        command_id = self.command_id

        duration_millis = self.duration_millis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digits": digits,
            }
        )
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if duration_millis is not UNSET:
            field_dict["duration_millis"] = duration_millis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digits = d.pop("digits")

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        duration_millis = d.pop("duration_millis", UNSET)

        additional_properties = d
        return cls(
            digits=digits,
            client_state=client_state,
            command_id=command_id,
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
