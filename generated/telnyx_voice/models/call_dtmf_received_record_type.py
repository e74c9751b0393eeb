from typing import Literal, cast

CallDTMFReceivedRecordType = Literal["event"]

CALL_DTMF_RECEIVED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_dtmf_received_record_type(value: str) -> CallDTMFReceivedRecordType:
    """Return value as a CallDTMFReceivedRecordType.

    A value outside CALL_DTMF_RECEIVED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDTMFReceivedRecordType, value)
