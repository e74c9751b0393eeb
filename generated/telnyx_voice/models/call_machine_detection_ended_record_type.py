from typing import Literal, cast

CallMachineDetectionEndedRecordType = Literal["event"]

CALL_MACHINE_DETECTION_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_machine_detection_ended_record_type(value: str) -> CallMachineDetectionEndedRecordType:
    """Return value as a CallMachineDetectionEndedRecordType.

    A value outside CALL_MACHINE_DETECTION_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachineDetectionEndedRecordType, value)
