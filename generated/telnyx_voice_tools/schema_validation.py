"""Checking a tool call against its full JSON Schema, with problems a model (or a person) can act on.

This is the one place a jsonschema error is explained: the MCP server turns the `Problem`s into an
`is_error` result, and the call-control sandbox (`telnyx_voice_sandbox`) into Telnyx-style 422
error entries. Both validate with `compile_validator`, which checks `format` too (see `formats`).
Shipped with the generated tool definitions (from `generator/tools_runtime/`).

`jsonschema` is imported on the first call, not at start-up: the server must answer its first
tools/list as fast as a bare MCP server, and most sessions list tools long before calling one.
Only the standard library is imported here, so the sandbox can use this module without `mcp`.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from .formats import FORMATS, format_checker

if TYPE_CHECKING:
    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

MAX_VALUE_CHARS = 200
MAX_LISTED_NAMES = 20

# What a `Problem` is about; the sandbox picks its Telnyx error code by it.
REQUIRED: Final = "required"
UNKNOWN: Final = "unknown"
ENUM: Final = "enum"
TYPE: Final = "type"
RANGE: Final = "range"
FORMAT: Final = "format"
INVALID: Final = "invalid"
REQUIRED_ONE_OF: Final = "required_one_of"
PATH_SEGMENT: Final = "path_segment"

Location = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a call: where (`voice_settings.type`, or "" for the call) and why.

    Attributes:
        path: the field, dotted (`languages[0].voice`); "" for the call as a whole.
        message: why, in words.
        kind: REQUIRED, UNKNOWN, ENUM, TYPE, RANGE, FORMAT, REQUIRED_ONE_OF, PATH_SEGMENT or INVALID.
        location: the field as path parts (`("languages", 0, "voice")`), for callers that name it
            their own way.
        expected: by kind: ENUM the accepted values, TYPE the JSON type(s), RANGE (minimum, maximum)
            (None where unbounded), FORMAT the format name, UNKNOWN the closest allowed name or None,
            REQUIRED_ONE_OF the argument groups of which one must be complete, PATH_SEGMENT the value.

    Problems compare (and deduplicate) by path and message only.
    """

    path: str
    message: str
    kind: str = dataclasses.field(default=INVALID, compare=False)
    location: Location = dataclasses.field(default=(), compare=False)
    expected: Any = dataclasses.field(default=None, compare=False)

    def __str__(self) -> str:
        return f"`{self.path}`: {self.message}" if self.path else self.message


def compile_validator(schema: Mapping[str, Any]) -> Validator:
    """A Draft 2020-12 validator of schema that checks formats (the generator already checked schema)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema, format_checker=format_checker())


def field_path(parts: Iterable[str | int]) -> str:
    """`["languages", 0, "voice"]` -> `languages[0].voice`."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _problem(location: Sequence[str | int], message: str, kind: str = INVALID, expected: Any = None) -> Problem:
    return Problem(field_path(location), message, kind, tuple(location), expected)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 3] + "..."


def _unknown_fields(error: ValidationError, path: Sequence[str | int]) -> Iterator[Problem]:
    """One problem per unexpected field, with the closest allowed name when there is one."""
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    allowed = list(schema.get("properties", {}))
    patterns = list(schema.get("patternProperties", {}))
    instance = error.instance if isinstance(error.instance, Mapping) else {}
    what = "unknown argument" if not path else "unknown field"
    listed = f"; allowed: {', '.join(allowed)}" if 0 < len(allowed) <= MAX_LISTED_NAMES else ""
    for name in sorted(set(instance) - set(allowed)):
        if any(re.search(pattern, name) for pattern in patterns):
            continue
        close = difflib.get_close_matches(name, allowed, n=1)
        message = f"{what} (did you mean `{close[0]}`?)" if close else what + listed
        yield _problem([*path, name], message, UNKNOWN, close[0] if close else None)


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
        message = f"{_short(tags[0].instance)} is not one of {', '.join(map(str, accepted))}"
        yield _problem([*path, *tags[0].relative_path], message, ENUM, accepted)
        return
    from jsonschema.exceptions import best_match

    best = best_match(error.context or ()) if error.context else None
    if best is None or len(branches) < 2:
        yield _problem(path, error.message)
    else:
        yield from explain(best, path)


def _bounds(schema: Any) -> tuple[Any, Any]:
    schema = schema if isinstance(schema, Mapping) else {}
    return schema.get("minimum", schema.get("exclusiveMinimum")), schema.get("maximum", schema.get("exclusiveMaximum"))


def explain(error: ValidationError, base: Sequence[str | int] = ()) -> Iterator[Problem]:
    """The problems behind one jsonschema error, each naming the field at fault."""
    path = [*base, *error.relative_path]
    expected: Any = error.validator_value
    if error.validator == "additionalProperties" and expected is False:
        yield from _unknown_fields(error, path)
    elif error.validator in ("oneOf", "anyOf") and error.context:
        yield from _union_problems(error, path)
    elif error.validator == "required":
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        for name in expected:
            if name not in instance:
                yield _problem([*path, name], "required, but missing", REQUIRED)
    elif error.validator in ("enum", "const"):
        values = list(expected) if error.validator == "enum" else [expected]
        yield _problem(path, error.message, ENUM, values)
    elif error.validator == "type":
        yield _problem(path, error.message, TYPE, expected)
    elif error.validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        yield _problem(path, error.message, RANGE, _bounds(error.schema))
    elif error.validator == "format":
        name = str(expected)
        what = FORMATS.get(name, f"a valid {name}")
        yield _problem(path, f"{_short(error.instance)} is not {what}", FORMAT, name)
    else:
        message = error.message
        if len(message) > MAX_VALUE_CHARS * 2:
            message = f"{_short(error.instance)} does not match the schema ({error.validator})"
        yield _problem(path, message)


def problems(validator: Validator, instance: Mapping[str, Any]) -> list[Problem]:
    """Every problem with instance, sorted by field, each once."""
    return sorted({p for error in validator.iter_errors(instance) for p in explain(error)})
