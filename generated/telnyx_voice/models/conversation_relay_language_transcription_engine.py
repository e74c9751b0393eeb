"""The values of every field typed `ConversationRelayLanguageTranscriptionEngine` (a list too long to write inline)."""

from typing import Literal

ConversationRelayLanguageTranscriptionEngine = Literal[
    "A", "AssemblyAI", "Azure", "B", "Deepgram", "Google", "Soniox", "Speechmatics", "Telnyx", "xAI"
]
