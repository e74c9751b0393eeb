"""Step 2: keep the selected operations and webhook events, with every component they reference."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import SelectionError, SpecReferenceError
from .openapi import HTTP_METHODS, iter_operations, split_ref


@dataclass(frozen=True)
class SelectedSpec:
    """The selected sub-spec, and what the selection asked for that the spec does not have."""

    document: dict[str, Any]
    missing_operations: tuple[str, ...]
    missing_events: tuple[str, ...]


def iter_refs(node: Any) -> Iterator[str]:
    """Yield every `$ref` string under node."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            discriminator = current.get("discriminator")
            if isinstance(discriminator, dict):
                # mapping targets are references too, though not spelled `$ref`
                yield from discriminator.get("mapping", {}).values()
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def component_closure(spec: dict[str, Any], roots: Iterable[Any]) -> dict[str, dict[str, Any]]:
    """Return the components (by kind, then name) transitively referenced from roots.

    Raises:
        SpecReferenceError: a `$ref` names a component the spec does not have.
    """
    components = spec.get("components", {})
    found: dict[str, dict[str, Any]] = {}
    pending = [ref for root in roots for ref in iter_refs(root)]
    while pending:
        kind, name = split_ref(pending.pop())
        if name in found.get(kind, {}):
            continue
        try:
            target = components[kind][name]
        except KeyError:
            raise SpecReferenceError(f"$ref #/components/{kind}/{name} points to nothing") from None
        found.setdefault(kind, {})[name] = target
        pending.extend(iter_refs(target))
    return {kind: dict(sorted(entries.items())) for kind, entries in sorted(found.items())}


def _close_matches(name: str, candidates: Iterable[str]) -> str:
    matches = difflib.get_close_matches(name, list(candidates), n=1)
    return f" (did you mean {matches[0]}?)" if matches else ""


def select(
    spec: dict[str, Any],
    operation_ids: Iterable[str],
    event_names: Iterable[str] = (),
    *,
    allow_missing: bool = False,
) -> SelectedSpec:
    """Extract the operations and webhook events from spec, with the closure of their components.

    Security schemes are kept whole, since operations name them without a `$ref`.

    Raises:
        SelectionError: an id or event is not in the spec (unless allow_missing), or a selected id
            names two operations (see `normalize.disambiguate_operation_ids`).
    """
    wanted = list(operation_ids)
    wanted_ids = set(wanted)
    by_id: dict[str, tuple[str, str]] = {}
    for path, method, op in iter_operations(spec):
        if "operationId" not in op:
            continue
        other = by_id.setdefault(op["operationId"], (path, method))
        if other != (path, method) and op["operationId"] in wanted_ids:
            raise SelectionError(
                f"operationId {op['operationId']} names both {other[1].upper()} {other[0]} and "
                f"{method.upper()} {path}; run normalize.prepare_for_selection on the spec first"
            )
    missing_ops = tuple(op_id for op_id in wanted if op_id not in by_id)
    webhooks = spec.get("webhooks", {})
    events = list(event_names)
    missing_events = tuple(name for name in events if name not in webhooks)
    if (missing_ops or missing_events) and not allow_missing:
        problems = [f"operation {op_id}{_close_matches(op_id, by_id)}" for op_id in missing_ops]
        problems += [f"webhook event {name}{_close_matches(name, webhooks)}" for name in missing_events]
        raise SelectionError("the spec has no " + "; no ".join(problems))

    paths: dict[str, dict[str, Any]] = {}
    for op_id in wanted:
        if op_id not in by_id:
            continue
        path, method = by_id[op_id]
        item = spec["paths"][path]
        selected = paths.setdefault(path, {k: v for k, v in item.items() if k not in HTTP_METHODS})
        selected[method] = item[method]
    selected_webhooks = {name: webhooks[name] for name in events if name in webhooks}

    document = {key: value for key, value in spec.items() if key not in ("paths", "components", "webhooks")}
    document["paths"] = paths
    if selected_webhooks:
        document["webhooks"] = selected_webhooks
    components = component_closure(spec, [paths, selected_webhooks])
    schemes = spec.get("components", {}).get("securitySchemes")
    if schemes:
        components["securitySchemes"] = schemes
    document["components"] = components
    return SelectedSpec(document=document, missing_operations=missing_ops, missing_events=missing_events)
