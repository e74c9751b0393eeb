from typing import Literal, cast

XAITranscriptionEngineListOfLanguages = Literal[
    "ar",
    "cs",
    "da",
    "de",
    "en",
    "es",
    "fa",
    "fil",
    "fr",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "mk",
    "ms",
    "nl",
    "pl",
    "pt",
    "ro",
    "ru",
    "sv",
    "th",
    "tr",
    "vi",
]

XAI_TRANSCRIPTION_ENGINE_LIST_OF_LANGUAGES_VALUES: frozenset[str] = frozenset(
    {
        "ar",
        "cs",
        "da",
        "de",
        "en",
        "es",
        "fa",
        "fil",
        "fr",
        "hi",
        "id",
        "it",
        "ja",
        "ko",
        "mk",
        "ms",
        "nl",
        "pl",
        "pt",
        "ro",
        "ru",
        "sv",
        "th",
        "tr",
        "vi",
    }
)


def check_xai_transcription_engine_list_of_languages(value: str) -> XAITranscriptionEngineListOfLanguages:
    """Return value as a XAITranscriptionEngineListOfLanguages.

    A value outside XAI_TRANSCRIPTION_ENGINE_LIST_OF_LANGUAGES_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(XAITranscriptionEngineListOfLanguages, value)
