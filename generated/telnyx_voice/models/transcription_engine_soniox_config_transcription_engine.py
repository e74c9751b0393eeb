from typing import Literal, cast

TranscriptionEngineSonioxConfigTranscriptionEngine = Literal["Soniox"]

TRANSCRIPTION_ENGINE_SONIOX_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "Soniox",
    }
)


def check_transcription_engine_soniox_config_transcription_engine(
    value: str,
) -> TranscriptionEngineSonioxConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineSonioxConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_SONIOX_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineSonioxConfigTranscriptionEngine, value)
