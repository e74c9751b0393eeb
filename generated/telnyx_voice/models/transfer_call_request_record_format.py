from typing import Literal, cast

TransferCallRequestRecordFormat = Literal["mp3", "wav"]

TRANSFER_CALL_REQUEST_RECORD_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_transfer_call_request_record_format(value: str) -> TransferCallRequestRecordFormat:
    """Return value as a TransferCallRequestRecordFormat.

    A value outside TRANSFER_CALL_REQUEST_RECORD_FORMAT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestRecordFormat, value)
