from typing import Literal, cast

TransferCallRequestRecord = Literal["record-from-answer"]

TRANSFER_CALL_REQUEST_RECORD_VALUES: frozenset[str] = frozenset(
    {
        "record-from-answer",
    }
)


def check_transfer_call_request_record(value: str) -> TransferCallRequestRecord:
    """Return value as a TransferCallRequestRecord.

    A value outside TRANSFER_CALL_REQUEST_RECORD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestRecord, value)
