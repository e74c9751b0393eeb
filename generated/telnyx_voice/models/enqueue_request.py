from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class EnqueueRequest(BaseModel):
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'max_size':
            20, 'max_wait_time_secs': 600, 'queue_name': 'support'}

    Attributes:
        queue_name (str): The name of the queue the call should be put in. If a queue with a given name doesn't exist
            yet it will be created. Example: tier_1_support.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        keep_after_hangup (bool | None): If set to true, the call will remain in the queue after hangup. In this case
            bridging to such call will fail with necessary information needed to re-establish the call. Example: True.
        max_size (int | None): The maximum number of calls allowed in the queue at a given time. Can't be modified for
            an existing queue. Example: 200.
        max_wait_time_secs (int | None): The number of seconds after which the call will be removed from the queue.
            Example: 600.
    """

    queue_name: str
    client_state: str | None = None
    command_id: str | None = None
    keep_after_hangup: bool | None = None
    max_size: int | None = None
    max_wait_time_secs: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("queue_name", "queue_name", True),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("keep_after_hangup", "keep_after_hangup", False),
        ("max_size", "max_size", False),
        ("max_wait_time_secs", "max_wait_time_secs", False),
    )

    def __init__(
        self,
        *,
        queue_name: str,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        keep_after_hangup: bool | Unset | None = UNSET,
        max_size: int | Unset | None = UNSET,
        max_wait_time_secs: int | Unset | None = UNSET,
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
        _set(self, "queue_name", d.pop("queue_name", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "keep_after_hangup", d.pop("keep_after_hangup", None))
        _set(self, "max_size", d.pop("max_size", None))
        _set(self, "max_wait_time_secs", d.pop("max_wait_time_secs", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("queue_name", str, REQUIRED),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("keep_after_hangup", bool, 0),
            ("max_size", int, 0),
            ("max_wait_time_secs", int, 0),
        )
