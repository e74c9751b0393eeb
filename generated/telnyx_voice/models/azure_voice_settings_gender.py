from typing import Literal, cast

AzureVoiceSettingsGender = Literal["Female", "Male"]

AZURE_VOICE_SETTINGS_GENDER_VALUES: frozenset[str] = frozenset(
    {
        "Female",
        "Male",
    }
)


def check_azure_voice_settings_gender(value: str) -> AzureVoiceSettingsGender:
    """Return value as a AzureVoiceSettingsGender.

    A value outside AZURE_VOICE_SETTINGS_GENDER_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AzureVoiceSettingsGender, value)
