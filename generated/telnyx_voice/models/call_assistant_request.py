# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf, OneOf, read_value
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallAssistantRequest(BaseModel):
    """AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used
    as fallback for any omitted fields.

        Attributes:
            id (str): The identifier of the AI assistant to use.
            dynamic_variables (dict[str, Any] | None): Map of dynamic variables and their default values. Dynamic variables
                can be referenced in instructions, greeting, and tool definitions using the `{{variable_name}}` syntax. Call-
                control-agent automatically merges in `telnyx_call_*` variables (telnyx_call_to, telnyx_call_from,
                telnyx_conversation_channel, telnyx_agent_target, telnyx_end_user_target, telnyx_call_caller_id_name) and custom
                header variables. Example: {'account_id': 'ACC-12345', 'customer_name': 'John'}.
            external_llm (CallAssistantRequestExternalLlm | None): External LLM configuration for bringing your own LLM
                endpoint.
            fallback_config (CallAssistantRequestFallbackConfig | None): Fallback LLM configuration used when the primary
                LLM provider is unavailable.
            greeting (str | None): Initial greeting text spoken when the assistant starts. Can be plain text for any voice
                or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
            instructions (str | None): System instructions for the voice assistant. Can be templated with [dynamic
                variables](https://developers.telnyx.com/docs/inference/ai-assistants/dynamic-variables). This will overwrite
                the instructions set in the assistant configuration. Example: You are a friendly voice assistant..
            llm_api_key_ref (str | None): Integration secret identifier for the LLM provider API key. Use this field to
                reference an [integration secret](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-
                integration-secret) containing your LLM provider API key. Supports any LLM provider (OpenAI, Anthropic, etc.).
                Example: my_llm_api_key.
            mcp_servers (list[dict[str, Any]] | None): MCP (Model Context Protocol) server configurations for extending the
                assistant's capabilities with external tools and data sources.
            model (str | None): LLM model override for this call. If omitted, the assistant's configured model is used.
                Example: gpt-4o.
            name (str | None): Assistant name override for this call.
            observability_settings (dict[str, Any] | None): Observability configuration for the assistant session, including
                Langfuse integration for tracing and monitoring.
            openai_api_key_ref (str | None): Deprecated — use `llm_api_key_ref` instead. Integration secret identifier for
                the OpenAI API key. This field is maintained for backward compatibility; `llm_api_key_ref` is the canonical
                field name and supports all LLM providers. Example: my_openai_api_key.
            tools (list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool |
                WebhookTool] | None): Inline tool definitions available to the assistant (webhook, retrieval, transfer, hangup,
                etc.). Overrides the assistant's stored tools if provided.
    """

    id: str
    dynamic_variables: dict[str, Any] | None = None
    external_llm: CallAssistantRequestExternalLlm | None = None
    fallback_config: CallAssistantRequestFallbackConfig | None = None
    greeting: str | None = None
    instructions: str | None = None
    llm_api_key_ref: str | None = None
    mcp_servers: list[dict[str, Any]] | None = None
    model: str | None = None
    name: str | None = None
    observability_settings: dict[str, Any] | None = None
    openai_api_key_ref: str | None = None
    tools: (
        list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool | WebhookTool]
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("dynamic_variables", "dynamic_variables", False),
        ("external_llm", "external_llm", False),
        ("fallback_config", "fallback_config", False),
        ("greeting", "greeting", False),
        ("instructions", "instructions", False),
        ("llm_api_key_ref", "llm_api_key_ref", False),
        ("mcp_servers", "mcp_servers", False),
        ("model", "model", False),
        ("name", "name", False),
        ("observability_settings", "observability_settings", False),
        ("openai_api_key_ref", "openai_api_key_ref", False),
        ("tools", "tools", False),
    )

    def __init__(
        self,
        *,
        id: str,
        dynamic_variables: dict[str, Any] | Unset | None = UNSET,
        external_llm: CallAssistantRequestExternalLlm | Unset | None = UNSET,
        fallback_config: CallAssistantRequestFallbackConfig | Unset | None = UNSET,
        greeting: str | Unset | None = UNSET,
        instructions: str | Unset | None = UNSET,
        llm_api_key_ref: str | Unset | None = UNSET,
        mcp_servers: list[dict[str, Any]] | Unset | None = UNSET,
        model: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        observability_settings: dict[str, Any] | Unset | None = UNSET,
        openai_api_key_ref: str | Unset | None = UNSET,
        tools: list[
            BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool | WebhookTool
        ]
        | Unset
        | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        _set(self, "id", d.pop("id", None))
        _set(self, "dynamic_variables", d.pop("dynamic_variables", None))
        v = d.pop("external_llm", None)
        _set(self, "external_llm", CallAssistantRequestExternalLlm.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("fallback_config", None)
        _set(self, "fallback_config", CallAssistantRequestFallbackConfig.from_dict(v) if v.__class__ is dict else v)
        _set(self, "greeting", d.pop("greeting", None))
        _set(self, "instructions", d.pop("instructions", None))
        _set(self, "llm_api_key_ref", d.pop("llm_api_key_ref", None))
        _set(self, "mcp_servers", d.pop("mcp_servers", None))
        _set(self, "model", d.pop("model", None))
        _set(self, "name", d.pop("name", None))
        _set(self, "observability_settings", d.pop("observability_settings", None))
        _set(self, "openai_api_key_ref", d.pop("openai_api_key_ref", None))
        v = d.pop("tools", None)
        _set(
            self,
            "tools",
            read_value(
                ListOf(
                    OneOf(
                        (
                            BookAppointmentTool,
                            CheckAvailabilityTool,
                            WebhookTool,
                            HangupTool,
                            TransferTool,
                            RetrievalTool,
                        ),
                        lenient=True,
                        tagged=(
                            ("type", "book_appointment", BookAppointmentTool),
                            ("type", "check_availability", CheckAvailabilityTool),
                            ("type", "webhook", WebhookTool),
                            ("type", "hangup", HangupTool),
                            ("type", "transfer", TransferTool),
                            ("type", "retrieval", RetrievalTool),
                        ),
                    )
                ),
                v,
            ),
        )
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("id", str, REQUIRED),
            ("dynamic_variables", dict, 0),
            ("external_llm", CallAssistantRequestExternalLlm, 0),
            ("fallback_config", CallAssistantRequestFallbackConfig, 0),
            ("greeting", str, 0),
            ("instructions", str, 0),
            ("llm_api_key_ref", str, 0),
            ("mcp_servers", ListOf(dict), 0),
            ("model", str, 0),
            ("name", str, 0),
            ("observability_settings", dict, 0),
            ("openai_api_key_ref", str, 0),
            (
                "tools",
                ListOf(
                    OneOf(
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
                ),
                0,
            ),
        )


from ..models.book_appointment_tool import BookAppointmentTool
from ..models.call_assistant_request_external_llm import CallAssistantRequestExternalLlm
from ..models.call_assistant_request_fallback_config import CallAssistantRequestFallbackConfig
from ..models.check_availability_tool import CheckAvailabilityTool
from ..models.hangup_tool import HangupTool
from ..models.retrieval_tool import RetrievalTool
from ..models.transfer_tool import TransferTool
from ..models.webhook_tool import WebhookTool
