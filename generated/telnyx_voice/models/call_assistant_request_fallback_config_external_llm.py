from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallAssistantRequestFallbackConfigExternalLlm(BaseModel):
    """External LLM fallback configuration.

    Attributes:
        authentication_method (Literal["certificate", "token"] | None): Authentication method used when connecting to
            the external LLM endpoint.
        base_url (str | None): Base URL for the external LLM endpoint.
        certificate_ref (str | None): Integration secret identifier for the client certificate used with certificate
            authentication.
        forward_metadata (bool | None): When enabled, Telnyx forwards the assistant's dynamic variables to the external
            LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when
            dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789"
            ,"telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`.
        llm_api_key_ref (str | None): Integration secret identifier for the external LLM API key.
        model (str | None): Model identifier to use with the external LLM endpoint.
        token_retrieval_url (str | None): URL used to retrieve an access token when certificate authentication is
            enabled.
    """

    authentication_method: Literal["certificate", "token"] | None = None
    base_url: str | None = None
    certificate_ref: str | None = None
    forward_metadata: bool | None = None
    llm_api_key_ref: str | None = None
    model: str | None = None
    token_retrieval_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("authentication_method", "authentication_method", False),
        ("base_url", "base_url", False),
        ("certificate_ref", "certificate_ref", False),
        ("forward_metadata", "forward_metadata", False),
        ("llm_api_key_ref", "llm_api_key_ref", False),
        ("model", "model", False),
        ("token_retrieval_url", "token_retrieval_url", False),
    )

    def __init__(
        self,
        *,
        authentication_method: Literal["certificate", "token"] | Unset | None = UNSET,
        base_url: str | Unset | None = UNSET,
        certificate_ref: str | Unset | None = UNSET,
        forward_metadata: bool | Unset | None = UNSET,
        llm_api_key_ref: str | Unset | None = UNSET,
        model: str | Unset | None = UNSET,
        token_retrieval_url: str | Unset | None = UNSET,
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
        _set(self, "authentication_method", d.pop("authentication_method", None))
        _set(self, "base_url", d.pop("base_url", None))
        _set(self, "certificate_ref", d.pop("certificate_ref", None))
        _set(self, "forward_metadata", d.pop("forward_metadata", None))
        _set(self, "llm_api_key_ref", d.pop("llm_api_key_ref", None))
        _set(self, "model", d.pop("model", None))
        _set(self, "token_retrieval_url", d.pop("token_retrieval_url", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("authentication_method", str, 0),
            ("base_url", str, 0),
            ("certificate_ref", str, 0),
            ("forward_metadata", bool, 0),
            ("llm_api_key_ref", str, 0),
            ("model", str, 0),
            ("token_retrieval_url", str, 0),
        )
