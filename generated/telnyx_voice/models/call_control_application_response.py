# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallControlApplicationResponse")


@_attrs_define(frozen=True)
class CallControlApplicationResponse:
    """
    Attributes:
        data (CallControlApplication | Unset):  Example: {'active': False, 'anchorsite_override': 'Latency',
            'application_name': 'call-router', 'call_cost_in_webhooks': False, 'created_at': '2018-02-02T22:25:27.521Z',
            'dtmf_type': 'Inband', 'first_command_timeout': True, 'first_command_timeout_secs': 10, 'id':
            '1293384261075731499', 'inbound': {'channel_limit': 10, 'shaken_stir_enabled': True, 'sip_subdomain': 'example',
            'sip_subdomain_receive_settings': 'only_my_connections'}, 'outbound': {'channel_limit': 10,
            'outbound_voice_profile_id': '1293384261075731499'}, 'record_type': 'call_control_application',
            'redact_dtmf_debug_logging': True, 'updated_at': '2018-02-02T22:25:27.521Z', 'webhook_api_version': '1',
            'webhook_event_failover_url': 'https://failover.example.com', 'webhook_event_url': 'https://example.com',
            'webhook_timeout_secs': 25}.
    """

    data: CallControlApplication | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: CallControlApplication | Unset
        data = UNSET if isinstance(_data, Unset) else CallControlApplication.from_dict(_data)

        additional_properties = d
        return cls(
            data=data,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_control_application import CallControlApplication
