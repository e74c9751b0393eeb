from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookAppointmentToolParams")


@_attrs_define(frozen=True)
class BookAppointmentToolParams:
    """
    Attributes:
        api_key_ref (str): Reference to an integration secret that contains your Cal.com API key. You would pass the
            `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-
            manager/integration-secrets/create-integration-secret) that refers to your Cal.com API key. Example:
            my_calcom_api_key.
        event_type_id (int): Event Type ID for which slots are being fetched. [cal.com](https://cal.com/docs/api-
            reference/v2/bookings/create-a-booking#body-event-type-id)
        attendee_name (str | Unset): The name of the attendee [cal.com](https://cal.com/docs/api-
            reference/v2/bookings/create-a-booking#body-attendee-name). If not provided, the assistant will ask for the
            attendee's name.
        attendee_timezone (str | Unset): The timezone of the attendee [cal.com](https://cal.com/docs/api-
            reference/v2/bookings/create-a-booking#body-attendee-timezone). If not provided, the assistant will ask for the
            attendee's timezone.
    """

    api_key_ref: str
    event_type_id: int
    attendee_name: str | Unset = UNSET
    attendee_timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        api_key_ref = self.api_key_ref

        event_type_id = self.event_type_id

        attendee_name = self.attendee_name

        attendee_timezone = self.attendee_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_ref": api_key_ref,
                "event_type_id": event_type_id,
            }
        )
        if attendee_name is not UNSET:
            field_dict["attendee_name"] = attendee_name
        if attendee_timezone is not UNSET:
            field_dict["attendee_timezone"] = attendee_timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_ref = d.pop("api_key_ref")

        event_type_id = d.pop("event_type_id")

        attendee_name = d.pop("attendee_name", UNSET)

        attendee_timezone = d.pop("attendee_timezone", UNSET)

        additional_properties = d
        return cls(
            api_key_ref=api_key_ref,
            event_type_id=event_type_id,
            attendee_name=attendee_name,
            attendee_timezone=attendee_timezone,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
