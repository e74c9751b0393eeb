"""A strict copy of a spec, for the contract tests: requests with unknown properties fail validation.

The Telnyx schemas allow properties they do not list, so a validator such as Prism accepts a request
whose optional field is misnamed (`timeout_sec` for `timeout_secs`): it is just an extra property.
`strict_spec` returns a copy in which every object a request sends (body and parameters, and every
object reachable from them) rejects properties its schema does not define. Responses are untouched.

It takes the selected spec or the normalized one: `x-closed` (normalize's record of an original
`additionalProperties: false`) becomes `additionalProperties: false` again, and `x-required-one-of`
becomes the `anyOf` of `required` alternatives it was made from.

How an object is closed depends on how it is combined with other schemas:

- a plain object (`properties`, no `allOf`/`oneOf`/`anyOf`) gets `additionalProperties: false`;
- an object or union that has `allOf`, `oneOf` or `anyOf` gets `unevaluatedProperties: false`, and
  its members stay open at their top level. `additionalProperties` only sees the `properties` next to
  it, so on a parent it would reject the fields a member defines, and on a member it would reject the
  fields of the parent or of an `allOf` sibling. `unevaluatedProperties` sees every property that a
  *successful* member evaluated, so a field is accepted exactly when the branch that matched defines it;
- an explicit `additionalProperties` (`true` or a schema) and free-form objects (`type: object`
  without `properties`, or with `properties: {}`, which the Telnyx spec writes for objects it does
  not describe, such as an assistant's `observability_settings`) are left open: they take any key;
- `not`, `if`/`then`/`else` and `dependentSchemas` are left as they are (closing the schema under a
  `not` would loosen the spec, not tighten it).

The properties of a member are separate instances, so they are closed whichever way the member is.
A component can be used both ways (as a request body, and as a member of a union), so the copy has
one variant per use: `<Name>__closed` and `<Name>__open`; the original component stays for responses.

`unevaluatedProperties` is a JSON Schema 2020-12 keyword. Prism validates with draft-07 unless the
document declares `jsonSchemaDialect`, and draft-07 ignores the keyword, so the copy declares 2020-12.
The copy keeps no `webhooks` and has one server, the root of the mock (Prism serves the paths there).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .openapi import HTTP_METHODS, SCHEMA_PREFIX, X_CLOSED, X_MULTIPART_CONTENT, X_REQUIRED_ONE_OF, resolve

Spec = dict[str, Any]
Mode = Literal["closed", "open"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
VARIANT_SUFFIX: dict[Mode, str] = {"closed": "__closed", "open": "__open"}
COMBINATORS = ("allOf", "oneOf", "anyOf")
# Keywords whose value is one schema, or a list of schemas, applied to the same instance or a part of it.
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SINGLE_SUBSCHEMAS = ("items", "additionalItems", "contains", "propertyNames", "unevaluatedItems")
# Left exactly as they are (see the module docstring).
_UNTOUCHED = ("not", "if", "then", "else", "dependentSchemas")


def restore_markers(node: Any) -> Any:
    """node with normalize's `x-closed` and `x-required-one-of` turned back into JSON Schema."""
    if isinstance(node, list):
        return [restore_markers(item) for item in node]
    if not isinstance(node, dict):
        return node
    restored = {key: restore_markers(value) for key, value in node.items()}
    if restored.pop(X_CLOSED, None) is True:
        restored["additionalProperties"] = False
    alternatives = restored.pop(X_REQUIRED_ONE_OF, None)
    if isinstance(alternatives, list) and alternatives:
        groups = [{"required": list(group)} for group in alternatives]
        if "anyOf" in restored:  # keep both: the object must satisfy the existing anyOf and one group
            restored["allOf"] = [*restored.get("allOf", []), {"anyOf": groups}]
        else:
            restored["anyOf"] = groups
    return restored


def _type_allows_object(node: Mapping[str, Any]) -> bool:
    kind = node.get("type")
    if kind is None:
        return True
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


