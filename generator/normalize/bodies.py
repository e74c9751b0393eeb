"""Whole-spec transforms of request bodies and success responses, in the order `normalize` runs them.

The client sends one JSON object per request and returns one model per operation; these make every
body and success response of the whole spec either such an object or set aside, with a marker
`describe` reads to report what the client does not cover.
"""

from __future__ import annotations

from typing import Any

from ..openapi import (
    JSON_MEDIA,
    MULTIPART_MEDIA,
    X_MERGED_FROM,
    X_MULTIPART_CONTENT,
    X_UNMODELLED_CONTENT,
    X_UNSUPPORTED_CONTENT,
    X_UNSUPPORTED_REQUEST_BODY,
    Spec,
    component_schemas,
    json_media,
    map_operations,
    map_success_responses,
    object_fields,
    pascal_case,
    ref_name,
    resolve,
    schema_component,
    schema_ref,
    with_component_schemas,
    with_json_schema,
)
from .whole_spec import is_forbidden


def _alias_target(spec: Spec, ref: Any, seen: frozenset[str] = frozenset()) -> Any:
    """The `$ref` a component only wraps (`allOf: [{$ref: X}]` plus a description), followed to the end."""
    target = schema_component(spec, ref)
    if target is None or ref in seen:
        return ref
    members = [*target.get("allOf", []), *target.get("anyOf", []), *target.get("oneOf", [])]
    extra = set(target) - {"allOf", "anyOf", "oneOf", "description", "title", "example", "examples"}
    if len(members) == 1 and isinstance(members[0], dict) and set(members[0]) == {"$ref"} and not extra:
        return _alias_target(spec, members[0]["$ref"], seen | {ref})
    return ref


def point_bodies_past_aliases(spec: Spec) -> Spec:
    """Make a request body or success response that names an alias component
    (`allOf: [{$ref: X}]`) name X itself.

    openapi-python-client generates no class for an alias (it uses X's), so the generator found no
    model for ReputationPhoneNumberListWithReputation, which only wraps ReputationPhoneNumberList.
    """

    def fix(container: Any) -> Any:
        found = json_media(container)
        ref = found[1].get("schema", {}).get("$ref") if found else None
        if found is None or not isinstance(ref, str) or _alias_target(spec, ref) == ref:
            return container
        return with_json_schema(container, {"$ref": _alias_target(spec, ref)})

    def fix_operation(_path: str, _method: str, op: dict[str, Any]) -> dict[str, Any]:
        new_op = {**op, "requestBody": fix(op["requestBody"])} if "requestBody" in op else op
        return map_success_responses(new_op, fix)

    return map_operations(spec, fix_operation)


def _target(spec: Spec, schema: Any) -> dict[str, Any]:
    """schema with its `$ref`s followed; `{}` if that is not a schema."""
    target = resolve(spec, schema)
    return target if isinstance(target, dict) else {}


def _merged_union(spec: Spec, union: dict[str, Any]) -> dict[str, Any] | None:
    """One object with every member's fields, if union is a `oneOf`/`anyOf` of objects only."""
    members = union.get("oneOf") or union.get("anyOf")
    if not isinstance(members, list) or not members or "properties" in union:
        return None
    fields: dict[str, Any] = {}
    required: set[str] | None = None
    for member in members:
        resolved = _target(spec, member)
        declared, declared_required = object_fields(spec, member)
        if not declared or resolved.get("type", "object") != "object":
            return None
        for name, schema in declared.items():
            if is_forbidden(schema):
                continue
            known = fields.get(name)
            if known is None or known == schema:
                fields[name] = schema
            elif isinstance(known.get("enum"), list) and isinstance(schema.get("enum"), list):
                values = known["enum"] + [v for v in schema["enum"] if v not in known["enum"]]
                fields[name] = {**known, "enum": values}
            else:
                alternatives = known["anyOf"] if list(known) == ["anyOf"] else [known]
                if schema not in alternatives:
                    fields[name] = {"anyOf": [*alternatives, schema]}
        member_required = declared_required & set(declared)
        required = member_required if required is None else required & member_required
    merged: dict[str, Any] = {"type": "object", "properties": fields, X_MERGED_FROM: members}
    if required:
        merged["required"] = sorted(required)
    if isinstance(union.get("description"), str):
        merged["description"] = union["description"]
    return merged


