from typing import Literal, cast

AIAssistantJoinParticipantOnHangup = Literal["continue_conversation", "end_conversation"]

AI_ASSISTANT_JOIN_PARTICIPANT_ON_HANGUP_VALUES: frozenset[str] = frozenset(
    {
        "continue_conversation",
        "end_conversation",
    }
)


def check_ai_assistant_join_participant_on_hangup(value: str) -> AIAssistantJoinParticipantOnHangup:
    """Return value as a AIAssistantJoinParticipantOnHangup.

    A value outside AI_ASSISTANT_JOIN_PARTICIPANT_ON_HANGUP_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AIAssistantJoinParticipantOnHangup, value)
