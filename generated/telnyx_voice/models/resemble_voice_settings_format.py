from typing import Literal, cast

ResembleVoiceSettingsFormat = Literal["mp3", "wav"]

RESEMBLE_VOICE_SETTINGS_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_resemble_voice_settings_format(value: str) -> ResembleVoiceSettingsFormat:
    """Return value as a ResembleVoiceSettingsFormat.

    A value outside RESEMBLE_VOICE_SETTINGS_FORMAT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ResembleVoiceSettingsFormat, value)
