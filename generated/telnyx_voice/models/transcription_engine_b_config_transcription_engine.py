from typing import Literal, cast

TranscriptionEngineBConfigTranscriptionEngine = Literal["B"]

TRANSCRIPTION_ENGINE_B_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "B",
    }
)


def check_transcription_engine_b_config_transcription_engine(
    value: str,
) -> TranscriptionEngineBConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineBConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_B_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineBConfigTranscriptionEngine, value)
