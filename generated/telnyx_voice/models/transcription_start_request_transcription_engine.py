from typing import Literal, cast

TranscriptionStartRequestTranscriptionEngine = Literal[
    "A", "AssemblyAI", "Azure", "B", "Deepgram", "Google", "Parakeet", "Soniox", "Speechmatics", "Telnyx", "xAI"
]

TRANSCRIPTION_START_REQUEST_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "A",
        "AssemblyAI",
        "Azure",
        "B",
        "Deepgram",
        "Google",
        "Parakeet",
        "Soniox",
        "Speechmatics",
        "Telnyx",
        "xAI",
    }
)


def check_transcription_start_request_transcription_engine(value: str) -> TranscriptionStartRequestTranscriptionEngine:
    """Return value as a TranscriptionStartRequestTranscriptionEngine.

    A value outside TRANSCRIPTION_START_REQUEST_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionStartRequestTranscriptionEngine, value)
