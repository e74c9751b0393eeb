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
class ListConnectionsFilter(BaseModel):
    """
    Attributes:
        connection_name (ListConnectionsFilterConnectionName | None): Filter by connection_name using nested operations
        fqdn (str | None): If present, connections with an `fqdn` that equals the given value will be returned. Matching
            is case-sensitive, and the full string must match.
        outbound_voice_profile_id (str | None): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
    """

    connection_name: ListConnectionsFilterConnectionName | None = None
    fqdn: str | None = None
    outbound_voice_profile_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("connection_name", "connection_name", False),
        ("fqdn", "fqdn", False),
        ("outbound_voice_profile_id", "outbound_voice_profile_id", False),
    )

    def __init__(
        self,
        *,
        connection_name: ListConnectionsFilterConnectionName | Unset | None = UNSET,
        fqdn: str | Unset | None = UNSET,
        outbound_voice_profile_id: str | Unset | None = UNSET,
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
        v = d.pop("connection_name", None)
        _set(self, "connection_name", ListConnectionsFilterConnectionName.from_dict(v) if v.__class__ is dict else v)
        _set(self, "fqdn", d.pop("fqdn", None))
        _set(self, "outbound_voice_profile_id", d.pop("outbound_voice_profile_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("connection_name", ListConnectionsFilterConnectionName, 0),
            ("fqdn", str, 0),
            ("outbound_voice_profile_id", str, 0),
        )


from ..models.list_connections_filter_connection_name import ListConnectionsFilterConnectionName
