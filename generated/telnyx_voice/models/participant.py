# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf


@_attrs_define(frozen=True, init=False)
class Participant(BaseModel):
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '3a15df2d-c801-4729-adf5-b56dd42e2abb', 'conference': {'id': '41b9acd4-f4da-4ff5-a85c-e07e90b53f46', 'name':
            '1'}, 'created_at': '2019-01-23T18:10:02.574Z', 'end_conference_on_exit': True, 'id':
            'dfadada7-af74-47bc-83a4-554275f55f5c', 'muted': False, 'on_hold': True, 'record_type': 'participant',
            'soft_end_conference_on_exit': True, 'status': 'joining', 'updated_at': '2019-01-23T18:10:02.574Z',
            'whisper_call_control_ids': ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw']}

    Attributes:
        call_control_id (str): Call Control ID associated with the partiipant of the conference Example:
            v2:v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ.
        call_leg_id (str): Uniquely identifies the call leg associated with the participant Example:
            3fa85f64-5717-4562-b3fc-2c963f66afa6.
        conference (ParticipantConference): Info about the conference that the participant is in
        created_at (str): ISO 8601 formatted date of when the participant was created Example: 2019-01-23T18:10:02.574Z.
        end_conference_on_exit (bool): Whether the conference will end and all remaining participants be hung up after
            the participant leaves the conference. Example: True.
        id (str): Uniquely identifies the participant Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
        muted (bool): Whether the participant is muted. Example: True.
        on_hold (bool): Whether the participant is put on_hold. Example: True.
        record_type (Literal["participant"]):  Example: participant.
        soft_end_conference_on_exit (bool): Whether the conference will end after the participant leaves the conference.
            Example: True.
        status (Literal["joined", "joining", "left"]): The status of the participant with respect to the lifecycle
            within the conference Example: joining.
        updated_at (str): ISO 8601 formatted date of when the participant was last updated Example:
            2019-01-23T18:10:02.574Z.
        whisper_call_control_ids (list[str]): Array of unique call_control_ids the participant can whisper to.. Example:
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw'].
    """

    call_control_id: str
    call_leg_id: str
    conference: ParticipantConference
    created_at: str
    end_conference_on_exit: bool
    id: str
    muted: bool
    on_hold: bool
    record_type: Literal["participant"]
    soft_end_conference_on_exit: bool
    status: Literal["joined", "joining", "left"]
    updated_at: str
    whisper_call_control_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("call_leg_id", "call_leg_id", True),
        ("conference", "conference", True),
        ("created_at", "created_at", True),
        ("end_conference_on_exit", "end_conference_on_exit", True),
        ("id", "id", True),
        ("muted", "muted", True),
        ("on_hold", "on_hold", True),
        ("record_type", "record_type", True),
        ("soft_end_conference_on_exit", "soft_end_conference_on_exit", True),
        ("status", "status", True),
        ("updated_at", "updated_at", True),
        ("whisper_call_control_ids", "whisper_call_control_ids", True),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        call_leg_id: str,
        conference: ParticipantConference,
        created_at: str,
        end_conference_on_exit: bool,
        id: str,
        muted: bool,
        on_hold: bool,
        record_type: Literal["participant"],
        soft_end_conference_on_exit: bool,
        status: Literal["joined", "joining", "left"],
        updated_at: str,
        whisper_call_control_ids: list[str],
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
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        v = d.pop("conference", None)
        _set(self, "conference", ParticipantConference.from_dict(v) if v.__class__ is dict else v)
        _set(self, "created_at", d.pop("created_at", None))
        _set(self, "end_conference_on_exit", d.pop("end_conference_on_exit", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "muted", d.pop("muted", None))
        _set(self, "on_hold", d.pop("on_hold", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "soft_end_conference_on_exit", d.pop("soft_end_conference_on_exit", None))
        _set(self, "status", d.pop("status", None))
        _set(self, "updated_at", d.pop("updated_at", None))
        _set(self, "whisper_call_control_ids", d.pop("whisper_call_control_ids", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("call_leg_id", str, REQUIRED),
            ("conference", ParticipantConference, REQUIRED),
            ("created_at", str, REQUIRED),
            ("end_conference_on_exit", bool, REQUIRED),
            ("id", str, REQUIRED),
            ("muted", bool, REQUIRED),
            ("on_hold", bool, REQUIRED),
            ("record_type", str, REQUIRED),
            ("soft_end_conference_on_exit", bool, REQUIRED),
            ("status", str, REQUIRED),
            ("updated_at", str, REQUIRED),
            ("whisper_call_control_ids", ListOf(str), REQUIRED),
        )


from ..models.participant_conference import ParticipantConference
