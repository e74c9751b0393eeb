from typing import Literal, cast

ConversationRelayInterruptible = Literal["any", "dtmf", "none", "speech"]

CONVERSATION_RELAY_INTERRUPTIBLE_VALUES: frozenset[str] = frozenset(
    {
        "any",
        "dtmf",
        "none",
        "speech",
    }
)


def check_conversation_relay_interruptible(value: str) -> ConversationRelayInterruptible:
    """Return value as a ConversationRelayInterruptible.

    A value outside CONVERSATION_RELAY_INTERRUPTIBLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConversationRelayInterruptible, value)
