# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import OneOf, parse_union
from ..models.transcription_start_request_transcription_engine import TranscriptionStartRequestTranscriptionEngine
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TranscriptionStartRequest(BaseModel):
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'transcription_engine': 'Google', 'transcription_engine_config': {'language': 'en', 'transcription_engine':
            'Google'}}

    Attributes:
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        transcription_engine (TranscriptionStartRequestTranscriptionEngine | None): Engine to use for speech
            recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. Example:
            Google.
        transcription_engine_config (DeepgramNova2Config | DeepgramNova3Config | TranscriptionEngineAConfig |
            TranscriptionEngineAssemblyAIConfig | TranscriptionEngineAzureConfig | TranscriptionEngineBConfig |
            TranscriptionEngineGoogleConfig | TranscriptionEngineParakeetConfig | TranscriptionEngineSonioxConfig |
            TranscriptionEngineSpeechmaticsConfig | TranscriptionEngineTelnyxConfig | TranscriptionEngineXAIConfig | None):
        transcription_tracks (str | None): Indicates which leg of the call will be transcribed. Use `inbound` for the
            leg that requested the transcription, `outbound` for the other leg, and `both` for both legs of the call. Will
            default to `inbound`. Example: both.
    """

    client_state: str | None = None
    command_id: str | None = None
    transcription_engine: TranscriptionStartRequestTranscriptionEngine | None = None
    transcription_engine_config: (
        DeepgramNova2Config
        | DeepgramNova3Config
        | TranscriptionEngineAConfig
        | TranscriptionEngineAssemblyAIConfig
        | TranscriptionEngineAzureConfig
        | TranscriptionEngineBConfig
        | TranscriptionEngineGoogleConfig
        | TranscriptionEngineParakeetConfig
        | TranscriptionEngineSonioxConfig
        | TranscriptionEngineSpeechmaticsConfig
        | TranscriptionEngineTelnyxConfig
        | TranscriptionEngineXAIConfig
        | None
    ) = None
    transcription_tracks: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("transcription_engine", "transcription_engine", False),
        ("transcription_engine_config", "transcription_engine_config", False),
        ("transcription_tracks", "transcription_tracks", False),
    )

    def __init__(
        self,
        *,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        transcription_engine: TranscriptionStartRequestTranscriptionEngine | Unset | None = UNSET,
        transcription_engine_config: DeepgramNova2Config
        | DeepgramNova3Config
        | TranscriptionEngineAConfig
        | TranscriptionEngineAssemblyAIConfig
        | TranscriptionEngineAzureConfig
        | TranscriptionEngineBConfig
        | TranscriptionEngineGoogleConfig
        | TranscriptionEngineParakeetConfig
        | TranscriptionEngineSonioxConfig
        | TranscriptionEngineSpeechmaticsConfig
        | TranscriptionEngineTelnyxConfig
        | TranscriptionEngineXAIConfig
        | Unset
        | None = UNSET,
        transcription_tracks: str | Unset | None = UNSET,
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
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        v = d.pop("transcription_engine_config", None)
        _set(
            self,
            "transcription_engine_config",
            parse_union(
                v,
                (
                    TranscriptionEngineGoogleConfig,
                    TranscriptionEngineTelnyxConfig,
                    DeepgramNova2Config,
                    DeepgramNova3Config,
                    TranscriptionEngineAzureConfig,
                    TranscriptionEngineXAIConfig,
                    TranscriptionEngineAssemblyAIConfig,
                    TranscriptionEngineSpeechmaticsConfig,
                    TranscriptionEngineSonioxConfig,
                    TranscriptionEngineParakeetConfig,
                    TranscriptionEngineAConfig,
                    TranscriptionEngineBConfig,
                ),
                lenient=True,
                tagged=(
                    ("transcription_engine", "Google", TranscriptionEngineGoogleConfig),
                    ("transcription_engine", "Telnyx", TranscriptionEngineTelnyxConfig),
                    ("transcription_model", "deepgram/nova-2", DeepgramNova2Config),
                    ("transcription_model", "deepgram/nova-3", DeepgramNova3Config),
                    ("transcription_engine", "Azure", TranscriptionEngineAzureConfig),
                    ("transcription_engine", "xAI", TranscriptionEngineXAIConfig),
                    ("transcription_engine", "AssemblyAI", TranscriptionEngineAssemblyAIConfig),
                    ("transcription_engine", "Speechmatics", TranscriptionEngineSpeechmaticsConfig),
                    ("transcription_engine", "Soniox", TranscriptionEngineSonioxConfig),
                    ("transcription_engine", "Parakeet", TranscriptionEngineParakeetConfig),
                    ("transcription_engine", "A", TranscriptionEngineAConfig),
                    ("transcription_engine", "B", TranscriptionEngineBConfig),
                ),
            ),
        )
        _set(self, "transcription_tracks", d.pop("transcription_tracks", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("transcription_engine", str, 0),
            (
                "transcription_engine_config",
                OneOf(
                    (
                        TranscriptionEngineGoogleConfig,
                        TranscriptionEngineTelnyxConfig,
                        DeepgramNova2Config,
                        DeepgramNova3Config,
                        TranscriptionEngineAzureConfig,
                        TranscriptionEngineXAIConfig,
                        TranscriptionEngineAssemblyAIConfig,
                        TranscriptionEngineSpeechmaticsConfig,
                        TranscriptionEngineSonioxConfig,
                        TranscriptionEngineParakeetConfig,
                        TranscriptionEngineAConfig,
                        TranscriptionEngineBConfig,
                    ),
                    tagged=(
                        ("transcription_engine", "Google", TranscriptionEngineGoogleConfig),
                        ("transcription_engine", "Telnyx", TranscriptionEngineTelnyxConfig),
                        ("transcription_model", "deepgram/nova-2", DeepgramNova2Config),
                        ("transcription_model", "deepgram/nova-3", DeepgramNova3Config),
                        ("transcription_engine", "Azure", TranscriptionEngineAzureConfig),
                        ("transcription_engine", "xAI", TranscriptionEngineXAIConfig),
                        ("transcription_engine", "AssemblyAI", TranscriptionEngineAssemblyAIConfig),
                        ("transcription_engine", "Speechmatics", TranscriptionEngineSpeechmaticsConfig),
                        ("transcription_engine", "Soniox", TranscriptionEngineSonioxConfig),
                        ("transcription_engine", "Parakeet", TranscriptionEngineParakeetConfig),
                        ("transcription_engine", "A", TranscriptionEngineAConfig),
                        ("transcription_engine", "B", TranscriptionEngineBConfig),
                    ),
                ),
                0,
            ),
            ("transcription_tracks", str, 0),
        )


from ..models.deepgram_nova_2_config import DeepgramNova2Config
from ..models.deepgram_nova_3_config import DeepgramNova3Config
from ..models.transcription_engine_a_config import TranscriptionEngineAConfig
from ..models.transcription_engine_assembly_ai_config import TranscriptionEngineAssemblyAIConfig
from ..models.transcription_engine_azure_config import TranscriptionEngineAzureConfig
from ..models.transcription_engine_b_config import TranscriptionEngineBConfig
from ..models.transcription_engine_google_config import TranscriptionEngineGoogleConfig
from ..models.transcription_engine_parakeet_config import TranscriptionEngineParakeetConfig
from ..models.transcription_engine_soniox_config import TranscriptionEngineSonioxConfig
from ..models.transcription_engine_speechmatics_config import TranscriptionEngineSpeechmaticsConfig
from ..models.transcription_engine_telnyx_config import TranscriptionEngineTelnyxConfig
from ..models.transcription_engine_xai_config import TranscriptionEngineXAIConfig
