from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class UpdateConferenceRequest(BaseModel):
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'supervisor_role': 'whisper', 'whisper_call_control_ids':
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw']}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call Example:
            v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==.
        supervisor_role (Literal["barge", "monitor", "none", "whisper"]): Sets the participant as a supervisor for the
            conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a
            normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all
            participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor.
            Defaults to "none". Example: whisper.
        command_id (str | None): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        whisper_call_control_ids (list[str] | None): Array of unique call_control_ids the supervisor can whisper to. If
            none provided, the supervisor will join the conference as a monitoring participant only. Example:
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw'].
    """

    call_control_id: str
    supervisor_role: Literal["barge", "monitor", "none", "whisper"]
    command_id: str | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    whisper_call_control_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("supervisor_role", "supervisor_role", True),
        ("command_id", "command_id", False),
        ("region", "region", False),
        ("whisper_call_control_ids", "whisper_call_control_ids", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"],
        command_id: str | Unset | None = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset | None = UNSET,
        whisper_call_control_ids: list[str] | Unset | None = UNSET,
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
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "supervisor_role", d.pop("supervisor_role", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "whisper_call_control_ids", d.pop("whisper_call_control_ids", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("supervisor_role", str, REQUIRED),
            ("command_id", str, 0),
            ("region", str, 0),
            ("whisper_call_control_ids", ListOf(str), 0),
        )
