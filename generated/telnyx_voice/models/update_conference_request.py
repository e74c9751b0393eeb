from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConferenceRequest")


@_attrs_define(frozen=True)
class UpdateConferenceRequest:
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'supervisor_role': 'whisper', 'whisper_call_control_ids':
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw']}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call Example:
            v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==.
        supervisor_role (Literal["barge", "monitor", "none", "whisper"]): Sets the participant as a supervisor for the
            conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a
            normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all
            participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor.
            Defaults to "none". Example: whisper.
        command_id (str | Unset): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        whisper_call_control_ids (list[str] | Unset): Array of unique call_control_ids the supervisor can whisper to. If
            none provided, the supervisor will join the conference as a monitoring participant only. Example:
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw'].
    """

    call_control_id: str
    supervisor_role: Literal["barge", "monitor", "none", "whisper"]
    command_id: str | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    whisper_call_control_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        supervisor_role: str = self.supervisor_role

        command_id = self.command_id

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        whisper_call_control_ids: list[str] | Unset = UNSET
        if not isinstance(self.whisper_call_control_ids, Unset):
            whisper_call_control_ids = self.whisper_call_control_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
                "supervisor_role": supervisor_role,
            }
        )
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if region is not UNSET:
            field_dict["region"] = region
        if whisper_call_control_ids is not UNSET:
            field_dict["whisper_call_control_ids"] = whisper_call_control_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        supervisor_role = enum_value(d.pop("supervisor_role"), str)

        command_id = d.pop("command_id", UNSET)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        whisper_call_control_ids = cast(list[str], d.pop("whisper_call_control_ids", UNSET))

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            supervisor_role=supervisor_role,
            command_id=command_id,
            region=region,
            whisper_call_control_ids=whisper_call_control_ids,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
