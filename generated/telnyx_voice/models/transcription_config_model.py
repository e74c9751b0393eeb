"""The values of every field typed `TranscriptionConfigModel` (a list too long to write inline)."""

from typing import Literal

TranscriptionConfigModel = Literal[
    "assemblyai/universal-streaming",
    "azure/fast",
    "azure/realtime",
    "deepgram/flux",
    "deepgram/nova-2",
    "deepgram/nova-3",
    "distil-whisper/distil-large-v2",
    "flux",
    "google/latest_long",
    "nvidia/parakeet-v3",
    "openai/whisper-large-v3-turbo",
    "soniox/stt-rt-v4",
    "speechmatics/enhanced",
    "speechmatics/standard",
    "xai/grok-stt",
]
