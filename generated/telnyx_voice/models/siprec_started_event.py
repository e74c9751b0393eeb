# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class SiprecStartedEvent(BaseModel):
    """
    Attributes:
        data (SiprecStarted):  Example: {'event_type': 'siprec.started', 'id': '7d743d69-f7e8-4761-b7d4-8cacf9d3c031',
            'occurred_at': '2021-12-15T14:06:32.059436Z', 'payload': {'call_control_id':
            '31f19208-5db0-11ec-9ea7-02420a0d3a69', 'call_leg_id': '31f19208-5db0-11ec-9ea7-02420a0d3a69',
            'call_session_id': '31f19208-5db0-11ec-9ea7-02420a0d3a69', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'connection_id': '7267xxxxxxxxxxxxxx'}, 'record_type': 'event'}.
        meta (WebhookDeliveryMeta | None): How Telnyx delivered this webhook.
    """

    data: SiprecStarted
    meta: WebhookDeliveryMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("data", "data", True),
        ("meta", "meta", False),
    )

    def __init__(
        self,
        *,
        data: SiprecStarted,
        meta: WebhookDeliveryMeta | Unset | None = UNSET,
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
        v = d.pop("data", None)
        _set(self, "data", SiprecStarted.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("meta", None)
        _set(self, "meta", WebhookDeliveryMeta.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("data", SiprecStarted, REQUIRED),
            ("meta", WebhookDeliveryMeta, 0),
        )


from ..models.siprec_started import SiprecStarted
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
