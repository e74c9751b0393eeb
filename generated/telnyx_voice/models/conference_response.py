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
class ConferenceResponse(BaseModel):
    """
    Attributes:
        data (Conference | None):  Example: {'connection_id': '3fa85f64-9191-4567-b3fc-2c963f66afa6', 'created_at':
            '2019-01-23T18:10:02.574Z', 'end_reason': 'all_left', 'ended_by': {'call_control_id':
            'v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==', 'call_session_id':
            '428c31b6-abf3-3bc1-b7f4-5013ef9657c1'}, 'expires_at': '2019-01-23T18:10:02.574Z', 'id':
            '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'name': 'All hands meeting', 'record_type': 'conference', 'region':
            'sv1', 'status': 'completed', 'updated_at': '2019-01-23T18:10:02.574Z'}.
    """

    data: Conference | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (("data", "data", False),)

    def __init__(
        self,
        *,
        data: Conference | Unset | None = UNSET,
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
        _set(self, "data", Conference.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (("data", Conference, 0),)


from ..models.conference import Conference
