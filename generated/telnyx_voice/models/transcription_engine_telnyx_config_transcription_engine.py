from typing import Literal, cast

TranscriptionEngineTelnyxConfigTranscriptionEngine = Literal["Telnyx"]

TRANSCRIPTION_ENGINE_TELNYX_CONFIG_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "Telnyx",
    }
)


def check_transcription_engine_telnyx_config_transcription_engine(
    value: str,
) -> TranscriptionEngineTelnyxConfigTranscriptionEngine:
    """Return value as a TranscriptionEngineTelnyxConfigTranscriptionEngine.

    A value outside TRANSCRIPTION_ENGINE_TELNYX_CONFIG_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEngineTelnyxConfigTranscriptionEngine, value)
