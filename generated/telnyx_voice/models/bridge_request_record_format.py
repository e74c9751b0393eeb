from typing import Literal, cast

BridgeRequestRecordFormat = Literal["mp3", "wav"]

BRIDGE_REQUEST_RECORD_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_bridge_request_record_format(value: str) -> BridgeRequestRecordFormat:
    """Return value as a BridgeRequestRecordFormat.

    A value outside BRIDGE_REQUEST_RECORD_FORMAT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BridgeRequestRecordFormat, value)
