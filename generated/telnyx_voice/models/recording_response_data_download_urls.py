from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class RecordingResponseDataDownloadUrls(BaseModel):
    """Links to download the recording files.

    Attributes:
        mp3 (str | None): Link to download the recording in mp3 format.
        wav (str | None): Link to download the recording in wav format.
    """

    mp3: str | None = None
    wav: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("mp3", "mp3", False),
        ("wav", "wav", False),
    )

    def __init__(
        self,
        *,
        mp3: str | Unset | None = UNSET,
        wav: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        _set(self, "mp3", d.pop("mp3", None))
        _set(self, "wav", d.pop("wav", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("mp3", str, 0),
            ("wav", str, 0),
        )
