# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartStreamingRequest")


@_attrs_define(frozen=True)
class StartStreamingRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'dialogflow_config': {'analyze_sentiment': False, 'partial_automated_agent_reply': False}, 'enable_dialogflow':
            False, 'stream_track': 'both_tracks', 'stream_url': 'wss://www.example.com/websocket'}

    Attributes:
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_parameters (list[StartStreamingRequestCustomParametersItem] | Unset): Custom parameters to be sent as
            part of the WebSocket connection. Example: [{'name': 'param1', 'value': 'value1'}, {'name': 'param2', 'value':
            'value2'}].
        dialogflow_config (DialogflowConfig | Unset):
        enable_dialogflow (bool | Unset): Enables Dialogflow for the current call. The default value is false. Example:
            True.
        stream_auth_token (str | Unset): An authentication token to be sent as part of the WebSocket connection. Maximum
            length is 4000 characters. Example: your-auth-token.
        stream_bidirectional_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset): Indicates codec
            for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Example:
            G722.
        stream_bidirectional_mode (Literal["mp3", "rtp"] | Unset): Configures method of bidirectional streaming (mp3,
            rtp). Example: rtp.
        stream_bidirectional_sampling_rate (Literal[8000, 16000, 22050, 24000, 48000] | Unset): Audio sampling rate.
            Example: 16000.
        stream_bidirectional_target_legs (Literal["both", "opposite", "self"] | Unset): Specifies which call legs should
            receive the bidirectional stream audio. Example: both.
        stream_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset): Specifies the codec
            to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the
            call will be used. Example: PCMA.
        stream_track (Literal["both_tracks", "inbound_track", "outbound_track"] | Unset): Specifies which track should
            be streamed. Example: both_tracks.
        stream_url (str | Unset): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
    """

    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    custom_parameters: list[StartStreamingRequestCustomParametersItem] | Unset = UNSET
    dialogflow_config: DialogflowConfig | Unset = UNSET
    enable_dialogflow: bool | Unset = UNSET
    stream_auth_token: str | Unset = UNSET
    stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET
    stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET
    stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset = UNSET
    stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET
    stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET
    stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET
    stream_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        client_state = self.client_state

        command_id = self.command_id

        custom_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_parameters, Unset):
            custom_parameters = []
            for custom_parameters_item_data in self.custom_parameters:
                custom_parameters_item = custom_parameters_item_data.to_dict()
                custom_parameters.append(custom_parameters_item)

        dialogflow_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dialogflow_config, Unset):
            dialogflow_config = self.dialogflow_config.to_dict()

        enable_dialogflow = self.enable_dialogflow

        stream_auth_token = self.stream_auth_token

        stream_bidirectional_codec: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_codec, Unset):
            stream_bidirectional_codec = self.stream_bidirectional_codec

        stream_bidirectional_mode: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_mode, Unset):
            stream_bidirectional_mode = self.stream_bidirectional_mode

        stream_bidirectional_sampling_rate: int | Unset = UNSET
        if not isinstance(self.stream_bidirectional_sampling_rate, Unset):
            stream_bidirectional_sampling_rate = self.stream_bidirectional_sampling_rate

        stream_bidirectional_target_legs: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_target_legs, Unset):
            stream_bidirectional_target_legs = self.stream_bidirectional_target_legs

        stream_codec: str | Unset = UNSET
        if not isinstance(self.stream_codec, Unset):
            stream_codec = self.stream_codec

        stream_track: str | Unset = UNSET
        if not isinstance(self.stream_track, Unset):
            stream_track = self.stream_track

        stream_url = self.stream_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if custom_parameters is not UNSET:
            field_dict["custom_parameters"] = custom_parameters
        if dialogflow_config is not UNSET:
            field_dict["dialogflow_config"] = dialogflow_config
        if enable_dialogflow is not UNSET:
            field_dict["enable_dialogflow"] = enable_dialogflow
        if stream_auth_token is not UNSET:
            field_dict["stream_auth_token"] = stream_auth_token
        if stream_bidirectional_codec is not UNSET:
            field_dict["stream_bidirectional_codec"] = stream_bidirectional_codec
        if stream_bidirectional_mode is not UNSET:
            field_dict["stream_bidirectional_mode"] = stream_bidirectional_mode
        if stream_bidirectional_sampling_rate is not UNSET:
            field_dict["stream_bidirectional_sampling_rate"] = stream_bidirectional_sampling_rate
        if stream_bidirectional_target_legs is not UNSET:
            field_dict["stream_bidirectional_target_legs"] = stream_bidirectional_target_legs
        if stream_codec is not UNSET:
            field_dict["stream_codec"] = stream_codec
        if stream_track is not UNSET:
            field_dict["stream_track"] = stream_track
        if stream_url is not UNSET:
            field_dict["stream_url"] = stream_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _custom_parameters = d.pop("custom_parameters", UNSET)
        custom_parameters: list[StartStreamingRequestCustomParametersItem] | Unset = UNSET
        if _custom_parameters is not UNSET:
            custom_parameters = []
            for custom_parameters_item_data in _custom_parameters:
                custom_parameters_item = StartStreamingRequestCustomParametersItem.from_dict(
                    custom_parameters_item_data
                )

                custom_parameters.append(custom_parameters_item)

        _dialogflow_config = d.pop("dialogflow_config", UNSET)
        dialogflow_config: DialogflowConfig | Unset
        if isinstance(_dialogflow_config, Unset):
            dialogflow_config = UNSET
        else:
            dialogflow_config = DialogflowConfig.from_dict(_dialogflow_config)

        enable_dialogflow = d.pop("enable_dialogflow", UNSET)

        stream_auth_token = d.pop("stream_auth_token", UNSET)

        _stream_bidirectional_codec = d.pop("stream_bidirectional_codec", UNSET)
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset
        if isinstance(_stream_bidirectional_codec, Unset):
            stream_bidirectional_codec = UNSET
        else:
            stream_bidirectional_codec = enum_value(_stream_bidirectional_codec, str)

        _stream_bidirectional_mode = d.pop("stream_bidirectional_mode", UNSET)
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset
        if isinstance(_stream_bidirectional_mode, Unset):
            stream_bidirectional_mode = UNSET
        else:
            stream_bidirectional_mode = enum_value(_stream_bidirectional_mode, str)

        _stream_bidirectional_sampling_rate = d.pop("stream_bidirectional_sampling_rate", UNSET)
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset
        if isinstance(_stream_bidirectional_sampling_rate, Unset):
            stream_bidirectional_sampling_rate = UNSET
        else:
            stream_bidirectional_sampling_rate = enum_value(_stream_bidirectional_sampling_rate, int)

        _stream_bidirectional_target_legs = d.pop("stream_bidirectional_target_legs", UNSET)
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset
        if isinstance(_stream_bidirectional_target_legs, Unset):
            stream_bidirectional_target_legs = UNSET
        else:
            stream_bidirectional_target_legs = enum_value(_stream_bidirectional_target_legs, str)

        _stream_codec = d.pop("stream_codec", UNSET)
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset
        stream_codec = UNSET if isinstance(_stream_codec, Unset) else enum_value(_stream_codec, str)

        _stream_track = d.pop("stream_track", UNSET)
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset
        stream_track = UNSET if isinstance(_stream_track, Unset) else enum_value(_stream_track, str)

        stream_url = d.pop("stream_url", UNSET)

        additional_properties = d
        return cls(
            client_state=client_state,
            command_id=command_id,
            custom_parameters=custom_parameters,
            dialogflow_config=dialogflow_config,
            enable_dialogflow=enable_dialogflow,
            stream_auth_token=stream_auth_token,
            stream_bidirectional_codec=stream_bidirectional_codec,
            stream_bidirectional_mode=stream_bidirectional_mode,
            stream_bidirectional_sampling_rate=stream_bidirectional_sampling_rate,
            stream_bidirectional_target_legs=stream_bidirectional_target_legs,
            stream_codec=stream_codec,
            stream_track=stream_track,
            stream_url=stream_url,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.dialogflow_config import DialogflowConfig
from ..models.start_streaming_request_custom_parameters_item import StartStreamingRequestCustomParametersItem
