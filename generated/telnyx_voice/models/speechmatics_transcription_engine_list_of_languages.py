from typing import Literal, cast

SpeechmaticsTranscriptionEngineListOfLanguages = Literal[
    "ar_en",
    "ba",
    "cmn_en",
    "cmn_en_ms_ta",
    "cy",
    "en",
    "en_ms",
    "en_ta",
    "es-bilingual-en",
    "eu",
    "ga",
    "gl",
    "mn",
    "mt",
    "sw",
    "tl",
    "ug",
]

SPEECHMATICS_TRANSCRIPTION_ENGINE_LIST_OF_LANGUAGES_VALUES: frozenset[str] = frozenset(
    {
        "ar_en",
        "ba",
        "cmn_en",
        "cmn_en_ms_ta",
        "cy",
        "en",
        "en_ms",
        "en_ta",
        "es-bilingual-en",
        "eu",
        "ga",
        "gl",
        "mn",
        "mt",
        "sw",
        "tl",
        "ug",
    }
)


def check_speechmatics_transcription_engine_list_of_languages(
    value: str,
) -> SpeechmaticsTranscriptionEngineListOfLanguages:
    """Return value as a SpeechmaticsTranscriptionEngineListOfLanguages.

    A value outside SPEECHMATICS_TRANSCRIPTION_ENGINE_LIST_OF_LANGUAGES_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SpeechmaticsTranscriptionEngineListOfLanguages, value)
