from typing import Literal, cast

TranscriptionEngineXAIConfigTranscriptionModel = Literal["xai/grok-stt"]

TRANSCRIPTION_ENGINE_XAI_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "xai/grok-stt",
    }
)


def check_transcription_engine_xai_config_transcription_model(
    value: str,
) -> TranscriptionEngineXAIConfigTranscriptionModel:
    """Return value as a TranscriptionEngineXAIConfigTranscriptionModel.

    A value outside TRANSCRIPTION_ENGINE_XAI_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineXAIConfigTranscriptionModel, value)
