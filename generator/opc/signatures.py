"""What the client renderer needs from openapi-python-client's parsed properties, as plain values.

`render.client` writes method signatures from these records (annotation text and the imports it
needs, model names and modules); it never touches the library's property classes itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty

from ..errors import GeneratorError
from .plain_types import UuidText

if TYPE_CHECKING:
    from . import ParsedSpec

ROOT_PREFIX = ".."  # resources/ is one level below the package root


@dataclass(frozen=True)
class FieldType:
    """The annotation of one argument and the import lines it needs in a resource module."""

    annotation: str
    imports: frozenset[str]


@dataclass(frozen=True)
class ModelName:
    """A generated model class: its name and its module under `telnyx_voice.models`."""

    name: str
    module: str

    @property
    def import_line(self) -> str:
        return f"from {ROOT_PREFIX}models.{self.module} import {self.name}"


def code(value: Any) -> str:
    """openapi-python-client's PythonCode as plain text."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def untrusted_text(value: Any) -> str:
    """Text from the spec as written (openapi-python-client wraps it as untrusted text); "" for None."""
    if value is None:
        return ""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def raw_name(prop: PropertyProtocol) -> str:
    """A property's name as written in the spec."""
    return untrusted_text(prop.name)


def model_properties(model: ModelProperty) -> list[PropertyProtocol]:
    """A model's properties, required ones first."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def input_type(prop: PropertyProtocol) -> str:
    """The annotation of an argument: like the model's type, but nested models also accept plain dicts."""
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name} | dict[str, Any]"
    if isinstance(prop, UuidText):
        return "str | UUID"
    if isinstance(prop, ListProperty):
        return f"list[{input_type(prop.inner_property)}]"
    if isinstance(prop, UnionProperty):
        alternatives: list[str] = []
        for inner in prop.inner_properties:
            for alt in input_type(inner).split(" | "):
                if alt not in alternatives:
                    alternatives.append(alt)
        # plain dicts last, so the models read first
        return " | ".join(sorted(alternatives, key=lambda alt: alt == "dict[str, Any]"))
    return code(prop.get_type_string(no_optional=True))


def _field_type(prop: PropertyProtocol) -> FieldType:
    annotation = input_type(prop)
    if "None" in code(prop.get_type_string()).split(" | ") and not annotation.endswith("None"):
        annotation += " | None"
    imports = prop.get_imports(prefix=ROOT_PREFIX) | prop.get_lazy_imports(prefix=ROOT_PREFIX)
    if "UUID" in annotation:
        imports.add("from uuid import UUID")
    return FieldType(annotation, frozenset(imports))


def operation_fields(
    parsed: ParsedSpec, operation_id: str, method: str, path: str
) -> tuple[dict[str, FieldType], dict[str, FieldType]]:
    """The query parameters and top-level body fields of an operation, by wire name, as typed arguments.

    Raises:
        GeneratorError: openapi-python-client produced no endpoint, or a body that is not an object model.
    """
    endpoint = parsed.endpoints.get((method, path))
    if endpoint is None:
        raise GeneratorError(f"{operation_id}: openapi-python-client produced no endpoint for {method} {path}")
    query = {raw_name(p): _field_type(p) for p in endpoint.query_parameters}
    body: dict[str, FieldType] = {}
    if endpoint.bodies:
        body_model = endpoint.bodies[0].prop
        if not isinstance(body_model, ModelProperty):
            raise GeneratorError(f"{operation_id}: the request body is not an object model")
        body = {raw_name(p): _field_type(p) for p in model_properties(body_model)}
    return query, body


def _model(parsed: ParsedSpec, schema: str) -> ModelProperty:
    model = parsed.models_by_schema.get(schema)
    if model is None:
        raise GeneratorError(f"no model for schema {schema}")
    return model


def _name(model: ModelProperty) -> ModelName:
    return ModelName(model.class_info.name, model.class_info.module_name)


def model_name(parsed: ParsedSpec, schema: str) -> ModelName:
    """The class generated for a component schema.

    Raises:
        GeneratorError: openapi-python-client generated no model for it.
    """
    return _name(_model(parsed, schema))


def page_item(parsed: ParsedSpec, schema: str) -> FieldType:
    """The item type of a paginated response schema (its `data` array) and the imports it needs."""
    data = next(p for p in model_properties(_model(parsed, schema)) if raw_name(p) == "data")
    if not isinstance(data, ListProperty):
        raise GeneratorError(f"{schema}: `data` of a paginated response is not an array")
    inner = data.inner_property
    members = inner.inner_properties if isinstance(inner, UnionProperty) else [inner]  # a page of several kinds
    imports = frozenset(_name(m).import_line for m in members if isinstance(m, ModelProperty))
    return FieldType(code(inner.get_type_string(no_optional=True)), imports)
