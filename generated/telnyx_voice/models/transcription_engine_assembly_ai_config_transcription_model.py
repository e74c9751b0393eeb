from typing import Literal, cast

TranscriptionEngineAssemblyAIConfigTranscriptionModel = Literal["assemblyai/universal-streaming"]

TRANSCRIPTION_ENGINE_ASSEMBLY_AI_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "assemblyai/universal-streaming",
    }
)


def check_transcription_engine_assembly_ai_config_transcription_model(
    value: str,
) -> TranscriptionEngineAssemblyAIConfigTranscriptionModel:
    """Return value as a TranscriptionEngineAssemblyAIConfigTranscriptionModel.

    A value outside TRANSCRIPTION_ENGINE_ASSEMBLY_AI_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineAssemblyAIConfigTranscriptionModel, value)
