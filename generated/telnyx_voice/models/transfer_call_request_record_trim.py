from typing import Literal, cast

TransferCallRequestRecordTrim = Literal["trim-silence"]

TRANSFER_CALL_REQUEST_RECORD_TRIM_VALUES: frozenset[str] = frozenset(
    {
        "trim-silence",
    }
)


def check_transfer_call_request_record_trim(value: str) -> TransferCallRequestRecordTrim:
    """Return value as a TransferCallRequestRecordTrim.

    A value outside TRANSFER_CALL_REQUEST_RECORD_TRIM_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestRecordTrim, value)
