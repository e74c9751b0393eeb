# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class WebhookToolParams(BaseModel):
    """
    Attributes:
        description (str): The description of the tool.
        name (str): The name of the tool.
        url (str): The URL of the external tool to be called. This URL is going to be used by the assistant. The URL can
            be templated like: `https://example.com/api/v1/{id}`, where `{id}` is a placeholder for a value that will be
            provided by the assistant if `path_parameters` are provided with the `id` attribute. Example:
            https://example.com/api/v1/function.
        body_parameters (WebhookToolParamsBodyParameters | None): The body parameters the webhook tool accepts,
            described as a JSON Schema object. These parameters will be passed to the webhook as the body of the request.
            See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the
            format Example: {'properties': {'age': {'description': 'The age of the customer.', 'type': 'integer'},
            'location': {'description': 'The location of the customer.', 'type': 'string'}}, 'required': ['age',
            'location'], 'type': 'object'}.
        headers (list[WebhookToolParamsHeadersItem] | None): The headers to be sent to the external tool.
        method (Literal["DELETE", "GET", "PATCH", "POST", "PUT"] | None): The HTTP method to be used when calling the
            external tool.
        path_parameters (WebhookToolParamsPathParameters | None): The path parameters the webhook tool accepts,
            described as a JSON Schema object. These parameters will be passed to the webhook as the path of the request if
            the URL contains a placeholder for a value. See the [JSON Schema reference](https://json-
            schema.org/understanding-json-schema) for documentation about the format Example: {'properties': {'id':
            {'description': 'The id of the customer.', 'type': 'string'}}, 'required': ['id'], 'type': 'object'}.
        query_parameters (WebhookToolParamsQueryParameters | None): The query parameters the webhook tool accepts,
            described as a JSON Schema object. These parameters will be passed to the webhook as the query of the request.
            See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the
            format Example: {'properties': {'page': {'description': 'The page number.', 'type': 'integer'}}, 'required':
            ['page'], 'type': 'object'}.
    """

    description: str
    name: str
    url: str
    body_parameters: WebhookToolParamsBodyParameters | None = None
    headers: list[WebhookToolParamsHeadersItem] | None = None
    method: Literal["DELETE", "GET", "PATCH", "POST", "PUT"] | None = None
    path_parameters: WebhookToolParamsPathParameters | None = None
    query_parameters: WebhookToolParamsQueryParameters | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("description", "description", True),
        ("name", "name", True),
        ("url", "url", True),
        ("body_parameters", "body_parameters", False),
        ("headers", "headers", False),
        ("method", "method", False),
        ("path_parameters", "path_parameters", False),
        ("query_parameters", "query_parameters", False),
    )

    def __init__(
        self,
        *,
        description: str,
        name: str,
        url: str,
        body_parameters: WebhookToolParamsBodyParameters | Unset | None = UNSET,
        headers: list[WebhookToolParamsHeadersItem] | Unset | None = UNSET,
        method: Literal["DELETE", "GET", "PATCH", "POST", "PUT"] | Unset | None = UNSET,
        path_parameters: WebhookToolParamsPathParameters | Unset | None = UNSET,
        query_parameters: WebhookToolParamsQueryParameters | Unset | None = UNSET,
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
        _set(self, "description", d.pop("description", None))
        _set(self, "name", d.pop("name", None))
        _set(self, "url", d.pop("url", None))
        v = d.pop("body_parameters", None)
        _set(self, "body_parameters", WebhookToolParamsBodyParameters.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("headers", None)
        _set(
            self,
            "headers",
            [WebhookToolParamsHeadersItem.from_dict(i) if i.__class__ is dict else i for i in v]
            if v.__class__ is list
            else v,
        )
        _set(self, "method", d.pop("method", None))
        v = d.pop("path_parameters", None)
        _set(self, "path_parameters", WebhookToolParamsPathParameters.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("query_parameters", None)
        _set(self, "query_parameters", WebhookToolParamsQueryParameters.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("description", str, REQUIRED),
            ("name", str, REQUIRED),
            ("url", str, REQUIRED),
            ("body_parameters", WebhookToolParamsBodyParameters, 0),
            ("headers", ListOf(WebhookToolParamsHeadersItem), 0),
            ("method", str, 0),
            ("path_parameters", WebhookToolParamsPathParameters, 0),
            ("query_parameters", WebhookToolParamsQueryParameters, 0),
        )


from ..models.webhook_tool_params_body_parameters import WebhookToolParamsBodyParameters
from ..models.webhook_tool_params_headers_item import WebhookToolParamsHeadersItem
from ..models.webhook_tool_params_path_parameters import WebhookToolParamsPathParameters
from ..models.webhook_tool_params_query_parameters import WebhookToolParamsQueryParameters
