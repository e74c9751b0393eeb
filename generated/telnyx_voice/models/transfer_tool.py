# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule


@_attrs_define(frozen=True, init=False)
class TransferTool(BaseModel):
    """
    Attributes:
        transfer (TransferToolParams):
        type (Literal["transfer"]):
    """

    transfer: TransferToolParams
    type: Literal["transfer"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("transfer", "transfer", True),
        ("type", "type", True),
    )

    def __init__(
        self,
        *,
        transfer: TransferToolParams,
        type: Literal["transfer"],
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
        v = d.pop("transfer", None)
        _set(self, "transfer", TransferToolParams.from_dict(v) if v.__class__ is dict else v)
        _set(self, "type", d.pop("type", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("transfer", TransferToolParams, REQUIRED),
            ("type", str, REQUIRED),
        )


from ..models.transfer_tool_params import TransferToolParams
