from typing import Literal, cast

TranscriptionEngineSpeechmaticsConfigTranscriptionModel = Literal["speechmatics/standard"]

TRANSCRIPTION_ENGINE_SPEECHMATICS_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "speechmatics/standard",
    }
)


def check_transcription_engine_speechmatics_config_transcription_model(
    value: str,
) -> TranscriptionEngineSpeechmaticsConfigTranscriptionModel:
    """Return value as a TranscriptionEngineSpeechmaticsConfigTranscriptionModel.

    A value outside TRANSCRIPTION_ENGINE_SPEECHMATICS_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineSpeechmaticsConfigTranscriptionModel, value)
