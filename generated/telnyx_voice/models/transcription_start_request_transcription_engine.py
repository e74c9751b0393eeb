"""The values of every field typed `TranscriptionStartRequestTranscriptionEngine` (a list too long to write inline)."""

from typing import Literal

TranscriptionStartRequestTranscriptionEngine = Literal[
    "A", "AssemblyAI", "Azure", "B", "Deepgram", "Google", "Parakeet", "Soniox", "Speechmatics", "Telnyx", "xAI"
]
