from typing import Literal, cast

TranscriptionEngineTelnyxConfigTranscriptionModel = Literal["openai/whisper-large-v3-turbo", "openai/whisper-tiny"]

TRANSCRIPTION_ENGINE_TELNYX_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "openai/whisper-large-v3-turbo",
        "openai/whisper-tiny",
    }
)


def check_transcription_engine_telnyx_config_transcription_model(
    value: str,
) -> TranscriptionEngineTelnyxConfigTranscriptionModel:
    """Return value as a TranscriptionEngineTelnyxConfigTranscriptionModel.

    A value outside TRANSCRIPTION_ENGINE_TELNYX_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineTelnyxConfigTranscriptionModel, value)
