from typing import Literal, cast

AIAssistantJoinParticipantRole = Literal["user"]

AI_ASSISTANT_JOIN_PARTICIPANT_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "user",
    }
)


def check_ai_assistant_join_participant_role(value: str) -> AIAssistantJoinParticipantRole:
    """Return value as a AIAssistantJoinParticipantRole.

    A value outside AI_ASSISTANT_JOIN_PARTICIPANT_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AIAssistantJoinParticipantRole, value)
