from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class AIAssistantJoinParticipant(BaseModel):
    """
    Attributes:
        id (str): The call_control_id of the participant to add to the conversation. Example: v3:abc123def456.
        role (Literal["user"]): The role of the participant in the conversation. Example: user.
        name (str | None): Display name for the participant. Example: John Doe.
        on_hangup (Literal["continue_conversation", "end_conversation"] | None): Determines what happens to the
            conversation when this participant hangs up. Example: continue_conversation.
    """

    id: str
    role: Literal["user"]
    name: str | None = None
    on_hangup: Literal["continue_conversation", "end_conversation"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("role", "role", True),
        ("name", "name", False),
        ("on_hangup", "on_hangup", False),
    )

    def __init__(
        self,
        *,
        id: str,
        role: Literal["user"],
        name: str | Unset | None = UNSET,
        on_hangup: Literal["continue_conversation", "end_conversation"] | Unset | None = UNSET,
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
        _set(self, "id", d.pop("id", None))
        _set(self, "role", d.pop("role", None))
        _set(self, "name", d.pop("name", None))
        _set(self, "on_hangup", d.pop("on_hangup", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("id", str, REQUIRED),
            ("role", str, REQUIRED),
            ("name", str, 0),
            ("on_hangup", str, 0),
        )
