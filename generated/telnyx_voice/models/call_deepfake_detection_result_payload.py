from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallDeepfakeDetectionResultPayload")


@_attrs_define(frozen=True)
class CallDeepfakeDetectionResultPayload:
    """
    Attributes:
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (UUID | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (UUID | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (None | str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        consistency (float | None | Unset): Percentage (0-100) indicating how consistently the model classified the
            audio across frames. High consistency (>90%) means confident classification throughout; low consistency suggests
            mixed signals. Null for silence_timeout.
        result (Literal["fake", "real", "silence_timeout"] | Unset): Detection outcome. 'real' = human voice, 'fake' =
            AI-generated voice, 'silence_timeout' = no analyzable speech detected before timeout.
        score (float | None | Unset): Probability that the audio is AI-generated, from 0.0 (likely real) to 1.0 (likely
            deepfake). Based on the model's aggregated confidence across analyzed audio frames. Null for silence_timeout.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: UUID | Unset = UNSET
    call_session_id: UUID | Unset = UNSET
    client_state: str | Unset | None = UNSET
    connection_id: str | Unset = UNSET
    consistency: float | Unset | None = UNSET
    result: Literal["fake", "real", "silence_timeout"] | Unset = UNSET
    score: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id: str | Unset = UNSET
        if not isinstance(self.call_leg_id, Unset):
            call_leg_id = str(self.call_leg_id)

        call_session_id: str | Unset = UNSET
        if not isinstance(self.call_session_id, Unset):
            call_session_id = str(self.call_session_id)

        client_state: str | Unset | None
        client_state = UNSET if isinstance(self.client_state, Unset) else self.client_state

        connection_id = self.connection_id

        consistency: float | Unset | None
        consistency = UNSET if isinstance(self.consistency, Unset) else self.consistency

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result

        score: float | Unset | None
        score = UNSET if isinstance(self.score, Unset) else self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if consistency is not UNSET:
            field_dict["consistency"] = consistency
        if result is not UNSET:
            field_dict["result"] = result
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        _call_leg_id = d.pop("call_leg_id", UNSET)
        call_leg_id: UUID | Unset
        call_leg_id = UNSET if isinstance(_call_leg_id, Unset) else UUID(_call_leg_id)

        _call_session_id = d.pop("call_session_id", UNSET)
        call_session_id: UUID | Unset
        call_session_id = UNSET if isinstance(_call_session_id, Unset) else UUID(_call_session_id)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        consistency = d.pop("consistency", UNSET)

        _result = d.pop("result", UNSET)
        result: Literal["fake", "real", "silence_timeout"] | Unset
        result = UNSET if isinstance(_result, Unset) else enum_value(_result, str)

        score = d.pop("score", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
            connection_id=connection_id,
            consistency=consistency,
            result=result,
            score=score,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
