from typing import Literal, cast

ResembleVoiceSettingsPrecision = Literal["MULAW", "PCM_16", "PCM_24", "PCM_32"]

RESEMBLE_VOICE_SETTINGS_PRECISION_VALUES: frozenset[str] = frozenset(
    {
        "MULAW",
        "PCM_16",
        "PCM_24",
        "PCM_32",
    }
)


def check_resemble_voice_settings_precision(value: str) -> ResembleVoiceSettingsPrecision:
    """Return value as a ResembleVoiceSettingsPrecision.

    A value outside RESEMBLE_VOICE_SETTINGS_PRECISION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ResembleVoiceSettingsPrecision, value)
