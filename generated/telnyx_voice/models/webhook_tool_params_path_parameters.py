# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookToolParamsPathParameters")


@_attrs_define(frozen=True)
class WebhookToolParamsPathParameters:
    """The path parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to
    the webhook as the path of the request if the URL contains a placeholder for a value. See the [JSON Schema
    reference](https://json-schema.org/understanding-json-schema) for documentation about the format

        Example:
            {'properties': {'id': {'description': 'The id of the customer.', 'type': 'string'}}, 'required': ['id'], 'type':
                'object'}

        Attributes:
            properties (WebhookToolParamsPathParametersProperties | Unset): The properties of the path parameters.
            required (list[str] | Unset): The required properties of the path parameters.
            type_ (Literal["object"] | Unset):
    """

    properties: WebhookToolParamsPathParametersProperties | Unset = UNSET
    required: list[str] | Unset = UNSET
    type_: Literal["object"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _properties = d.pop("properties", UNSET)
        properties: WebhookToolParamsPathParametersProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = WebhookToolParamsPathParametersProperties.from_dict(_properties)

        required = cast(list[str], d.pop("required", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: Literal["object"] | Unset
        type_ = UNSET if isinstance(_type_, Unset) else enum_value(_type_, str)

        additional_properties = d
        return cls(
            properties=properties,
            required=required,
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


from ..models.webhook_tool_params_path_parameters_properties import WebhookToolParamsPathParametersProperties
