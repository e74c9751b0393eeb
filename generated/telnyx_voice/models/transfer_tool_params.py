# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import ListOf, parse_union

T = TypeVar("T", bound="TransferToolParams")


@_attrs_define(frozen=True)
class TransferToolParams:
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

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        targets: list[dict[str, Any]] | str
        if isinstance(self.targets, list):
            targets = []
            for targets_type_0_item_data in self.targets:
                targets_type_0_item = targets_type_0_item_data.to_dict()
                targets.append(targets_type_0_item)

        else:
            targets = self.targets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        targets = parse_union(d.pop("targets"), (ListOf(TransferToolParamsTargetsType0Item),), lenient=True)

        additional_properties = d
        return cls(
            from_=from_,
            targets=targets,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.transfer_tool_params_targets_type_0_item import TransferToolParamsTargetsType0Item
