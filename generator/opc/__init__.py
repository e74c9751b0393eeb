"""The adapter to openapi-python-client: the one module that knows its internals.

It drives the library (parse the normalized spec, render the attrs models with our templates),
predicts the classes it will generate (its naming rules, which `normalize` and `describe` must
follow to avoid clashes), and reads its parsed properties for the client renderer (`signatures`:
annotations, imports and model names as plain values). An upgrade of
openapi-python-client touches this module and the forked templates only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData, import_string_from_class
from openapi_python_client.parser.errors import GeneratorError as OpcError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import ClassName, PythonIdentifier
from openapi_python_client.strings import pascal_case as opc_pascal_case

from ..errors import GeneratorError
from ..openapi import Spec, component_schemas
from .fields import model_fields
from .literals import inline_literals
from .response_types import adapt_for_responses
from .signatures import FieldType, ModelName, model_name, operation_fields, page_item

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PACKAGE = "telnyx_voice"
SchemaPath = tuple[str | int, ...]

__all__ = [
    "FieldType",
    "GeneratedClass",
    "ModelName",
    "ParsedSpec",
    "SchemaPath",
    "builds_model",
    "model_name",
    "opc_class",
    "operation_fields",
    "page_item",
    "parse",
    "predicted_classes",
    "reads_as_dict",
    "render_models",
]


@dataclass
class ParsedSpec:
    """openapi-python-client's reading of the spec, and its Jinja environment with our templates."""

    project: Project
    endpoints: dict[tuple[str, str], Endpoint]
    models_by_schema: dict[str, ModelProperty]
    warnings: list[str]
    shared_literals: list[tuple[Class, str]]
    """The name and `Literal[...]` of each enum value set too long to write inline."""


def _describe_error(error: OpcError) -> str:
    return f"{error.header or ''} {error.detail or ''}".strip()


