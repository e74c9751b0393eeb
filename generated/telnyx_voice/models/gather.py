from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Gather")


@_attrs_define(frozen=True)
class Gather:
    """
    Attributes:
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        gather_id (str | Unset): An id that will be sent back in the corresponding `call.gather.ended` webhook. Will be
            randomly generated if not specified. Example: my_gather_id.
        initial_timeout_millis (int | Unset): The number of milliseconds to wait for the first DTMF. Example: 10000.
        inter_digit_timeout_millis (int | Unset): The number of milliseconds to wait for input between digits. Example:
            10000.
        maximum_digits (int | Unset): The maximum number of digits to fetch. This parameter has a maximum value of 128.
            Example: 10.
        minimum_digits (int | Unset): The minimum number of digits to fetch. This parameter has a minimum value of 1.
            Example: 1.
        terminating_digit (str | Unset): The digit used to terminate input if fewer than `maximum_digits` digits have
            been gathered. Example: #.
        timeout_millis (int | Unset): The number of milliseconds to wait to complete the request. Example: 60000.
        valid_digits (str | Unset): A list of all digits accepted as valid. Example: 123.
    """

    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    gather_id: str | Unset = UNSET
    initial_timeout_millis: int | Unset = UNSET
    inter_digit_timeout_millis: int | Unset = UNSET
    maximum_digits: int | Unset = UNSET
    minimum_digits: int | Unset = UNSET
    terminating_digit: str | Unset = UNSET
    timeout_millis: int | Unset = UNSET
    valid_digits: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        client_state = self.client_state

        command_id = self.command_id

        gather_id = self.gather_id

        initial_timeout_millis = self.initial_timeout_millis

        inter_digit_timeout_millis = self.inter_digit_timeout_millis

        maximum_digits = self.maximum_digits

        minimum_digits = self.minimum_digits

        terminating_digit = self.terminating_digit

        timeout_millis = self.timeout_millis

        valid_digits = self.valid_digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if gather_id is not UNSET:
            field_dict["gather_id"] = gather_id
        if initial_timeout_millis is not UNSET:
            field_dict["initial_timeout_millis"] = initial_timeout_millis
        if inter_digit_timeout_millis is not UNSET:
            field_dict["inter_digit_timeout_millis"] = inter_digit_timeout_millis
        if maximum_digits is not UNSET:
            field_dict["maximum_digits"] = maximum_digits
        if minimum_digits is not UNSET:
            field_dict["minimum_digits"] = minimum_digits
        if terminating_digit is not UNSET:
            field_dict["terminating_digit"] = terminating_digit
        if timeout_millis is not UNSET:
            field_dict["timeout_millis"] = timeout_millis
        if valid_digits is not UNSET:
            field_dict["valid_digits"] = valid_digits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        gather_id = d.pop("gather_id", UNSET)

        initial_timeout_millis = d.pop("initial_timeout_millis", UNSET)

        inter_digit_timeout_millis = d.pop("inter_digit_timeout_millis", UNSET)

        maximum_digits = d.pop("maximum_digits", UNSET)

        minimum_digits = d.pop("minimum_digits", UNSET)

        terminating_digit = d.pop("terminating_digit", UNSET)

        timeout_millis = d.pop("timeout_millis", UNSET)

        valid_digits = d.pop("valid_digits", UNSET)

        additional_properties = d
        return cls(
            client_state=client_state,
            command_id=command_id,
            gather_id=gather_id,
            initial_timeout_millis=initial_timeout_millis,
            inter_digit_timeout_millis=inter_digit_timeout_millis,
            maximum_digits=maximum_digits,
            minimum_digits=minimum_digits,
            terminating_digit=terminating_digit,
            timeout_millis=timeout_millis,
            valid_digits=valid_digits,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
