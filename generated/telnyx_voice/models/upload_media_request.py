from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class UploadMediaRequest(BaseModel):
    """
    Example:
        {'media_name': 'my-file', 'media_url': 'http://www.example.com/audio.mp3', 'ttl_secs': 86400}

    Attributes:
        media_url (str): The URL where the media to be stored in Telnyx network is currently hosted. The maximum allowed
            size is 20 MB. Example: http://www.example.com/audio.mp3.
        media_name (str | None): The unique identifier of a file. Example: my_file.
        ttl_secs (int | None): The number of seconds after which the media resource will be deleted, defaults to 2 days.
            The maximum allowed vale is 630720000, which translates to 20 years. Example: 86400.
    """

    media_url: str
    media_name: str | None = None
    ttl_secs: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("media_url", "media_url", True),
        ("media_name", "media_name", False),
        ("ttl_secs", "ttl_secs", False),
    )

    def __init__(
        self,
        *,
        media_url: str,
        media_name: str | Unset | None = UNSET,
        ttl_secs: int | Unset | None = UNSET,
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
        _set(self, "media_url", d.pop("media_url", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "ttl_secs", d.pop("ttl_secs", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("media_url", str, REQUIRED),
            ("media_name", str, 0),
            ("ttl_secs", int, 0),
        )
