from typing import Literal, cast

DialRequestRecordChannels = Literal["dual", "single"]

DIAL_REQUEST_RECORD_CHANNELS_VALUES: frozenset[str] = frozenset(
    {
        "dual",
        "single",
    }
)


def check_dial_request_record_channels(value: str) -> DialRequestRecordChannels:
    """Return value as a DialRequestRecordChannels.

    A value outside DIAL_REQUEST_RECORD_CHANNELS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestRecordChannels, value)
