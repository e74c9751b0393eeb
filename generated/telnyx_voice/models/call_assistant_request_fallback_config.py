# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallAssistantRequestFallbackConfig(BaseModel):
    """Fallback LLM configuration used when the primary LLM provider is unavailable.

    Attributes:
        external_llm (CallAssistantRequestFallbackConfigExternalLlm | None): External LLM fallback configuration.
        llm_api_key_ref (str | None): Integration secret identifier for the fallback model API key.
        model (str | None): Fallback Telnyx-hosted model to use when the primary LLM provider is unavailable.
    """

    external_llm: CallAssistantRequestFallbackConfigExternalLlm | None = None
    llm_api_key_ref: str | None = None
    model: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("external_llm", "external_llm", False),
        ("llm_api_key_ref", "llm_api_key_ref", False),
        ("model", "model", False),
    )

    def __init__(
        self,
        *,
        external_llm: CallAssistantRequestFallbackConfigExternalLlm | Unset | None = UNSET,
        llm_api_key_ref: str | Unset | None = UNSET,
        model: str | Unset | None = UNSET,
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
        v = d.pop("external_llm", None)
        _set(
            self,
            "external_llm",
            CallAssistantRequestFallbackConfigExternalLlm.from_dict(v) if v.__class__ is dict else v,
        )
        _set(self, "llm_api_key_ref", d.pop("llm_api_key_ref", None))
        _set(self, "model", d.pop("model", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("external_llm", CallAssistantRequestFallbackConfigExternalLlm, 0),
            ("llm_api_key_ref", str, 0),
            ("model", str, 0),
        )


from ..models.call_assistant_request_fallback_config_external_llm import CallAssistantRequestFallbackConfigExternalLlm
