from typing import Literal, cast

CallMachineGreetingEndedRecordType = Literal["event"]

CALL_MACHINE_GREETING_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_machine_greeting_ended_record_type(value: str) -> CallMachineGreetingEndedRecordType:
    """Return value as a CallMachineGreetingEndedRecordType.

    A value outside CALL_MACHINE_GREETING_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallMachineGreetingEndedRecordType, value)
