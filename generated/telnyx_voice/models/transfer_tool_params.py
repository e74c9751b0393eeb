# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf, OneOf, parse_union


@_attrs_define(frozen=True, init=False)
class TransferToolParams(BaseModel):
    """
    Attributes:
        from_ (str): Number or SIP URI placing the call. Example: +35319605860.
        targets (list[TransferToolParamsTargetsType0Item] | str): The different possible targets of the transfer. The
            assistant will be able to choose one of the targets to transfer the call to. This can also be a dynamic variable
            string like `{{ targets }}` where `targets` is returned by the dynamic variables webhook and resolves to an
            array of target objects at runtime.
    """

    from_: str
    targets: list[TransferToolParamsTargetsType0Item] | str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("from_", "from", True),
        ("targets", "targets", True),
    )

    def __init__(
        self,
        *,
        from_: str,
        targets: list[TransferToolParamsTargetsType0Item] | str,
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
        _set(self, "from_", d.pop("from", None))
        v = d.pop("targets", None)
        _set(self, "targets", parse_union(v, (ListOf(TransferToolParamsTargetsType0Item),), lenient=True))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("from", str, REQUIRED),
            (
                "targets",
                OneOf(
                    (
                        ListOf(TransferToolParamsTargetsType0Item),
                        str,
                    )
                ),
                REQUIRED,
            ),
        )


from ..models.transfer_tool_params_targets_type_0_item import TransferToolParamsTargetsType0Item
