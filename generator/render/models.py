"""Drive openapi-python-client as a library: parse the normalized spec and render the attrs models.

Only its model, enum and models/__init__ templates are used (some overridden, see templates/README.md);
the client, endpoints and request code are ours.
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

from ..errors import GeneratorError
from .literals import inline_literals
from .unions import parse_union_call

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PACKAGE = "telnyx_voice"


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


def parse(spec: dict[str, Any], output: Path) -> ParsedSpec:
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
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.globals["parse_union_call"] = parse_union_call
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
    """Return {relative path: source} of models/*.py."""
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
