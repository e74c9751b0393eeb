# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAssistantRequestFallbackConfig")


@_attrs_define(frozen=True)
class CallAssistantRequestFallbackConfig:
    """Fallback LLM configuration used when the primary LLM provider is unavailable.

    Attributes:
        external_llm (CallAssistantRequestFallbackConfigExternalLlm | Unset): External LLM fallback configuration.
        llm_api_key_ref (str | Unset): Integration secret identifier for the fallback model API key.
        model (str | Unset): Fallback Telnyx-hosted model to use when the primary LLM provider is unavailable.
    """

    external_llm: CallAssistantRequestFallbackConfigExternalLlm | Unset = UNSET
    llm_api_key_ref: str | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        external_llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_llm, Unset):
            external_llm = self.external_llm.to_dict()

        llm_api_key_ref = self.llm_api_key_ref

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if external_llm is not UNSET:
            field_dict["external_llm"] = external_llm
        if llm_api_key_ref is not UNSET:
            field_dict["llm_api_key_ref"] = llm_api_key_ref
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _external_llm = d.pop("external_llm", UNSET)
        external_llm: CallAssistantRequestFallbackConfigExternalLlm | Unset
        if isinstance(_external_llm, Unset):
            external_llm = UNSET
        else:
            external_llm = CallAssistantRequestFallbackConfigExternalLlm.from_dict(_external_llm)

        llm_api_key_ref = d.pop("llm_api_key_ref", UNSET)

        model = d.pop("model", UNSET)

        additional_properties = d
        return cls(
            external_llm=external_llm,
            llm_api_key_ref=llm_api_key_ref,
            model=model,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_assistant_request_fallback_config_external_llm import CallAssistantRequestFallbackConfigExternalLlm
