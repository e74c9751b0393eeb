from typing import Literal, cast

CallPlaybackStartedEventType = Literal["call.playback.started"]

CALL_PLAYBACK_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.playback.started",
    }
)


def check_call_playback_started_event_type(value: str) -> CallPlaybackStartedEventType:
    """Return value as a CallPlaybackStartedEventType.

    A value outside CALL_PLAYBACK_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallPlaybackStartedEventType, value)
