# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAssistantRequest")


@_attrs_define(frozen=True)
class CallAssistantRequest:
    """AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used
    as fallback for any omitted fields.

        Attributes:
            id (str): The identifier of the AI assistant to use.
            dynamic_variables (CallAssistantRequestDynamicVariables | Unset): Map of dynamic variables and their default
                values. Dynamic variables can be referenced in instructions, greeting, and tool definitions using the
                `{{variable_name}}` syntax. Call-control-agent automatically merges in `telnyx_call_*` variables
                (telnyx_call_to, telnyx_call_from, telnyx_conversation_channel, telnyx_agent_target, telnyx_end_user_target,
                telnyx_call_caller_id_name) and custom header variables. Example: {'account_id': 'ACC-12345', 'customer_name':
                'John'}.
            external_llm (CallAssistantRequestExternalLlm | Unset): External LLM configuration for bringing your own LLM
                endpoint.
            fallback_config (CallAssistantRequestFallbackConfig | Unset): Fallback LLM configuration used when the primary
                LLM provider is unavailable.
            greeting (str | Unset): Initial greeting text spoken when the assistant starts. Can be plain text for any voice
                or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
            instructions (str | Unset): System instructions for the voice assistant. Can be templated with [dynamic
                variables](https://developers.telnyx.com/docs/inference/ai-assistants/dynamic-variables). This will overwrite
                the instructions set in the assistant configuration. Example: You are a friendly voice assistant..
            llm_api_key_ref (str | Unset): Integration secret identifier for the LLM provider API key. Use this field to
                reference an [integration secret](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-
                integration-secret) containing your LLM provider API key. Supports any LLM provider (OpenAI, Anthropic, etc.).
                Example: my_llm_api_key.
            mcp_servers (list[CallAssistantRequestMcpServersItem] | Unset): MCP (Model Context Protocol) server
                configurations for extending the assistant's capabilities with external tools and data sources.
            model (str | Unset): LLM model override for this call. If omitted, the assistant's configured model is used.
                Example: gpt-4o.
            name (str | Unset): Assistant name override for this call.
            observability_settings (CallAssistantRequestObservabilitySettings | Unset): Observability configuration for the
                assistant session, including Langfuse integration for tracing and monitoring.
            openai_api_key_ref (str | Unset): Deprecated — use `llm_api_key_ref` instead. Integration secret identifier for
                the OpenAI API key. This field is maintained for backward compatibility; `llm_api_key_ref` is the canonical
                field name and supports all LLM providers. Example: my_openai_api_key.
            tools (list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool |
                WebhookTool] | Unset): Inline tool definitions available to the assistant (webhook, retrieval, transfer, hangup,
                etc.). Overrides the assistant's stored tools if provided.
    """

    id: str
    dynamic_variables: CallAssistantRequestDynamicVariables | Unset = UNSET
    external_llm: CallAssistantRequestExternalLlm | Unset = UNSET
    fallback_config: CallAssistantRequestFallbackConfig | Unset = UNSET
    greeting: str | Unset = UNSET
    instructions: str | Unset = UNSET
    llm_api_key_ref: str | Unset = UNSET
    mcp_servers: list[CallAssistantRequestMcpServersItem] | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    observability_settings: CallAssistantRequestObservabilitySettings | Unset = UNSET
    openai_api_key_ref: str | Unset = UNSET
    tools: (
        list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool | WebhookTool]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        external_llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_llm, Unset):
            external_llm = self.external_llm.to_dict()

        fallback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fallback_config, Unset):
            fallback_config = self.fallback_config.to_dict()

        greeting = self.greeting

        instructions = self.instructions

        llm_api_key_ref = self.llm_api_key_ref

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        model = self.model

        name = self.name

        observability_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observability_settings, Unset):
            observability_settings = self.observability_settings.to_dict()

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
        field_dict.update(
            {
                "id": id,
            }
        )
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if external_llm is not UNSET:
            field_dict["external_llm"] = external_llm
        if fallback_config is not UNSET:
            field_dict["fallback_config"] = fallback_config
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if llm_api_key_ref is not UNSET:
            field_dict["llm_api_key_ref"] = llm_api_key_ref
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if observability_settings is not UNSET:
            field_dict["observability_settings"] = observability_settings
        if openai_api_key_ref is not UNSET:
            field_dict["openai_api_key_ref"] = openai_api_key_ref
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: CallAssistantRequestDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = CallAssistantRequestDynamicVariables.from_dict(_dynamic_variables)

        _external_llm = d.pop("external_llm", UNSET)
        external_llm: CallAssistantRequestExternalLlm | Unset
        if isinstance(_external_llm, Unset):
            external_llm = UNSET
        else:
            external_llm = CallAssistantRequestExternalLlm.from_dict(_external_llm)

        _fallback_config = d.pop("fallback_config", UNSET)
        fallback_config: CallAssistantRequestFallbackConfig | Unset
        if isinstance(_fallback_config, Unset):
            fallback_config = UNSET
        else:
            fallback_config = CallAssistantRequestFallbackConfig.from_dict(_fallback_config)

        greeting = d.pop("greeting", UNSET)

        instructions = d.pop("instructions", UNSET)

        llm_api_key_ref = d.pop("llm_api_key_ref", UNSET)

        _mcp_servers = d.pop("mcp_servers", UNSET)
        mcp_servers: list[CallAssistantRequestMcpServersItem] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = CallAssistantRequestMcpServersItem.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        _observability_settings = d.pop("observability_settings", UNSET)
        observability_settings: CallAssistantRequestObservabilitySettings | Unset
        if isinstance(_observability_settings, Unset):
            observability_settings = UNSET
        else:
            observability_settings = CallAssistantRequestObservabilitySettings.from_dict(_observability_settings)

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
            id=id,
            dynamic_variables=dynamic_variables,
            external_llm=external_llm,
            fallback_config=fallback_config,
            greeting=greeting,
            instructions=instructions,
            llm_api_key_ref=llm_api_key_ref,
            mcp_servers=mcp_servers,
            model=model,
            name=name,
            observability_settings=observability_settings,
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
from ..models.call_assistant_request_dynamic_variables import CallAssistantRequestDynamicVariables
from ..models.call_assistant_request_external_llm import CallAssistantRequestExternalLlm
from ..models.call_assistant_request_fallback_config import CallAssistantRequestFallbackConfig
from ..models.call_assistant_request_mcp_servers_item import CallAssistantRequestMcpServersItem
from ..models.call_assistant_request_observability_settings import CallAssistantRequestObservabilitySettings
from ..models.check_availability_tool import CheckAvailabilityTool
from ..models.hangup_tool import HangupTool
from ..models.retrieval_tool import RetrievalTool
from ..models.transfer_tool import TransferTool
from ..models.webhook_tool import WebhookTool
