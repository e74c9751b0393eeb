"""Render a change report as stable JSON or as Markdown (deterministic, so reports can be diffed)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from .compare import AREA_ORDER, Change, Report, client_name
from .surface import Surface

FORMAT_VERSION = 2  # 2: nested request fields, the "response field" area

AREA_TITLES = {
    "operation": "Operations",
    "parameter": "Parameters and body fields",
    "response field": "Response fields",
    "mcp tool": "MCP tools",
    "event": "Webhook events",
    "event field": "Webhook event payload fields",
}


def _present(surface: Surface) -> dict[str, Any]:
    return {
        "spec": surface.label,
        "sha256": surface.sha256,
        "operations": len(surface.operations),
        "selected_operations": surface.selected_operations,
        "missing_operations": list(surface.missing_operations),
        "events": len(surface.events),
        "selected_events": surface.selected_events,
        "missing_events": list(surface.missing_events),
    }


def as_json(report: Report) -> str:
    """The report as stable JSON: keys and changes sorted, so two runs give the same bytes."""
    document = {
        "format": FORMAT_VERSION,
        "old": _present(report.old),
        "new": _present(report.new),
        "summary": {
            "changes": len(report.changes),
            "breaking": len(report.breaking),
            "by_area": {
                area: {
                    "breaking": sum(1 for c in report.changes if c.area == area and c.breaking),
                    "other": sum(1 for c in report.changes if c.area == area and not c.breaking),
                }
                for area in AREA_ORDER
            },
        },
        "changes": [{k: v for k, v in asdict(c).items() if v not in (None, "")} for c in report.changes],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _missing(names: Iterable[str]) -> str:
    listed = ", ".join(f"`{n}`" for n in names)
    return f" (missing: {listed})" if listed else ""


def _bullet(change: Change) -> str:
    head = f"{change.label}: {change.change}" if change.label else change.change
    return f"- {head}" + (f": {change.detail}" if change.detail else "")


def _section(title: str, changes: list[Change], report: Report) -> list[str]:
    lines = [f"## {title} ({len(changes)})", ""]
    if not changes:
        return [*lines, "None.", ""]
    for area in AREA_ORDER:
        in_area = [c for c in changes if c.area == area]
        if not in_area:
            continue
        lines += [f"### {AREA_TITLES[area]}", ""]
        subjects: dict[str, list[Change]] = {}
        for change in in_area:
            subjects.setdefault(change.subject, []).append(change)
        for subject, items in subjects.items():
            op = report.new.operations.get(subject) or report.old.operations.get(subject)
            where = f" — `{client_name(op)}`" if op is not None and area in ("parameter", "response field") else ""
            if len(items) == 1 and not items[0].field:
                lines.append(f"- `{subject}`: {items[0].change}" + (f": {items[0].detail}" if items[0].detail else ""))
                continue
            lines.append(f"- `{subject}`{where}")
            lines += [f"  {_bullet(c)}" for c in items]
        lines.append("")
    return lines


def markdown(report: Report) -> str:
    """The report as Markdown, for a changelog entry or a pull request."""
    old, new = report.old, report.new
    breaking = list(report.breaking)
    other = [c for c in report.changes if not c.breaking]
    lines = [
        f"# Spec change report: {old.label} -> {new.label}",
        "",
        "| | old | new |",
        "| --- | --- | --- |",
        f"| spec | {old.label} | {new.label} |",
        f"| sha256 | `{old.sha256[:12]}` | `{new.sha256[:12]}` |",
        f"| selected operations in the spec | {len(old.operations)} of {old.selected_operations}"
        f"{_missing(old.missing_operations)} | {len(new.operations)} of {new.selected_operations}"
        f"{_missing(new.missing_operations)} |",
        f"| selected webhook events in the spec | {len(old.events)} of {old.selected_events}"
        f"{_missing(old.missing_events)} | {len(new.events)} of {new.selected_events}{_missing(new.missing_events)} |",
        "",
        f"**{len(breaking)} breaking change{'s' if len(breaking) != 1 else ''}**, {len(other)} other.",
        "",
    ]
    lines += _section("Breaking changes", breaking, report)
    lines += _section("Other changes", other, report)
    return "\n".join(lines).rstrip("\n") + "\n"
