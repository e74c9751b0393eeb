"""The `UNSET` sentinel: an argument or model field the caller did not give, so nothing is sent."""

from __future__ import annotations

from typing import Final, Literal


class Unset:
    """Type of `UNSET`. Falsy, so `if value:` reads naturally."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

__all__ = ["UNSET", "Unset"]
