"""Render `telnyx_voice.types`: the official SDK's type names (spec/official_types.toml) as aliases of our classes."""

from __future__ import annotations

from dataclasses import dataclass

from ..describe import OperationSpec
from ..errors import GeneratorError
from ..inputs import OfficialTypeName
from ..opc import ParsedSpec, model_name, page_item


@dataclass(frozen=True)
class TypeAliases:
    """The `types` modules to write and the entries left out.

    Attributes:
        modules: submodule of `telnyx_voice.types` ("" for the package) -> official name -> (models module, class).
        skipped: notes on the entries not written, for the generation summary.
    """

    modules: dict[str, dict[str, tuple[str, str]]]
    skipped: tuple[str, ...]


def _target(op: OperationSpec, entry: OfficialTypeName, parsed: ParsedSpec) -> tuple[str, str] | None:
    """(models module, class) that entry names for op, or None when op has no such single class."""
    if op.response_schema is None:
        return None
    if entry.kind == "response":
        model = model_name(parsed, op.response_schema)
        return model.module, model.name
    if op.pagination is None:
        return None
    item = page_item(parsed, op.response_schema)
    if len(item.imports) != 1:  # a page of several kinds has no one class to alias
        return None
    module, name = next(iter(item.imports)).rsplit(".", 1)[-1].split(" import ")
    return (module, name) if name == item.annotation else None


def type_aliases(
    operations: tuple[OperationSpec, ...], parsed: ParsedSpec, official: dict[str, OfficialTypeName]
) -> TypeAliases:
    """The aliases of the selected operations' results; entries of operations not selected are skipped.

    An entry naming a result its operation does not have in this spec (a `response` of an operation
    without one, an `item` of a list that does not paginate, as in older specs) is skipped with a note.

    Raises:
        GeneratorError: one official name would stand for two different classes.
    """
    modules: dict[str, dict[str, tuple[str, str]]] = {"": {}}
    selected = {op.operation_id: op for op in operations}
    notes: list[str] = []
    for operation_id, entry in official.items():
        op = selected.get(operation_id)
        target = None if op is None else _target(op, entry, parsed)
        if op is not None and target is None:
            notes.append(f"official type name {entry.name} skipped: {operation_id} has no {entry.kind} class here")
        if target is None:
            continue
        aliases = modules.setdefault(entry.module, {})
        if aliases.setdefault(entry.name, target) != target:
            raise GeneratorError(
                f"spec/official_types.toml: {entry.module or 'types'}.{entry.name} would stand for both "
                f"{aliases[entry.name][1]} and {target[1]} ({operation_id})"
            )
    skipped = sorted(set(official) - set(selected))
    if skipped:
        notes.append(
            f"{len(skipped)} official type names skipped, their operations are not selected: {', '.join(skipped)}"
        )
    return TypeAliases({module: dict(sorted(aliases.items())) for module, aliases in modules.items()}, tuple(notes))


def render_types(aliases: TypeAliases, parsed: ParsedSpec) -> dict[str, str]:
    """{relative path: source} of `types/__init__.py` and one `types/<module>.py` per submodule."""
    template = parsed.project.env.get_template("client/types.py.jinja")
    return {
        ("types/__init__.py" if not module else f"types/{module}.py"): template.render(module=module, aliases=names)
        for module, names in sorted(aliases.modules.items())
    }
