from typing import Literal, cast

BridgeRequestRecordTrim = Literal["trim-silence"]

BRIDGE_REQUEST_RECORD_TRIM_VALUES: frozenset[str] = frozenset(
    {
        "trim-silence",
    }
)


def check_bridge_request_record_trim(value: str) -> BridgeRequestRecordTrim:
    """Return value as a BridgeRequestRecordTrim.

    A value outside BRIDGE_REQUEST_RECORD_TRIM_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BridgeRequestRecordTrim, value)
