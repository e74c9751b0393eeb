"""The steps every use of a spec runs: select -> normalize -> describe, in one function.

Generation (`generator.generation`), the change report (`generator.report`) and the tests that check
other spec versions all describe a spec with `describe_spec`, so they see the same operations.
"""

from __future__ import annotations

from dataclasses import dataclass

from .describe import EventSpec, OperationSpec, describe, describe_events, tool_name
from .inputs import Naming, Selection, load_naming, load_selection
from .normalize import normalize, prepare_for_selection
from .openapi import Spec, iter_operations
from .select import select


@dataclass(frozen=True)
class DescribedSpec:
    """One spec, its selection normalized and described: what every surface is rendered from."""

    spec: Spec
    """The normalized selected spec."""
    selection: Selection
    operations: tuple[OperationSpec, ...]
    events: tuple[EventSpec, ...]
    missing_operations: tuple[str, ...]
    """Selected operationIds the spec does not have (only with allow_missing)."""
    missing_events: tuple[str, ...]
    """Selected webhook events the spec does not have (only with allow_missing)."""
    missing_tools: frozenset[str] = frozenset()
    """The MCP tool names of missing_operations (those spec/naming.toml names)."""


def whole_spec_selection(document: Spec) -> Selection:
    """Every operation (by operationId, after `prepare_for_selection`) and every webhook of a spec."""
    operations = tuple(op["operationId"] for _, _, op in iter_operations(prepare_for_selection(document)))
    return Selection(operations=operations, events=tuple(document.get("webhooks", {})))


def describe_spec(
    document: Spec,
    selection: Selection | None = None,
    naming: Naming | None = None,
    *,
    allow_missing: bool = False,
) -> DescribedSpec:
    """Select (default: spec/selection.toml), normalize and describe a loaded spec document.

    Derived names that collide are made distinct (`describe`'s resolve_collisions), and events
    without an event type are kept (`describe_events`' allow_untyped), as generation needs.

    Raises:
        GeneratorError: any problem with the spec or the inputs (a `SelectionError` names what the
            selection asks for that the spec lacks, unless allow_missing).
    """
    chosen = selection or load_selection()
    naming = naming or load_naming()
    prepared = prepare_for_selection(document)
    selected = select(prepared, chosen.operations, chosen.events, allow_missing=allow_missing)
    spec = normalize(selected.document)
    return DescribedSpec(
        spec=spec,
        selection=chosen,
        operations=describe(spec, naming, resolve_collisions=True),
        events=describe_events(spec, allow_untyped=True),
        missing_operations=selected.missing_operations,
        missing_events=selected.missing_events,
        missing_tools=frozenset(
            tool_name(*naming.operations[op]) for op in selected.missing_operations if op in naming.operations
        ),
    )
