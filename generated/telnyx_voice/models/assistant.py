# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="Assistant")


@_attrs_define(frozen=True)
class Assistant:
    """Assistant configuration including choice of LLM, custom instructions, and tools.

    Attributes:
        instructions (str | Unset): The system instructions that the voice assistant uses during the gather command
            Example: You are a friendly voice assistant..
        model (str | Unset): The model to be used by the voice assistant. Example: Qwen/Qwen3-235B-A22B.
        openai_api_key_ref (str | Unset): This is necessary only if the model selected is from OpenAI. You would pass
            the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-
            manager/integration-secrets/create-integration-secret) that refers to your OpenAI API Key. Warning: Free plans
            are unlikely to work with this integration. Example: my_openai_api_key.
        tools (list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool |
            WebhookTool] | Unset): The tools that the voice assistant can use.
    """

    instructions: str | Unset = UNSET
    model: str | Unset = UNSET
    openai_api_key_ref: str | Unset = UNSET
    tools: (
        list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool | WebhookTool]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        model = self.model

        openai_api_key_ref = self.openai_api_key_ref

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(
                    tools_item_data, (BookAppointmentTool, CheckAvailabilityTool, WebhookTool, HangupTool, TransferTool)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if model is not UNSET:
            field_dict["model"] = model
        if openai_api_key_ref is not UNSET:
            field_dict["openai_api_key_ref"] = openai_api_key_ref
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = d.pop("instructions", UNSET)

        model = d.pop("model", UNSET)

        openai_api_key_ref = d.pop("openai_api_key_ref", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool | WebhookTool]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = parse_union(
                    tools_item_data,
                    (
                        BookAppointmentTool,
                        CheckAvailabilityTool,
                        WebhookTool,
                        HangupTool,
                        TransferTool,
                        RetrievalTool,
                    ),
                    tagged=(
                        ("type", "book_appointment", BookAppointmentTool),
                        ("type", "check_availability", CheckAvailabilityTool),
                        ("type", "webhook", WebhookTool),
                        ("type", "hangup", HangupTool),
                        ("type", "transfer", TransferTool),
                        ("type", "retrieval", RetrievalTool),
                    ),
                )

                tools.append(tools_item)

        additional_properties = d
        return cls(
            instructions=instructions,
            model=model,
            openai_api_key_ref=openai_api_key_ref,
            tools=tools,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.book_appointment_tool import BookAppointmentTool
from ..models.check_availability_tool import CheckAvailabilityTool
from ..models.hangup_tool import HangupTool
from ..models.retrieval_tool import RetrievalTool
from ..models.transfer_tool import TransferTool
from ..models.webhook_tool import WebhookTool
