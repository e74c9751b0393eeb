"""The `from_dict` code of a union-typed field: one call of the runtime's `parse_union`.

openapi-python-client writes a parsing function per union field into every model (up to 130
lines each); the member list is all that differs, so that is all a model now says.
"""

from __future__ import annotations

import json

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from ..errors import GeneratorError

# members whose JSON value is kept as it is: a union with one accepts what no other member reads
KEPT_AS_IS = (StringProperty, IntProperty, FloatProperty, BooleanProperty, AnyProperty)
SCALAR_TYPES: dict[type, str] = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
}
STRING_READERS: dict[type, str] = {
    DateProperty: "datetime.date.fromisoformat",
    DateTimeProperty: "datetime.datetime.fromisoformat",
}


def scalar_name(prop: PropertyProtocol) -> str | None:
    """`str`, `int`, `float` or `bool` for a plain JSON scalar property (a UUID string too), else None."""
    return next((name for kind, name in SCALAR_TYPES.items() if isinstance(prop, kind)), None)


def member_code(prop: PropertyProtocol) -> str:
    """How `parse_union` names one member: a model class, an enum's value type, a reader of a
    formatted string (`UUID`), a `Const` or `ListOf(item)`.

    Raises:
        GeneratorError: a member type the runtime does not read (a file, say).
    """
    if isinstance(prop, ModelProperty):
        return prop.class_info.name
    if isinstance(prop, LiteralEnumProperty):
        return prop.value_type.__name__
    if type(prop) in STRING_READERS:
        return STRING_READERS[type(prop)]
    if isinstance(prop, ConstProperty):
        return f"Const({prop.value.python_code.as_unembedded_code()})"
    if isinstance(prop, ListProperty):
        inner = prop.inner_property
        if isinstance(inner, AnyProperty):
            return "list"
        return f"ListOf({scalar_name(inner) or member_code(inner)})"
    if isinstance(prop, UnionProperty):
        return f"OneOf({', '.join(union_arguments(prop))})"
    raise GeneratorError(f"union member {prop.python_name} ({type(prop).__name__}) has no reader in parse_union")


def discriminator(prop: PropertyProtocol) -> tuple[str, list[str]] | None:
    """The (property, values) marked on a member by the carry_discriminators transform."""
    data = getattr(prop, "data", None)
    marker = (data.model_extra or {}).get("x-discriminator-value") if data is not None else None
    return (marker["property"], list(marker["values"])) if marker else None


def flattened(union: UnionProperty) -> list[PropertyProtocol]:
    """The members of a union, those of a union among them in its place."""
    members: list[PropertyProtocol] = []
    for prop in union.inner_properties:
        members += flattened(prop) if isinstance(prop, UnionProperty) else [prop]
    return members


def union_arguments(union: UnionProperty) -> list[str]:
    """The arguments of `parse_union` after the value: the members, then the flags that apply."""
    every = flattened(union)
    members = [p for p in every if not isinstance(p, (NoneProperty, *KEPT_AS_IS))]
    args = ["(" + "".join(f"{member_code(p)}, " for p in members) + ")"]
    if any(isinstance(p, NoneProperty) for p in every):
        args.append("nullable=True")
    args.append("lenient=True")  # a value no member reads is kept as sent; strict mode checks it first
    tagged = [(marker, p) for p in members if (marker := discriminator(p))]
    if tagged:
        entries = [
            f"({json.dumps(prop)}, {json.dumps(v)}, {member_code(p)})" for (prop, values), p in tagged for v in values
        ]
        args.append("tagged=(" + "".join(f"{entry}, " for entry in entries) + ")")
    return args


def parse_union_call(union: UnionProperty, source: str) -> str:
    """`parse_union(source, (A, B), nullable=True, ...)` for one union-typed field."""
    if not any(not isinstance(p, (NoneProperty, *KEPT_AS_IS)) for p in flattened(union)):
        return source  # str | int | None, say: nothing to read, the value is kept as it is
    return f"parse_union({', '.join([source, *union_arguments(union)])})"
