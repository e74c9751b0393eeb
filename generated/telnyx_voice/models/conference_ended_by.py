from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConferenceEndedBy(BaseModel):
    """IDs related to who ended the conference. It is expected for them to all be there or all be null

    Attributes:
        call_control_id (str | None): Call Control ID which ended the conference Example:
            v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==.
        call_session_id (str | None): Call Session ID which ended the conference Example:
            428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
    """

    call_control_id: str | None = None
    call_session_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", False),
        ("call_session_id", "call_session_id", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
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
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, 0),
            ("call_session_id", str, 0),
        )
