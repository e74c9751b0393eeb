"""The values of every field typed `DeepgramNova3TranscriptionEngineListOfLanguages` (a list too long to write inline)."""

from typing import Literal

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
