"""Spec enums written as inline `Literal[...]` annotations, so an editor shows the values where they are used.

openapi-python-client gives every enum (one per operation and field) a module with a named alias.
Here each of its enum properties is replaced by a `LiteralProperty` whose type is written inline. A
value set too long to read inline keeps one name, shared by every enum with the same values and
defined in its own module under `models/`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from attrs import asdict, define
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import PythonCode

from .rewrite import Leaf, PropertyRewriter, rewrite_properties

MAX_INLINE_CHARS = 80
"""The longest `Literal[...]` written inline; a longer one reads better as a name."""

ValueSet = tuple[type, frozenset[str | int]]


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


def _inline(shared: dict[ValueSet, Class]) -> Leaf:
    def leaf(prop: PropertyProtocol) -> PropertyProtocol | None:
        if isinstance(prop, LiteralProperty):
            return prop
        if isinstance(prop, LiteralEnumProperty):
            return LiteralProperty(**asdict(prop, recurse=False), shared=shared.get(_value_set(prop)))
        return None

    return leaf


def inline_literals(data: GeneratorData) -> list[tuple[Class, str]]:
    """Replace every enum property of data's models and endpoints by a `LiteralProperty`.

    Returns the shared name and `Literal[...]` text of each long value set, for its own module.
    """
    enums = [enum for enum in data.enums if isinstance(enum, LiteralEnumProperty)]
    shared = shared_names(enums)
    enum_modules = frozenset(enum.class_info.module_name for enum in enums)
    rewrite_properties(data, PropertyRewriter(_inline(shared)), enum_modules)
    texts = {name.name: literal_text(values) for (_, values), name in shared.items()}
    return [(name, texts[name.name]) for name in sorted(shared.values(), key=lambda c: c.name)]
