from typing import Literal, cast

CallMachineDetectionEndedPayloadResult = Literal["human", "machine", "not_sure"]

CALL_MACHINE_DETECTION_ENDED_PAYLOAD_RESULT_VALUES: frozenset[str] = frozenset(
    {
        "human",
        "machine",
        "not_sure",
    }
)


def check_call_machine_detection_ended_payload_result(value: str) -> CallMachineDetectionEndedPayloadResult:
    """Return value as a CallMachineDetectionEndedPayloadResult.

    A value outside CALL_MACHINE_DETECTION_ENDED_PAYLOAD_RESULT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachineDetectionEndedPayloadResult, value)
