from typing import Literal, cast

PlayAudioURLRequestAudioType = Literal["mp3", "wav"]

PLAY_AUDIO_URL_REQUEST_AUDIO_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_play_audio_url_request_audio_type(value: str) -> PlayAudioURLRequestAudioType:
    """Return value as a PlayAudioURLRequestAudioType.

    A value outside PLAY_AUDIO_URL_REQUEST_AUDIO_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(PlayAudioURLRequestAudioType, value)
