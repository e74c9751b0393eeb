"""Request bodies with more than one form (JSON, or a multipart/form-data upload): which form a call
sends, and the multipart fields and files it sends.

A media upload takes a file (`media=`, multipart) or a URL (`media_url=`, JSON). The form is the one
that has every field the caller passed (JSON when both have them); fields of two forms at once, or a
form's required field missing, raise `BodyFormError` before anything is sent. A file is a path
(`pathlib.Path`, opened only while it is sent), bytes, or a binary file object; paths and file
objects are sent in chunks, never read whole into memory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ._exceptions import TelnyxError

MULTIPART = "multipart/form-data"


class BodyFormError(TelnyxError, ValueError):
    """The arguments of a call fit no one form of its request body (JSON or multipart)."""


@dataclass(frozen=True, slots=True)
class BodyForm:
    """One form of a request body: its media type, fields (wire names), required fields and file fields."""

    media_type: str
    fields: frozenset[str]
    required: frozenset[str] = frozenset()
    files: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Multipart:
    """A multipart body to send: plain fields (`data`) and files, as httpx takes them."""

    data: dict[str, str]
    files: dict[str, tuple[str, Any]]


def _describe(form: BodyForm) -> str:
    return f"{form.media_type} ({', '.join(sorted(form.required or form.fields))})"


def choose_form(operation_id: str, forms: tuple[BodyForm, ...], passed: Mapping[str, Any]) -> BodyForm:
    """The form of the body a call with the passed fields sends: the first with all of them.

    Raises:
        BodyFormError: no one form has every passed field, or the form lacks a field it requires.
    """
    fitting = [form for form in forms if set(passed) <= form.fields]
    if not fitting:
        options = " or ".join(_describe(form) for form in forms)
        raise BodyFormError(
            f"{operation_id}: {', '.join(sorted(passed))} belong to different forms of the request body; "
            f"pass the fields of one: {options}"
        )
    form = fitting[0]
    missing = sorted(form.required - set(passed))
    if missing:
        options = " or ".join(_describe(f) for f in forms)
        raise BodyFormError(f"{operation_id}: the request body needs {options}; {', '.join(missing)} missing")
    return form


def _text(value: Any) -> str:
    """A form field's text: booleans as JSON spells them, objects and arrays as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _file(name: str, value: Any) -> tuple[str, Any]:
    """(file name, what httpx reads) for an upload given as a path, bytes or a binary file object."""
    if isinstance(value, os.PathLike):
        path = Path(value)
        return path.name, PathUpload(path)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return name, bytes(value)
    if hasattr(value, "read"):
        return os.path.basename(str(getattr(value, "name", name))), value
    raise TypeError(f"{name}: a file upload must be a path, bytes or a binary file object, not {type(value).__name__}")


def multipart(form: BodyForm, payload: Mapping[str, Any]) -> Multipart:
    """The multipart fields and files of payload (wire names; UNSET already left out)."""
    data = {name: _text(value) for name, value in payload.items() if name not in form.files and value is not None}
    files = {name: _file(name, value) for name, value in payload.items() if name in form.files}
    return Multipart(data, files)


def with_fields(body: Multipart, fields: Mapping[str, Any]) -> Multipart:
    """body with fields added as form fields over its own (`extra_body` on an upload)."""
    return Multipart({**body.data, **{name: _text(value) for name, value in fields.items()}}, body.files)


class PathUpload:
    """A file on disk as httpx reads an upload: opened at the first read, closed at its end, and
    reopened if a retry sends it again; its size comes from the file system, without opening it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self._file: IO[bytes] | None = None
        self._position = 0

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        self._position = (self.path.stat().st_size if whence == os.SEEK_END else 0) + offset
        if self._file is not None:
            self._file.seek(self._position)
        return self._position

    def read(self, size: int = -1) -> bytes:
        if self._file is None:
            self._file = self.path.open("rb")
            self._file.seek(self._position)
        chunk = self._file.read(size)
        self._position += len(chunk)
        if not chunk or size < 0:
            self.close()
        return chunk

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
