# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class StartStreamingRequest(BaseModel):
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'dialogflow_config': {'analyze_sentiment': False, 'partial_automated_agent_reply': False}, 'enable_dialogflow':
            False, 'stream_track': 'both_tracks', 'stream_url': 'wss://www.example.com/websocket'}

    Attributes:
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_parameters (list[StartStreamingRequestCustomParametersItem] | None): Custom parameters to be sent as part
            of the WebSocket connection. Example: [{'name': 'param1', 'value': 'value1'}, {'name': 'param2', 'value':
            'value2'}].
        dialogflow_config (DialogflowConfig | None):
        enable_dialogflow (bool | None): Enables Dialogflow for the current call. The default value is false. Example:
            True.
        stream_auth_token (str | None): An authentication token to be sent as part of the WebSocket connection. Maximum
            length is 4000 characters. Example: your-auth-token.
        stream_bidirectional_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | None): Indicates codec
            for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Example:
            G722.
        stream_bidirectional_mode (Literal["mp3", "rtp"] | None): Configures method of bidirectional streaming (mp3,
            rtp). Example: rtp.
        stream_bidirectional_sampling_rate (Literal[8000, 16000, 22050, 24000, 48000] | None): Audio sampling rate.
            Example: 16000.
        stream_bidirectional_target_legs (Literal["both", "opposite", "self"] | None): Specifies which call legs should
            receive the bidirectional stream audio. Example: both.
        stream_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | None): Specifies the codec
            to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the
            call will be used. Example: PCMA.
        stream_track (Literal["both_tracks", "inbound_track", "outbound_track"] | None): Specifies which track should be
            streamed. Example: both_tracks.
        stream_url (str | None): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
    """

    client_state: str | None = None
    command_id: str | None = None
    custom_parameters: list[StartStreamingRequestCustomParametersItem] | None = None
    dialogflow_config: DialogflowConfig | None = None
    enable_dialogflow: bool | None = None
    stream_auth_token: str | None = None
    stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | None = None
    stream_bidirectional_mode: Literal["mp3", "rtp"] | None = None
    stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | None = None
    stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | None = None
    stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | None = None
    stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | None = None
    stream_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("custom_parameters", "custom_parameters", False),
        ("dialogflow_config", "dialogflow_config", False),
        ("enable_dialogflow", "enable_dialogflow", False),
        ("stream_auth_token", "stream_auth_token", False),
        ("stream_bidirectional_codec", "stream_bidirectional_codec", False),
        ("stream_bidirectional_mode", "stream_bidirectional_mode", False),
        ("stream_bidirectional_sampling_rate", "stream_bidirectional_sampling_rate", False),
        ("stream_bidirectional_target_legs", "stream_bidirectional_target_legs", False),
        ("stream_codec", "stream_codec", False),
        ("stream_track", "stream_track", False),
        ("stream_url", "stream_url", False),
    )

    def __init__(
        self,
        *,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        custom_parameters: list[StartStreamingRequestCustomParametersItem] | Unset | None = UNSET,
        dialogflow_config: DialogflowConfig | Unset | None = UNSET,
        enable_dialogflow: bool | Unset | None = UNSET,
        stream_auth_token: str | Unset | None = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset | None = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset | None = UNSET,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset | None = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset | None = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset | None = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset | None = UNSET,
        stream_url: str | Unset | None = UNSET,
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
        v = d.pop("custom_parameters", None)
        _set(
            self,
            "custom_parameters",
            [StartStreamingRequestCustomParametersItem.from_dict(i) if i.__class__ is dict else i for i in v]
            if v.__class__ is list
            else v,
        )
        v = d.pop("dialogflow_config", None)
        _set(self, "dialogflow_config", DialogflowConfig.from_dict(v) if v.__class__ is dict else v)
        _set(self, "enable_dialogflow", d.pop("enable_dialogflow", None))
        _set(self, "stream_auth_token", d.pop("stream_auth_token", None))
        _set(self, "stream_bidirectional_codec", d.pop("stream_bidirectional_codec", None))
        _set(self, "stream_bidirectional_mode", d.pop("stream_bidirectional_mode", None))
        _set(self, "stream_bidirectional_sampling_rate", d.pop("stream_bidirectional_sampling_rate", None))
        _set(self, "stream_bidirectional_target_legs", d.pop("stream_bidirectional_target_legs", None))
        _set(self, "stream_codec", d.pop("stream_codec", None))
        _set(self, "stream_track", d.pop("stream_track", None))
        _set(self, "stream_url", d.pop("stream_url", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("custom_parameters", ListOf(StartStreamingRequestCustomParametersItem), 0),
            ("dialogflow_config", DialogflowConfig, 0),
            ("enable_dialogflow", bool, 0),
            ("stream_auth_token", str, 0),
            ("stream_bidirectional_codec", str, 0),
            ("stream_bidirectional_mode", str, 0),
            ("stream_bidirectional_sampling_rate", int, 0),
            ("stream_bidirectional_target_legs", str, 0),
            ("stream_codec", str, 0),
            ("stream_track", str, 0),
            ("stream_url", str, 0),
        )


from ..models.dialogflow_config import DialogflowConfig
from ..models.start_streaming_request_custom_parameters_item import StartStreamingRequestCustomParametersItem
