"""Spec enums written as inline `Literal[...]` annotations, so an editor shows the values where they are used.

openapi-python-client gives every enum (one per operation and field) a module with a named alias.
Here each of its enum properties is replaced by a `LiteralProperty` whose type is written inline. A
value set too long to read inline keeps one name, shared by every enum with the same values and
defined in its own module under `models/`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TypeVar, cast

from attrs import asdict, define
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode

MAX_INLINE_CHARS = 80
"""The longest `Literal[...]` written inline; a longer one reads better as a name."""

ValueSet = tuple[type, frozenset[str | int]]
P = TypeVar("P", bound=PropertyProtocol)


def literal_text(values: Iterable[str | int]) -> str:
    """`Literal["dual", "single"]`: the values sorted, strings double-quoted."""
    ordered = sorted(values, key=lambda value: (isinstance(value, str), value))
    return "Literal[" + ", ".join(json.dumps(value) for value in ordered) + "]"


@define
class LiteralProperty(LiteralEnumProperty):
    """An enum property typed by its values inline, or by the shared name of a long value set."""

    shared: Class | None = None

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(self.shared.name if self.shared else literal_text(self.values))

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = PropertyProtocol.get_imports(self, prefix=prefix)
        if self.shared:
            imports.add(f"from {prefix}models.{self.shared.module_name} import {self.shared.name}")
        else:
            imports.add("from typing import Literal")
        return imports


def _value_set(enum: LiteralEnumProperty) -> ValueSet:
    return enum.value_type, frozenset(enum.values)


def shared_names(enums: Iterable[LiteralEnumProperty]) -> dict[ValueSet, Class]:
    """The one name of each value set too long to write inline: the shortest of its enums' names
    (alphabetically first among equals), so `SpeakRequestLanguage` also types `gather_using_speak`."""
    candidates: dict[ValueSet, list[Class]] = {}
    for enum in enums:
        if len(literal_text(enum.values)) > MAX_INLINE_CHARS:
            candidates.setdefault(_value_set(enum), []).append(enum.class_info)
    return {key: min(names, key=lambda c: (len(c.name), c.name)) for key, names in candidates.items()}


class _Inliner:
    """Replaces every enum property reachable from a property by its `LiteralProperty`."""

    def __init__(self, shared: dict[ValueSet, Class]) -> None:
        self.shared = shared

    def convert(self, prop: P) -> P:
        if isinstance(prop, LiteralProperty):
            return prop
        if isinstance(prop, LiteralEnumProperty):
            literal = LiteralProperty(**asdict(prop, recurse=False), shared=self.shared.get(_value_set(prop)))
            return cast(P, literal)  # a LiteralEnumProperty still, as prop is
        if isinstance(prop, ListProperty):
            object.__setattr__(prop, "inner_property", self.convert(prop.inner_property))
        elif isinstance(prop, UnionProperty):
            object.__setattr__(prop, "inner_properties", [self.convert(p) for p in prop.inner_properties])
        return prop

    def convert_model(self, model: ModelProperty, enum_modules: frozenset[str]) -> None:
        """Convert a model's fields and rewrite its imports: enum modules out, the fields' imports in."""
        model.required_properties = [self.convert(p) for p in model.required_properties or []]
        model.optional_properties = [self.convert(p) for p in model.optional_properties or []]
        props = model.required_properties + model.optional_properties
        if model.additional_properties is not None and not isinstance(model.additional_properties, bool):
            model.additional_properties = self.convert(model.additional_properties)
            props.append(model.additional_properties)
        imports = {line for line in model.relative_imports or set() if not _imports_module(line, enum_modules)}
        for prop in props:
            imports |= prop.get_imports(prefix="..")
        model.set_relative_imports(imports)


def _imports_module(line: str, modules: frozenset[str]) -> bool:
    return line.startswith("from ..models.") and line.split()[1].removeprefix("..models.") in modules


def inline_literals(data: GeneratorData) -> list[tuple[Class, str]]:
    """Replace every enum property of data's models and endpoints by a `LiteralProperty`.

    Returns the shared name and `Literal[...]` text of each long value set, for its own module.
    """
    enums = [enum for enum in data.enums if isinstance(enum, LiteralEnumProperty)]
    shared = shared_names(enums)
    inliner = _Inliner(shared)
    enum_modules = frozenset(enum.class_info.module_name for enum in enums)
    models = list(data.models)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoint.query_parameters = [inliner.convert(p) for p in endpoint.query_parameters]
            endpoint.path_parameters = [inliner.convert(p) for p in endpoint.path_parameters]
            models += [body.prop for body in endpoint.bodies if isinstance(body.prop, ModelProperty)]
    for model in models:
        inliner.convert_model(model, enum_modules)
    texts = {name.name: literal_text(values) for (_, values), name in shared.items()}
    return [(name, texts[name.name]) for name in sorted(shared.values(), key=lambda c: c.name)]
