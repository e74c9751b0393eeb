from typing import Literal, cast

ConversationRelayStartRequestTranscriptionEngine = Literal[
    "A", "AssemblyAI", "Azure", "B", "Deepgram", "Google", "Soniox", "Speechmatics", "Telnyx", "xAI"
]

CONVERSATION_RELAY_START_REQUEST_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "A",
        "AssemblyAI",
        "Azure",
        "B",
        "Deepgram",
        "Google",
        "Soniox",
        "Speechmatics",
        "Telnyx",
        "xAI",
    }
)


def check_conversation_relay_start_request_transcription_engine(
    value: str,
) -> ConversationRelayStartRequestTranscriptionEngine:
    """Return value as a ConversationRelayStartRequestTranscriptionEngine.

    A value outside CONVERSATION_RELAY_START_REQUEST_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConversationRelayStartRequestTranscriptionEngine, value)
