"""Step 5: render the surfaces (models, client, operation table) into a package directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..describe import EventSpec, OperationSpec
from ..inputs import load_official_types
from ..opc import parse, render_models
from .client import render_client, render_events
from .mcp import PACKAGE as TOOLS_PACKAGE
from .mcp import render_tools
from .official_types import render_types, type_aliases
from .package import runtime_files, write_package


@dataclass(frozen=True)
class RenderResult:
    """What was written, for the summary."""

    files: int
    models: int
    warnings: tuple[str, ...]
    notes: tuple[str, ...] = ()


def render_package(
    spec: dict[str, Any],
    operations: tuple[OperationSpec, ...],
    events: tuple[EventSpec, ...],
    target: Path,
    *,
    tools: bool = True,
    missing_tools: frozenset[str] = frozenset(),
) -> RenderResult:
    """Render the `telnyx_voice` package for a normalized spec into target (replacing it), and the
    MCP tool definitions (`telnyx_voice_tools`) beside it unless tools is False (the whole spec's
    1156 tools are far over the listing budget); missing_tools are those of selected operations the
    spec lacks (`render_tools`)."""
    parsed = parse(spec, target.parent)
    files = runtime_files()
    files.update(render_models(parsed))
    files.update(render_client(operations, parsed))
    files["events.py"] = render_events(events, parsed)
    aliases = type_aliases(operations, parsed, load_official_types())
    files.update(render_types(aliases, parsed))
    tool_files = render_tools(spec, operations, missing_tools).files if tools else None
    write_package(files, target)
    if tool_files is not None:
        write_package(tool_files, target.parent / TOOLS_PACKAGE)
    models = sum(1 for name in files if name.startswith("models/") and name != "models/__init__.py")
    return RenderResult(files=len(files), models=models, warnings=tuple(parsed.warnings), notes=aliases.skipped)
