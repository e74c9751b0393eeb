from typing import Literal, cast

CallMachinePremiumGreetingEndedEventType = Literal["call.machine.premium.greeting.ended"]

CALL_MACHINE_PREMIUM_GREETING_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.machine.premium.greeting.ended",
    }
)


def check_call_machine_premium_greeting_ended_event_type(value: str) -> CallMachinePremiumGreetingEndedEventType:
    """Return value as a CallMachinePremiumGreetingEndedEventType.

    A value outside CALL_MACHINE_PREMIUM_GREETING_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachinePremiumGreetingEndedEventType, value)
