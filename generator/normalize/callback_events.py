"""Webhook events of OpenAPI 3.0 specs, found in the operations' `callbacks`.

OpenAPI 3.1 specs (2025-09-19 on) list the events under `webhooks`, keyed by a name such as
`callAnswered`, each a `post` whose body is the event schema (`CallAnsweredEvent`). OpenAPI 3.0 has
no `webhooks`: the Telnyx specs before 2025-09 (2024-01-04, 2024-06-04, 2024-12-02, 2025-08-01)
describe the same events under each operation's `callbacks`, keyed by the same names
(`DialCall.callbacks.callAnswered["{$request.body#/webhook_url}"].post`). `webhooks_from_callbacks`
builds the `webhooks` section from them, so selection, the transforms, `describe_events` and the
change report treat both kinds of spec alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..openapi import SCHEMA_PREFIX, Spec, iter_operations, json_schema, ref_name


def _callback_bodies(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(callback name, event schema name, callback operation) of every callback of every operation,
    in document order; only callbacks whose body is a `$ref` to a component schema."""
    for _, _, operation in iter_operations(spec):
        for name, callback in operation.get("callbacks", {}).items():
            if not isinstance(callback, dict):
                continue
            for item in callback.values():
                post = item.get("post") if isinstance(item, dict) else None
                if not isinstance(post, dict):
                    continue
                schema = json_schema(post.get("requestBody", {})) or {}
                if str(schema.get("$ref", "")).startswith(SCHEMA_PREFIX):
                    yield name, str(ref_name(schema)), post


def event_name_for_schema(schema: str) -> str:
    """The webhook name 3.1 specs give the event of schema: `CallAnsweredEvent` -> `callAnswered`."""
    base = schema.removesuffix("Event")
    return base[:1].lower() + base[1:]


def webhooks_from_callbacks(spec: Spec) -> Spec:
    """Give a spec without `webhooks` one built from its operations' callbacks, one entry per event schema.

    Seen in every OpenAPI 3.0 version (2024-01-04, 2024-06-04, 2024-12-02, 2025-08-01): without this,
    generation succeeds with no webhook event at all and `parse_event` knows nothing. The callbacks
    name one event several ways and sometimes wrongly, so each event schema gets one name:
    of the callback names that refer to it, the one 3.1 specs use for it (`event_name_for_schema`:
    `callStreamingStopped` rather than DialCall's `streamingStopped`), else the first in document
    order that no other schema took, else that 3.1-style name. So StopSiprecSession's
    `callStreamingStopped` callback, whose body is `CallSiprecStoppedEvent` (2024-12-02, 2025-08-01),
    does not take the name from `CallStreamingStoppedEvent`; and of the two schemas of the 2024
    `numberOrderStatusUpdate` callbacks, the first keeps the name and `NumberOrderBlockEvent` becomes
    `numberOrderBlock`. A spec that has `webhooks` is returned as it is.
    """
    if "webhooks" in spec:
        return spec
    names_by_schema: dict[str, list[str]] = {}
    operation_by_schema: dict[str, dict[str, Any]] = {}
    for name, schema, operation in _callback_bodies(spec):
        names_by_schema.setdefault(schema, []).append(name)
        operation_by_schema.setdefault(schema, operation)
    if not names_by_schema:
        return spec
    preferred = {schema: event_name_for_schema(schema) for schema in names_by_schema}
    taken = {name for schema, name in preferred.items() if name in names_by_schema[schema]}
    webhooks: dict[str, Any] = {}
    for schema, names in names_by_schema.items():
        name = preferred[schema]
        if name not in names:
            name = next((n for n in dict.fromkeys(names) if n not in taken and n not in webhooks), name)
        webhooks[name] = {"post": operation_by_schema[schema]}
    return {**spec, "webhooks": dict(sorted(webhooks.items()))}
