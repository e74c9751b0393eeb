from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..models.azure_transcription_engine_list_of_languages import AzureTranscriptionEngineListOfLanguages
from ..models.azure_transcription_engine_list_of_regions import AzureTranscriptionEngineListOfRegions
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TranscriptionEngineAzureConfig(BaseModel):
    """
    Attributes:
        region (AzureTranscriptionEngineListOfRegions): Azure region to use for speech recognition Example: eastus.
        transcription_engine (Literal["Azure"]): Engine identifier for Azure transcription service
        api_key_ref (str | None): Reference to the API key for authentication. See [integration secrets
            documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret)
            for details. The parameter is optional as defaults are available for some regions.
        language (AzureTranscriptionEngineListOfLanguages | None): Language to use for speech recognition Example: en.
    """

    region: AzureTranscriptionEngineListOfRegions
    transcription_engine: Literal["Azure"]
    api_key_ref: str | None = None
    language: AzureTranscriptionEngineListOfLanguages | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("region", "region", True),
        ("transcription_engine", "transcription_engine", True),
        ("api_key_ref", "api_key_ref", False),
        ("language", "language", False),
    )

    def __init__(
        self,
        *,
        region: AzureTranscriptionEngineListOfRegions,
        transcription_engine: Literal["Azure"],
        api_key_ref: str | Unset | None = UNSET,
        language: AzureTranscriptionEngineListOfLanguages | Unset | None = UNSET,
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
        _set(self, "region", d.pop("region", None))
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "api_key_ref", d.pop("api_key_ref", None))
        _set(self, "language", d.pop("language", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("region", str, REQUIRED),
            ("transcription_engine", str, REQUIRED),
            ("api_key_ref", str, 0),
            ("language", str, 0),
        )