def merge_union_bodies(spec: Spec) -> Spec:
    """Give a request body or success response that is a union of objects one object schema with
    every member's fields (required: those all members require), named `<Component>Merged`.

    The client passes body fields as keyword arguments and returns one model per operation; a
    `oneOf` of objects (CreatePushCredential: iOS or Android; a multipart form too, such as
    createVoiceCloneFromUpload's three providers) has neither, so the generator could
    not render 8 operations of the whole spec. A field declared differently by two members becomes
    an `anyOf` of both (enums: the union of their values). The members stay in `x-merged-from`, and
    the union component itself is unchanged for its other uses.
    """
    schemas = dict(component_schemas(spec))
    merged_names: dict[str, str] = {}

    def merged_ref(schema: Any, fallback: str) -> Any:
        if not isinstance(schema, dict):
            return schema
        name = ref_name(schema)
        if name in merged_names:
            return schema_ref(merged_names[name])
        merged = _merged_union(spec, _target(spec, schema))
        if merged is None:
            return schema
        target = f"{name or fallback}Merged"
        while target in schemas:
            target += "_"
        schemas[target] = merged
        if name:
            merged_names[name] = target
        return schema_ref(target)

    def fix_content(container: Any, fallback: str) -> Any:
        found = json_media(container)
        if found is None or "schema" not in found[1]:
            return container
        schema = merged_ref(found[1]["schema"], fallback)
        return container if schema is found[1]["schema"] else with_json_schema(container, schema)

    def fix_multipart(body: Any, fallback: str) -> Any:
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            return body
        media = content.get(MULTIPART_MEDIA)
        if not isinstance(media, dict) or "schema" not in media:
            return body
        schema = merged_ref(media["schema"], fallback)
        if schema is media["schema"]:
            return body
        return {**body, "content": {**content, MULTIPART_MEDIA: {**media, "schema": schema}}}

    def fix_operation(path: str, method: str, op: dict[str, Any]) -> dict[str, Any]:
        name = pascal_case(str(op.get("operationId", f"{method} {path}")))
        body = resolve(spec, op["requestBody"]) if "requestBody" in op else None
        fixed = fix_multipart(fix_content(body, f"{name}Body"), f"{name}Form")
        new_op = op if fixed is body else {**op, "requestBody": fixed}
        return map_success_responses(new_op, lambda response: fix_content(response, f"{name}Response"))

    merged = map_operations(spec, fix_operation)
    if len(schemas) == len(component_schemas(spec)):
        return spec
    return with_component_schemas(merged, schemas)


def _is_object_schema(spec: Spec, schema: Any) -> bool:
    resolved = _target(spec, schema)
    return bool(object_fields(spec, schema)[0]) or resolved.get("type") == "object" or bool(resolved.get("allOf"))


def _is_multipart_object(spec: Spec, media: str, value: Any) -> bool:
    """A multipart/form-data body whose schema lists the fields to send."""
    return media == MULTIPART_MEDIA and isinstance(value, dict) and bool(object_fields(spec, value.get("schema"))[0])


def set_aside_unsupported_request_bodies(spec: Spec) -> Spec:
    """Keep only the JSON object of a request body where openapi-python-client reads it; move a
    multipart/form-data object beside it into `x-multipart-content`, and what the client cannot send
    into `x-unsupported-content`.

    The client sends JSON objects, and a multipart form where the body also accepts JSON (a media
    upload: a file, or JSON `media_url`): `describe` reads the form's fields from
    `x-multipart-content` (the operation's own, when the body is only a multipart form), and the
    runtime picks the form from the arguments passed.
    openapi-python-client's multipart models need upload helpers the runtime does not ship, so it
    never sees the form. Form posts (TeXML), raw bytes and JSON bodies that are not objects (a bare
    array) are set aside: the operation is generated with its path and query parameters, without the
    body. A body with no JSON object moves whole to the operation's `x-unsupported-request-body`.
    """

    def fix(_path: str, _method: str, op: dict[str, Any]) -> dict[str, Any]:
        if "requestBody" not in op:
            return op
        body = resolve(spec, op["requestBody"])
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            return op
        kept = {
            media: value
            for media, value in content.items()
            if media == JSON_MEDIA and isinstance(value, dict) and _is_object_schema(spec, value.get("schema"))
        }
        if len(kept) == len(content):
            return op
        if not kept:
            without_body = {k: v for k, v in op.items() if k != "requestBody"}
            multipart = {media: value for media, value in content.items() if _is_multipart_object(spec, media, value)}
            if multipart and len(multipart) == len(content):
                return {**without_body, X_MULTIPART_CONTENT: multipart}
            return {**without_body, X_UNSUPPORTED_REQUEST_BODY: body}
        aside = {media: value for media, value in content.items() if media not in kept}
        fixed = {**body, "content": kept}
        multipart = {media: value for media, value in aside.items() if _is_multipart_object(spec, media, value)}
        if multipart:
            fixed[X_MULTIPART_CONTENT] = multipart
        if len(multipart) < len(aside):
            fixed[X_UNSUPPORTED_CONTENT] = {media: value for media, value in aside.items() if media not in multipart}
        return {**op, "requestBody": fixed}

    return map_operations(spec, fix)


def set_aside_unmodelled_success_responses(spec: Spec) -> Spec:
    """Move a success response's JSON content into `x-unmodelled-content` when its schema is not an
    object (a bare array, a string, or `{}`).

    The client returns one model per operation, so it cannot render an operation that answers
    `[...]` (ListExternalVettings) or with an untyped body; such an operation is generated, and its
    call returns None once the status is checked. Run after `merge_union_bodies`, which turns
    unions of objects into models.
    """

    def fix(response: Any) -> Any:
        response = resolve(spec, response)
        found = json_media(response)
        if found is None or _is_object_schema(spec, found[1].get("schema")):
            return response
        content, media = found
        kept = {k: v for k, v in content.items() if k != JSON_MEDIA}
        fixed = {**response, X_UNMODELLED_CONTENT: {JSON_MEDIA: media}}
        if kept:
            fixed["content"] = kept
        else:
            fixed.pop("content", None)
        return fixed

    return map_operations(spec, lambda _path, _method, op: map_success_responses(op, fix))
