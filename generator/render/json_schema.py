"""OpenAPI schema nodes as self-contained JSON Schema 2020-12: every `$ref` inlined, OpenAPI-only
keywords dropped, normalize's markers turned back into constraints, discriminators into `enum`s."""

from __future__ import annotations

from typing import Any

from ..errors import SpecReferenceError
from ..openapi import X_CLOSED, X_DOCUMENTED_DEFAULT, X_REQUIRED_ONE_OF, component, discriminator_values, split_ref

# JSON Schema keywords whose value is one schema, a list of schemas, or a map of name -> schema.
SCHEMA_KEYWORDS = frozenset({"items", "not", "contains", "if", "then", "else", "additionalProperties"})


SCHEMA_LIST_KEYWORDS = frozenset({"oneOf", "anyOf", "allOf", "prefixItems"})


SCHEMA_MAP_KEYWORDS = frozenset({"properties", "patternProperties"})


UNION_KEYWORDS = ("oneOf", "anyOf")


# OpenAPI-only keywords with no JSON Schema meaning (the discriminator is turned into `enum`s).
DROPPED_KEYWORDS = frozenset({"discriminator", "xml", "externalDocs", "nullable"})


class Inliner:
    """Turns OpenAPI schema nodes into self-contained JSON Schema 2020-12 (the *full* schema)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def _target(self, ref: str) -> tuple[str, dict[str, Any]]:
        kind, name = split_ref(ref)
        if kind != "schemas":
            raise SpecReferenceError(f"cannot inline $ref {ref!r}: not a schema of #/components/schemas")
        target: dict[str, Any] = component(self.spec, ref)
        return name, target

    def convert(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        """node as JSON Schema; stack holds the components being expanded, to stop at a cycle."""
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            name, target = self._target(node["$ref"])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if name in stack:
                # A recursive shape cannot be inlined; the cut accepts any value and says what it was.
                return {"description": f"A {name}, the same shape as the enclosing one (recursive).", **siblings}
            return {**self.convert(target, (*stack, name)), **self.convert(siblings, stack)}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in DROPPED_KEYWORDS or (key.startswith("x-") and key not in (X_DOCUMENTED_DEFAULT, X_CLOSED)):
                continue
            if key == X_DOCUMENTED_DEFAULT:
                out["default"] = value
            elif key == X_CLOSED:
                out["additionalProperties"] = False
            elif key == "example":
                out["examples"] = [value]
            elif key in SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
                out[key] = {name: self.convert(item, stack) for name, item in value.items()}
            elif key in SCHEMA_LIST_KEYWORDS and isinstance(value, list):
                out[key] = [self.convert(item, stack) for item in value]
            elif key in SCHEMA_KEYWORDS and isinstance(value, dict):
                out[key] = self.convert(value, stack)
            else:
                out[key] = value
        if isinstance(node.get(X_REQUIRED_ONE_OF), list):
            # Only a nested object can carry this as `anyOf`; the tool's root gets a note and the server checks it.
            out.setdefault("anyOf", [{"required": list(names)} for names in node[X_REQUIRED_ONE_OF]])
        discriminator = node.get("discriminator")
        for key in UNION_KEYWORDS:
            if isinstance(discriminator, dict) and isinstance(node.get(key), list):
                out[key] = [
                    _pin(member, discriminator["propertyName"], _mapped_values(discriminator, raw))
                    for raw, member in zip(node[key], out[key], strict=True)
                ]
        return out


def _mapped_values(discriminator: dict[str, Any], member: Any) -> list[str]:
    ref = member.get("$ref") if isinstance(member, dict) else None
    if not isinstance(ref, str):
        return []
    return discriminator_values(discriminator, ref)


def _pin(member: dict[str, Any], prop: str, values: list[str]) -> dict[str, Any]:
    """Make a union member accept only its discriminator values, as OpenAPI's discriminator means.

    Without this, a payload valid for two members fails `oneOf` with "valid under each of", which
    tells the caller nothing; with it, the member's discriminator field says which value it wants.
    """
    if not values:
        return member
    for key in UNION_KEYWORDS:
        if isinstance(member.get(key), list) and "properties" not in member:
            return {**member, key: [_pin(inner, prop, values) for inner in member[key]]}
    properties = member.get("properties")
    if not isinstance(properties, dict):
        return member
    field = properties.get(prop, {})
    pinned = field if "enum" in field or "const" in field else {**field, "enum": values}
    required = list(member.get("required", []))
    return {
        **member,
        "properties": {**properties, prop: pinned},
        "required": required if prop in required else [*required, prop],
    }
