# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallRecordingsCursorPaginationMeta")


@_attrs_define(frozen=True)
class CallRecordingsCursorPaginationMeta:
    """
    Attributes:
        cursors (Cursor | Unset):
        next_ (str | Unset): Path to next page. Example: /v2/recording_transcriptions?page[after]=v1:g3QAAAADZAAKdGVsbnl
            4X2lkc2wAAAABbQAAACRlYmRiYzdkNi1kZWRmLTExZWQtYTM3MS0wMjQyMGFlZjAwYjRqZAAJdGltZXN0YW1wbggA8Le4pGhpVxdkAAR0eXBlZAA
            FYWZ0ZXI=.
        previous (str | Unset): Path to previous page. Example: /v2/recording_transcriptions?page[before]=v1:g3QAAAADZAA
            KdGVsbnl4X2lkc2wAAAABbQAAACRlYmRiYzdkNi1kZWRmLTExZWQtYTM3MS0wMjQyMGFlZjAwYjRqZAAJdGltZXN0YW1wbggA8Le4pGhpVxdkAAR
            0eXBlZAAFYWZ0ZXI=.
    """

    cursors: Cursor | Unset = UNSET
    next_: str | Unset = UNSET
    previous: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        cursors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursors, Unset):
            cursors = self.cursors.to_dict()

        next_ = self.next_

        previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cursors is not UNSET:
            field_dict["cursors"] = cursors
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cursors = d.pop("cursors", UNSET)
        cursors: Cursor | Unset
        cursors = UNSET if isinstance(_cursors, Unset) else Cursor.from_dict(_cursors)

        next_ = d.pop("next", UNSET)

        previous = d.pop("previous", UNSET)

        additional_properties = d
        return cls(
            cursors=cursors,
            next_=next_,
            previous=previous,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.cursor import Cursor
