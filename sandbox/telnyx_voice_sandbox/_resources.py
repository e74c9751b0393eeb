"""Resources besides the calls' behaviour: call status, active calls, the call event log, call control
applications, and the paging of their lists."""

from __future__ import annotations

import base64
import binascii
import math
from collections import deque
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from . import _errors as errors
from ._model import Call, CallEventRecord, SandboxConfig, iso, new_numeric_id, now, parse_iso
from ._responses import Reply, call_json
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

_SORT_KEYS = {"connection_name": "application_name", "active": "active"}


class CallEventLog:
    """The records `GET /call_events` lists: commands received and webhooks emitted, oldest first.

    Holds at most `config.max_events` records: the oldest are dropped first.
    """

    def __init__(self, config: SandboxConfig) -> None:
        self._config = config
        self._records: deque[CallEventRecord] = deque()
        self._by_event: dict[str, CallEventRecord] = {}

    def __iter__(self) -> Iterator[CallEventRecord]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def command(self, call: Call, endpoint: Endpoint, body: Mapping[str, Any]) -> CallEventRecord:
        """Log a command received for call."""
        name = "dial" if endpoint.operation_id == "DialCall" else endpoint.action
        return self._add(call, name, "command", {"operation_id": endpoint.operation_id, "params": dict(body)})

    def webhook(self, call: Call, event_type: str, event_id: str, payload: dict[str, Any]) -> None:
        """Log an event emitted for call."""
        metadata = {"event_id": event_id, "payload": payload}
        self._by_event[event_id] = self._add(call, event_type, "webhook", metadata, event_id=event_id)

    def mark_failed(self, event_id: str) -> None:
        """The event's webhook was given up on (if it is still logged)."""
        record = self._by_event.get(event_id)
        if record is not None:
            record.failed = True

    def remove(self, record: CallEventRecord) -> None:
        """Take back a command that failed."""
        self._records.remove(record)

    def _add(
        self,
        call: Call,
        name: str,
        kind: Literal["command", "webhook"],
        metadata: dict[str, Any],
        *,
        event_id: str | None = None,
    ) -> CallEventRecord:
        record = CallEventRecord(
            call_leg_id=call.call_leg_id,
            call_session_id=call.call_session_id,
            connection_id=call.connection_id,
            from_=call.from_,
            to=call.to,
            timestamp=now(),
            name=name,
            type=kind,
            metadata=metadata,
            event_id=event_id,
        )
        self._records.append(record)
        while len(self._records) > max(1, self._config.max_events):
            dropped = self._records.popleft()
            if dropped.event_id is not None:
                self._by_event.pop(dropped.event_id, None)
        return record


def retrieve_call(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": call_json(engine.find(path["call_control_id"]))}


def list_active_calls(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """The live calls of a connection, cursor-paged (`page[after]`, `page[before]`, `page[limit]`)."""
    moment = now()
    items = [
        {
            "record_type": "call",
            "call_control_id": c.call_control_id,
            "call_leg_id": c.call_leg_id,
            "call_session_id": c.call_session_id,
            "client_state": c.client_state or "",
            "call_duration": c.duration(moment),
        }
        for c in engine.calls.values()
        if c.alive and c.connection_id == path["connection_id"]
    ]
    page = query.get("page") or {}
    limit = int(page.get("limit", 20))
    start = _cursor_offset(page.get("after"))
    if page.get("before") and not page.get("after"):
        start = max(0, _cursor_offset(page.get("before")) - limit)
    cursors: dict[str, str] = {}
    if start + limit < len(items):
        cursors["after"] = _cursor(start + limit)
    if start > 0:
        cursors["before"] = _cursor(start)
    return 200, {"data": items[start : start + limit], "meta": {"cursors": cursors, "total_items": len(items)}}


def list_call_events(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    filters = query.get("filter") or {}
    records = [r for r in engine.log if _event_matches(r, filters)]
    return 200, _paged([r.to_json() for r in records], query.get("page") or {})


def _application(engine: Engine, application_id: str) -> dict[str, Any]:
    app = engine.applications.get(application_id)
    if app is None:
        raise errors.not_found(f"Call control application {application_id} was not found.")
    return app


def retrieve_application(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": _application(engine, path["id"])}


def delete_application(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    app = _application(engine, path["id"])
    del engine.applications[path["id"]]
    return 200, {"data": app}


def create_application(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """A new application: the schema's documented defaults, then the body, then its id and timestamps."""
    defaults = _schema_defaults(endpoint.tool["full_input_schema"])
    stamp = iso(now())
    app: dict[str, Any] = {
        **defaults,
        "tags": [],
        **_merge(defaults, body),
        "id": new_numeric_id(),
        "record_type": "call_control_application",
        "created_at": stamp,
        "updated_at": stamp,
    }
    engine.applications[app["id"]] = app
    return 201, {"data": app}


def update_application(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    app = _application(engine, path["id"])
    app.update(_merge(app, body))
    app["updated_at"] = iso(now())
    return 200, {"data": app}


def list_applications(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    filters = query.get("filter") or {}
    apps = list(engine.applications.values())
    contains = (filters.get("application_name") or {}).get("contains")
    if isinstance(contains, str):
        apps = [a for a in apps if contains.lower() in str(a.get("application_name", "")).lower()]
    profile = filters.get("outbound.outbound_voice_profile_id")
    if isinstance(profile, str):
        apps = [a for a in apps if (a.get("outbound") or {}).get("outbound_voice_profile_id") == profile]
    key = _SORT_KEYS.get(query.get("sort") or "created_at", "created_at")
    apps.sort(key=lambda a: str(a.get(key, "")))
    return 200, _paged(apps, query.get("page") or {})


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _cursor_offset(cursor: Any) -> int:
    if not isinstance(cursor, str) or not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        return max(0, int(text.removeprefix("offset:")))
    except (ValueError, binascii.Error):
        return 0


def _paged(items: list[dict[str, Any]], page: Mapping[str, Any]) -> dict[str, Any]:
    size = int(page.get("size", 20))
    number = int(page.get("number", 1))
    total_pages = max(1, math.ceil(len(items) / size))
    chunk = items[(number - 1) * size : number * size]
    return {
        "data": chunk,
        "meta": {"page_number": number, "page_size": size, "total_pages": total_pages, "total_results": len(items)},
    }


def _event_matches(record: CallEventRecord, filters: Mapping[str, Any]) -> bool:
    simple = {
        "type": record.type,
        "name": record.name,
        "leg_id": record.call_leg_id,
        "application_session_id": record.call_session_id,
        "connection_id": record.connection_id,
        "from": record.from_,
        "to": record.to,
        "product": "call_control",
    }
    for key, actual in simple.items():
        wanted = filters.get(key)
        if wanted is not None and wanted != actual:
            return False
    if "failed" in filters and filters["failed"] != (record.type == "webhook" and record.failed):
        return False
    return all(_in_bounds(record, op, text) for op, text in (filters.get("occurred_at") or {}).items())


def _in_bounds(record: CallEventRecord, op: str, text: Any) -> bool:
    moment = parse_iso(str(text))
    if moment is None:
        return True
    ts = record.timestamp
    return {"eq": ts == moment, "gt": ts > moment, "gte": ts >= moment, "lt": ts < moment, "lte": ts <= moment}.get(
        op, True
    )


def _schema_defaults(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The defaults an object schema documents, nested objects included; null defaults left out."""
    defaults: dict[str, Any] = {}
    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, Mapping):
            continue
        if prop.get("default") is not None:
            defaults[name] = prop["default"]
        elif prop.get("type") == "object" and prop.get("properties"):
            nested = _schema_defaults(prop)
            if nested:
                defaults[name] = nested
    return defaults


def _merge(base: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
