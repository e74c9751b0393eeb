# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, parse_union
from ..models.transcription_start_request_transcription_engine import TranscriptionStartRequestTranscriptionEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionStartRequest")


@_attrs_define(frozen=True)
class TranscriptionStartRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'transcription_engine': 'Google', 'transcription_engine_config': {'language': 'en', 'transcription_engine':
            'Google'}}

    Attributes:
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        transcription_engine (TranscriptionStartRequestTranscriptionEngine | Unset): Engine to use for speech
            recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. Example:
            Google.
        transcription_engine_config (DeepgramNova2Config | DeepgramNova3Config | TranscriptionEngineAConfig |
            TranscriptionEngineAssemblyAIConfig | TranscriptionEngineAzureConfig | TranscriptionEngineBConfig |
            TranscriptionEngineGoogleConfig | TranscriptionEngineParakeetConfig | TranscriptionEngineSonioxConfig |
            TranscriptionEngineSpeechmaticsConfig | TranscriptionEngineTelnyxConfig | TranscriptionEngineXAIConfig | Unset):
        transcription_tracks (str | Unset): Indicates which leg of the call will be transcribed. Use `inbound` for the
            leg that requested the transcription, `outbound` for the other leg, and `both` for both legs of the call. Will
            default to `inbound`. Example: both.
    """

    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    transcription_engine: TranscriptionStartRequestTranscriptionEngine | Unset = UNSET
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
        | Unset
    ) = UNSET
    transcription_tracks: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        client_state = self.client_state

        command_id = self.command_id

        transcription_engine: str | Unset = UNSET
        if not isinstance(self.transcription_engine, Unset):
            transcription_engine = self.transcription_engine

        transcription_engine_config: dict[str, Any] | Unset
        if isinstance(self.transcription_engine_config, Unset):
            transcription_engine_config = UNSET
        elif isinstance(
            self.transcription_engine_config,
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
            ),
        ):
            transcription_engine_config = self.transcription_engine_config.to_dict()
        else:
            transcription_engine_config = self.transcription_engine_config.to_dict()

        transcription_tracks = self.transcription_tracks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if transcription_engine is not UNSET:
            field_dict["transcription_engine"] = transcription_engine
        if transcription_engine_config is not UNSET:
            field_dict["transcription_engine_config"] = transcription_engine_config
        if transcription_tracks is not UNSET:
            field_dict["transcription_tracks"] = transcription_tracks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _transcription_engine = d.pop("transcription_engine", UNSET)
        transcription_engine: TranscriptionStartRequestTranscriptionEngine | Unset
        if isinstance(_transcription_engine, Unset):
            transcription_engine = UNSET
        else:
            transcription_engine = enum_value(_transcription_engine, str)

        transcription_engine_config = parse_union(
            d.pop("transcription_engine_config", UNSET),
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
        )

        transcription_tracks = d.pop("transcription_tracks", UNSET)

        additional_properties = d
        return cls(
            client_state=client_state,
            command_id=command_id,
            transcription_engine=transcription_engine,
            transcription_engine_config=transcription_engine_config,
            transcription_tracks=transcription_tracks,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
