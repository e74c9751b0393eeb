from typing import Literal, cast

UserMessageRole = Literal["user"]

USER_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "user",
    }
)


def check_user_message_role(value: str) -> UserMessageRole:
    """Return value as a UserMessageRole.

    A value outside USER_MESSAGE_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(UserMessageRole, value)