class _Closer:
    """Builds the closed and open variants of schemas, component by component, memoized (refs may cycle)."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self.variants: dict[str, Any] = {}

    def component(self, name: str, mode: Mode) -> str:
        variant = name + VARIANT_SUFFIX[mode]
        if variant in self.schemas:
            raise ValueError(f"the spec already has a component {variant!r}; the strict copy needs that name")
        if variant not in self.variants:
            self.variants[variant] = None  # placeholder: a cycle back to it only needs the name
            self.variants[variant] = self.schema(self.schemas[name], mode)
        return variant

    def may_be_object(self, node: Any, seen: frozenset[str] = frozenset()) -> bool:
        """Whether node can describe an object with defined properties (through refs and members)."""
        if not isinstance(node, Mapping):
            return False
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            name = ref.removeprefix(SCHEMA_PREFIX)
            return name not in seen and self.may_be_object(self.schemas.get(name), seen | {name})
        if not _type_allows_object(node):
            return False
        if node.get("properties") or node.get("patternProperties"):
            return True
        return any(self.may_be_object(member, seen) for key in COMBINATORS for member in node.get(key, ()))

    def schema(self, node: Any, mode: Mode) -> Any:
        """node for a request: closed at its top level (mode "closed") or not, closed below either way."""
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            name = ref.removeprefix(SCHEMA_PREFIX)
            return {**node, "$ref": SCHEMA_PREFIX + self.component(name, mode)}
        result: dict[str, Any] = {}
        combined = any(key in node for key in COMBINATORS)
        for key, value in node.items():
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                result[key] = {name: self.schema(sub, "closed") for name, sub in value.items()}
            elif key in _SINGLE_SUBSCHEMAS or key == "additionalProperties":
                if isinstance(value, list):  # draft-04 style tuple `items`
                    result[key] = [self.schema(sub, "closed") for sub in value]
                else:
                    result[key] = self.schema(value, "closed")
            elif key == "prefixItems" and isinstance(value, list):
                result[key] = [self.schema(sub, "closed") for sub in value]
            elif key in COMBINATORS and isinstance(value, list):
                result[key] = [self.schema(sub, "open") for sub in value]
            else:  # _UNTOUCHED, annotations, examples, assertions on the value itself
                result[key] = value
        already = "additionalProperties" in node or "unevaluatedProperties" in node
        if mode == "closed" and not already and self.may_be_object(node):
            if combined:
                result["unevaluatedProperties"] = False
            elif node.get("properties"):
                result["additionalProperties"] = False
        return result


def _strict_operation(spec: Mapping[str, Any], operation: Mapping[str, Any], closer: _Closer) -> dict[str, Any]:
    strict = {key: value for key, value in operation.items() if key != "servers"}
    if "parameters" in operation:
        strict["parameters"] = [_strict_parameter(spec, param, closer) for param in operation["parameters"]]
    if "requestBody" in operation:
        body = dict(resolve(spec, operation["requestBody"]))
        for key in ("content", X_MULTIPART_CONTENT):
            if key in body:
                body[key] = _closed_content(body[key], closer)
        strict["requestBody"] = body
    if X_MULTIPART_CONTENT in operation:  # a body that is only a multipart form
        strict[X_MULTIPART_CONTENT] = _closed_content(operation[X_MULTIPART_CONTENT], closer)
    return strict


def _closed_content(content: Mapping[str, Any], closer: _Closer) -> dict[str, Any]:
    """A content map (media type -> media object) with each schema closed."""
    return {
        media_type: {**media, "schema": closer.schema(media["schema"], "closed")} if "schema" in media else media
        for media_type, media in content.items()
    }


def _strict_parameter(spec: Mapping[str, Any], param: Any, closer: _Closer) -> Any:
    resolved = resolve(spec, param)
    if not isinstance(resolved, Mapping) or "schema" not in resolved:
        return resolved
    return {**resolved, "schema": closer.schema(resolved["schema"], "closed")}


def strict_spec(spec: Spec, *, server_url: str = "/") -> Spec:
    """A copy of spec whose requests reject properties the schemas do not define (see the module docstring).

    spec is the selected or the normalized document; it is not changed. Path-level and
    operation-level parameters, and JSON request bodies, are closed; responses and their components are
    kept as they are. server_url becomes the only server (path and operation `servers` are dropped).

    Raises:
        ValueError: the spec already has a component named like one of the variants (`X__closed`).
    """
    document: Spec = restore_markers({key: value for key, value in spec.items() if key != "webhooks"})
    components = dict(document.get("components", {}))
    closer = _Closer(components.get("schemas", {}))
    paths: dict[str, Any] = {}
    for path, item in document.get("paths", {}).items():
        strict_item = {key: value for key, value in item.items() if key != "servers"}
        if "parameters" in item:
            strict_item["parameters"] = [_strict_parameter(document, param, closer) for param in item["parameters"]]
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                strict_item[method] = _strict_operation(document, item[method], closer)
        paths[path] = strict_item
    components["schemas"] = {**components.get("schemas", {}), **closer.variants}
    document["components"] = components
    document["paths"] = paths
    document["servers"] = [{"url": server_url, "description": "the contract-test mock (strict copy of the spec)"}]
    document["jsonSchemaDialect"] = DIALECT
    return document
