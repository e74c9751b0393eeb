# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIAssistantAddMessagesRequest")


@_attrs_define(frozen=True)
class AIAssistantAddMessagesRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'messages':
            [{'content': "Get the user's favorite color", 'role': 'system'}]}

    Attributes:
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        messages (list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | Unset): The
            messages to add to the conversation.
    """

    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    messages: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        client_state = self.client_state

        command_id = self.command_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item: dict[str, Any]
                if isinstance(messages_item_data, (UserMessage, AssistantMessage, ToolMessage, SystemMessage)):
                    messages_item = messages_item_data.to_dict()
                else:
                    messages_item = messages_item_data.to_dict()

                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = parse_union(
                    messages_item_data,
                    (
                        UserMessage,
                        AssistantMessage,
                        ToolMessage,
                        SystemMessage,
                        DeveloperMessage,
                    ),
                    tagged=(
                        ("role", "user", UserMessage),
                        ("role", "assistant", AssistantMessage),
                        ("role", "tool", ToolMessage),
                        ("role", "system", SystemMessage),
                        ("role", "developer", DeveloperMessage),
                    ),
                )

                messages.append(messages_item)

        additional_properties = d
        return cls(
            client_state=client_state,
            command_id=command_id,
            messages=messages,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.assistant_message import AssistantMessage
from ..models.developer_message import DeveloperMessage
from ..models.system_message import SystemMessage
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
