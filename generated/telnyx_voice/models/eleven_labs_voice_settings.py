from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ElevenLabsVoiceSettings(BaseModel):
    """
    Attributes:
        type (Literal["elevenlabs"]): Voice settings provider type
        api_key_ref (str | None): The `identifier` for an integration secret
            [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-
            integration-secret) that refers to your ElevenLabs API key. Warning: Free plans are unlikely to work with this
            integration. Example: my_elevenlabs_api_key.
    """

    type: Literal["elevenlabs"]
    api_key_ref: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("api_key_ref", "api_key_ref", False),
    )

    def __init__(
        self,
        *,
        type: Literal["elevenlabs"],
        api_key_ref: str | Unset | None = UNSET,
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
        _set(self, "type", d.pop("type", None))
        _set(self, "api_key_ref", d.pop("api_key_ref", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("type", str, REQUIRED),
            ("api_key_ref", str, 0),
        )
