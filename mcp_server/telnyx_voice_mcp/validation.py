"""Checking tool arguments against a tool's full JSON Schema, with errors a model can act on.

`jsonschema` is imported on the first call, not at start-up: the server must answer its first
tools/list as fast as a bare MCP server, and most sessions list tools long before calling one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

MAX_VALUE_CHARS = 200
MAX_LISTED_NAMES = 20


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a call: where (`voice_settings.type`, or "" for the call) and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"`{self.path}`: {self.message}" if self.path else self.message


def compile_validator(schema: Mapping[str, Any]) -> Validator:
    """A Draft 2020-12 validator for schema (the generator already checked that it is valid)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema)


def field_path(parts: Iterable[str | int]) -> str:
    """`["languages", 0, "voice"]` -> `languages[0].voice`."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 3] + "..."


def _unknown_fields(error: ValidationError, path: Sequence[str | int]) -> Iterator[Problem]:
    """One problem per unexpected field, with the closest allowed name when there is one."""
    allowed = list(error.schema.get("properties", {})) if isinstance(error.schema, Mapping) else []
    instance = error.instance if isinstance(error.instance, Mapping) else {}
    what = "unknown argument" if not path else "unknown field"
    listed = f"; allowed: {', '.join(allowed)}" if 0 < len(allowed) <= MAX_LISTED_NAMES else ""
    for name in sorted(set(instance) - set(allowed)):
        close = difflib.get_close_matches(name, allowed, n=1)
        yield Problem(field_path([*path, name]), f"{what} (did you mean `{close[0]}`?)" if close else what + listed)


def _by_branch(errors: Iterable[ValidationError]) -> dict[int, list[ValidationError]]:
    branches: dict[int, list[ValidationError]] = {}
    for error in errors:
        index = error.relative_schema_path[0] if error.relative_schema_path else -1
        branches.setdefault(int(index), []).append(error)
    return branches


def _rejects_tag(errors: list[ValidationError]) -> bool:
    """Whether a union branch failed on a one-value field of the object itself (its discriminator)."""
    return any(e.validator in ("enum", "const") and len(e.relative_path) == 1 for e in errors)


def _union_problems(error: ValidationError, path: Sequence[str | int]) -> Iterator[Problem]:
    """Explain a failed oneOf/anyOf by the branch the value was meant for.

    The generator pins each member of a discriminated union to its tag values, so the branch whose
    tag matched is the one the caller meant: its errors are the precise ones. When no tag matched,
    the useful message lists every accepted tag value.
    """
    branches = _by_branch(error.context or ())
    meant = [errors for errors in branches.values() if not _rejects_tag(errors)]
    if len(meant) == 1:
        for sub in meant[0]:
            yield from explain(sub, path)
        return
    tags = [e for errors in branches.values() for e in errors if e.validator in ("enum", "const") and e.relative_path]
    if not meant and tags and len({tuple(e.relative_path) for e in tags}) == 1:
        accepted: list[Any] = []
        for tag in tags:
            values = tag.validator_value if isinstance(tag.validator_value, list) else [tag.validator_value]
            accepted += [v for v in values if v not in accepted]
        where = field_path([*path, *tags[0].relative_path])
        yield Problem(where, f"{_short(tags[0].instance)} is not one of {', '.join(map(str, accepted))}")
        return
    from jsonschema.exceptions import best_match

    best = best_match(error.context or ()) if error.context else None
    if best is None or len(branches) < 2:
        yield Problem(field_path(path), error.message)
    else:
        yield from explain(best, path)


def explain(error: ValidationError, base: Sequence[str | int] = ()) -> Iterator[Problem]:
    """The problems behind one jsonschema error, each naming the field at fault."""
    path = [*base, *error.relative_path]
    if error.validator == "additionalProperties" and error.validator_value is False:
        yield from _unknown_fields(error, path)
    elif error.validator in ("oneOf", "anyOf") and error.context:
        yield from _union_problems(error, path)
    elif error.validator == "required":
        missing = error.message.split("'")[1] if error.message.count("'") >= 2 else ""
        yield Problem(field_path([*path, missing]) if missing else field_path(path), "required, but missing")
    else:
        message = error.message
        if len(message) > MAX_VALUE_CHARS * 2:
            message = f"{_short(error.instance)} does not match the schema ({error.validator})"
        yield Problem(field_path(path), message)


def problems(validator: Validator, instance: Mapping[str, Any]) -> list[Problem]:
    """Every problem with instance, sorted by field, each once."""
    return sorted({p for error in validator.iter_errors(instance) for p in explain(error)})
