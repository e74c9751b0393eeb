from typing import Literal, cast

TranscriptionEngineAssemblyAIConfigTranscriptionEngine = Literal["AssemblyAI"]

TRANSCRIPTION_ENGINE_ASSEMBLY_AI_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "AssemblyAI",
    }
)


def check_transcription_engine_assembly_ai_config_transcription_engine(
    value: str,
) -> TranscriptionEngineAssemblyAIConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineAssemblyAIConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_ASSEMBLY_AI_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineAssemblyAIConfigTranscriptionEngine, value)
