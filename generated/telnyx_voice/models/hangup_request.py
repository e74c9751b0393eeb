# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class HangupRequest(BaseModel):
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901'}

    Attributes:
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_headers (list[CustomSIPHeader] | None): Custom headers to be added to the SIP BYE message. Example:
            [{'name': 'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
    """

    client_state: str | None = None
    command_id: str | None = None
    custom_headers: list[CustomSIPHeader] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("custom_headers", "custom_headers", False),
    )

    def __init__(
        self,
        *,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        custom_headers: list[CustomSIPHeader] | Unset | None = UNSET,
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
        v = d.pop("custom_headers", None)
        _set(
            self,
            "custom_headers",
            [CustomSIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("custom_headers", ListOf(CustomSIPHeader), 0),
        )


from ..models.custom_sip_header import CustomSIPHeader
