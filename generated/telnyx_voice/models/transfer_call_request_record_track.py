from typing import Literal, cast

TransferCallRequestRecordTrack = Literal["both", "inbound", "outbound"]

TRANSFER_CALL_REQUEST_RECORD_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "inbound",
        "outbound",
    }
)


def check_transfer_call_request_record_track(value: str) -> TransferCallRequestRecordTrack:
    """Return value as a TransferCallRequestRecordTrack.

    A value outside TRANSFER_CALL_REQUEST_RECORD_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestRecordTrack, value)
