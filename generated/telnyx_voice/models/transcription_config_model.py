from typing import Literal, cast

TranscriptionConfigModel = Literal[
    "assemblyai/universal-streaming",
    "azure/fast",
    "azure/realtime",
    "deepgram/flux",
    "deepgram/nova-2",
    "deepgram/nova-3",
    "distil-whisper/distil-large-v2",
    "flux",
    "google/latest_long",
    "nvidia/parakeet-v3",
    "openai/whisper-large-v3-turbo",
    "soniox/stt-rt-v4",
    "speechmatics/enhanced",
    "speechmatics/standard",
    "xai/grok-stt",
]

TRANSCRIPTION_CONFIG_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "assemblyai/universal-streaming",
        "azure/fast",
        "azure/realtime",
        "deepgram/flux",
        "deepgram/nova-2",
        "deepgram/nova-3",
        "distil-whisper/distil-large-v2",
        "flux",
        "google/latest_long",
        "nvidia/parakeet-v3",
        "openai/whisper-large-v3-turbo",
        "soniox/stt-rt-v4",
        "speechmatics/enhanced",
        "speechmatics/standard",
        "xai/grok-stt",
    }
)


def check_transcription_config_model(value: str) -> TranscriptionConfigModel:
    """Return value as a TranscriptionConfigModel.

    A value outside TRANSCRIPTION_CONFIG_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionConfigModel, value)
