"""The values of every field typed `XAITranscriptionEngineListOfLanguages` (a list too long to write inline)."""

from typing import Literal

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
