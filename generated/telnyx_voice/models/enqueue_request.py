from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnqueueRequest")


@_attrs_define(frozen=True)
class EnqueueRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'max_size':
            20, 'max_wait_time_secs': 600, 'queue_name': 'support'}

    Attributes:
        queue_name (str): The name of the queue the call should be put in. If a queue with a given name doesn't exist
            yet it will be created. Example: tier_1_support.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        keep_after_hangup (bool | Unset): If set to true, the call will remain in the queue after hangup. In this case
            bridging to such call will fail with necessary information needed to re-establish the call. Example: True.
        max_size (int | Unset): The maximum number of calls allowed in the queue at a given time. Can't be modified for
            an existing queue. Example: 200.
        max_wait_time_secs (int | Unset): The number of seconds after which the call will be removed from the queue.
            Example: 600.
    """

    queue_name: str
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    keep_after_hangup: bool | Unset = UNSET
    max_size: int | Unset = UNSET
    max_wait_time_secs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        queue_name = self.queue_name

        client_state = self.client_state

        command_id = self.command_id

        keep_after_hangup = self.keep_after_hangup

        max_size = self.max_size

        max_wait_time_secs = self.max_wait_time_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_name": queue_name,
            }
        )
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if keep_after_hangup is not UNSET:
            field_dict["keep_after_hangup"] = keep_after_hangup
        if max_size is not UNSET:
            field_dict["max_size"] = max_size
        if max_wait_time_secs is not UNSET:
            field_dict["max_wait_time_secs"] = max_wait_time_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue_name = d.pop("queue_name")

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        keep_after_hangup = d.pop("keep_after_hangup", UNSET)

        max_size = d.pop("max_size", UNSET)

        max_wait_time_secs = d.pop("max_wait_time_secs", UNSET)

        additional_properties = d
        return cls(
            queue_name=queue_name,
            client_state=client_state,
            command_id=command_id,
            keep_after_hangup=keep_after_hangup,
            max_size=max_size,
            max_wait_time_secs=max_wait_time_secs,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
