from typing import Literal, cast

DeepgramNova2ConfigTranscriptionModel = Literal["deepgram/nova-2"]

DEEPGRAM_NOVA_2_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "deepgram/nova-2",
    }
)


def check_deepgram_nova_2_config_transcription_model(value: str) -> DeepgramNova2ConfigTranscriptionModel:
    """Return value as a DeepgramNova2ConfigTranscriptionModel.

    A value outside DEEPGRAM_NOVA_2_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DeepgramNova2ConfigTranscriptionModel, value)
