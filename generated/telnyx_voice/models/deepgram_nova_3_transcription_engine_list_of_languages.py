from typing import Literal, cast

DeepgramNova3TranscriptionEngineListOfLanguages = Literal[
    "auto_detect",
    "da",
    "da-DK",
    "de",
    "en",
    "en-AU",
    "en-GB",
    "en-IN",
    "en-NZ",
    "en-US",
    "es",
    "es-419",
    "fr",
    "fr-CA",
    "nl",
    "pt",
    "pt-BR",
    "pt-PT",
    "sv",
    "sv-SE",
]

DEEPGRAM_NOVA_3_TRANSCRIPTION_ENGINE_LIST_OF_LANGUAGES_VALUES: frozenset[str] = frozenset(
    {
        "auto_detect",
        "da",
        "da-DK",
        "de",
        "en",
        "en-AU",
        "en-GB",
        "en-IN",
        "en-NZ",
        "en-US",
        "es",
        "es-419",
        "fr",
        "fr-CA",
        "nl",
        "pt",
        "pt-BR",
        "pt-PT",
        "sv",
        "sv-SE",
    }
)


def check_deepgram_nova_3_transcription_engine_list_of_languages(
    value: str,
) -> DeepgramNova3TranscriptionEngineListOfLanguages:
    """Return value as a DeepgramNova3TranscriptionEngineListOfLanguages.

    A value outside DEEPGRAM_NOVA_3_TRANSCRIPTION_ENGINE_LIST_OF_LANGUAGES_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DeepgramNova3TranscriptionEngineListOfLanguages, value)
