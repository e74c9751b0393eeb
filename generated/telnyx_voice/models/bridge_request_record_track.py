from typing import Literal, cast

BridgeRequestRecordTrack = Literal["both", "inbound", "outbound"]

BRIDGE_REQUEST_RECORD_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "inbound",
        "outbound",
    }
)


def check_bridge_request_record_track(value: str) -> BridgeRequestRecordTrack:
    """Return value as a BridgeRequestRecordTrack.

    A value outside BRIDGE_REQUEST_RECORD_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BridgeRequestRecordTrack, value)
