from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConferenceSendDTMFRequest(BaseModel):
    """
    Example:
        {'digits': '1234#', 'duration_millis': 250}

    Attributes:
        digits (str): DTMF digits to send. Valid characters: 0-9, A-D, *, #, w (0.5s pause), W (1s pause). Example:
            1234#.
        call_control_ids (list[str] | None): Array of participant call control IDs to send DTMF to. When empty, DTMF
            will be sent to all participants. Example: ['v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg'].
        client_state (str | None): Use this field to add state to every subsequent webhook. Must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        duration_millis (int | None): Duration of each DTMF digit in milliseconds. Example: 250.
    """

    digits: str
    call_control_ids: list[str] | None = None
    client_state: str | None = None
    duration_millis: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("digits", "digits", True),
        ("call_control_ids", "call_control_ids", False),
        ("client_state", "client_state", False),
        ("duration_millis", "duration_millis", False),
    )

    def __init__(
        self,
        *,
        digits: str,
        call_control_ids: list[str] | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        duration_millis: int | Unset | None = UNSET,
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
        _set(self, "digits", d.pop("digits", None))
        _set(self, "call_control_ids", d.pop("call_control_ids", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "duration_millis", d.pop("duration_millis", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("digits", str, REQUIRED),
            ("call_control_ids", ListOf(str), 0),
            ("client_state", str, 0),
            ("duration_millis", int, 0),
        )
