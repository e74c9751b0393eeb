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
class QueueCallResponse(BaseModel):
    """
    Attributes:
        data (QueueCall | None):  Example: {'call_control_id':
            'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '2dc6fc34-f9e0-11ea-b68e-02420a0f7768', 'call_session_id': '2dc1b3c8-f9e0-11ea-bc5a-02420a0f7768',
            'connection_id': '7267xxxxxxxxxxxxxx', 'enqueued_at': '2019-01-23T18:10:02.574Z', 'from': '+18005550101',
            'is_alive': True, 'queue_id': 'ae1626cc-6f42-11ea-becd-02420a0f8b69', 'queue_position': 3, 'record_type':
            'queue_call', 'to': '+18005550102', 'wait_time_secs': 145}.
    """

    data: QueueCall | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (("data", "data", False),)

    def __init__(
        self,
        *,
        data: QueueCall | Unset | None = UNSET,
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
        _set(self, "data", QueueCall.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (("data", QueueCall, 0),)


from ..models.queue_call import QueueCall
