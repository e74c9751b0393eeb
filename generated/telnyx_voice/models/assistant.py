# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf, OneOf, read_value
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class Assistant(BaseModel):
    """Assistant configuration including choice of LLM, custom instructions, and tools.

    Attributes:
        instructions (str | None): The system instructions that the voice assistant uses during the gather command
            Example: You are a friendly voice assistant..
        model (str | None): The model to be used by the voice assistant. Example: Qwen/Qwen3-235B-A22B.
        openai_api_key_ref (str | None): This is necessary only if the model selected is from OpenAI. You would pass the
            `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-
            manager/integration-secrets/create-integration-secret) that refers to your OpenAI API Key. Warning: Free plans
            are unlikely to work with this integration. Example: my_openai_api_key.
        tools (list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool |
            WebhookTool] | None): The tools that the voice assistant can use.
    """

    instructions: str | None = None
    model: str | None = None
    openai_api_key_ref: str | None = None
    tools: (
        list[BookAppointmentTool | CheckAvailabilityTool | HangupTool | RetrievalTool | TransferTool | WebhookTool]
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("instructions", "instructions", False),
        ("model", "model", False),
        ("openai_api_key_ref", "openai_api_key_ref", False),
        ("tools", "tools", False),
    )

    def __init__(
        self,
        *,
        instructions: str | Unset | None = UNSET,
        model: str | Unset | None = UNSET,
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
        _set(self, "instructions", d.pop("instructions", None))
        _set(self, "model", d.pop("model", None))
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
            ("instructions", str, 0),
            ("model", str, 0),
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
from ..models.check_availability_tool import CheckAvailabilityTool
from ..models.hangup_tool import HangupTool
from ..models.retrieval_tool import RetrievalTool
from ..models.transfer_tool import TransferTool
from ..models.webhook_tool import WebhookTool
