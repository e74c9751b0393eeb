# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnswerRequestWebhookRetriesPolicies")


@_attrs_define(frozen=True)
class AnswerRequestWebhookRetriesPolicies:
    """A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays
    between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds.

        Example:
            {'call.hangup': {'retries_ms': [1000, 2000, 5000]}}

    """

    additional_properties: dict[str, AnswerRequestWebhookRetriesPoliciesAdditionalProperty] = _attrs_field(
        factory=dict, kw_only=True
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AnswerRequestWebhookRetriesPoliciesAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        return cls(
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AnswerRequestWebhookRetriesPoliciesAdditionalProperty:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.answer_request_webhook_retries_policies_additional_property import (
    AnswerRequestWebhookRetriesPoliciesAdditionalProperty,
)
