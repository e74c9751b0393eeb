from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.transcription_config_model import TranscriptionConfigModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionConfig")


@_attrs_define(frozen=True)
class TranscriptionConfig:
    """The settings associated with speech to text for the voice assistant. This is only relevant if the assistant uses a
    text-to-text language model. Any assistant using a model with native audio support (e.g. `fixie-ai/ultravox-v0_4`)
    will ignore this field.

        Attributes:
            language (str | Unset): The language of the audio to be transcribed. If not set, or if set to `auto`, supported
                models will automatically detect the language. Supported and meaningful values depend on the selected
                transcription `model`. For `deepgram/flux`, supported values are: `auto` (Telnyx language detection controls the
                language hint), `multi` (no language hint), and language-specific hints `en`, `es`, `fr`, `de`, `hi`, `ru`,
                `pt`, `ja`, `it`, and `nl`. For `soniox/stt-rt-v4`, `auto` omits the language hint and lets Soniox auto-detect;
                ISO 639-1 codes (e.g. `en`, `es`) bias detection toward that language. For `assemblyai/universal-streaming`,
                `auto` (or unset) enables native multilingual code-switching; ISO 639-1 codes (`en`, `es`, `de`, `fr`, `pt`,
                `it`, `tr`, `nl`, `sv`, `no`, `da`, `fi`, `hi`, `vi`, `ar`, `he`, `ja`, `zh`) bias the session to that language.
                Example: auto.
            model (TranscriptionConfigModel | Unset): The speech to text model to be used by the voice assistant. Supported
                models include:

                - `deepgram/flux` (or `flux`) for live streaming turn-taking.
                - `deepgram/nova-3` and `deepgram/nova-2` for live streaming transcription.
                - `speechmatics/standard` and `speechmatics/enhanced` for live streaming transcription.
                - `assemblyai/universal-streaming` for live streaming transcription.
                - `xai/grok-stt` for live streaming transcription.
                - `soniox/stt-rt-v4` for live streaming multilingual transcription with automatic language detection.
                - `nvidia/parakeet-v3` for multilingual transcription with automatic language detection.
                - `azure/fast` and `azure/realtime`; Azure models require `region`, and unsupported regions require
                `api_key_ref`.
                - `google/latest_long` for non-streaming multilingual transcription.
                - `distil-whisper/distil-large-v2` for lower-latency English-only non-streaming transcription.
                - `openai/whisper-large-v3-turbo` for multilingual non-streaming transcription with automatic language
                detection. Example: distil-whisper/distil-large-v2.
    """

    language: str | Unset = UNSET
    model: TranscriptionConfigModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not UNSET:
            field_dict["language"] = language
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        _model = d.pop("model", UNSET)
        model: TranscriptionConfigModel | Unset
        model = UNSET if isinstance(_model, Unset) else enum_value(_model, str)

        additional_properties = d
        return cls(
            language=language,
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
