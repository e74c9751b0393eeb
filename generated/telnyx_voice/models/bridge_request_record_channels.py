from typing import Literal, cast

BridgeRequestRecordChannels = Literal["dual", "single"]

BRIDGE_REQUEST_RECORD_CHANNELS_VALUES: frozenset[str] = frozenset(
    {
        "dual",
        "single",
    }
)


def check_bridge_request_record_channels(value: str) -> BridgeRequestRecordChannels:
    """Return value as a BridgeRequestRecordChannels.

    A value outside BRIDGE_REQUEST_RECORD_CHANNELS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BridgeRequestRecordChannels, value)
