from typing import Literal, cast

CallMachinePremiumGreetingEndedRecordType = Literal["event"]

CALL_MACHINE_PREMIUM_GREETING_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_machine_premium_greeting_ended_record_type(value: str) -> CallMachinePremiumGreetingEndedRecordType:
    """Return value as a CallMachinePremiumGreetingEndedRecordType.

    A value outside CALL_MACHINE_PREMIUM_GREETING_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachinePremiumGreetingEndedRecordType, value)
