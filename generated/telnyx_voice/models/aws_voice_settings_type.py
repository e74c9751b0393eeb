from typing import Literal, cast

AWSVoiceSettingsType = Literal["aws"]

AWS_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "aws",
    }
)


def check_aws_voice_settings_type(value: str) -> AWSVoiceSettingsType:
    """Return value as a AWSVoiceSettingsType.

    A value outside AWS_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AWSVoiceSettingsType, value)
