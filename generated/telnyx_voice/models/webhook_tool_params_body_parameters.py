from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class WebhookToolParamsBodyParameters(BaseModel):
    """The body parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to
    the webhook as the body of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-
    schema) for documentation about the format

        Example:
            {'properties': {'age': {'description': 'The age of the customer.', 'type': 'integer'}, 'location':
                {'description': 'The location of the customer.', 'type': 'string'}}, 'required': ['age', 'location'], 'type':
                'object'}

        Attributes:
            properties (dict[str, Any] | None): The properties of the body parameters.
            required (list[str] | None): The required properties of the body parameters.
            type (Literal["object"] | None):
    """

    properties: dict[str, Any] | None = None
    required: list[str] | None = None
    type: Literal["object"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("properties", "properties", False),
        ("required", "required", False),
        ("type", "type", False),
    )

    def __init__(
        self,
        *,
        properties: dict[str, Any] | Unset | None = UNSET,
        required: list[str] | Unset | None = UNSET,
        type: Literal["object"] | Unset | None = UNSET,
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
        _set(self, "properties", d.pop("properties", None))
        _set(self, "required", d.pop("required", None))
        _set(self, "type", d.pop("type", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("properties", dict, 0),
            ("required", ListOf(str), 0),
            ("type", str, 0),
        )
