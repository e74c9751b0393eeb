from typing import Literal, cast

CallMachineGreetingEndedEventType = Literal["call.machine.greeting.ended"]

CALL_MACHINE_GREETING_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.machine.greeting.ended",
    }
)


def check_call_machine_greeting_ended_event_type(value: str) -> CallMachineGreetingEndedEventType:
    """Return value as a CallMachineGreetingEndedEventType.

    A value outside CALL_MACHINE_GREETING_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachineGreetingEndedEventType, value)
