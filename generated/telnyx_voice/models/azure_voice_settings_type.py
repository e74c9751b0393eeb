from typing import Literal, cast

AzureVoiceSettingsType = Literal["azure"]

AZURE_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "azure",
    }
)


def check_azure_voice_settings_type(value: str) -> AzureVoiceSettingsType:
    """Return value as a AzureVoiceSettingsType.

    A value outside AZURE_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AzureVoiceSettingsType, value)
