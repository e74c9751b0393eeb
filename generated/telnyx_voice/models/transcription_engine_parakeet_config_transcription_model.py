from typing import Literal, cast

TranscriptionEngineParakeetConfigTranscriptionModel = Literal["nvidia/parakeet-v3"]

TRANSCRIPTION_ENGINE_PARAKEET_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "nvidia/parakeet-v3",
    }
)


def check_transcription_engine_parakeet_config_transcription_model(
    value: str,
) -> TranscriptionEngineParakeetConfigTranscriptionModel:
    """Return value as a TranscriptionEngineParakeetConfigTranscriptionModel.

    A value outside TRANSCRIPTION_ENGINE_PARAKEET_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineParakeetConfigTranscriptionModel, value)
