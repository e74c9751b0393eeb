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
class CallReferCompletedEvent(BaseModel):
    """
    Attributes:
        data (CallReferCompleted):  Example: {'event_type': 'call.refer.completed', 'id':
            '4ce4366d-8d87-44be-a00b-942154e9c5f5', 'occurred_at': '2020-03-30T13:29:44.650000Z', 'payload':
            {'call_control_id': 'v2:OycMASgvIjsGIAVEx8x3n9rYeKnUJx6a3V8VGhs5futnr17KZhujZA', 'call_leg_id':
            '817f7de8-728a-11ea-9ce6-02420a0f8969', 'call_session_id': '817f8c2a-728a-11ea-9cbe-02420a0f8969',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connection_id': '1289082222292239760', 'from': '+35319605860',
            'sip_notify_response': 200, 'to': '+13129457420'}, 'record_type': 'event'}.
        meta (WebhookDeliveryMeta | None): How Telnyx delivered this webhook.
    """

    data: CallReferCompleted
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
        data: CallReferCompleted,
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
        _set(self, "data", CallReferCompleted.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("meta", None)
        _set(self, "meta", WebhookDeliveryMeta.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("data", CallReferCompleted, REQUIRED),
            ("meta", WebhookDeliveryMeta, 0),
        )


from ..models.call_refer_completed import CallReferCompleted
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
