# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallConversationInsightsGeneratedPayloadResultsItem")


@_attrs_define(frozen=True)
class CallConversationInsightsGeneratedPayloadResultsItem:
    """
    Attributes:
        insight_id (str | Unset): ID that is unique to the insight result being generated for the call. Example:
            428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        result (CallConversationInsightsGeneratedPayloadResultsItemResultType0 | str | Unset):
    """

    insight_id: str | Unset = UNSET
    result: CallConversationInsightsGeneratedPayloadResultsItemResultType0 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        insight_id = self.insight_id

        result: dict[str, Any] | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, CallConversationInsightsGeneratedPayloadResultsItemResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if insight_id is not UNSET:
            field_dict["insight_id"] = insight_id
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        insight_id = d.pop("insight_id", UNSET)

        result = parse_union(
            d.pop("result", UNSET), (CallConversationInsightsGeneratedPayloadResultsItemResultType0,), lenient=True
        )

        additional_properties = d
        return cls(
            insight_id=insight_id,
            result=result,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_conversation_insights_generated_payload_results_item_result_type_0 import (
    CallConversationInsightsGeneratedPayloadResultsItemResultType0,
)
