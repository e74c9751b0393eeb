from typing import Literal, cast

TranscriptionEngineAConfigTranscriptionEngine = Literal["A"]

TRANSCRIPTION_ENGINE_A_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "A",
    }
)


def check_transcription_engine_a_config_transcription_engine(
    value: str,
) -> TranscriptionEngineAConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineAConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_A_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineAConfigTranscriptionEngine, value)
