from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.azure_transcription_engine_list_of_languages import AzureTranscriptionEngineListOfLanguages
from ..models.azure_transcription_engine_list_of_regions import AzureTranscriptionEngineListOfRegions
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionEngineAzureConfig")


@_attrs_define(frozen=True)
class TranscriptionEngineAzureConfig:
    """
    Attributes:
        region (AzureTranscriptionEngineListOfRegions): Azure region to use for speech recognition Example: eastus.
        transcription_engine (Literal["Azure"]): Engine identifier for Azure transcription service
        api_key_ref (str | Unset): Reference to the API key for authentication. See [integration secrets
            documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret)
            for details. The parameter is optional as defaults are available for some regions.
        language (AzureTranscriptionEngineListOfLanguages | Unset): Language to use for speech recognition Example: en.
    """

    region: AzureTranscriptionEngineListOfRegions
    transcription_engine: Literal["Azure"]
    api_key_ref: str | Unset = UNSET
    language: AzureTranscriptionEngineListOfLanguages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        region: str = self.region

        transcription_engine: str = self.transcription_engine

        api_key_ref = self.api_key_ref

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "transcription_engine": transcription_engine,
            }
        )
        if api_key_ref is not UNSET:
            field_dict["api_key_ref"] = api_key_ref
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = enum_value(d.pop("region"), str)

        transcription_engine = enum_value(d.pop("transcription_engine"), str)

        api_key_ref = d.pop("api_key_ref", UNSET)

        _language = d.pop("language", UNSET)
        language: AzureTranscriptionEngineListOfLanguages | Unset
        language = UNSET if isinstance(_language, Unset) else enum_value(_language, str)

        additional_properties = d
        return cls(
            region=region,
            transcription_engine=transcription_engine,
            api_key_ref=api_key_ref,
            language=language,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
