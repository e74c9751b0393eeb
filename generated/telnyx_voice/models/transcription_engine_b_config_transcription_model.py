from typing import Literal, cast

TranscriptionEngineBConfigTranscriptionModel = Literal["openai/whisper-large-v3-turbo", "openai/whisper-tiny"]

TRANSCRIPTION_ENGINE_B_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "openai/whisper-large-v3-turbo",
        "openai/whisper-tiny",
    }
)


def check_transcription_engine_b_config_transcription_model(value: str) -> TranscriptionEngineBConfigTranscriptionModel:
    """Return value as a TranscriptionEngineBConfigTranscriptionModel.

    A value outside TRANSCRIPTION_ENGINE_B_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineBConfigTranscriptionModel, value)
