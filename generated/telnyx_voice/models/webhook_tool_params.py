# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookToolParams")


@_attrs_define(frozen=True)
class WebhookToolParams:
    """
    Attributes:
        description (str): The description of the tool.
        name (str): The name of the tool.
        url (str): The URL of the external tool to be called. This URL is going to be used by the assistant. The URL can
            be templated like: `https://example.com/api/v1/{id}`, where `{id}` is a placeholder for a value that will be
            provided by the assistant if `path_parameters` are provided with the `id` attribute. Example:
            https://example.com/api/v1/function.
        body_parameters (WebhookToolParamsBodyParameters | Unset): The body parameters the webhook tool accepts,
            described as a JSON Schema object. These parameters will be passed to the webhook as the body of the request.
            See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the
            format Example: {'properties': {'age': {'description': 'The age of the customer.', 'type': 'integer'},
            'location': {'description': 'The location of the customer.', 'type': 'string'}}, 'required': ['age',
            'location'], 'type': 'object'}.
        headers (list[WebhookToolParamsHeadersItem] | Unset): The headers to be sent to the external tool.
        method (Literal["DELETE", "GET", "PATCH", "POST", "PUT"] | Unset): The HTTP method to be used when calling the
            external tool.
        path_parameters (WebhookToolParamsPathParameters | Unset): The path parameters the webhook tool accepts,
            described as a JSON Schema object. These parameters will be passed to the webhook as the path of the request if
            the URL contains a placeholder for a value. See the [JSON Schema reference](https://json-
            schema.org/understanding-json-schema) for documentation about the format Example: {'properties': {'id':
            {'description': 'The id of the customer.', 'type': 'string'}}, 'required': ['id'], 'type': 'object'}.
        query_parameters (WebhookToolParamsQueryParameters | Unset): The query parameters the webhook tool accepts,
            described as a JSON Schema object. These parameters will be passed to the webhook as the query of the request.
            See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the
            format Example: {'properties': {'page': {'description': 'The page number.', 'type': 'integer'}}, 'required':
            ['page'], 'type': 'object'}.
    """

    description: str
    name: str
    url: str
    body_parameters: WebhookToolParamsBodyParameters | Unset = UNSET
    headers: list[WebhookToolParamsHeadersItem] | Unset = UNSET
    method: Literal["DELETE", "GET", "PATCH", "POST", "PUT"] | Unset = UNSET
    path_parameters: WebhookToolParamsPathParameters | Unset = UNSET
    query_parameters: WebhookToolParamsQueryParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        url = self.url

        body_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body_parameters, Unset):
            body_parameters = self.body_parameters.to_dict()

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        path_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.path_parameters, Unset):
            path_parameters = self.path_parameters.to_dict()

        query_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_parameters, Unset):
            query_parameters = self.query_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "url": url,
            }
        )
        if body_parameters is not UNSET:
            field_dict["body_parameters"] = body_parameters
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method
        if path_parameters is not UNSET:
            field_dict["path_parameters"] = path_parameters
        if query_parameters is not UNSET:
            field_dict["query_parameters"] = query_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        url = d.pop("url")

        _body_parameters = d.pop("body_parameters", UNSET)
        body_parameters: WebhookToolParamsBodyParameters | Unset
        if isinstance(_body_parameters, Unset):
            body_parameters = UNSET
        else:
            body_parameters = WebhookToolParamsBodyParameters.from_dict(_body_parameters)

        _headers = d.pop("headers", UNSET)
        headers: list[WebhookToolParamsHeadersItem] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = WebhookToolParamsHeadersItem.from_dict(headers_item_data)

                headers.append(headers_item)

        _method = d.pop("method", UNSET)
        method: Literal["DELETE", "GET", "PATCH", "POST", "PUT"] | Unset
        method = UNSET if isinstance(_method, Unset) else enum_value(_method, str)

        _path_parameters = d.pop("path_parameters", UNSET)
        path_parameters: WebhookToolParamsPathParameters | Unset
        if isinstance(_path_parameters, Unset):
            path_parameters = UNSET
        else:
            path_parameters = WebhookToolParamsPathParameters.from_dict(_path_parameters)

        _query_parameters = d.pop("query_parameters", UNSET)
        query_parameters: WebhookToolParamsQueryParameters | Unset
        if isinstance(_query_parameters, Unset):
            query_parameters = UNSET
        else:
            query_parameters = WebhookToolParamsQueryParameters.from_dict(_query_parameters)

        additional_properties = d
        return cls(
            description=description,
            name=name,
            url=url,
            body_parameters=body_parameters,
            headers=headers,
            method=method,
            path_parameters=path_parameters,
            query_parameters=query_parameters,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.webhook_tool_params_body_parameters import WebhookToolParamsBodyParameters
from ..models.webhook_tool_params_headers_item import WebhookToolParamsHeadersItem
from ..models.webhook_tool_params_path_parameters import WebhookToolParamsPathParameters
from ..models.webhook_tool_params_query_parameters import WebhookToolParamsQueryParameters
