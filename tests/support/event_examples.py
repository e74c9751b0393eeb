"""Every webhook event of a package generated into a temporary directory, parsed from its spec example."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.support.generation_checks import resolve_in, run_in_package

EVENT_SCRIPT = r"""
import json, sys
import telnyx_voice
from telnyx_voice.events import EVENT_CLASSES
from telnyx_voice.webhooks import UnknownEvent, parse_event
assert telnyx_voice.__file__.startswith(sys.argv[2]), telnyx_voice.__file__
results = {}
for name, delivery in json.loads(open(sys.argv[1]).read()).items():
    try:
        event = parse_event(delivery)
        event_type = delivery["data"]["event_type"]
        results[name] = {
            "class": type(event).__name__,
            "expected_class": EVENT_CLASSES.get(event_type, ("", ""))[1],
            "unknown": isinstance(event, UnknownEvent),
            "event_type": event.data.event_type,
            "keys_kept": sorted(event.to_dict()["data"].get("payload") or {}) == sorted(delivery["data"].get("payload") or {}),
        }
    except Exception as exc:
        results[name] = {"error": repr(exc)[:500]}
print(json.dumps({"results": results, "event_classes": sorted(EVENT_CLASSES)}))
"""


def event_examples(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each webhook event of a normalized spec as a delivery built from its `data` schema's example
    (as tests/webhooks/test_events.py builds those of the pinned spec)."""
    examples = {}
    for name, webhook in spec.get("webhooks", {}).items():
        body = webhook["post"]["requestBody"]["content"]["application/json"]["schema"]
        data = resolve_in(spec, resolve_in(spec, body)["properties"]["data"])
        examples[name] = {"data": copy.deepcopy(data["example"])}
    return examples


def parse_every_event(root: Path, examples: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """`parse_event` on every example delivery with the package under root, in one subprocess: the
    class each parsed into, the class `EVENT_CLASSES` names for its event type, the event type read,
    whether every payload key is kept, and the event types `EVENT_CLASSES` dispatches."""
    examples_file = root / "events.json"
    examples_file.write_text(json.dumps(examples), encoding="utf-8")
    found: dict[str, Any] = json.loads(run_in_package(root, EVENT_SCRIPT, str(examples_file), str(root)))
    return found
