# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="Participant")


@_attrs_define(frozen=True)
class Participant:
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

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        conference = self.conference.to_dict()

        created_at = self.created_at

        end_conference_on_exit = self.end_conference_on_exit

        id = self.id

        muted = self.muted

        on_hold = self.on_hold

        record_type: str = self.record_type

        soft_end_conference_on_exit = self.soft_end_conference_on_exit

        status: str = self.status

        updated_at = self.updated_at

        whisper_call_control_ids = self.whisper_call_control_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
                "call_leg_id": call_leg_id,
                "conference": conference,
                "created_at": created_at,
                "end_conference_on_exit": end_conference_on_exit,
                "id": id,
                "muted": muted,
                "on_hold": on_hold,
                "record_type": record_type,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
                "status": status,
                "updated_at": updated_at,
                "whisper_call_control_ids": whisper_call_control_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        call_leg_id = d.pop("call_leg_id")

        conference = ParticipantConference.from_dict(d.pop("conference"))

        created_at = d.pop("created_at")

        end_conference_on_exit = d.pop("end_conference_on_exit")

        id = d.pop("id")

        muted = d.pop("muted")

        on_hold = d.pop("on_hold")

        record_type = enum_value(d.pop("record_type"), str)

        soft_end_conference_on_exit = d.pop("soft_end_conference_on_exit")

        status = enum_value(d.pop("status"), str)

        updated_at = d.pop("updated_at")

        whisper_call_control_ids = cast(list[str], d.pop("whisper_call_control_ids"))

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            conference=conference,
            created_at=created_at,
            end_conference_on_exit=end_conference_on_exit,
            id=id,
            muted=muted,
            on_hold=on_hold,
            record_type=record_type,
            soft_end_conference_on_exit=soft_end_conference_on_exit,
            status=status,
            updated_at=updated_at,
            whisper_call_control_ids=whisper_call_control_ids,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.participant_conference import ParticipantConference
