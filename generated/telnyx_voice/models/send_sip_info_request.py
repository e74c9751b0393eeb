from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class SendSIPInfoRequest(BaseModel):
    """
    Example:
        {'body': '{"key": "value", "numValue": 100}', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'content_type': 'application/json'}

    Attributes:
        body (str): Content of the SIP INFO Example: {"key": "value", "numValue": 100}.
        content_type (str): Content type of the INFO body. Must be MIME type compliant. There is a 1,400 bytes limit
            Example: application/json.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
    """

    body: str
    content_type: str
    client_state: str | None = None
    command_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("body", "body", True),
        ("content_type", "content_type", True),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
    )

    def __init__(
        self,
        *,
        body: str,
        content_type: str,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
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
        _set(self, "body", d.pop("body", None))
        _set(self, "content_type", d.pop("content_type", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("body", str, REQUIRED),
            ("content_type", str, REQUIRED),
            ("client_state", str, 0),
            ("command_id", str, 0),
        )
