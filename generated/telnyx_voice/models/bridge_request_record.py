from typing import Literal, cast

BridgeRequestRecord = Literal["record-from-answer"]

BRIDGE_REQUEST_RECORD_VALUES: frozenset[str] = frozenset(
    {
        "record-from-answer",
    }
)


def check_bridge_request_record(value: str) -> BridgeRequestRecord:
    """Return value as a BridgeRequestRecord.

    A value outside BRIDGE_REQUEST_RECORD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BridgeRequestRecord, value)
