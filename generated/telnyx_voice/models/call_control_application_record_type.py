from typing import Literal, cast

CallControlApplicationRecordType = Literal["call_control_application"]

CALL_CONTROL_APPLICATION_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call_control_application",
    }
)


def check_call_control_application_record_type(value: str) -> CallControlApplicationRecordType:
    """Return value as a CallControlApplicationRecordType.

    A value outside CALL_CONTROL_APPLICATION_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallControlApplicationRecordType, value)
