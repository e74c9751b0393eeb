# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_start_request_transcription_engine import (
    TranscriptionStartRequestTranscriptionEngine,
    check_transcription_start_request_transcription_engine,
)
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
        field_dict.update({})
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
            transcription_engine = check_transcription_start_request_transcription_engine(_transcription_engine)

        def _parse_transcription_engine_config(
            data: object,
        ) -> (
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
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict) and data.get("transcription_engine") in ("Google",):
                transcription_engine_config_type_0 = TranscriptionEngineGoogleConfig.from_dict(data)

                return transcription_engine_config_type_0
            if isinstance(data, dict) and data.get("transcription_engine") in ("Telnyx",):
                transcription_engine_config_type_1 = TranscriptionEngineTelnyxConfig.from_dict(data)

                return transcription_engine_config_type_1
            if isinstance(data, dict) and data.get("transcription_model") in ("deepgram/nova-2",):
                componentsschemas_transcription_engine_deepgram_config_type_0 = DeepgramNova2Config.from_dict(data)

                return componentsschemas_transcription_engine_deepgram_config_type_0
            if isinstance(data, dict) and data.get("transcription_model") in ("deepgram/nova-3",):
                componentsschemas_transcription_engine_deepgram_config_type_1 = DeepgramNova3Config.from_dict(data)

                return componentsschemas_transcription_engine_deepgram_config_type_1
            if isinstance(data, dict) and data.get("transcription_engine") in ("Azure",):
                transcription_engine_config_type_3 = TranscriptionEngineAzureConfig.from_dict(data)

                return transcription_engine_config_type_3
            if isinstance(data, dict) and data.get("transcription_engine") in ("xAI",):
                transcription_engine_config_type_4 = TranscriptionEngineXAIConfig.from_dict(data)

                return transcription_engine_config_type_4
            if isinstance(data, dict) and data.get("transcription_engine") in ("AssemblyAI",):
                transcription_engine_config_type_5 = TranscriptionEngineAssemblyAIConfig.from_dict(data)

                return transcription_engine_config_type_5
            if isinstance(data, dict) and data.get("transcription_engine") in ("Speechmatics",):
                transcription_engine_config_type_6 = TranscriptionEngineSpeechmaticsConfig.from_dict(data)

                return transcription_engine_config_type_6
            if isinstance(data, dict) and data.get("transcription_engine") in ("Soniox",):
                transcription_engine_config_type_7 = TranscriptionEngineSonioxConfig.from_dict(data)

                return transcription_engine_config_type_7
            if isinstance(data, dict) and data.get("transcription_engine") in ("Parakeet",):
                transcription_engine_config_type_8 = TranscriptionEngineParakeetConfig.from_dict(data)

                return transcription_engine_config_type_8
            if isinstance(data, dict) and data.get("transcription_engine") in ("A",):
                transcription_engine_config_type_9 = TranscriptionEngineAConfig.from_dict(data)

                return transcription_engine_config_type_9
            if isinstance(data, dict) and data.get("transcription_engine") in ("B",):
                transcription_engine_config_type_10 = TranscriptionEngineBConfig.from_dict(data)

                return transcription_engine_config_type_10
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_0 = TranscriptionEngineGoogleConfig.from_dict(data)

                return transcription_engine_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_1 = TranscriptionEngineTelnyxConfig.from_dict(data)

                return transcription_engine_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_transcription_engine_deepgram_config_type_0 = DeepgramNova2Config.from_dict(data)

                return componentsschemas_transcription_engine_deepgram_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_transcription_engine_deepgram_config_type_1 = DeepgramNova3Config.from_dict(data)

                return componentsschemas_transcription_engine_deepgram_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_3 = TranscriptionEngineAzureConfig.from_dict(data)

                return transcription_engine_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_4 = TranscriptionEngineXAIConfig.from_dict(data)

                return transcription_engine_config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_5 = TranscriptionEngineAssemblyAIConfig.from_dict(data)

                return transcription_engine_config_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_6 = TranscriptionEngineSpeechmaticsConfig.from_dict(data)

                return transcription_engine_config_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_7 = TranscriptionEngineSonioxConfig.from_dict(data)

                return transcription_engine_config_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_8 = TranscriptionEngineParakeetConfig.from_dict(data)

                return transcription_engine_config_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_engine_config_type_9 = TranscriptionEngineAConfig.from_dict(data)

                return transcription_engine_config_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            transcription_engine_config_type_10 = TranscriptionEngineBConfig.from_dict(data)

            return transcription_engine_config_type_10

        transcription_engine_config = _parse_transcription_engine_config(d.pop("transcription_engine_config", UNSET))

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
