from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationRelayTranscriptionEngineConfig")


@_attrs_define(frozen=True)
class ConversationRelayTranscriptionEngineConfig:
    """Engine-specific transcription settings for Conversation Relay. This accepts the same provider-specific options used
    by the Call Transcription Start command, such as `transcription_model`, without requiring the engine discriminator
    to be repeated inside this object.

        Example:
            {'interim_results': True, 'keywords_boosting': {'telnyx': 2.0}, 'transcription_model': 'deepgram/nova-3'}

    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        additional_properties = d
        return cls(
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
