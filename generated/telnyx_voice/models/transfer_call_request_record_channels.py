from typing import Literal, cast

TransferCallRequestRecordChannels = Literal["dual", "single"]

TRANSFER_CALL_REQUEST_RECORD_CHANNELS_VALUES: frozenset[str] = frozenset(
    {
        "dual",
        "single",
    }
)


def check_transfer_call_request_record_channels(value: str) -> TransferCallRequestRecordChannels:
    """Return value as a TransferCallRequestRecordChannels.

    A value outside TRANSFER_CALL_REQUEST_RECORD_CHANNELS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestRecordChannels, value)
