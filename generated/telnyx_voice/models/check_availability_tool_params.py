from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule


@_attrs_define(frozen=True, init=False)
class CheckAvailabilityToolParams(BaseModel):
    """
    Attributes:
        api_key_ref (str): Reference to an integration secret that contains your Cal.com API key. You would pass the
            `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-
            manager/integration-secrets/create-integration-secret) that refers to your Cal.com API key. Example:
            my_calcom_api_key.
        event_type_id (int): Event Type ID for which slots are being fetched. [cal.com](https://cal.com/docs/api-
            reference/v2/slots/get-available-slots#parameter-event-type-id)
    """

    api_key_ref: str
    event_type_id: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("api_key_ref", "api_key_ref", True),
        ("event_type_id", "event_type_id", True),
    )

    def __init__(
        self,
        *,
        api_key_ref: str,
        event_type_id: int,
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
        _set(self, "api_key_ref", d.pop("api_key_ref", None))
        _set(self, "event_type_id", d.pop("event_type_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("api_key_ref", str, REQUIRED),
            ("event_type_id", int, REQUIRED),
        )
