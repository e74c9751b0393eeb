from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..models.bridge_request_ringtone import BridgeRequestRingtone
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class BridgeRequest(BaseModel):
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'client_state':
            'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'park_after_unbridge': 'self'}

    Attributes:
        call_control_id (str): The Call Control ID of the call you want to bridge with, can't be used together with
            queue parameter or video_room_id parameter. Example: v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        hold_after_unbridge (bool | None): Specifies behavior after the bridge ends. If set to `true`, the current leg
            will be put on hold after unbridge instead of being hung up. Example: True.
        mute_dtmf (Literal["both", "none", "opposite", "self"] | None): When enabled, DTMF tones are not passed to the
            call participant. The webhooks containing the DTMF information will be sent. Example: opposite.
        park_after_unbridge (str | None): Specifies behavior after the bridge ends (i.e. the opposite leg either hangs
            up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not
            set, the default behavior is to hang up the leg. Example: self.
        play_ringtone (bool | None): Specifies whether to play a ringtone if the call you want to bridge with has not
            yet been answered. Example: True.
        prevent_double_bridge (bool | None): When set to `true`, it prevents bridging if the target call is already
            bridged to another call. Disabled by default. Example: True.
        queue (str | None): The name of the queue you want to bridge with, can't be used together with call_control_id
            parameter or video_room_id parameter. Bridging with a queue means bridging with the first call in the queue. The
            call will always be removed from the queue regardless of whether bridging succeeds. Returns an error when the
            queue is empty. Example: support.
        record (Literal["record-from-answer"] | None): Start recording automatically after an event. Disabled by
            default. Example: record-from-answer.
        record_channels (Literal["dual", "single"] | None): Defines which channel should be recorded ('single' or
            'dual') when `record` is specified. Example: single.
        record_custom_file_name (str | None): The custom recording file name to be used instead of the default
            `call_leg_id`. Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        record_format (Literal["mp3", "wav"] | None): Defines the format of the recording ('wav' or 'mp3') when `record`
            is specified. Example: wav.
        record_max_length (int | None): Defines the maximum length for the recording in seconds when `record` is
            specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite). Example: 1000.
        record_timeout_secs (int | None): The number of seconds that Telnyx will wait for the recording to be stopped if
            silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note
            that call transcription is used to detect silence and the related charge will be applied. The minimum value is
            0. The default value is 0 (infinite). Example: 100.
        record_track (Literal["both", "inbound", "outbound"] | None): The audio track to be recorded. Can be either
            `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels`
            configuration is ignored and it will be recorded as mono (single channel). Example: outbound.
        record_trim (Literal["trim-silence"] | None): When set to `trim-silence`, silence will be removed from the
            beginning and end of the recording. Example: trim-silence.
        ringtone (BridgeRequestRingtone | None): Specifies which country ringtone to play when `play_ringtone` is set to
            `true`. If not set, the US ringtone will be played. Example: pl.
        video_room_context (str | None): The additional parameter that will be passed to the video conference. It is a
            text field and the user can decide how to use it. For example, you can set the participant name or pass JSON
            text. It can be used only with video_room_id parameter. Example: Alice.
        video_room_id (str | None): The ID of the video room you want to bridge with, can't be used together with
            call_control_id parameter or queue parameter. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
    """

    call_control_id: str
    client_state: str | None = None
    command_id: str | None = None
    hold_after_unbridge: bool | None = None
    mute_dtmf: Literal["both", "none", "opposite", "self"] | None = None
    park_after_unbridge: str | None = None
    play_ringtone: bool | None = None
    prevent_double_bridge: bool | None = None
    queue: str | None = None
    record: Literal["record-from-answer"] | None = None
    record_channels: Literal["dual", "single"] | None = None
    record_custom_file_name: str | None = None
    record_format: Literal["mp3", "wav"] | None = None
    record_max_length: int | None = None
    record_timeout_secs: int | None = None
    record_track: Literal["both", "inbound", "outbound"] | None = None
    record_trim: Literal["trim-silence"] | None = None
    ringtone: BridgeRequestRingtone | None = None
    video_room_context: str | None = None
    video_room_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("hold_after_unbridge", "hold_after_unbridge", False),
        ("mute_dtmf", "mute_dtmf", False),
        ("park_after_unbridge", "park_after_unbridge", False),
        ("play_ringtone", "play_ringtone", False),
        ("prevent_double_bridge", "prevent_double_bridge", False),
        ("queue", "queue", False),
        ("record", "record", False),
        ("record_channels", "record_channels", False),
        ("record_custom_file_name", "record_custom_file_name", False),
        ("record_format", "record_format", False),
        ("record_max_length", "record_max_length", False),
        ("record_timeout_secs", "record_timeout_secs", False),
        ("record_track", "record_track", False),
        ("record_trim", "record_trim", False),
        ("ringtone", "ringtone", False),
        ("video_room_context", "video_room_context", False),
        ("video_room_id", "video_room_id", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        hold_after_unbridge: bool | Unset | None = UNSET,
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset | None = UNSET,
        park_after_unbridge: str | Unset | None = UNSET,
        play_ringtone: bool | Unset | None = UNSET,
        prevent_double_bridge: bool | Unset | None = UNSET,
        queue: str | Unset | None = UNSET,
        record: Literal["record-from-answer"] | Unset | None = UNSET,
        record_channels: Literal["dual", "single"] | Unset | None = UNSET,
        record_custom_file_name: str | Unset | None = UNSET,
        record_format: Literal["mp3", "wav"] | Unset | None = UNSET,
        record_max_length: int | Unset | None = UNSET,
        record_timeout_secs: int | Unset | None = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset | None = UNSET,
        record_trim: Literal["trim-silence"] | Unset | None = UNSET,
        ringtone: BridgeRequestRingtone | Unset | None = UNSET,
        video_room_context: str | Unset | None = UNSET,
        video_room_id: str | Unset | None = UNSET,
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
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "hold_after_unbridge", d.pop("hold_after_unbridge", None))
        _set(self, "mute_dtmf", d.pop("mute_dtmf", None))
        _set(self, "park_after_unbridge", d.pop("park_after_unbridge", None))
        _set(self, "play_ringtone", d.pop("play_ringtone", None))
        _set(self, "prevent_double_bridge", d.pop("prevent_double_bridge", None))
        _set(self, "queue", d.pop("queue", None))
        _set(self, "record", d.pop("record", None))
        _set(self, "record_channels", d.pop("record_channels", None))
        _set(self, "record_custom_file_name", d.pop("record_custom_file_name", None))
        _set(self, "record_format", d.pop("record_format", None))
        _set(self, "record_max_length", d.pop("record_max_length", None))
        _set(self, "record_timeout_secs", d.pop("record_timeout_secs", None))
        _set(self, "record_track", d.pop("record_track", None))
        _set(self, "record_trim", d.pop("record_trim", None))
        _set(self, "ringtone", d.pop("ringtone", None))
        _set(self, "video_room_context", d.pop("video_room_context", None))
        _set(self, "video_room_id", d.pop("video_room_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("hold_after_unbridge", bool, 0),
            ("mute_dtmf", str, 0),
            ("park_after_unbridge", str, 0),
            ("play_ringtone", bool, 0),
            ("prevent_double_bridge", bool, 0),
            ("queue", str, 0),
            ("record", str, 0),
            ("record_channels", str, 0),
            ("record_custom_file_name", str, 0),
            ("record_format", str, 0),
            ("record_max_length", int, 0),
            ("record_timeout_secs", int, 0),
            ("record_track", str, 0),
            ("record_trim", str, 0),
            ("ringtone", str, 0),
            ("video_room_context", str, 0),
            ("video_room_id", UUID, 0),
        )
