"""The `UNSET` sentinel: an argument or model field the caller did not give, so nothing is sent; and
`FileInput`, what a file upload argument takes."""

from __future__ import annotations

import os
from typing import IO, Final, Literal

FileInput = bytes | IO[bytes] | os.PathLike[str]
"""A file to upload: a path (`pathlib.Path`), its bytes, or a binary file object (sent in chunks)."""


class Unset:
    """Type of `UNSET`. Falsy, so `if value:` reads naturally."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

__all__ = ["UNSET", "FileInput", "Unset"]
