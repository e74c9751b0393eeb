"""The values of every field typed `SpeechmaticsTranscriptionEngineListOfLanguages` (a list too long to write inline)."""

from typing import Literal

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
