from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialogflowConfig")


@_attrs_define(frozen=True)
class DialogflowConfig:
    """
    Attributes:
        analyze_sentiment (bool | Unset): Enable sentiment analysis from Dialogflow. Example: True.
        partial_automated_agent_reply (bool | Unset): Enable partial automated agent reply from Dialogflow. Example:
            True.
    """

    analyze_sentiment: bool | Unset = UNSET
    partial_automated_agent_reply: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        analyze_sentiment = self.analyze_sentiment

        partial_automated_agent_reply = self.partial_automated_agent_reply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if analyze_sentiment is not UNSET:
            field_dict["analyze_sentiment"] = analyze_sentiment
        if partial_automated_agent_reply is not UNSET:
            field_dict["partial_automated_agent_reply"] = partial_automated_agent_reply

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analyze_sentiment = d.pop("analyze_sentiment", UNSET)

        partial_automated_agent_reply = d.pop("partial_automated_agent_reply", UNSET)

        additional_properties = d
        return cls(
            analyze_sentiment=analyze_sentiment,
            partial_automated_agent_reply=partial_automated_agent_reply,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