def parse(spec: Spec, output: Path) -> ParsedSpec:
    """Parse a normalized spec with openapi-python-client.

    Raises:
        GeneratorError: openapi-python-client cannot read the spec at all.
    """
    config = Config.from_sources(
        ConfigFile(literal_enums=True, package_name_override=PACKAGE, post_hooks=[]),
        MetaType.NONE,
        Path("spec.json"),
        "utf-8",
        True,
        output,
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, OpcError):
        raise GeneratorError(f"openapi-python-client could not read the spec: {_describe_error(data)}")
    for enum in data.enums:
        if not isinstance(enum, LiteralEnumProperty):
            raise GeneratorError(f"enum {enum.class_info.name} is not a literal enum; literal_enums must stay on")
    shared_literals = inline_literals(data)
    adapt_for_responses(data)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.globals["model_fields"] = model_fields
    endpoints = {
        (endpoint.method.upper(), endpoint.path.get_untrusted_value()): endpoint
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    warnings = [_describe_error(e) for e in data.errors]
    warnings += [_describe_error(e) for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
    models_by_schema = {
        model.name.get_untrusted_value().removeprefix("/components/schemas/"): model for model in data.models
    }
    return ParsedSpec(
        project=project,
        endpoints=endpoints,
        models_by_schema=models_by_schema,
        warnings=warnings,
        shared_literals=shared_literals,
    )


def render_models(parsed: ParsedSpec) -> dict[str, str]:
    """Return {relative path: source} of models/*.py: openapi-python-client's model, enum and
    models/__init__ templates (some overridden, see templates/README.md)."""
    env = parsed.project.env
    openapi = parsed.project.openapi
    files: dict[str, str] = {}
    imports, names = [], []
    model_template = env.get_template("model.py.jinja")
    for model in openapi.models:
        files[f"models/{model.class_info.module_name}.py"] = model_template.render(model=model)
        imports.append(import_string_from_class(model.class_info))
        names.append(model.class_info.name)
    enum_template = env.get_template("literal_enum.py.jinja")
    for name, text in parsed.shared_literals:
        files[f"models/{name.module_name}.py"] = enum_template.render(name=name.name, literal=text)
        imports.append(import_string_from_class(name))
        names.append(name.name)
    files["models/__init__.py"] = env.get_template("models_init.py.jinja").render(imports=imports, alls=names)
    return files


def opc_class(parent: str, base: str) -> tuple[str, str]:
    """openapi-python-client's (class name, module name) for a schema named base inside parent."""
    text = f"{opc_pascal_case(parent)}{opc_pascal_case(base)}" if parent else base
    name = ClassName(text.rsplit("/", 1)[-1], "field_")
    return str(name), str(PythonIdentifier(name, "field_"))


def builds_model(node: Any) -> bool:
    """Whether openapi-python-client makes a model class of this inline schema node."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    return node.get("type") == "object" or bool(node.get("allOf")) or ("type" not in node and "properties" in node)


def reads_as_dict(node: dict[str, Any]) -> bool:
    """Whether the model openapi-python-client makes of node is read as a plain dict instead
    (`response_types`): an object with no properties whose additionalProperties are not models."""
    if node.get("properties") or node.get("allOf"):
        return False
    extra = node.get("additionalProperties", True)
    return extra is not False and not (isinstance(extra, dict) and ("$ref" in extra or builds_model(extra)))


@dataclass(frozen=True)
class GeneratedClass:
    """A class openapi-python-client will generate for one schema node, as `predicted_classes` predicts it."""

    name: str
    module: str
    path: SchemaPath
    parent: str
    base: str
    enum_values: frozenset[Any] | None
    plain_dict: bool = False
    """A free-form object: predicted (its name is taken), but the package reads it as a dict, no class."""

    @property
    def is_component(self) -> bool:
        return len(self.path) == 3


def _as_openapi_31(node: dict[str, Any]) -> dict[str, Any]:
    """node with OpenAPI 3.0's `nullable: true` spelled as 3.1 does, as openapi-python-client reads it."""
    node = {k: v for k, v in node.items() if k != "nullable"}
    kind = node.get("type")
    if isinstance(kind, str):
        return {**node, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**node, "type": kind if "null" in kind else [*kind, "null"]}
    for key in ("oneOf", "anyOf"):
        if node.get(key):
            return {**node, key: [*node[key], {"type": "null"}]}
    if node.get("allOf"):
        kept = {k: v for k, v in node.items() if k != "allOf"}
        return {**kept, "oneOf": [{"type": "null"}, {"allOf": node["allOf"]}]}
    return node


class _ClassPredictor:
    """Walks schema nodes as openapi-python-client's parser/properties does, collecting the classes."""

    def __init__(self) -> None:
        self.found: list[GeneratedClass] = []

    def add(self, node: dict[str, Any], name: str, parent: str, path: SchemaPath, enum: frozenset[Any] | None) -> str:
        title = node.get("title")
        base = title if isinstance(title, str) and title else name
        cls, module = opc_class(parent, base)
        plain_dict = enum is None and reads_as_dict(node)
        self.found.append(GeneratedClass(cls, module, path, parent, base, enum, plain_dict))
        return cls

    def walk(self, node: Any, name: str, parent: str, path: SchemaPath) -> None:
        if not isinstance(node, dict) or "$ref" in node:
            return
        if node.get("nullable") is True:
            node = _as_openapi_31(node)
        members = [*node.get("allOf", []), *node.get("anyOf", []), *node.get("oneOf", [])]
        if len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]:
            return
        kind = node.get("type")
        if kind == "boolean":
            return
        if node.get("enum"):
            values = node["enum"]
            if None in values:  # becomes a union of null and the enum without it, which is member 1
                copy = {**node, "enum": [v for v in values if v is not None]}
                self.add(copy, f"{name}_type_1", parent, path, frozenset(copy["enum"]))
            else:
                self.add(node, name, parent, path, frozenset(values))
        elif node.get("anyOf") or node.get("oneOf") or isinstance(kind, list):
            self._walk_union(node, name, parent, path)
        elif kind == "array":
            self.walk(node.get("items"), f"{name}_item", parent, (*path, "items"))
        elif builds_model(node):
            self._walk_model(node, name, parent, path)

    def _walk_union(self, node: dict[str, Any], name: str, parent: str, path: SchemaPath) -> None:
        index = 0
        for key in ("anyOf", "oneOf"):
            for position, member in enumerate(node.get(key, [])):
                title = member.get("title") if isinstance(member, dict) else None
                subscript = title if isinstance(title, str) and title and title != node.get("title") else None
                self.walk(member, f"{name}_{subscript or f'type_{index}'}", parent, (*path, key, position))
                index += 1
        kind = node.get("type")
        if isinstance(kind, list):
            for single in kind:
                copy = {k: v for k, v in node.items() if k not in ("anyOf", "oneOf")}
                self.walk({**copy, "type": single}, f"{name}_type_{index}", parent, path)
                index += 1

    def _walk_model(self, node: dict[str, Any], name: str, parent: str, path: SchemaPath) -> None:
        cls = self.add(node, name, parent, path, None)
        for key, value in node.get("properties", {}).items():
            self.walk(value, key, cls, (*path, "properties", key))
        for position, member in enumerate(node.get("allOf", [])):
            if isinstance(member, dict) and "$ref" not in member:
                for key, value in member.get("properties", {}).items():
                    self.walk(value, key, cls, (*path, "allOf", position, "properties", key))
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            self.walk(extra, "AdditionalProperty", cls, (*path, "additionalProperties"))


def predicted_classes(spec: Spec) -> list[GeneratedClass]:
    """Predict the model and enum classes openapi-python-client generates for the component schemas,
    following its naming rules (parser/properties: model, enum, union and list properties)."""
    predictor = _ClassPredictor()
    for name, schema in component_schemas(spec).items():
        predictor.walk(schema, name, "", ("components", "schemas", name))
    return predictor.found
