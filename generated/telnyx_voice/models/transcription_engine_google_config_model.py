from typing import Literal, cast

TranscriptionEngineGoogleConfigModel = Literal[
    "command_and_search",
    "default",
    "latest_long",
    "latest_short",
    "medical_conversation",
    "medical_dictation",
    "phone_call",
    "video",
]

TRANSCRIPTION_ENGINE_GOOGLE_CONFIG_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "command_and_search",
        "default",
        "latest_long",
        "latest_short",
        "medical_conversation",
        "medical_dictation",
        "phone_call",
        "video",
    }
)


def check_transcription_engine_google_config_model(value: str) -> TranscriptionEngineGoogleConfigModel:
    """Return value as a TranscriptionEngineGoogleConfigModel.

    A value outside TRANSCRIPTION_ENGINE_GOOGLE_CONFIG_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineGoogleConfigModel, value)
