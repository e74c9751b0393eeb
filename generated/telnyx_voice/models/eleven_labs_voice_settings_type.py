from typing import Literal, cast

ElevenLabsVoiceSettingsType = Literal["elevenlabs"]

ELEVEN_LABS_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "elevenlabs",
    }
)


def check_eleven_labs_voice_settings_type(value: str) -> ElevenLabsVoiceSettingsType:
    """Return value as a ElevenLabsVoiceSettingsType.

    A value outside ELEVEN_LABS_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ElevenLabsVoiceSettingsType, value)
