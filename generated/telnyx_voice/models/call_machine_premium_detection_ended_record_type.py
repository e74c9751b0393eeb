from typing import Literal, cast

CallMachinePremiumDetectionEndedRecordType = Literal["event"]

CALL_MACHINE_PREMIUM_DETECTION_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_machine_premium_detection_ended_record_type(value: str) -> CallMachinePremiumDetectionEndedRecordType:
    """Return value as a CallMachinePremiumDetectionEndedRecordType.

    A value outside CALL_MACHINE_PREMIUM_DETECTION_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachinePremiumDetectionEndedRecordType, value)
