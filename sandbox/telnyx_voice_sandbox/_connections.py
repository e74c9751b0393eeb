"""`GET /connections`: the sandbox's connections are its call control applications, seen as connections.

Telnyx lists every kind of connection there (IP, credential, FQDN, call control); the sandbox has only
call control applications, so `connection_name` is an application's `application_name`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _errors as errors
from ._resources import _paged
from ._responses import Reply
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

_APPLICATION_FIELDS = ("id", "active", "anchorsite_override", "webhook_api_version", "tags", "created_at", "updated_at")
_URL_FIELDS = ("webhook_event_url", "webhook_event_failover_url")


def connection_json(app: Mapping[str, Any]) -> dict[str, Any]:
    """A call control application as `GET /connections/{id}` shows it."""
    data = {name: app[name] for name in _APPLICATION_FIELDS if name in app}
    data.update({name: app.get(name) for name in _URL_FIELDS})
    data["record_type"] = "call_control_application"
    data["connection_name"] = app.get("application_name", "")
    profile = (app.get("outbound") or {}).get("outbound_voice_profile_id")
    if profile is not None:
        data["outbound_voice_profile_id"] = profile
    return data


def list_connections(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """Filtered by `connection_name` (contains, any case) and `outbound_voice_profile_id`; sorted by `sort`."""
    filters = query.get("filter") or {}
    found = [connection_json(app) for app in engine.applications.values()]
    contains = (filters.get("connection_name") or {}).get("contains")
    if isinstance(contains, str):
        found = [c for c in found if contains.lower() in str(c["connection_name"]).lower()]
    profile = filters.get("outbound_voice_profile_id")
    if isinstance(profile, str):
        found = [c for c in found if c.get("outbound_voice_profile_id") == profile]
    key = str(query.get("sort") or endpoint.arguments.entry["full_input_schema"]["properties"]["sort"]["default"])
    found.sort(key=lambda c: str(c.get(key, "")))
    return 200, _paged(found, {"size": 250, **(query.get("page") or {})})


def retrieve_connection(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    app = engine.applications.get(path["id"])
    if app is None:
        raise errors.not_found(f"Connection {path['id']} was not found.")
    return 200, {"data": connection_json(app)}
