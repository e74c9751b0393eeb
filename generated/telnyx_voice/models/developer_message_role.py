from typing import Literal, cast

DeveloperMessageRole = Literal["developer"]

DEVELOPER_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "developer",
    }
)


def check_developer_message_role(value: str) -> DeveloperMessageRole:
    """Return value as a DeveloperMessageRole.

    A value outside DEVELOPER_MESSAGE_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DeveloperMessageRole, value)
