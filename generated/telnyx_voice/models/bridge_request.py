from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.bridge_request_ringtone import BridgeRequestRingtone
from ..types import UNSET, Unset

T = TypeVar("T", bound="BridgeRequest")


@_attrs_define(frozen=True)
class BridgeRequest:
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'client_state':
            'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'park_after_unbridge': 'self'}

    Attributes:
        call_control_id (str): The Call Control ID of the call you want to bridge with, can't be used together with
            queue parameter or video_room_id parameter. Example: v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        hold_after_unbridge (bool | Unset): Specifies behavior after the bridge ends. If set to `true`, the current leg
            will be put on hold after unbridge instead of being hung up. Example: True.
        mute_dtmf (Literal["both", "none", "opposite", "self"] | Unset): When enabled, DTMF tones are not passed to the
            call participant. The webhooks containing the DTMF information will be sent. Example: opposite.
        park_after_unbridge (str | Unset): Specifies behavior after the bridge ends (i.e. the opposite leg either hangs
            up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not
            set, the default behavior is to hang up the leg. Example: self.
        play_ringtone (bool | Unset): Specifies whether to play a ringtone if the call you want to bridge with has not
            yet been answered. Example: True.
        prevent_double_bridge (bool | Unset): When set to `true`, it prevents bridging if the target call is already
            bridged to another call. Disabled by default. Example: True.
        queue (str | Unset): The name of the queue you want to bridge with, can't be used together with call_control_id
            parameter or video_room_id parameter. Bridging with a queue means bridging with the first call in the queue. The
            call will always be removed from the queue regardless of whether bridging succeeds. Returns an error when the
            queue is empty. Example: support.
        record (Literal["record-from-answer"] | Unset): Start recording automatically after an event. Disabled by
            default. Example: record-from-answer.
        record_channels (Literal["dual", "single"] | Unset): Defines which channel should be recorded ('single' or
            'dual') when `record` is specified. Example: single.
        record_custom_file_name (str | Unset): The custom recording file name to be used instead of the default
            `call_leg_id`. Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        record_format (Literal["mp3", "wav"] | Unset): Defines the format of the recording ('wav' or 'mp3') when
            `record` is specified. Example: wav.
        record_max_length (int | Unset): Defines the maximum length for the recording in seconds when `record` is
            specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite). Example: 1000.
        record_timeout_secs (int | Unset): The number of seconds that Telnyx will wait for the recording to be stopped
            if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please
            note that call transcription is used to detect silence and the related charge will be applied. The minimum value
            is 0. The default value is 0 (infinite). Example: 100.
        record_track (Literal["both", "inbound", "outbound"] | Unset): The audio track to be recorded. Can be either
            `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels`
            configuration is ignored and it will be recorded as mono (single channel). Example: outbound.
        record_trim (Literal["trim-silence"] | Unset): When set to `trim-silence`, silence will be removed from the
            beginning and end of the recording. Example: trim-silence.
        ringtone (BridgeRequestRingtone | Unset): Specifies which country ringtone to play when `play_ringtone` is set
            to `true`. If not set, the US ringtone will be played. Example: pl.
        video_room_context (str | Unset): The additional parameter that will be passed to the video conference. It is a
            text field and the user can decide how to use it. For example, you can set the participant name or pass JSON
            text. It can be used only with video_room_id parameter. Example: Alice.
        video_room_id (UUID | Unset): The ID of the video room you want to bridge with, can't be used together with
            call_control_id parameter or queue parameter. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
    """

    call_control_id: str
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    hold_after_unbridge: bool | Unset = UNSET
    mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset = UNSET
    park_after_unbridge: str | Unset = UNSET
    play_ringtone: bool | Unset = UNSET
    prevent_double_bridge: bool | Unset = UNSET
    queue: str | Unset = UNSET
    record: Literal["record-from-answer"] | Unset = UNSET
    record_channels: Literal["dual", "single"] | Unset = UNSET
    record_custom_file_name: str | Unset = UNSET
    record_format: Literal["mp3", "wav"] | Unset = UNSET
    record_max_length: int | Unset = UNSET
    record_timeout_secs: int | Unset = UNSET
    record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET
    record_trim: Literal["trim-silence"] | Unset = UNSET
    ringtone: BridgeRequestRingtone | Unset = UNSET
    video_room_context: str | Unset = UNSET
    video_room_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        client_state = self.client_state

        command_id = self.command_id

        hold_after_unbridge = self.hold_after_unbridge

        mute_dtmf: str | Unset = UNSET
        if not isinstance(self.mute_dtmf, Unset):
            mute_dtmf = self.mute_dtmf

        park_after_unbridge = self.park_after_unbridge

        play_ringtone = self.play_ringtone

        prevent_double_bridge = self.prevent_double_bridge

        queue = self.queue

        record: str | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record

        record_channels: str | Unset = UNSET
        if not isinstance(self.record_channels, Unset):
            record_channels = self.record_channels

        record_custom_file_name = self.record_custom_file_name

        record_format: str | Unset = UNSET
        if not isinstance(self.record_format, Unset):
            record_format = self.record_format

        record_max_length = self.record_max_length

        record_timeout_secs = self.record_timeout_secs

        record_track: str | Unset = UNSET
        if not isinstance(self.record_track, Unset):
            record_track = self.record_track

        record_trim: str | Unset = UNSET
        if not isinstance(self.record_trim, Unset):
            record_trim = self.record_trim

        ringtone: str | Unset = UNSET
        if not isinstance(self.ringtone, Unset):
            ringtone = self.ringtone

        video_room_context = self.video_room_context

        video_room_id: str | Unset = UNSET
        if not isinstance(self.video_room_id, Unset):
            video_room_id = str(self.video_room_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
            }
        )
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if hold_after_unbridge is not UNSET:
            field_dict["hold_after_unbridge"] = hold_after_unbridge
        if mute_dtmf is not UNSET:
            field_dict["mute_dtmf"] = mute_dtmf
        if park_after_unbridge is not UNSET:
            field_dict["park_after_unbridge"] = park_after_unbridge
        if play_ringtone is not UNSET:
            field_dict["play_ringtone"] = play_ringtone
        if prevent_double_bridge is not UNSET:
            field_dict["prevent_double_bridge"] = prevent_double_bridge
        if queue is not UNSET:
            field_dict["queue"] = queue
        if record is not UNSET:
            field_dict["record"] = record
        if record_channels is not UNSET:
            field_dict["record_channels"] = record_channels
        if record_custom_file_name is not UNSET:
            field_dict["record_custom_file_name"] = record_custom_file_name
        if record_format is not UNSET:
            field_dict["record_format"] = record_format
        if record_max_length is not UNSET:
            field_dict["record_max_length"] = record_max_length
        if record_timeout_secs is not UNSET:
            field_dict["record_timeout_secs"] = record_timeout_secs
        if record_track is not UNSET:
            field_dict["record_track"] = record_track
        if record_trim is not UNSET:
            field_dict["record_trim"] = record_trim
        if ringtone is not UNSET:
            field_dict["ringtone"] = ringtone
        if video_room_context is not UNSET:
            field_dict["video_room_context"] = video_room_context
        if video_room_id is not UNSET:
            field_dict["video_room_id"] = video_room_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        hold_after_unbridge = d.pop("hold_after_unbridge", UNSET)

        _mute_dtmf = d.pop("mute_dtmf", UNSET)
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset
        mute_dtmf = UNSET if isinstance(_mute_dtmf, Unset) else enum_value(_mute_dtmf, str)

        park_after_unbridge = d.pop("park_after_unbridge", UNSET)

        play_ringtone = d.pop("play_ringtone", UNSET)

        prevent_double_bridge = d.pop("prevent_double_bridge", UNSET)

        queue = d.pop("queue", UNSET)

        _record = d.pop("record", UNSET)
        record: Literal["record-from-answer"] | Unset
        record = UNSET if isinstance(_record, Unset) else enum_value(_record, str)

        _record_channels = d.pop("record_channels", UNSET)
        record_channels: Literal["dual", "single"] | Unset
        record_channels = UNSET if isinstance(_record_channels, Unset) else enum_value(_record_channels, str)

        record_custom_file_name = d.pop("record_custom_file_name", UNSET)

        _record_format = d.pop("record_format", UNSET)
        record_format: Literal["mp3", "wav"] | Unset
        record_format = UNSET if isinstance(_record_format, Unset) else enum_value(_record_format, str)

        record_max_length = d.pop("record_max_length", UNSET)

        record_timeout_secs = d.pop("record_timeout_secs", UNSET)

        _record_track = d.pop("record_track", UNSET)
        record_track: Literal["both", "inbound", "outbound"] | Unset
        record_track = UNSET if isinstance(_record_track, Unset) else enum_value(_record_track, str)

        _record_trim = d.pop("record_trim", UNSET)
        record_trim: Literal["trim-silence"] | Unset
        record_trim = UNSET if isinstance(_record_trim, Unset) else enum_value(_record_trim, str)

        _ringtone = d.pop("ringtone", UNSET)
        ringtone: BridgeRequestRingtone | Unset
        ringtone = UNSET if isinstance(_ringtone, Unset) else enum_value(_ringtone, str)

        video_room_context = d.pop("video_room_context", UNSET)

        _video_room_id = d.pop("video_room_id", UNSET)
        video_room_id: UUID | Unset
        video_room_id = UNSET if isinstance(_video_room_id, Unset) else UUID(_video_room_id)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            client_state=client_state,
            command_id=command_id,
            hold_after_unbridge=hold_after_unbridge,
            mute_dtmf=mute_dtmf,
            park_after_unbridge=park_after_unbridge,
            play_ringtone=play_ringtone,
            prevent_double_bridge=prevent_double_bridge,
            queue=queue,
            record=record,
            record_channels=record_channels,
            record_custom_file_name=record_custom_file_name,
            record_format=record_format,
            record_max_length=record_max_length,
            record_timeout_secs=record_timeout_secs,
            record_track=record_track,
            record_trim=record_trim,
            ringtone=ringtone,
            video_room_context=video_room_context,
            video_room_id=video_room_id,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
