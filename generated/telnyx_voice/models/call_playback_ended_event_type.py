from typing import Literal, cast

CallPlaybackEndedEventType = Literal["call.playback.ended"]

CALL_PLAYBACK_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.playback.ended",
    }
)


def check_call_playback_ended_event_type(value: str) -> CallPlaybackEndedEventType:
    """Return value as a CallPlaybackEndedEventType.

    A value outside CALL_PLAYBACK_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallPlaybackEndedEventType, value)
