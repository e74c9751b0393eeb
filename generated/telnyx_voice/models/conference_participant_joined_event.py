# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceParticipantJoinedEvent")


@_attrs_define(frozen=True)
class ConferenceParticipantJoinedEvent:
    """
    Attributes:
        data (ConferenceParticipantJoined):  Example: {'event_type': 'conference.participant.joined', 'id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'occurred_at': '2018-02-02T22:25:27.521992Z', 'payload':
            {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '428c31b6-7af4-4bcb-b7f5-5013ef9657c1', 'call_session_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'conference_id': '428c31b6-abf3-3bc1-b7f4-5013ef9657c1',
            'connection_id': '7267xxxxxxxxxxxxxx'}, 'record_type': 'event'}.
        meta (WebhookDeliveryMeta | Unset): How Telnyx delivered this webhook.
    """

    data: ConferenceParticipantJoined
    meta: WebhookDeliveryMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = ConferenceParticipantJoined.from_dict(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: WebhookDeliveryMeta | Unset
        meta = UNSET if isinstance(_meta, Unset) else WebhookDeliveryMeta.from_dict(_meta)

        additional_properties = d
        return cls(
            data=data,
            meta=meta,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.conference_participant_joined import ConferenceParticipantJoined
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
