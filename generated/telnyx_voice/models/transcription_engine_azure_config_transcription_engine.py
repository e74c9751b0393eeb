from typing import Literal, cast

TranscriptionEngineAzureConfigTranscriptionEngine = Literal["Azure"]

TRANSCRIPTION_ENGINE_AZURE_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "Azure",
    }
)


def check_transcription_engine_azure_config_transcription_engine(
    value: str,
) -> TranscriptionEngineAzureConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineAzureConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_AZURE_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineAzureConfigTranscriptionEngine, value)
