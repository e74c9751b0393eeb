from typing import Literal, cast

CallMachinePremiumGreetingEndedPayloadResult = Literal["beep_detected", "no_beep_detected"]

CALL_MACHINE_PREMIUM_GREETING_ENDED_PAYLOAD_RESULT_VALUES: frozenset[str] = frozenset(
    {
        "beep_detected",
        "no_beep_detected",
    }
)


def check_call_machine_premium_greeting_ended_payload_result(
    value: str,
) -> CallMachinePremiumGreetingEndedPayloadResult:
    """Return value as a CallMachinePremiumGreetingEndedPayloadResult.

    A value outside CALL_MACHINE_PREMIUM_GREETING_ENDED_PAYLOAD_RESULT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachinePremiumGreetingEndedPayloadResult, value)
