from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class AzureVoiceSettings(BaseModel):
    """
    Attributes:
        type (Literal["azure"]): Voice settings provider type
        api_key_ref (str | None): The `identifier` for an integration secret that refers to your Azure Speech API key.
            Example: my_azure_api_key.
        deployment_id (str | None): The deployment ID for a custom Azure neural voice. Example: my-custom-voice-
            deployment.
        effect (Literal["eq_car", "eq_telecomhp8k"] | None): Audio effect to apply.
        gender (Literal["Female", "Male"] | None): Voice gender filter.
        region (str | None): The Azure region for the Speech service (e.g., `eastus`, `westeurope`). Required when using
            a custom API key. Example: eastus.
    """

    type: Literal["azure"]
    api_key_ref: str | None = None
    deployment_id: str | None = None
    effect: Literal["eq_car", "eq_telecomhp8k"] | None = None
    gender: Literal["Female", "Male"] | None = None
    region: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("api_key_ref", "api_key_ref", False),
        ("deployment_id", "deployment_id", False),
        ("effect", "effect", False),
        ("gender", "gender", False),
        ("region", "region", False),
    )

    def __init__(
        self,
        *,
        type: Literal["azure"],
        api_key_ref: str | Unset | None = UNSET,
        deployment_id: str | Unset | None = UNSET,
        effect: Literal["eq_car", "eq_telecomhp8k"] | Unset | None = UNSET,
        gender: Literal["Female", "Male"] | Unset | None = UNSET,
        region: str | Unset | None = UNSET,
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
        _set(self, "deployment_id", d.pop("deployment_id", None))
        _set(self, "effect", d.pop("effect", None))
        _set(self, "gender", d.pop("gender", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("type", str, REQUIRED),
            ("api_key_ref", str, 0),
            ("deployment_id", str, 0),
            ("effect", str, 0),
            ("gender", str, 0),
            ("region", str, 0),
        )
