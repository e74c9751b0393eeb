from typing import Literal, cast

TranscriptionEngineSpeechmaticsConfigTranscriptionEngine = Literal["Speechmatics"]

TRANSCRIPTION_ENGINE_SPEECHMATICS_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "Speechmatics",
    }
)


def check_transcription_engine_speechmatics_config_transcription_engine(
    value: str,
) -> TranscriptionEngineSpeechmaticsConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineSpeechmaticsConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_SPEECHMATICS_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineSpeechmaticsConfigTranscriptionEngine, value)
