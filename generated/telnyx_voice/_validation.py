"""Strict response validation (`_strict_response_validation=True`): the body checked against the spec.

By default responses are read leniently (a missing required field reads None, a value of the wrong
type or format is kept as sent). In strict mode the client checks the JSON body first, field by
field through nested models, lists and unions, and the first problem raises `ResponseFieldError`
naming where it is (`data.payload.call_control_id`), which the client turns into
`APIResponseValidationError`. An enum value the spec does not list still passes: the API adds values.
"""

from __future__ import annotations

from typing import Any

from ._values import Const, ListOf, OneOf

__all__ = ["NULLABLE", "REQUIRED", "ResponseFieldError", "Rule", "check_model", "check_value"]

REQUIRED, NULLABLE = 1, 2
Rule = tuple[str, Any, int]
"""One field of a model: its wire name, what its value must be (as `check_value` reads it), flags."""


class ResponseFieldError(ValueError):
    """A response field that is not what the spec says.

    Attributes:
        path: where, as `data.items[0].id`.
        problem: what is wrong with it.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path or 'the body'}: {problem}")
        self.path = path
        self.problem = problem


_rules_by_model: dict[type[Any], tuple[Rule, ...]] = {}


def _rules(model: type[Any]) -> tuple[Rule, ...]:
    rules = _rules_by_model.get(model)
    if rules is None:
        rules = _rules_by_model[model] = model._rules()
    return rules


def check_model(model: type[Any], data: Any, path: str = "") -> None:
    """Check that data is a JSON object with model's fields as the spec describes them.

    Raises:
        ResponseFieldError: the first field that is missing, null when it may not be, or not of its type.
    """
    if not isinstance(data, dict):
        raise ResponseFieldError(path, f"expected an object ({model.__name__}), got {_kind(data)}")
    for wire, kind, flags in _rules(model):
        where = f"{path}.{wire}" if path else wire
        if wire not in data:
            if flags & REQUIRED:
                raise ResponseFieldError(where, "required field is missing")
            continue
        value = data[wire]
        if value is None:
            if not flags & NULLABLE:
                raise ResponseFieldError(where, "is null, which the spec does not allow")
            continue
        check_value(kind, value, where)


def check_value(kind: Any, data: Any, path: str) -> None:
    """Check one JSON value against kind: a JSON type, `object` (anything), a model class, a reader of
    formatted text (`UUID`, `datetime.datetime.fromisoformat`), `Const`, `ListOf` or `OneOf`.

    Raises:
        ResponseFieldError: data is not of kind.
    """
    if kind is object:
        return
    if isinstance(kind, ListOf):
        if not isinstance(data, list):
            raise ResponseFieldError(path, f"expected an array, got {_kind(data)}")
        for index, item in enumerate(data):
            check_value(kind.item, item, f"{path}[{index}]")
    elif isinstance(kind, OneOf):
        _check_union(kind, data, path)
    elif isinstance(kind, Const):
        if data != kind.value:
            raise ResponseFieldError(path, f"expected {kind.value!r}, got {data!r}")
    elif isinstance(kind, type) and hasattr(kind, "_rules"):
        check_model(kind, data, path)
    elif kind in (str, int, float, bool, list, dict):
        if not _is_json(kind, data):
            raise ResponseFieldError(path, f"expected {_JSON_NAMES[kind]}, got {_kind(data)}")
    else:
        _check_format(kind, data, path)


def _check_union(kind: OneOf, data: Any, path: str) -> None:
    if data is None and kind.nullable:
        return
    if isinstance(data, dict):
        for prop, value, member in kind.tagged:
            if data.get(prop) == value:
                check_value(member, data, path)
                return
    problems = []
    for member in kind.members:
        try:
            check_value(member, data, path)
        except ResponseFieldError as exc:
            problems.append(str(exc))
        else:
            return
    raise ResponseFieldError(path, f"matches none of its {len(kind.members)} alternatives ({'; '.join(problems)})")


def _check_format(reader: Any, data: Any, path: str) -> None:
    name = getattr(reader, "__name__", str(reader))
    if not isinstance(data, str):
        raise ResponseFieldError(path, f"expected a string ({name}), got {_kind(data)}")
    try:
        reader(data)
    except ValueError:
        raise ResponseFieldError(path, f"{data!r} is not a valid {_FORMATS.get(name, name)}") from None


_JSON_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
}
_FORMATS = {"UUID": "UUID", "fromisoformat": "ISO 8601 date or date-time"}


def _is_json(kind: type, data: Any) -> bool:
    if kind is float:
        return isinstance(data, (int, float)) and not isinstance(data, bool)
    if kind is int:
        return isinstance(data, int) and not isinstance(data, bool)
    return isinstance(data, kind)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    for kind, name in _JSON_NAMES.items():
        if _is_json(kind, value):
            return name
    return type(value).__name__
