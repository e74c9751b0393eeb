from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallControlErrorSource(BaseModel):
    """
    Attributes:
        parameter (str | None): Indicates which query parameter caused the error.
        pointer (str | None): JSON pointer (RFC6901) to the offending entity.
    """

    parameter: str | None = None
    pointer: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("parameter", "parameter", False),
        ("pointer", "pointer", False),
    )

    def __init__(
        self,
        *,
        parameter: str | Unset | None = UNSET,
        pointer: str | Unset | None = UNSET,
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
        _set(self, "parameter", d.pop("parameter", None))
        _set(self, "pointer", d.pop("pointer", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("parameter", str, 0),
            ("pointer", str, 0),
        )
