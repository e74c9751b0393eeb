"""The values of every field typed `TranscriptionEngineAConfigModel` (a list too long to write inline)."""

from typing import Literal

TranscriptionEngineAConfigModel = Literal[
    "command_and_search",
    "default",
    "latest_long",
    "latest_short",
    "medical_conversation",
    "medical_dictation",
    "phone_call",
    "video",
]
