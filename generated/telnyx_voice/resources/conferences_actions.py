"""`client.conferences.actions`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Literal
    from uuid import UUID

    from ..models.aws_voice_settings import AWSVoiceSettings
    from ..models.azure_voice_settings import AzureVoiceSettings
    from ..models.conference_command_response import ConferenceCommandResponse
    from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
    from ..models.inworld_voice_settings import InworldVoiceSettings
    from ..models.minimax_voice_settings import MinimaxVoiceSettings
    from ..models.resemble_voice_settings import ResembleVoiceSettings
    from ..models.rime_voice_settings import RimeVoiceSettings
    from ..models.speak_request_language import SpeakRequestLanguage
    from ..models.telnyx_voice_settings import TelnyxVoiceSettings
    from ..models.xai_voice_settings import XAIVoiceSettings


class ConferencesActions(SyncAPIResource):
    """`client.conferences.actions`."""

    def end_conference(
        self,
        id: str,
        *,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """End a conference.

        End a conference and terminate all active participants.

        `POST /conferences/{id}/actions/end` (operationId `EndConference`)

        Args:
            id: Uniquely identifies the conference.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.END_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def gather_dtmf_audio(
        self,
        id: str,
        *,
        call_control_id: str,
        audio_url: str | Unset = UNSET,
        client_state: str | Unset = UNSET,
        gather_id: str | Unset = UNSET,
        initial_timeout_millis: int | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        invalid_audio_url: str | Unset = UNSET,
        invalid_media_name: str | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        maximum_tries: int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        stop_playback_on_dtmf: bool | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Gather DTMF using audio prompt in a conference.

        Play an audio file to a specific conference participant and gather DTMF input.

        `POST /conferences/{id}/actions/gather_using_audio` (operationId `ConferenceGatherUsingAudio`)

        Args:
            id: Uniquely identifies the conference.
            call_control_id: Unique identifier and token for controlling the call leg that will receive the
                gather prompt.
            audio_url: The URL of the audio file to play as the gather prompt.
            client_state: Use this field to add state to every subsequent webhook.
            gather_id: Identifier for this gather command.
            initial_timeout_millis: Duration in milliseconds to wait for the first digit before timing out.
            inter_digit_timeout_millis: Duration in milliseconds to wait between digits.
            invalid_audio_url: URL of audio file to play when invalid input is received.
            invalid_media_name: Name of media file to play when invalid input is received.
            maximum_digits: Maximum number of digits to gather.
            maximum_tries: Maximum number of times to play the prompt if no input is received.
            media_name: The name of the media file uploaded to the Media Storage API to play as the gather
                prompt.
            minimum_digits: Minimum number of digits to gather.
            stop_playback_on_dtmf: Whether to stop the audio playback when a DTMF digit is received.
            terminating_digit: Digit that terminates gathering.
            timeout_millis: Duration in milliseconds to wait for input before timing out.
            valid_digits: Digits that are valid for gathering.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CONFERENCE_GATHER_USING_AUDIO,
            path={
                "id": id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "call_control_id": call_control_id,
                "client_state": client_state,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "stop_playback_on_dtmf": stop_playback_on_dtmf,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def hold(
        self,
        id: str,
        *,
        audio_url: str | Unset = UNSET,
        call_control_ids: list[str] | Unset = UNSET,
        media_name: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Hold conference participants.

        Hold a list of participants in a conference call

        `POST /conferences/{id}/actions/hold` (operationId `HoldConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            audio_url: The URL of a file to be played to the participants when they are put on hold.
            call_control_ids: List of unique identifiers and tokens for controlling the call.
            media_name: The media_name of a file to be played to the participants when they are put on hold.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.HOLD_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "media_name": media_name,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def join(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        end_conference_on_exit: bool | Unset = UNSET,
        hold: bool | Unset = UNSET,
        hold_audio_url: str | Unset = UNSET,
        hold_media_name: str | Unset = UNSET,
        mute: bool | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        soft_end_conference_on_exit: bool | Unset = UNSET,
        start_conference_on_enter: bool | Unset = UNSET,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"] | Unset = UNSET,
        whisper_call_control_ids: list[str] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Join a conference.

        Join an existing call leg to a conference.

        `POST /conferences/{id}/actions/join` (operationId `JoinConference`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_id: Unique identifier and token for controlling the call
            beep_enabled: Whether a beep sound should be played when the participant joins and/or leaves the
                conference.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid execution of duplicate commands.
            end_conference_on_exit: Whether the conference should end and all remaining participants be hung
                up after the participant leaves the conference.
            hold: Whether the participant should be put on hold immediately after joining the conference.
            hold_audio_url: The URL of a file to be played to the participant when they are put on hold
                after joining the conference.
            hold_media_name: The media_name of a file to be played to the participant when they are put on
                hold after joining the conference.
            mute: Whether the participant should be muted immediately after joining the conference.
            region: Region where the conference data is located.
            soft_end_conference_on_exit: Whether the conference should end after the participant leaves the
                conference.
            start_conference_on_enter: Whether the conference should be started after the participant joins
                the conference.
            supervisor_role: Sets the joining participant as a supervisor for the conference.
            whisper_call_control_ids: Array of unique call_control_ids the joining supervisor can whisper
                to.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.JOIN_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "call_control_id": call_control_id,
                "client_state": client_state,
                "command_id": command_id,
                "end_conference_on_exit": end_conference_on_exit,
                "hold": hold,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "mute": mute,
                "region": region,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
                "start_conference_on_enter": start_conference_on_enter,
                "supervisor_role": supervisor_role,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def leave(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        command_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Leave a conference.

        Removes a call leg from a conference and moves it back to parked state.

        `POST /conferences/{id}/actions/leave` (operationId `LeaveConference`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_id: Unique identifier and token for controlling the call
            beep_enabled: Whether a beep sound should be played when the participant leaves the conference.
            command_id: Use this field to avoid execution of duplicate commands.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.LEAVE_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "call_control_id": call_control_id,
                "command_id": command_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def mute(
        self,
        id: str,
        *,
        call_control_ids: list[str] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Mute conference participants.

        Mute a list of participants in a conference call

        `POST /conferences/{id}/actions/mute` (operationId `MuteConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: Array of unique identifiers and tokens for controlling the call.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.MUTE_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def play(
        self,
        id: str,
        *,
        audio_url: str | Unset = UNSET,
        call_control_ids: list[str] | Unset = UNSET,
        loop: str | int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Play audio to conference participants.

        Play audio to all or some participants on a conference call.

        `POST /conferences/{id}/actions/play` (operationId `PlayConferenceAudio`)

        Args:
            id: Uniquely identifies the conference by id or name
            audio_url: The URL of a file to be played back in the conference.
            call_control_ids: List of call control ids identifying participants the audio file should be
                played to.
            loop: See the Telnyx API reference.
            media_name: The media_name of a file to be played back in the conference.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.PLAY_CONFERENCE_AUDIO,
            path={
                "id": id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "loop": loop,
                "media_name": media_name,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def record_pause(
        self,
        id: str,
        *,
        command_id: str | Unset = UNSET,
        recording_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording pause.

        Pause conference recording.

        `POST /conferences/{id}/actions/record_pause` (operationId `PauseConferenceRecording`)

        Args:
            id: Specifies the conference by id or name
            command_id: Use this field to avoid duplicate commands.
            recording_id: Use this field to pause specific recording.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.PAUSE_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def record_resume(
        self,
        id: str,
        *,
        command_id: str | Unset = UNSET,
        recording_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording resume.

        Resume conference recording.

        `POST /conferences/{id}/actions/record_resume` (operationId `ResumeConferenceRecording`)

        Args:
            id: Specifies the conference by id or name
            command_id: Use this field to avoid duplicate commands.
            recording_id: Use this field to resume specific recording.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RESUME_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def record_start(
        self,
        id: str,
        *,
        format: Literal["mp3", "wav"],
        channels: Literal["dual", "single"] | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_file_name: str | Unset = UNSET,
        play_beep: bool | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        trim: Literal["trim-silence"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording start.

        Start recording the conference.

        `POST /conferences/{id}/actions/record_start` (operationId `StartConferenceRecording`)

        Args:
            id: Specifies the conference to record by id or name
            format: The audio file format used when storing the conference recording.
            channels: When `dual`, final audio file will be stereo recorded with the conference creator on
                the first channel, and the rest on the second channel.
            command_id: Use this field to avoid duplicate commands.
            custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            play_beep: If enabled, a beep sound will be played at the start of a recording.
            region: Region where the conference data is located.
            trim: When set to `trim-silence`, silence will be removed from the beginning and end of the
                recording.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.START_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "channels": channels,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "format": format,
                "play_beep": play_beep,
                "region": region,
                "trim": trim,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def record_stop(
        self,
        id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording stop.

        Stop recording the conference.

        `POST /conferences/{id}/actions/record_stop` (operationId `StopConferenceRecording`)

        Args:
            id: Specifies the conference to stop the recording for by id or name
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def send_dtmf(
        self,
        id: str,
        *,
        digits: str,
        call_control_ids: list[str] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        duration_millis: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Send DTMF to conference participants.

        Send DTMF tones to one or more conference participants.

        `POST /conferences/{id}/actions/send_dtmf` (operationId `ConferenceSendDTMF`)

        Args:
            id: Uniquely identifies the conference.
            digits: DTMF digits to send.
            call_control_ids: Array of participant call control IDs to send DTMF to.
            client_state: Use this field to add state to every subsequent webhook.
            duration_millis: Duration of each DTMF digit in milliseconds.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CONFERENCE_SEND_DTMF,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "client_state": client_state,
                "digits": digits,
                "duration_millis": duration_millis,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def speak(
        self,
        id: str,
        *,
        payload: str,
        voice: str,
        call_control_ids: list[str] | Unset = UNSET,
        command_id: str | Unset = UNSET,
        language: SpeakRequestLanguage | Unset = UNSET,
        payload_type: Literal["ssml", "text"] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Speak text to conference participants.

        Convert text to speech and play it to all or some participants.

        `POST /conferences/{id}/actions/speak` (operationId `SpeakTextToConference`)

        Args:
            id: Specifies the conference by id or name
            payload: The text or SSML to be converted into speech.
            voice: Specifies the voice used in speech synthesis.
            call_control_ids: Call Control IDs of participants who will hear the spoken text.
            command_id: Use this field to avoid execution of duplicate commands.
            language: The language you want spoken.
            payload_type: The type of the provided payload.
            region: Region where the conference data is located.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.SPEAK_TEXT_TO_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "command_id": command_id,
                "language": language,
                "payload": payload,
                "payload_type": payload_type,
                "region": region,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop(
        self,
        id: str,
        *,
        call_control_ids: list[str] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Stop audio being played on the conference.

        Stop audio being played to all or some participants on a conference call.

        `POST /conferences/{id}/actions/stop` (operationId `StopConferenceAudio`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: List of call control ids identifying participants the audio file should stop
                be played to.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CONFERENCE_AUDIO,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def unhold(
        self,
        id: str,
        *,
        call_control_ids: list[str],
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Unhold conference participants.

        Unhold a list of participants in a conference call

        `POST /conferences/{id}/actions/unhold` (operationId `UnholdConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: List of unique identifiers and tokens for controlling the call.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UNHOLD_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def unmute(
        self,
        id: str,
        *,
        call_control_ids: list[str] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Unmute conference participants.

        Unmute a list of participants in a conference call

        `POST /conferences/{id}/actions/unmute` (operationId `UnmuteConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: List of unique identifiers and tokens for controlling the call.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UNMUTE_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        call_control_id: str,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"],
        command_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        whisper_call_control_ids: list[str] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Update conference participant.

        Update conference participant supervisor_role

        `POST /conferences/{id}/actions/update` (operationId `UpdateConference`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_id: Unique identifier and token for controlling the call
            supervisor_role: Sets the participant as a supervisor for the conference.
            command_id: Use this field to avoid execution of duplicate commands.
            region: Region where the conference data is located.
            whisper_call_control_ids: Array of unique call_control_ids the supervisor can whisper to.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UPDATE_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_id": call_control_id,
                "command_id": command_id,
                "region": region,
                "supervisor_role": supervisor_role,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncConferencesActions(AsyncAPIResource):
    """`client.conferences.actions` (async)."""

    async def end_conference(
        self,
        id: str,
        *,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """End a conference.

        End a conference and terminate all active participants.

        `POST /conferences/{id}/actions/end` (operationId `EndConference`)

        Args:
            id: Uniquely identifies the conference.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.END_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def gather_dtmf_audio(
        self,
        id: str,
        *,
        call_control_id: str,
        audio_url: str | Unset = UNSET,
        client_state: str | Unset = UNSET,
        gather_id: str | Unset = UNSET,
        initial_timeout_millis: int | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        invalid_audio_url: str | Unset = UNSET,
        invalid_media_name: str | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        maximum_tries: int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        stop_playback_on_dtmf: bool | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Gather DTMF using audio prompt in a conference.

        Play an audio file to a specific conference participant and gather DTMF input.

        `POST /conferences/{id}/actions/gather_using_audio` (operationId `ConferenceGatherUsingAudio`)

        Args:
            id: Uniquely identifies the conference.
            call_control_id: Unique identifier and token for controlling the call leg that will receive the
                gather prompt.
            audio_url: The URL of the audio file to play as the gather prompt.
            client_state: Use this field to add state to every subsequent webhook.
            gather_id: Identifier for this gather command.
            initial_timeout_millis: Duration in milliseconds to wait for the first digit before timing out.
            inter_digit_timeout_millis: Duration in milliseconds to wait between digits.
            invalid_audio_url: URL of audio file to play when invalid input is received.
            invalid_media_name: Name of media file to play when invalid input is received.
            maximum_digits: Maximum number of digits to gather.
            maximum_tries: Maximum number of times to play the prompt if no input is received.
            media_name: The name of the media file uploaded to the Media Storage API to play as the gather
                prompt.
            minimum_digits: Minimum number of digits to gather.
            stop_playback_on_dtmf: Whether to stop the audio playback when a DTMF digit is received.
            terminating_digit: Digit that terminates gathering.
            timeout_millis: Duration in milliseconds to wait for input before timing out.
            valid_digits: Digits that are valid for gathering.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CONFERENCE_GATHER_USING_AUDIO,
            path={
                "id": id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "call_control_id": call_control_id,
                "client_state": client_state,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "stop_playback_on_dtmf": stop_playback_on_dtmf,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def hold(
        self,
        id: str,
        *,
        audio_url: str | Unset = UNSET,
        call_control_ids: list[str] | Unset = UNSET,
        media_name: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Hold conference participants.

        Hold a list of participants in a conference call

        `POST /conferences/{id}/actions/hold` (operationId `HoldConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            audio_url: The URL of a file to be played to the participants when they are put on hold.
            call_control_ids: List of unique identifiers and tokens for controlling the call.
            media_name: The media_name of a file to be played to the participants when they are put on hold.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.HOLD_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "media_name": media_name,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def join(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        end_conference_on_exit: bool | Unset = UNSET,
        hold: bool | Unset = UNSET,
        hold_audio_url: str | Unset = UNSET,
        hold_media_name: str | Unset = UNSET,
        mute: bool | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        soft_end_conference_on_exit: bool | Unset = UNSET,
        start_conference_on_enter: bool | Unset = UNSET,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"] | Unset = UNSET,
        whisper_call_control_ids: list[str] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Join a conference.

        Join an existing call leg to a conference.

        `POST /conferences/{id}/actions/join` (operationId `JoinConference`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_id: Unique identifier and token for controlling the call
            beep_enabled: Whether a beep sound should be played when the participant joins and/or leaves the
                conference.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid execution of duplicate commands.
            end_conference_on_exit: Whether the conference should end and all remaining participants be hung
                up after the participant leaves the conference.
            hold: Whether the participant should be put on hold immediately after joining the conference.
            hold_audio_url: The URL of a file to be played to the participant when they are put on hold
                after joining the conference.
            hold_media_name: The media_name of a file to be played to the participant when they are put on
                hold after joining the conference.
            mute: Whether the participant should be muted immediately after joining the conference.
            region: Region where the conference data is located.
            soft_end_conference_on_exit: Whether the conference should end after the participant leaves the
                conference.
            start_conference_on_enter: Whether the conference should be started after the participant joins
                the conference.
            supervisor_role: Sets the joining participant as a supervisor for the conference.
            whisper_call_control_ids: Array of unique call_control_ids the joining supervisor can whisper
                to.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.JOIN_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "call_control_id": call_control_id,
                "client_state": client_state,
                "command_id": command_id,
                "end_conference_on_exit": end_conference_on_exit,
                "hold": hold,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "mute": mute,
                "region": region,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
                "start_conference_on_enter": start_conference_on_enter,
                "supervisor_role": supervisor_role,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def leave(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        command_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Leave a conference.

        Removes a call leg from a conference and moves it back to parked state.

        `POST /conferences/{id}/actions/leave` (operationId `LeaveConference`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_id: Unique identifier and token for controlling the call
            beep_enabled: Whether a beep sound should be played when the participant leaves the conference.
            command_id: Use this field to avoid execution of duplicate commands.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.LEAVE_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "call_control_id": call_control_id,
                "command_id": command_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def mute(
        self,
        id: str,
        *,
        call_control_ids: list[str] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Mute conference participants.

        Mute a list of participants in a conference call

        `POST /conferences/{id}/actions/mute` (operationId `MuteConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: Array of unique identifiers and tokens for controlling the call.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.MUTE_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def play(
        self,
        id: str,
        *,
        audio_url: str | Unset = UNSET,
        call_control_ids: list[str] | Unset = UNSET,
        loop: str | int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Play audio to conference participants.

        Play audio to all or some participants on a conference call.

        `POST /conferences/{id}/actions/play` (operationId `PlayConferenceAudio`)

        Args:
            id: Uniquely identifies the conference by id or name
            audio_url: The URL of a file to be played back in the conference.
            call_control_ids: List of call control ids identifying participants the audio file should be
                played to.
            loop: See the Telnyx API reference.
            media_name: The media_name of a file to be played back in the conference.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.PLAY_CONFERENCE_AUDIO,
            path={
                "id": id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "loop": loop,
                "media_name": media_name,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def record_pause(
        self,
        id: str,
        *,
        command_id: str | Unset = UNSET,
        recording_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording pause.

        Pause conference recording.

        `POST /conferences/{id}/actions/record_pause` (operationId `PauseConferenceRecording`)

        Args:
            id: Specifies the conference by id or name
            command_id: Use this field to avoid duplicate commands.
            recording_id: Use this field to pause specific recording.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.PAUSE_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def record_resume(
        self,
        id: str,
        *,
        command_id: str | Unset = UNSET,
        recording_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording resume.

        Resume conference recording.

        `POST /conferences/{id}/actions/record_resume` (operationId `ResumeConferenceRecording`)

        Args:
            id: Specifies the conference by id or name
            command_id: Use this field to avoid duplicate commands.
            recording_id: Use this field to resume specific recording.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RESUME_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def record_start(
        self,
        id: str,
        *,
        format: Literal["mp3", "wav"],
        channels: Literal["dual", "single"] | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_file_name: str | Unset = UNSET,
        play_beep: bool | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        trim: Literal["trim-silence"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording start.

        Start recording the conference.

        `POST /conferences/{id}/actions/record_start` (operationId `StartConferenceRecording`)

        Args:
            id: Specifies the conference to record by id or name
            format: The audio file format used when storing the conference recording.
            channels: When `dual`, final audio file will be stereo recorded with the conference creator on
                the first channel, and the rest on the second channel.
            command_id: Use this field to avoid duplicate commands.
            custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            play_beep: If enabled, a beep sound will be played at the start of a recording.
            region: Region where the conference data is located.
            trim: When set to `trim-silence`, silence will be removed from the beginning and end of the
                recording.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.START_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "channels": channels,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "format": format,
                "play_beep": play_beep,
                "region": region,
                "trim": trim,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def record_stop(
        self,
        id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Conference recording stop.

        Stop recording the conference.

        `POST /conferences/{id}/actions/record_stop` (operationId `StopConferenceRecording`)

        Args:
            id: Specifies the conference to stop the recording for by id or name
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CONFERENCE_RECORDING,
            path={
                "id": id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def send_dtmf(
        self,
        id: str,
        *,
        digits: str,
        call_control_ids: list[str] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        duration_millis: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Send DTMF to conference participants.

        Send DTMF tones to one or more conference participants.

        `POST /conferences/{id}/actions/send_dtmf` (operationId `ConferenceSendDTMF`)

        Args:
            id: Uniquely identifies the conference.
            digits: DTMF digits to send.
            call_control_ids: Array of participant call control IDs to send DTMF to.
            client_state: Use this field to add state to every subsequent webhook.
            duration_millis: Duration of each DTMF digit in milliseconds.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CONFERENCE_SEND_DTMF,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "client_state": client_state,
                "digits": digits,
                "duration_millis": duration_millis,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def speak(
        self,
        id: str,
        *,
        payload: str,
        voice: str,
        call_control_ids: list[str] | Unset = UNSET,
        command_id: str | Unset = UNSET,
        language: SpeakRequestLanguage | Unset = UNSET,
        payload_type: Literal["ssml", "text"] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Speak text to conference participants.

        Convert text to speech and play it to all or some participants.

        `POST /conferences/{id}/actions/speak` (operationId `SpeakTextToConference`)

        Args:
            id: Specifies the conference by id or name
            payload: The text or SSML to be converted into speech.
            voice: Specifies the voice used in speech synthesis.
            call_control_ids: Call Control IDs of participants who will hear the spoken text.
            command_id: Use this field to avoid execution of duplicate commands.
            language: The language you want spoken.
            payload_type: The type of the provided payload.
            region: Region where the conference data is located.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.SPEAK_TEXT_TO_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "command_id": command_id,
                "language": language,
                "payload": payload,
                "payload_type": payload_type,
                "region": region,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop(
        self,
        id: str,
        *,
        call_control_ids: list[str] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Stop audio being played on the conference.

        Stop audio being played to all or some participants on a conference call.

        `POST /conferences/{id}/actions/stop` (operationId `StopConferenceAudio`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: List of call control ids identifying participants the audio file should stop
                be played to.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CONFERENCE_AUDIO,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def unhold(
        self,
        id: str,
        *,
        call_control_ids: list[str],
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Unhold conference participants.

        Unhold a list of participants in a conference call

        `POST /conferences/{id}/actions/unhold` (operationId `UnholdConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: List of unique identifiers and tokens for controlling the call.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UNHOLD_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def unmute(
        self,
        id: str,
        *,
        call_control_ids: list[str] | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Unmute conference participants.

        Unmute a list of participants in a conference call

        `POST /conferences/{id}/actions/unmute` (operationId `UnmuteConferenceParticipants`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_ids: List of unique identifiers and tokens for controlling the call.
            region: Region where the conference data is located.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UNMUTE_CONFERENCE_PARTICIPANTS,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        call_control_id: str,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"],
        command_id: str | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        whisper_call_control_ids: list[str] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceCommandResponse:
        """Update conference participant.

        Update conference participant supervisor_role

        `POST /conferences/{id}/actions/update` (operationId `UpdateConference`)

        Args:
            id: Uniquely identifies the conference by id or name
            call_control_id: Unique identifier and token for controlling the call
            supervisor_role: Sets the participant as a supervisor for the conference.
            command_id: Use this field to avoid execution of duplicate commands.
            region: Region where the conference data is located.
            whisper_call_control_ids: Array of unique call_control_ids the supervisor can whisper to.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UPDATE_CONFERENCE,
            path={
                "id": id,
            },
            query=None,
            body={
                "call_control_id": call_control_id,
                "command_id": command_id,
                "region": region,
                "supervisor_role": supervisor_role,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
