from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class Gather(BaseModel):
    """
    Attributes:
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        gather_id (str | None): An id that will be sent back in the corresponding `call.gather.ended` webhook. Will be
            randomly generated if not specified. Example: my_gather_id.
        initial_timeout_millis (int | None): The number of milliseconds to wait for the first DTMF. Example: 10000.
        inter_digit_timeout_millis (int | None): The number of milliseconds to wait for input between digits. Example:
            10000.
        maximum_digits (int | None): The maximum number of digits to fetch. This parameter has a maximum value of 128.
            Example: 10.
        minimum_digits (int | None): The minimum number of digits to fetch. This parameter has a minimum value of 1.
            Example: 1.
        terminating_digit (str | None): The digit used to terminate input if fewer than `maximum_digits` digits have
            been gathered. Example: #.
        timeout_millis (int | None): The number of milliseconds to wait to complete the request. Example: 60000.
        valid_digits (str | None): A list of all digits accepted as valid. Example: 123.
    """

    client_state: str | None = None
    command_id: str | None = None
    gather_id: str | None = None
    initial_timeout_millis: int | None = None
    inter_digit_timeout_millis: int | None = None
    maximum_digits: int | None = None
    minimum_digits: int | None = None
    terminating_digit: str | None = None
    timeout_millis: int | None = None
    valid_digits: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("gather_id", "gather_id", False),
        ("initial_timeout_millis", "initial_timeout_millis", False),
        ("inter_digit_timeout_millis", "inter_digit_timeout_millis", False),
        ("maximum_digits", "maximum_digits", False),
        ("minimum_digits", "minimum_digits", False),
        ("terminating_digit", "terminating_digit", False),
        ("timeout_millis", "timeout_millis", False),
        ("valid_digits", "valid_digits", False),
    )

    def __init__(
        self,
        *,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        gather_id: str | Unset | None = UNSET,
        initial_timeout_millis: int | Unset | None = UNSET,
        inter_digit_timeout_millis: int | Unset | None = UNSET,
        maximum_digits: int | Unset | None = UNSET,
        minimum_digits: int | Unset | None = UNSET,
        terminating_digit: str | Unset | None = UNSET,
        timeout_millis: int | Unset | None = UNSET,
        valid_digits: str | Unset | None = UNSET,
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
        _set(self, "gather_id", d.pop("gather_id", None))
        _set(self, "initial_timeout_millis", d.pop("initial_timeout_millis", None))
        _set(self, "inter_digit_timeout_millis", d.pop("inter_digit_timeout_millis", None))
        _set(self, "maximum_digits", d.pop("maximum_digits", None))
        _set(self, "minimum_digits", d.pop("minimum_digits", None))
        _set(self, "terminating_digit", d.pop("terminating_digit", None))
        _set(self, "timeout_millis", d.pop("timeout_millis", None))
        _set(self, "valid_digits", d.pop("valid_digits", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("gather_id", str, 0),
            ("initial_timeout_millis", int, 0),
            ("inter_digit_timeout_millis", int, 0),
            ("maximum_digits", int, 0),
            ("minimum_digits", int, 0),
            ("terminating_digit", str, 0),
            ("timeout_millis", int, 0),
            ("valid_digits", str, 0),
        )
