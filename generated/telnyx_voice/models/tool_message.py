from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ToolMessage(BaseModel):
    """
    Example:
        {'content': "Hello, I'm John.", 'role': 'tool', 'tool_call_id': 'call_123'}

    Attributes:
        content (str): The contents of the tool message.
        role (Literal["tool"]): The role of the messages author, in this case `tool`.
        tool_call_id (str): Tool call that this message is responding to.
        metadata (dict[str, Any] | None): Metadata to add to the message
    """

    content: str
    role: Literal["tool"]
    tool_call_id: str
    metadata: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("content", "content", True),
        ("role", "role", True),
        ("tool_call_id", "tool_call_id", True),
        ("metadata", "metadata", False),
    )

    def __init__(
        self,
        *,
        content: str,
        role: Literal["tool"],
        tool_call_id: str,
        metadata: dict[str, Any] | Unset | None = UNSET,
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
        _set(self, "content", d.pop("content", None))
        _set(self, "role", d.pop("role", None))
        _set(self, "tool_call_id", d.pop("tool_call_id", None))
        _set(self, "metadata", d.pop("metadata", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("content", str, REQUIRED),
            ("role", str, REQUIRED),
            ("tool_call_id", str, REQUIRED),
            ("metadata", dict, 0),
        )
