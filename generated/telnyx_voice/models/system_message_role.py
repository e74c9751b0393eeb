from typing import Literal, cast

SystemMessageRole = Literal["system"]

SYSTEM_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "system",
    }
)


def check_system_message_role(value: str) -> SystemMessageRole:
    """Return value as a SystemMessageRole.

    A value outside SYSTEM_MESSAGE_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SystemMessageRole, value)
