from typing import Literal, cast

DialRequestRecordTrack = Literal["both", "inbound", "outbound"]

DIAL_REQUEST_RECORD_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "inbound",
        "outbound",
    }
)


def check_dial_request_record_track(value: str) -> DialRequestRecordTrack:
    """Return value as a DialRequestRecordTrack.

    A value outside DIAL_REQUEST_RECORD_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestRecordTrack, value)
