from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem(BaseModel):
    """
    Attributes:
        content (str | None): The content of the message Example: Hello, I'm 29 and I live in Paris..
        role (Literal["assistant", "user"] | None): The role of the message sender Example: user.
    """

    content: str | None = None
    role: Literal["assistant", "user"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("content", "content", False),
        ("role", "role", False),
    )

    def __init__(
        self,
        *,
        content: str | Unset | None = UNSET,
        role: Literal["assistant", "user"] | Unset | None = UNSET,
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
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("content", str, 0),
            ("role", str, 0),
        )
