from typing import Literal, cast

CallMachinePremiumDetectionEndedEventType = Literal["call.machine.premium.detection.ended"]

CALL_MACHINE_PREMIUM_DETECTION_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.machine.premium.detection.ended",
    }
)


def check_call_machine_premium_detection_ended_event_type(value: str) -> CallMachinePremiumDetectionEndedEventType:
    """Return value as a CallMachinePremiumDetectionEndedEventType.

    A value outside CALL_MACHINE_PREMIUM_DETECTION_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachinePremiumDetectionEndedEventType, value)
