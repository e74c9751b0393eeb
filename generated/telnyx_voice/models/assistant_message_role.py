from typing import Literal, cast

AssistantMessageRole = Literal["assistant"]

ASSISTANT_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "assistant",
    }
)


def check_assistant_message_role(value: str) -> AssistantMessageRole:
    """Return value as a AssistantMessageRole.

    A value outside ASSISTANT_MESSAGE_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AssistantMessageRole, value)
