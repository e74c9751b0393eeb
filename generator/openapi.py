"""Reading the spec's structure: the one place that navigates an OpenAPI document as a dict.

Every other step asks this module for a `$ref`'s target, an object's fields, the JSON body of a
request or response, an operation's success response, or every operation, and rewrites operations
with `map_operations`. It also names the `x-` extensions `normalize` leaves for later steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .errors import RefCycleError, SpecReferenceError

Spec = dict[str, Any]
OperationRewrite = Callable[[str, str, dict[str, Any]], dict[str, Any]]
"""Given (path, method, operation), the operation to keep in its place (the same object if unchanged)."""

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA = "application/json"
MULTIPART_MEDIA = "multipart/form-data"
OCTET_STREAM = "application/octet-stream"
SCHEMA_PREFIX = "#/components/schemas/"
RESPONSES_PREFIX = "#/components/responses/"
SUCCESS_STATUS = re.compile(r"^2\d\d$")

# The `x-` extensions `normalize` writes, which openapi-python-client keeps on a model's schema
# (`model.data.model_extra`) where templates, `describe` and the MCP renderer read them.
X_QUERY_STYLE = "x-query-style"
X_DOCUMENTED_DEFAULT = "x-documented-default"
X_ENUM_VARNAMES = "x-enum-varnames"
X_TITLE = "x-title"
X_REQUIRED_ONE_OF = "x-required-one-of"
X_DISCRIMINATOR_VALUE = "x-discriminator-value"
X_CLOSED = "x-closed"
X_ORIGINAL_OPERATION_ID = "x-original-operation-id"
X_MEDIA_TYPE = "x-media-type"
X_FORMAT = "x-format"
X_ANY_OF = "x-any-of"
X_ALTERNATIVES = "x-alternatives"
X_MERGED_FROM = "x-merged-from"
X_UNSUPPORTED_CONTENT = "x-unsupported-content"
X_MULTIPART_CONTENT = "x-multipart-content"
X_UNSUPPORTED_REQUEST_BODY = "x-unsupported-request-body"
X_UNMODELLED_CONTENT = "x-unmodelled-content"


def snake_case(name: str) -> str:
    """`callGatherUsingAI` -> `call_gather_using_ai`, `SendDTMF` -> `send_dtmf`."""
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words)
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def pascal_case(text: str) -> str:
    """`/v2/whatsapp/phone_numbers` -> `V2WhatsappPhoneNumbers`: each word's first letter upper-cased."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", text) if word)


def ref_name(node: Any) -> str | None:
    """The last segment of node's `$ref` (`Dial` for `#/components/schemas/Dial`), if it has one."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def component_schemas(spec: Spec) -> dict[str, Any]:
    """The spec's component schemas, by name (`{}` if it has none)."""
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    return schemas


def discriminator_values(discriminator: dict[str, Any], ref: str) -> list[str]:
    """The values of a discriminator that select the union member `ref` names: those its mapping
    gives for ref, else the member's component name (OpenAPI's implicit mapping)."""
    mapping: dict[str, str] = discriminator.get("mapping", {})
    return sorted(value for value, target in mapping.items() if target == ref) or [ref.rsplit("/", 1)[-1]]


def schema_ref(name: str) -> dict[str, str]:
    """`{"$ref": "#/components/schemas/<name>"}`."""
    return {"$ref": f"{SCHEMA_PREFIX}{name}"}


def split_ref(ref: str) -> tuple[str, str]:
    """`#/components/<kind>/<name>` as (kind, name).

    Raises:
        SpecReferenceError: the reference is not to a component.
    """
    parts = ref.split("/")
    if len(parts) != 4 or parts[:2] != ["#", "components"]:
        raise SpecReferenceError(f"unsupported $ref {ref!r}: only #/components/<kind>/<name> is handled")
    return parts[2], parts[3]


def schema_component(spec: Spec, ref: Any) -> dict[str, Any] | None:
    """The component schema a `#/components/schemas/...` reference names, or None (any other ref,
    or a name the spec lacks)."""
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX):
        return None
    found = component_schemas(spec).get(ref.rsplit("/", 1)[-1])
    return found if isinstance(found, dict) else None


def component(spec: Mapping[str, Any], ref: str) -> Any:
    """The component a `$ref` names, of any kind.

    Raises:
        SpecReferenceError: the reference is not to a component, or points to nothing.
    """
    kind, name = split_ref(ref)
    try:
        return spec["components"][kind][name]
    except (KeyError, TypeError):
        raise SpecReferenceError(f"$ref {ref} points to nothing") from None


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """node with its `$ref` followed to a node without one (components of any kind).

    Raises:
        RefCycleError: the references lead back to one already followed; the message names the cycle.
        SpecReferenceError: a reference points to nothing.
    """
    followed: list[str] = []
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in followed:
            raise RefCycleError(f"$ref cycle: {' -> '.join([*followed[followed.index(ref) :], ref])}")
        followed.append(ref)
        node = component(spec, ref)
    return node


