"""The `format`s a tool argument is checked against, with what a valid value looks like.

Shipped with the generated tool definitions (from `generator/tools_runtime/`); `schema_validation`
hands `format_checker()` to jsonschema. `jsonschema` is imported on the first check, not on import.
"""

from __future__ import annotations

import datetime
import re
import urllib.parse
import uuid
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from jsonschema import FormatChecker

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))", re.ASCII
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*", re.ASCII)
_URI_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*", re.ASCII)
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)


def is_date_time(value: str) -> bool:
    """RFC 3339 `date-time` (`2024-01-31T12:00:00Z`, `...:00.5+02:00`): the syntax and a real date and time."""
    match = _DATE_TIME.fullmatch(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    try:
        datetime.datetime(year, month, day, hour, minute, min(second, 59))  # RFC 3339 allows a leap second 60
    except ValueError:
        return False
    offset_ok = match.group(7) is None or (int(match.group(8)) <= 23 and int(match.group(9)) <= 59)
    return second <= 60 and offset_ok


def is_uri(value: str) -> bool:
    """An absolute RFC 3986 URI: a scheme, then only URI characters, `%` always followed by two hex digits.

    The character set and the percent-encoding are checked, not every rule of the grammar (e.g. the
    syntax of an IPv6 host), and `#` may appear once.
    """
    scheme, colon, rest = value.partition(":")
    return (
        bool(colon)
        and _SCHEME.fullmatch(scheme) is not None
        and _URI_CHARACTERS.fullmatch(rest) is not None
        and _PERCENT.search(rest) is None
        and rest.count("#") <= 1
    )


def is_url(value: str) -> bool:
    """OpenAPI's informal `url` (the spec's webhook URLs): an absolute http, https or ftp URI with a host."""
    if not is_uri(value):
        return False
    parts = urllib.parse.urlsplit(value)
    return parts.scheme.lower() in ("http", "https", "ftp") and bool(parts.hostname)


def is_uuid(value: str) -> bool:
    """A UUID in its hyphenated form, `3fa85f64-5717-4562-b3fc-2c963f66afa6`."""
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36 and all(value[position] == "-" for position in (8, 13, 18, 23))


def _in_range(bounds: tuple[int, int]) -> Callable[[int], bool]:
    return lambda value: bounds[0] <= value <= bounds[1]


_STRING_FORMATS: dict[str, Callable[[str], bool]] = {
    "date-time": is_date_time,
    "uri": is_uri,
    "url": is_url,
    "uuid": is_uuid,
}
_INTEGER_FORMATS: dict[str, Callable[[int], bool]] = {"int32": _in_range(_INT32), "int64": _in_range(_INT64)}

FORMATS: Final = {
    "uuid": "a UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "an RFC 3339 date-time, e.g. 2024-01-31T12:00:00Z",
    "date": "a date, YYYY-MM-DD",
    "email": "an email address",
    "uri": "an absolute URI, e.g. https://example.com/path",
    "url": "an http(s) URL, e.g. https://example.com/webhooks",
    "int32": f"a 32-bit integer, {_INT32[0]} to {_INT32[1]}",
    "int64": f"a 64-bit integer, {_INT64[0]} to {_INT64[1]}",
}
"""The formats a value is checked against, with what a valid value looks like.

The spec's schemas use uuid, uri, url, int32 (and float, which any number satisfies); date-time,
date and email are checked too. date, email (it holds an `@`), ipv4, ipv6, regex and the other
formats jsonschema checks with no optional package come from jsonschema; uuid, date-time, uri, url,
int32 and int64 are checked here, so the result does not depend on optional packages
(rfc3339-validator, rfc3987) being installed. Other formats are annotations, as JSON Schema says.
"""


@cache
def format_checker() -> FormatChecker:
    """Draft 2020-12's format checker plus `FORMATS`' own checks."""
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=())
    checker.checkers.update(Draft202012Validator.FORMAT_CHECKER.checkers)
    for name, string_check in _STRING_FORMATS.items():
        checker.checks(name)(_for(str, string_check))
    for name, integer_check in _INTEGER_FORMATS.items():
        checker.checks(name)(_for(int, integer_check))
    return checker


def _for(kind: type[Any], check: Callable[[Any], bool]) -> Callable[[object], bool]:
    """check for values of kind (bool is not an integer); any other value passes, as JSON Schema says."""

    def checked(value: object) -> bool:
        return not isinstance(value, kind) or isinstance(value, bool) or check(value)

    return checked
