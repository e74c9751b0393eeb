from typing import Literal, cast

CallMachineGreetingEndedPayloadResult = Literal["beep_detected", "ended", "not_sure"]

CALL_MACHINE_GREETING_ENDED_PAYLOAD_RESULT_VALUES: frozenset[str] = frozenset(
    {
        "beep_detected",
        "ended",
        "not_sure",
    }
)


def check_call_machine_greeting_ended_payload_result(value: str) -> CallMachineGreetingEndedPayloadResult:
    """Return value as a CallMachineGreetingEndedPayloadResult.

    A value outside CALL_MACHINE_GREETING_ENDED_PAYLOAD_RESULT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachineGreetingEndedPayloadResult, value)
