# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallControlApplicationResponse(BaseModel):
    """
    Attributes:
        data (CallControlApplication | None):  Example: {'active': False, 'anchorsite_override': 'Latency',
            'application_name': 'call-router', 'call_cost_in_webhooks': False, 'created_at': '2018-02-02T22:25:27.521Z',
            'dtmf_type': 'Inband', 'first_command_timeout': True, 'first_command_timeout_secs': 10, 'id':
            '1293384261075731499', 'inbound': {'channel_limit': 10, 'shaken_stir_enabled': True, 'sip_subdomain': 'example',
            'sip_subdomain_receive_settings': 'only_my_connections'}, 'outbound': {'channel_limit': 10,
            'outbound_voice_profile_id': '1293384261075731499'}, 'record_type': 'call_control_application',
            'redact_dtmf_debug_logging': True, 'updated_at': '2018-02-02T22:25:27.521Z', 'webhook_api_version': '1',
            'webhook_event_failover_url': 'https://failover.example.com', 'webhook_event_url': 'https://example.com',
            'webhook_timeout_secs': 25}.
    """

    data: CallControlApplication | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (("data", "data", False),)

    def __init__(
        self,
        *,
        data: CallControlApplication | Unset | None = UNSET,
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
        _set(self, "data", CallControlApplication.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (("data", CallControlApplication, 0),)


from ..models.call_control_application import CallControlApplication
