from typing import Literal, cast

CallWithRecordingIDRecordType = Literal["call"]

CALL_WITH_RECORDING_ID_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call",
    }
)


def check_call_with_recording_id_record_type(value: str) -> CallWithRecordingIDRecordType:
    """Return value as a CallWithRecordingIDRecordType.

    A value outside CALL_WITH_RECORDING_ID_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallWithRecordingIDRecordType, value)
