"""The fields of a model as the model template writes them: annotations, the lenient read, the strict rule.

Reading is lenient and straight-line: a field is kept as sent unless it is a nested model, a list of
them, a date-time or a union, whose one-line reader (`read`) leaves any value it cannot read as it is.
Strict mode (`_strict_response_validation`) checks the body against each field's `rule` first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty

from .plain_types import DictProperty, UuidText
from .signatures import code, model_properties, raw_name, untrusted_text
from .unions import discriminator, flattened, member_code, parse_union_call, scalar_name

REQUIRED, NULLABLE = 1, 2  # the flags of a rule, as `telnyx_voice._validation` reads them


@dataclass(frozen=True)
class ModelField:
    """One field of a generated model."""

    python: str
    wire: str
    required: bool
    annotation: str
    """The attribute's type: the spec's, with `| None` for an optional field (None when absent)."""
    read: str | None
    """Expression turning the JSON value `v` into the attribute, or None when it is kept as sent."""
    rule: str
    """What strict mode checks the JSON value against (`telnyx_voice._validation.check_value`)."""
    flags: int
    description: str

    @property
    def init_annotation(self) -> str:
        """The constructor argument's type: optional ones default to `UNSET`, "not given"."""
        return self.annotation if self.required else f"{self.annotation} | Unset = UNSET"


def read_code(prop: PropertyProtocol) -> str | None:
    """The lenient reader of prop's JSON value `v`, or None when the value is kept as it is."""
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name}.from_dict(v) if v.__class__ is dict else v"
    if isinstance(prop, DateTimeProperty):
        return "read_datetime(v)"
    if isinstance(prop, DateProperty):
        return "read_date(v)"
    if isinstance(prop, ListProperty):
        inner = prop.inner_property
        if read_code(inner) is None:
            return None
        if isinstance(inner, ModelProperty):
            item = f"{inner.class_info.name}.from_dict(i) if i.__class__ is dict else i"
            return f"[{item} for i in v] if v.__class__ is list else v"
        return f"read_value({member_code(prop)}, v)"
    if isinstance(prop, UnionProperty):
        call = parse_union_call(prop, "v")
        return None if call == "v" else call
    return None


def rule_code(prop: PropertyProtocol) -> str:
    """What strict mode checks prop's JSON value against: a type, a model, a reader, `ListOf`, `OneOf`..."""
    if isinstance(prop, UuidText):
        return "UUID"
    if isinstance(prop, DictProperty):
        return "dict"
    scalar = scalar_name(prop)
    if scalar is not None:
        return scalar
    if isinstance(prop, AnyProperty):
        return "object"
    if isinstance(prop, NoneProperty):
        return "Const(None)"
    if isinstance(prop, ListProperty):
        return f"ListOf({rule_code(prop.inner_property)})"
    if isinstance(prop, UnionProperty):
        members = [p for p in flattened(prop) if not isinstance(p, NoneProperty)]
        args = ["(" + "".join(f"{rule_code(p)}, " for p in members) + ")"]
        if _nullable(prop):
            args.append("nullable=True")
        tagged = [(marker, p) for p in members if (marker := discriminator(p))]
        if tagged:
            entries = [
                f"({json.dumps(name)}, {json.dumps(v)}, {rule_code(p)})" for (name, values), p in tagged for v in values
            ]
            args.append("tagged=(" + "".join(f"{entry}, " for entry in entries) + ")")
        return f"OneOf({', '.join(args)})"
    return member_code(prop)


def _nullable(prop: PropertyProtocol) -> bool:
    return isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in flattened(prop))


def _annotation(prop: PropertyProtocol) -> str:
    annotation = code(prop.get_type_string(no_optional=True))
    if prop.required or "None" in annotation.split(" | "):
        return annotation
    return f"{annotation} | None"


def _description(prop: PropertyProtocol) -> str:
    text = untrusted_text(prop.description)
    example = untrusted_text(getattr(prop, "example", None))
    return f"{text} Example: {example}." if example else text


def model_fields(model: ModelProperty) -> list[ModelField]:
    """The fields of model, required ones first (attrs wants those without a default first)."""
    return [
        ModelField(
            python=str(prop.python_name),
            wire=raw_name(prop),
            required=prop.required,
            annotation=_annotation(prop),
            read=read_code(prop),
            rule=rule_code(prop),
            flags=(REQUIRED if prop.required else 0) | (NULLABLE if _nullable(prop) else 0),
            description=_description(prop),
        )
        for prop in model_properties(model)
    ]
