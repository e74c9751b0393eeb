from typing import Literal, cast

ConferenceEndedPayloadReason = Literal["all_left", "host_left", "time_exceeded"]

CONFERENCE_ENDED_PAYLOAD_REASON_VALUES: frozenset[str] = frozenset(
    {
        "all_left",
        "host_left",
        "time_exceeded",
    }
)


def check_conference_ended_payload_reason(value: str) -> ConferenceEndedPayloadReason:
    """Return value as a ConferenceEndedPayloadReason.

    A value outside CONFERENCE_ENDED_PAYLOAD_REASON_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceEndedPayloadReason, value)
