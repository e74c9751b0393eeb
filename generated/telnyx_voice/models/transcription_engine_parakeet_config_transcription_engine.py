from typing import Literal, cast

TranscriptionEngineParakeetConfigTranscriptionEngine = Literal["Parakeet"]

TRANSCRIPTION_ENGINE_PARAKEET_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "Parakeet",
    }
)


def check_transcription_engine_parakeet_config_transcription_engine(
    value: str,
) -> TranscriptionEngineParakeetConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineParakeetConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_PARAKEET_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineParakeetConfigTranscriptionEngine, value)
