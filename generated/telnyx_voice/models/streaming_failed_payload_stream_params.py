from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingFailedPayloadStreamParams")


@_attrs_define(frozen=True)
class StreamingFailedPayloadStreamParams:
    """Streaming parameters as they were originally given to the Call Control API.

    Attributes:
        stream_url (str | Unset): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
        track (Literal["both_tracks", "inbound_track", "outbound_track"] | Unset): Specifies which track should be
            streamed. Example: inbound_track.
    """

    stream_url: str | Unset = UNSET
    track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        stream_url = self.stream_url

        track: str | Unset = UNSET
        if not isinstance(self.track, Unset):
            track = self.track

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if stream_url is not UNSET:
            field_dict["stream_url"] = stream_url
        if track is not UNSET:
            field_dict["track"] = track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stream_url = d.pop("stream_url", UNSET)

        _track = d.pop("track", UNSET)
        track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset
        track = UNSET if isinstance(_track, Unset) else enum_value(_track, str)

        additional_properties = d
        return cls(
            stream_url=stream_url,
            track=track,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