def object_fields(spec: Spec, schema: Any, seen: frozenset[str] = frozenset()) -> tuple[dict[str, Any], set[str]]:
    """The properties and required names of an object schema, through `$ref` and `allOf` (as its model
    merges them: later declarations win). seen: component names not to enter again (a recursive
    `allOf` stops there)."""
    name = ref_name(schema)
    if name is not None:
        if name in seen:
            return {}, set()
        return object_fields(spec, resolve(spec, schema), seen | {name})
    if not isinstance(schema, dict):
        return {}, set()
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for member in schema.get("allOf", []):
        member_properties, member_required = object_fields(spec, member, seen)
        properties.update(member_properties)
        required |= member_required
    if isinstance(schema.get("properties"), dict):
        properties.update(schema["properties"])
    declared = schema.get("required")
    if isinstance(declared, list):
        required |= {name for name in declared if isinstance(name, str)}
    return properties, required


def json_media(container: Any) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(content, its application/json media object) of a request body or response, if it has one."""
    content = container.get("content") if isinstance(container, dict) else None
    media = content.get(JSON_MEDIA) if isinstance(content, dict) else None
    return (content, media) if isinstance(content, dict) and isinstance(media, dict) else None


def json_schema(container: Any) -> dict[str, Any] | None:
    """The application/json schema of a request body or response, if it has one."""
    found = json_media(container)
    schema = found[1].get("schema") if found else None
    return schema if isinstance(schema, dict) else None


def with_json_schema(container: dict[str, Any], schema: Any) -> dict[str, Any]:
    """container with its application/json schema replaced (container must have one, see `json_media`)."""
    content, media = json_media(container) or ({}, {})
    return {**container, "content": {**content, JSON_MEDIA: {**media, "schema": schema}}}


def is_text_media(media_type: str) -> bool:
    """Whether a success body of this media type is text (`text/plain`, `text/csv`, XML), not bytes."""
    base = media_type.split(";", 1)[0].strip().lower()
    return base.startswith("text/") or base == "application/xml" or base.endswith("+xml")


def is_success(status: Any) -> bool:
    """Whether a response status is a 2xx code."""
    return bool(SUCCESS_STATUS.match(str(status)))


def success_response(operation: dict[str, Any]) -> Any:
    """The operation's first success response (lowest 2xx status), as declared (a `$ref` stays one), or None."""
    responses = operation.get("responses", {})
    success = sorted(status for status in responses if is_success(status))
    return responses[success[0]] if success else None


def webhook_schema(webhook: Any) -> dict[str, Any] | None:
    """The application/json schema of a webhook's POST body."""
    post = webhook.get("post", {}) if isinstance(webhook, dict) else {}
    return json_schema(post.get("requestBody", {}))


def iter_operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation of the spec, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def map_operations(spec: Spec, fn: OperationRewrite) -> Spec:
    """spec with each operation replaced by fn(path, method, operation); spec itself if fn changed none."""
    changed = False
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        new_item = dict(item)
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                new_item[method] = fn(path, method, operation)
                changed = changed or new_item[method] is not operation
        paths[path] = new_item
    return {**spec, "paths": paths} if changed else spec


def map_success_responses(operation: dict[str, Any], fn: Callable[[Any], Any]) -> dict[str, Any]:
    """operation with each 2xx response replaced by fn(response); operation itself if fn changed none."""
    responses = operation.get("responses")
    if not isinstance(responses, dict):
        return operation
    fixed = {status: fn(response) if is_success(status) else response for status, response in responses.items()}
    if all(fixed[status] is responses[status] for status in responses):
        return operation
    return {**operation, "responses": fixed}


def rewrite(node: Any, fn: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """Return a copy of node in which fn has rebuilt every dict, innermost first."""
    if isinstance(node, dict):
        return fn({key: rewrite(value, fn) for key, value in node.items()})
    if isinstance(node, list):
        return [rewrite(item, fn) for item in node]
    return node


def rewrite_spec(spec: Spec, fn: Callable[[dict[str, Any]], dict[str, Any]]) -> Spec:
    """`rewrite` over a whole spec."""
    result: Spec = rewrite(spec, fn)
    return result


def with_component_schemas(spec: Spec, schemas: dict[str, Any]) -> Spec:
    """spec with its component schemas replaced by schemas."""
    return {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}
