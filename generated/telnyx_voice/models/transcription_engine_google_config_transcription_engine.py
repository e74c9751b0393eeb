from typing import Literal, cast

TranscriptionEngineGoogleConfigTranscriptionEngine = Literal["Google"]

TRANSCRIPTION_ENGINE_GOOGLE_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "Google",
    }
)


def check_transcription_engine_google_config_transcription_engine(
    value: str,
) -> TranscriptionEngineGoogleConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineGoogleConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_GOOGLE_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineGoogleConfigTranscriptionEngine, value)
