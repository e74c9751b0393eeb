from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAssistantRequestExternalLlm")


@_attrs_define(frozen=True)
class CallAssistantRequestExternalLlm:
    """External LLM configuration for bringing your own LLM endpoint.

    Attributes:
        authentication_method (Literal["certificate", "token"] | Unset): Authentication method used when connecting to
            the external LLM endpoint.
        base_url (str | Unset): Base URL for the external LLM endpoint.
        certificate_ref (str | Unset): Integration secret identifier for the client certificate used with certificate
            authentication.
        forward_metadata (bool | Unset): When enabled, Telnyx forwards the assistant's dynamic variables to the external
            LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when
            dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789"
            ,"telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`.
        llm_api_key_ref (str | Unset): Integration secret identifier for the external LLM API key.
        model (str | Unset): Model identifier to use with the external LLM endpoint.
        token_retrieval_url (str | Unset): URL used to retrieve an access token when certificate authentication is
            enabled.
    """

    authentication_method: Literal["certificate", "token"] | Unset = UNSET
    base_url: str | Unset = UNSET
    certificate_ref: str | Unset = UNSET
    forward_metadata: bool | Unset = UNSET
    llm_api_key_ref: str | Unset = UNSET
    model: str | Unset = UNSET
    token_retrieval_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        authentication_method: str | Unset = UNSET
        if not isinstance(self.authentication_method, Unset):
            authentication_method = self.authentication_method

        base_url = self.base_url

        certificate_ref = self.certificate_ref

        forward_metadata = self.forward_metadata

        llm_api_key_ref = self.llm_api_key_ref

        model = self.model

        token_retrieval_url = self.token_retrieval_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if authentication_method is not UNSET:
            field_dict["authentication_method"] = authentication_method
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if certificate_ref is not UNSET:
            field_dict["certificate_ref"] = certificate_ref
        if forward_metadata is not UNSET:
            field_dict["forward_metadata"] = forward_metadata
        if llm_api_key_ref is not UNSET:
            field_dict["llm_api_key_ref"] = llm_api_key_ref
        if model is not UNSET:
            field_dict["model"] = model
        if token_retrieval_url is not UNSET:
            field_dict["token_retrieval_url"] = token_retrieval_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _authentication_method = d.pop("authentication_method", UNSET)
        authentication_method: Literal["certificate", "token"] | Unset
        if isinstance(_authentication_method, Unset):
            authentication_method = UNSET
        else:
            authentication_method = enum_value(_authentication_method, str)

        base_url = d.pop("base_url", UNSET)

        certificate_ref = d.pop("certificate_ref", UNSET)

        forward_metadata = d.pop("forward_metadata", UNSET)

        llm_api_key_ref = d.pop("llm_api_key_ref", UNSET)

        model = d.pop("model", UNSET)

        token_retrieval_url = d.pop("token_retrieval_url", UNSET)

        additional_properties = d
        return cls(
            authentication_method=authentication_method,
            base_url=base_url,
            certificate_ref=certificate_ref,
            forward_metadata=forward_metadata,
            llm_api_key_ref=llm_api_key_ref,
            model=model,
            token_retrieval_url=token_retrieval_url,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
