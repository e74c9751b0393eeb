from typing import Literal, cast

MinimaxVoiceSettingsLanguageBoostType2Type1 = Literal[
    "Afrikaans",
    "Arabic",
    "auto",
    "Bulgarian",
    "Catalan",
    "Chinese",
    "Chinese,Yue",
    "Croatian",
    "Czech",
    "Danish",
    "Dutch",
    "English",
    "Filipino",
    "Finnish",
    "French",
    "German",
    "Greek",
    "Hebrew",
    "Hindi",
    "Hungarian",
    "Indonesian",
    "Italian",
    "Japanese",
    "Korean",
    "Malay",
    "Norwegian",
    "Nynorsk",
    "Persian",
    "Polish",
    "Portuguese",
    "Romanian",
    "Russian",
    "Slovak",
    "Slovenian",
    "Spanish",
    "Swedish",
    "Tamil",
    "Thai",
    "Turkish",
    "Ukrainian",
    "Vietnamese",
]

MINIMAX_VOICE_SETTINGS_LANGUAGE_BOOST_TYPE_2_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "Afrikaans",
        "Arabic",
        "auto",
        "Bulgarian",
        "Catalan",
        "Chinese",
        "Chinese,Yue",
        "Croatian",
        "Czech",
        "Danish",
        "Dutch",
        "English",
        "Filipino",
        "Finnish",
        "French",
        "German",
        "Greek",
        "Hebrew",
        "Hindi",
        "Hungarian",
        "Indonesian",
        "Italian",
        "Japanese",
        "Korean",
        "Malay",
        "Norwegian",
        "Nynorsk",
        "Persian",
        "Polish",
        "Portuguese",
        "Romanian",
        "Russian",
        "Slovak",
        "Slovenian",
        "Spanish",
        "Swedish",
        "Tamil",
        "Thai",
        "Turkish",
        "Ukrainian",
        "Vietnamese",
    }
)


def check_minimax_voice_settings_language_boost_type_2_type_1(
    value: str,
) -> MinimaxVoiceSettingsLanguageBoostType2Type1:
    """Return value as a MinimaxVoiceSettingsLanguageBoostType2Type1.

    A value outside MINIMAX_VOICE_SETTINGS_LANGUAGE_BOOST_TYPE_2_TYPE_1_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(MinimaxVoiceSettingsLanguageBoostType2Type1, value)
