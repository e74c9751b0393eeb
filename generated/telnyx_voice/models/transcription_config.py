from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..models.transcription_config_model import TranscriptionConfigModel
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TranscriptionConfig(BaseModel):
    """The settings associated with speech to text for the voice assistant. This is only relevant if the assistant uses a
    text-to-text language model. Any assistant using a model with native audio support (e.g. `fixie-ai/ultravox-v0_4`)
    will ignore this field.

        Attributes:
            language (str | None): The language of the audio to be transcribed. If not set, or if set to `auto`, supported
                models will automatically detect the language. Supported and meaningful values depend on the selected
                transcription `model`. For `deepgram/flux`, supported values are: `auto` (Telnyx language detection controls the
                language hint), `multi` (no language hint), and language-specific hints `en`, `es`, `fr`, `de`, `hi`, `ru`,
                `pt`, `ja`, `it`, and `nl`. For `soniox/stt-rt-v4`, `auto` omits the language hint and lets Soniox auto-detect;
                ISO 639-1 codes (e.g. `en`, `es`) bias detection toward that language. For `assemblyai/universal-streaming`,
                `auto` (or unset) enables native multilingual code-switching; ISO 639-1 codes (`en`, `es`, `de`, `fr`, `pt`,
                `it`, `tr`, `nl`, `sv`, `no`, `da`, `fi`, `hi`, `vi`, `ar`, `he`, `ja`, `zh`) bias the session to that language.
                Example: auto.
            model (TranscriptionConfigModel | None): The speech to text model to be used by the voice assistant. Supported
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

    language: str | None = None
    model: TranscriptionConfigModel | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("language", "language", False),
        ("model", "model", False),
    )

    def __init__(
        self,
        *,
        language: str | Unset | None = UNSET,
        model: TranscriptionConfigModel | Unset | None = UNSET,
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
        _set(self, "language", d.pop("language", None))
        _set(self, "model", d.pop("model", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("language", str, 0),
            ("model", str, 0),
        )
