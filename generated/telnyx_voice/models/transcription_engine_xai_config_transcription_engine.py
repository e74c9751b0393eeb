from typing import Literal, cast

TranscriptionEngineXAIConfigTranscriptionEngine = Literal["xAI"]

TRANSCRIPTION_ENGINE_XAI_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "xAI",
    }
)


def check_transcription_engine_xai_config_transcription_engine(
    value: str,
) -> TranscriptionEngineXAIConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineXAIConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_XAI_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineXAIConfigTranscriptionEngine, value)
