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
class RetrieveCallStatusResponseWithRecordingID(BaseModel):
    """
    Attributes:
        data (CallWithRecordingID | None):  Example: {'call_control_id':
            'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_duration': 50, 'call_leg_id':
            '2dc6fc34-f9e0-11ea-b68e-02420a0f7768', 'call_session_id': '2dc1b3c8-f9e0-11ea-bc5a-02420a0f7768',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'end_time': '2019-01-23T18:11:52.574Z', 'is_alive': False,
            'record_type': 'call', 'recording_id': 'd7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a', 'start_time':
            '2019-01-23T18:10:02.574Z'}.
    """

    data: CallWithRecordingID | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (("data", "data", False),)

    def __init__(
        self,
        *,
        data: CallWithRecordingID | Unset | None = UNSET,
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
        _set(self, "data", CallWithRecordingID.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (("data", CallWithRecordingID, 0),)


from ..models.call_with_recording_id import CallWithRecordingID
