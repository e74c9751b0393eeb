from typing import Literal, cast

CallMachineDetectionEndedEventType = Literal["call.machine.detection.ended"]

CALL_MACHINE_DETECTION_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.machine.detection.ended",
    }
)


def check_call_machine_detection_ended_event_type(value: str) -> CallMachineDetectionEndedEventType:
    """Return value as a CallMachineDetectionEndedEventType.

    A value outside CALL_MACHINE_DETECTION_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachineDetectionEndedEventType, value)
