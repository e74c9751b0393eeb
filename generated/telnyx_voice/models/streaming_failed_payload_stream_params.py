from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class StreamingFailedPayloadStreamParams(BaseModel):
    """Streaming parameters as they were originally given to the Call Control API.

    Attributes:
        stream_url (str | None): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
        track (Literal["both_tracks", "inbound_track", "outbound_track"] | None): Specifies which track should be
            streamed. Example: inbound_track.
    """

    stream_url: str | None = None
    track: Literal["both_tracks", "inbound_track", "outbound_track"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("stream_url", "stream_url", False),
        ("track", "track", False),
    )

    def __init__(
        self,
        *,
        stream_url: str | Unset | None = UNSET,
        track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset | None = UNSET,
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
        _set(self, "stream_url", d.pop("stream_url", None))
        _set(self, "track", d.pop("track", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("stream_url", str, 0),
            ("track", str, 0),
        )
