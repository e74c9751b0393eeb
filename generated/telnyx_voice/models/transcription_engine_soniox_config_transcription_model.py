from typing import Literal, cast

TranscriptionEngineSonioxConfigTranscriptionModel = Literal["soniox/stt-rt-v4"]

TRANSCRIPTION_ENGINE_SONIOX_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "soniox/stt-rt-v4",
    }
)


def check_transcription_engine_soniox_config_transcription_model(
    value: str,
) -> TranscriptionEngineSonioxConfigTranscriptionModel:
    """Return value as a TranscriptionEngineSonioxConfigTranscriptionModel.

    A value outside TRANSCRIPTION_ENGINE_SONIOX_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineSonioxConfigTranscriptionModel, value)
