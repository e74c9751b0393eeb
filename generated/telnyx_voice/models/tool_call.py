# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="ToolCall")


@_attrs_define(frozen=True)
class ToolCall:
    """A call to a function tool created by the model.

    Example:
        {'function': {'name': 'get_weather'}, 'id': 'call_123', 'type': 'function'}

    Attributes:
        function (ToolCallFunction): The function that the model called.
        id (str): The ID of the tool call.
        type_ (Literal["function"]): The type of the tool. Currently, only `function` is supported.
    """

    function: ToolCallFunction
    id: str
    type_: Literal["function"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        id = self.id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        function = ToolCallFunction.from_dict(d.pop("function"))

        id = d.pop("id")

        type_ = enum_value(d.pop("type"), str)

        additional_properties = d
        return cls(
            function=function,
            id=id,
            type_=type_,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.tool_call_function import ToolCallFunction
