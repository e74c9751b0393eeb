"""Name-collision handling, run last: the classes openapi-python-client will generate must not clash.

`predicted_classes` (in the openapi-python-client adapter) says which classes a spec gives; these
transforms change the spec until every predicted class has a name and module of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from ..errors import NamingError
from ..opc import GeneratedClass, SchemaPath, builds_model, opc_class, predicted_classes
from ..openapi import X_TITLE, Spec, component_schemas, schema_ref, with_component_schemas

ROUNDS = 5


def _has_inline_models(node: Any) -> bool:
    """Whether an object schema has an inline object anywhere below its properties."""
    stack = list(node.get("properties", {}).values()) if isinstance(node, dict) else []
    while stack:
        current = stack.pop()
        if isinstance(current, dict) and "$ref" not in current:
            if builds_model(current):
                return True
            stack.extend(v for k, v in current.items() if isinstance(v, (dict, list)) and k != "example")
        elif isinstance(current, list):
            stack.extend(current)
    return False


def hoist_inline_union_members(spec: Spec) -> Spec:
    """Move an inline object member of a component-level `oneOf`/`anyOf` into its own component
    when it has inline objects of its own.

    openapi-python-client builds such a member's nested classes twice and fails with "Attempted to
    generate duplicate models" (VoiceSdkCallReportStats: `oneOf: [array, {properties: {audio:
    {type: object}}}]`), dropping the union. The new component is named as openapi-python-client
    names the member (`VoiceSdkCallReportStats_type_1`, or the member's title), so the class keeps
    its name.
    """
    schemas = dict(component_schemas(spec))
    taken = set(schemas)
    changed = False
    for name, schema in list(schemas.items()):
        if not isinstance(schema, dict):
            continue
        offset = 0
        new_schema = dict(schema)
        for key in ("anyOf", "oneOf"):  # openapi-python-client numbers anyOf members first
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            new_members = []
            for index, member in enumerate(members, start=offset):
                if builds_model(member) and _has_inline_models(member):
                    title = member.get("title")
                    base = title if isinstance(title, str) and title and title != schema.get("title") else None
                    target = base or f"{name}_type_{index}"
                    while target in taken:
                        target += "_"
                    taken.add(target)
                    hoisted = {k: v for k, v in member.items() if k != "title"}
                    if isinstance(title, str):
                        hoisted[X_TITLE] = title
                    schemas[target] = hoisted
                    member = schema_ref(target)
                    changed = True
                new_members.append(member)
            new_schema[key] = new_members
            offset += len(members)
        schemas[name] = new_schema
    if not changed:
        return spec
    return with_component_schemas(spec, schemas)


def _update_at(node: Any, path: SchemaPath, fn: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A copy of node with fn applied to the dict at path (copying only along the path)."""
    if not path:
        return fn(node)
    head, rest = path[0], path[1:]
    if isinstance(node, list):
        assert isinstance(head, int)
        return [_update_at(item, rest, fn) if i == head else item for i, item in enumerate(node)]
    return {**node, head: _update_at(node[head], rest, fn)}


def _collisions(classes: list[GeneratedClass]) -> list[list[GeneratedClass]]:
    """Groups of predicted classes that cannot coexist: the same class or module name, unless all are
    enums with the same values (openapi-python-client reuses one class for those)."""
    groups: dict[str, list[GeneratedClass]] = {}
    for cls in classes:
        groups.setdefault(cls.name.lower(), []).append(cls)
    by_module: dict[str, list[GeneratedClass]] = {}
    for cls in classes:
        by_module.setdefault(cls.module, []).append(cls)
    result = []
    for group in [*groups.values(), *by_module.values()]:
        distinct = {(c.name, c.path) for c in group}
        if len(distinct) < 2:
            continue
        if all(c.enum_values is not None for c in group) and len({(c.name, c.enum_values) for c in group}) == 1:
            continue
        result.append(group)
    return result


def _free_title(cls: GeneratedClass, taken: set[str]) -> str:
    """The first title `<base>_Enum`, `<base>_Object` (then with 2, 3, ...) whose class and module are free;
    both are added to taken."""
    suffix = "Enum" if cls.enum_values is not None else "Object"
    counter = 1
    while True:
        title = f"{cls.base}_{suffix}" + (str(counter) if counter > 1 else "")
        name, module = opc_class(cls.parent, title)
        if name.lower() not in taken and module not in taken:
            taken |= {name.lower(), module}
            return title
        counter += 1


def _renames(classes: list[GeneratedClass], groups: list[list[GeneratedClass]]) -> dict[SchemaPath, str]:
    """The new title of each schema that gives way in a clash (see `name_colliding_inline_schemas`)."""
    taken = {c.name.lower() for c in classes} | {c.module for c in classes}
    renames: dict[SchemaPath, str] = {}
    order = {c.path: i for i, c in enumerate(classes)}
    for group in groups:
        ranked = sorted(group, key=lambda c: (not c.is_component, len(c.path), order[c.path]))
        keeper = ranked[0]
        for cls in ranked[1:]:
            if cls.path in renames or (cls.name, cls.path) == (keeper.name, keeper.path):
                continue
            if cls.enum_values is not None and cls.enum_values == keeper.enum_values and cls.name == keeper.name:
                continue
            renames[cls.path] = _free_title(cls, taken)
    return renames


def _retitled(node: dict[str, Any], title: str) -> dict[str, Any]:
    kept = {k: v for k, v in node.items() if k != "title"}
    if isinstance(node.get("title"), str):
        kept[X_TITLE] = node["title"]
    return {**kept, "title": title}


def name_colliding_inline_schemas(spec: Spec) -> Spec:
    """Title inline schemas whose generated class would take a name another class already has.

    openapi-python-client names an inline schema after its parent class and its property name, so
    Error's inline `meta` becomes `ErrorMeta`, a component of that name; PhoneNumber's `status`
    enum is `PhoneNumberStatus`, another component; and in WebhookPortoutStatusChanged,
    `payload_status` and `payload.status` both become `WebhookPortoutStatusChangedPayloadStatus`.
    It then drops the schema (and every operation using it). In each clash a component keeps its
    name, then the schema nearest the top (then the first in document order); the others get a
    `title` that adds `Enum` or `Object` (then a number) to their class name. An existing title moves
    to `x-title`.

    Raises:
        NamingError: the clashes are not resolved after a few rounds (renaming a model renames the
            classes inside it, which could clash again).
    """
    for _ in range(ROUNDS):
        classes = predicted_classes(spec)
        groups = _collisions(classes)
        if not groups:
            return spec
        for path, title in _renames(classes, groups).items():
            spec = _update_at(spec, path, partial(_retitled, title=title))
    raise NamingError(f"inline schema class names still collide after {ROUNDS} rounds of renaming")
