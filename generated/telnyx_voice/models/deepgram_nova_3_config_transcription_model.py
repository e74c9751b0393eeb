from typing import Literal, cast

DeepgramNova3ConfigTranscriptionModel = Literal["deepgram/nova-3"]

DEEPGRAM_NOVA_3_CONFIG_TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "deepgram/nova-3",
    }
)


def check_deepgram_nova_3_config_transcription_model(value: str) -> DeepgramNova3ConfigTranscriptionModel:
    """Return value as a DeepgramNova3ConfigTranscriptionModel.

    A value outside DEEPGRAM_NOVA_3_CONFIG_TRANSCRIPTION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DeepgramNova3ConfigTranscriptionModel, value)
