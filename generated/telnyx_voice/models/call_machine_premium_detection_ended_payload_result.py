from typing import Literal, cast

CallMachinePremiumDetectionEndedPayloadResult = Literal[
    "fax_detected", "human_business", "human_residence", "machine", "not_sure", "silence"
]

CALL_MACHINE_PREMIUM_DETECTION_ENDED_PAYLOAD_RESULT_VALUES: frozenset[str] = frozenset(
    {
        "fax_detected",
        "human_business",
        "human_residence",
        "machine",
        "not_sure",
        "silence",
    }
)


def check_call_machine_premium_detection_ended_payload_result(
    value: str,
) -> CallMachinePremiumDetectionEndedPayloadResult:
    """Return value as a CallMachinePremiumDetectionEndedPayloadResult.

    A value outside CALL_MACHINE_PREMIUM_DETECTION_ENDED_PAYLOAD_RESULT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachinePremiumDetectionEndedPayloadResult, value)
