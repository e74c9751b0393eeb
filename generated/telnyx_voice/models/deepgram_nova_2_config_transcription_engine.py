from typing import Literal, cast

DeepgramNova2ConfigTranscriptionEngine = Literal["Deepgram"]

DEEPGRAM_NOVA_2_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "Deepgram",
    }
)


def check_deepgram_nova_2_config_transcription_engine(value: str) -> DeepgramNova2ConfigTranscriptionEngine:
    """Return value as a DeepgramNova2ConfigTranscriptionEngine.

    A value outside DEEPGRAM_NOVA_2_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DeepgramNova2ConfigTranscriptionEngine, value)
