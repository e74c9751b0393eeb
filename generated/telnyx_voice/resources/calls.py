"""`client.calls`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset
from .calls_actions import AsyncCallsActions, CallsActions

if TYPE_CHECKING:
    from typing import Literal
    from uuid import UUID

    from ..models.call_assistant_request import CallAssistantRequest
    from ..models.conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
    from ..models.custom_sip_header import CustomSIPHeader
    from ..models.dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
    from ..models.dial_request_answering_machine_detection_config import DialRequestAnsweringMachineDetectionConfig
    from ..models.dial_request_conference_config import DialRequestConferenceConfig
    from ..models.dial_request_deepfake_detection import DialRequestDeepfakeDetection
    from ..models.dial_request_webhook_retries_policies import DialRequestWebhookRetriesPolicies
    from ..models.dialogflow_config import DialogflowConfig
    from ..models.retrieve_call_status_response import RetrieveCallStatusResponse
    from ..models.retrieve_call_status_response_with_recording_id import RetrieveCallStatusResponseWithRecordingID
    from ..models.sip_header import SIPHeader
    from ..models.sound_modifications import SoundModifications
    from ..models.transcription_start_request import TranscriptionStartRequest


class Calls(SyncAPIResource):
    """`client.calls`."""

    @cached_property
    def actions(self) -> CallsActions:
        """`client.calls.actions`."""
        return CallsActions(self._client)

    def dial(
        self,
        *,
        connection_id: str,
        from_: str,
        to: str | list[str],
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset = UNSET,
        answering_machine_detection_config: DialRequestAnsweringMachineDetectionConfig | dict[str, Any] | Unset = UNSET,
        assistant: CallAssistantRequest | dict[str, Any] | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        billing_group_id: str | UUID | Unset = UNSET,
        bridge_intent: bool | Unset = UNSET,
        bridge_on_answer: bool | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        conference_config: DialRequestConferenceConfig | dict[str, Any] | Unset = UNSET,
        conversation_relay_config: ConversationRelayEmbeddedConfig | dict[str, Any] | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        deepfake_detection: DialRequestDeepfakeDetection | dict[str, Any] | Unset = UNSET,
        dialogflow_config: DialogflowConfig | dict[str, Any] | Unset = UNSET,
        enable_dialogflow: bool | Unset = UNSET,
        from_display_name: str | Unset = UNSET,
        link_to: str | Unset = UNSET,
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset = UNSET,
        media_name: str | Unset = UNSET,
        park_after_unbridge: str | Unset = UNSET,
        preferred_codecs: str | Unset = UNSET,
        prevent_double_bridge: bool | Unset = UNSET,
        privacy: Literal["id", "none"] | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        retry_on_timeout: bool | Unset = UNSET,
        send_digits_on_answer: str | Unset = UNSET,
        send_silence_when_idle: bool | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset = UNSET,
        sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset = UNSET,
        sound_modifications: SoundModifications | dict[str, Any] | Unset = UNSET,
        stream_auth_token: str | Unset = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET,
        stream_establish_before_call_originate: bool | Unset = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        stream_url: str | Unset = UNSET,
        supervise_call_control_id: str | Unset = UNSET,
        supervisor_role: Literal["barge", "monitor", "whisper"] | Unset = UNSET,
        time_limit_secs: int | Unset = UNSET,
        timeout_secs: int | Unset = UNSET,
        transcription: bool | Unset = UNSET,
        transcription_config: TranscriptionStartRequest | dict[str, Any] | Unset = UNSET,
        webhook_retries_policies: DialRequestWebhookRetriesPolicies | dict[str, Any] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        webhook_url_method: Literal["GET", "POST"] | Unset = UNSET,
        webhook_urls: dict[str, str] | Unset = UNSET,
        webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RetrieveCallStatusResponseWithRecordingID:
        """Dial.

        Dial a number or SIP URI from a given connection.

        `POST /calls` (operationId `DialCall`)

        Args:
            connection_id: The ID of the Call Control App (formerly ID of the connection) to be used when
                dialing the destination.
            from_: The `from` number to be used as the caller id presented to the destination (`to` number).
            to: The DID or SIP URI to dial out to.
            answering_machine_detection: Enables Answering Machine Detection.
            answering_machine_detection_config: Optional configuration parameters to modify
                'answering_machine_detection' performance.
            assistant: AI Assistant configuration.
            audio_url: The URL of a file to be played back to the callee when the call is answered.
            billing_group_id: Use this field to set the Billing Group ID for the call.
            bridge_intent: Indicates the intent to bridge this call with the call specified in link_to.
            bridge_on_answer: Whether to automatically bridge answered call to the call specified in
                link_to.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            conference_config: Optional configuration parameters to dial new participant into a conference.
            conversation_relay_config: Starts a Conversation Relay session automatically when the
                answered/dialed call is answered.
            custom_headers: Custom headers to be added to the SIP INVITE.
            deepfake_detection: Enables deepfake detection on the call.
            dialogflow_config: See the Telnyx API reference.
            enable_dialogflow: Enables Dialogflow for the current call.
            from_display_name: The `from_display_name` string to be used as the caller id name (SIP From
                Display Name) presented to the destination (`to` number).
            link_to: Use another call's control id for sharing the same call session id
            media_encryption: Defines whether media should be encrypted on the call.
            media_name: The media_name of a file to be played back to the callee when the call is answered.
            park_after_unbridge: If supplied with the value `self`, the current leg will be parked after
                unbridge.
            preferred_codecs: The list of comma-separated codecs in a preferred order for the forked media
                to be received.
            prevent_double_bridge: Prevents bridging and hangs up the call if the target is already bridged.
            privacy: Indicates the privacy level to be used for the call.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            retry_on_timeout: Whether to keep trying the remaining routing paths (e.g.
            send_digits_on_answer: DTMF digits to send automatically after the called party answers.
            send_silence_when_idle: Generate silence RTP packets when no transmission available.
            sip_auth_password: SIP Authentication password used for SIP challenges.
            sip_auth_username: SIP Authentication username used for SIP challenges.
            sip_headers: SIP headers to be added to the SIP INVITE request.
            sip_region: Defines the SIP region to be used for the call.
            sip_transport_protocol: Defines SIP transport protocol to be used on the call.
            sound_modifications: Use this field to modify sound effects, for example adjust the pitch.
            stream_auth_token: An authentication token to be sent as part of the WebSocket connection when
                using streaming.
            stream_bidirectional_codec: Indicates codec for bidirectional streaming RTP payloads.
            stream_bidirectional_mode: Configures method of bidirectional streaming (mp3, rtp).
            stream_bidirectional_sampling_rate: Audio sampling rate.
            stream_bidirectional_target_legs: Specifies which call legs should receive the bidirectional
                stream audio.
            stream_codec: Specifies the codec to be used for the streamed audio.
            stream_establish_before_call_originate: Establish websocket connection before dialing the
                destination.
            stream_track: Specifies which track should be streamed.
            stream_url: The destination WebSocket address where the stream is going to be delivered.
            supervise_call_control_id: The call leg which will be supervised by the new call.
            supervisor_role: The role of the supervisor call.
            time_limit_secs: Sets the maximum duration of a Call Control Leg in seconds.
            timeout_secs: The number of seconds that Telnyx will wait for the call to be answered by the
                destination to which it is being called.
            transcription: Enable transcription upon call answer.
            transcription_config: See the Telnyx API reference.
            webhook_retries_policies: A map of event types to retry policies.
            webhook_url: Use this field to override the URL for which Telnyx will send subsequent webhooks
                to for this call.
            webhook_url_method: HTTP request type used for `webhook_url`.
            webhook_urls: A map of event types to webhook URLs.
            webhook_urls_method: HTTP request method to invoke `webhook_urls`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DIAL_CALL,
            path={},
            query=None,
            body={
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "assistant": assistant,
                "audio_url": audio_url,
                "billing_group_id": billing_group_id,
                "bridge_intent": bridge_intent,
                "bridge_on_answer": bridge_on_answer,
                "client_state": client_state,
                "command_id": command_id,
                "conference_config": conference_config,
                "connection_id": connection_id,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "from": from_,
                "from_display_name": from_display_name,
                "link_to": link_to,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "prevent_double_bridge": prevent_double_bridge,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "retry_on_timeout": retry_on_timeout,
                "send_digits_on_answer": send_digits_on_answer,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_establish_before_call_originate": stream_establish_before_call_originate,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "supervise_call_control_id": supervise_call_control_id,
                "supervisor_role": supervisor_role,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
                "to": to,
                "transcription": transcription,
                "transcription_config": transcription_config,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve_status(
        self,
        call_control_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RetrieveCallStatusResponse:
        """Retrieve a call status.

        Returns the status of a call (data is available 10 minutes after call ended).

        `GET /calls/{call_control_id}` (operationId `RetrieveCallStatus`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RETRIEVE_CALL_STATUS,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncCalls(AsyncAPIResource):
    """`client.calls` (async)."""

    @cached_property
    def actions(self) -> AsyncCallsActions:
        """`client.calls.actions`."""
        return AsyncCallsActions(self._client)

    async def dial(
        self,
        *,
        connection_id: str,
        from_: str,
        to: str | list[str],
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset = UNSET,
        answering_machine_detection_config: DialRequestAnsweringMachineDetectionConfig | dict[str, Any] | Unset = UNSET,
        assistant: CallAssistantRequest | dict[str, Any] | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        billing_group_id: str | UUID | Unset = UNSET,
        bridge_intent: bool | Unset = UNSET,
        bridge_on_answer: bool | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        conference_config: DialRequestConferenceConfig | dict[str, Any] | Unset = UNSET,
        conversation_relay_config: ConversationRelayEmbeddedConfig | dict[str, Any] | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        deepfake_detection: DialRequestDeepfakeDetection | dict[str, Any] | Unset = UNSET,
        dialogflow_config: DialogflowConfig | dict[str, Any] | Unset = UNSET,
        enable_dialogflow: bool | Unset = UNSET,
        from_display_name: str | Unset = UNSET,
        link_to: str | Unset = UNSET,
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset = UNSET,
        media_name: str | Unset = UNSET,
        park_after_unbridge: str | Unset = UNSET,
        preferred_codecs: str | Unset = UNSET,
        prevent_double_bridge: bool | Unset = UNSET,
        privacy: Literal["id", "none"] | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        retry_on_timeout: bool | Unset = UNSET,
        send_digits_on_answer: str | Unset = UNSET,
        send_silence_when_idle: bool | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset = UNSET,
        sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset = UNSET,
        sound_modifications: SoundModifications | dict[str, Any] | Unset = UNSET,
        stream_auth_token: str | Unset = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET,
        stream_establish_before_call_originate: bool | Unset = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        stream_url: str | Unset = UNSET,
        supervise_call_control_id: str | Unset = UNSET,
        supervisor_role: Literal["barge", "monitor", "whisper"] | Unset = UNSET,
        time_limit_secs: int | Unset = UNSET,
        timeout_secs: int | Unset = UNSET,
        transcription: bool | Unset = UNSET,
        transcription_config: TranscriptionStartRequest | dict[str, Any] | Unset = UNSET,
        webhook_retries_policies: DialRequestWebhookRetriesPolicies | dict[str, Any] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        webhook_url_method: Literal["GET", "POST"] | Unset = UNSET,
        webhook_urls: dict[str, str] | Unset = UNSET,
        webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RetrieveCallStatusResponseWithRecordingID:
        """Dial.

        Dial a number or SIP URI from a given connection.

        `POST /calls` (operationId `DialCall`)

        Args:
            connection_id: The ID of the Call Control App (formerly ID of the connection) to be used when
                dialing the destination.
            from_: The `from` number to be used as the caller id presented to the destination (`to` number).
            to: The DID or SIP URI to dial out to.
            answering_machine_detection: Enables Answering Machine Detection.
            answering_machine_detection_config: Optional configuration parameters to modify
                'answering_machine_detection' performance.
            assistant: AI Assistant configuration.
            audio_url: The URL of a file to be played back to the callee when the call is answered.
            billing_group_id: Use this field to set the Billing Group ID for the call.
            bridge_intent: Indicates the intent to bridge this call with the call specified in link_to.
            bridge_on_answer: Whether to automatically bridge answered call to the call specified in
                link_to.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            conference_config: Optional configuration parameters to dial new participant into a conference.
            conversation_relay_config: Starts a Conversation Relay session automatically when the
                answered/dialed call is answered.
            custom_headers: Custom headers to be added to the SIP INVITE.
            deepfake_detection: Enables deepfake detection on the call.
            dialogflow_config: See the Telnyx API reference.
            enable_dialogflow: Enables Dialogflow for the current call.
            from_display_name: The `from_display_name` string to be used as the caller id name (SIP From
                Display Name) presented to the destination (`to` number).
            link_to: Use another call's control id for sharing the same call session id
            media_encryption: Defines whether media should be encrypted on the call.
            media_name: The media_name of a file to be played back to the callee when the call is answered.
            park_after_unbridge: If supplied with the value `self`, the current leg will be parked after
                unbridge.
            preferred_codecs: The list of comma-separated codecs in a preferred order for the forked media
                to be received.
            prevent_double_bridge: Prevents bridging and hangs up the call if the target is already bridged.
            privacy: Indicates the privacy level to be used for the call.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            retry_on_timeout: Whether to keep trying the remaining routing paths (e.g.
            send_digits_on_answer: DTMF digits to send automatically after the called party answers.
            send_silence_when_idle: Generate silence RTP packets when no transmission available.
            sip_auth_password: SIP Authentication password used for SIP challenges.
            sip_auth_username: SIP Authentication username used for SIP challenges.
            sip_headers: SIP headers to be added to the SIP INVITE request.
            sip_region: Defines the SIP region to be used for the call.
            sip_transport_protocol: Defines SIP transport protocol to be used on the call.
            sound_modifications: Use this field to modify sound effects, for example adjust the pitch.
            stream_auth_token: An authentication token to be sent as part of the WebSocket connection when
                using streaming.
            stream_bidirectional_codec: Indicates codec for bidirectional streaming RTP payloads.
            stream_bidirectional_mode: Configures method of bidirectional streaming (mp3, rtp).
            stream_bidirectional_sampling_rate: Audio sampling rate.
            stream_bidirectional_target_legs: Specifies which call legs should receive the bidirectional
                stream audio.
            stream_codec: Specifies the codec to be used for the streamed audio.
            stream_establish_before_call_originate: Establish websocket connection before dialing the
                destination.
            stream_track: Specifies which track should be streamed.
            stream_url: The destination WebSocket address where the stream is going to be delivered.
            supervise_call_control_id: The call leg which will be supervised by the new call.
            supervisor_role: The role of the supervisor call.
            time_limit_secs: Sets the maximum duration of a Call Control Leg in seconds.
            timeout_secs: The number of seconds that Telnyx will wait for the call to be answered by the
                destination to which it is being called.
            transcription: Enable transcription upon call answer.
            transcription_config: See the Telnyx API reference.
            webhook_retries_policies: A map of event types to retry policies.
            webhook_url: Use this field to override the URL for which Telnyx will send subsequent webhooks
                to for this call.
            webhook_url_method: HTTP request type used for `webhook_url`.
            webhook_urls: A map of event types to webhook URLs.
            webhook_urls_method: HTTP request method to invoke `webhook_urls`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DIAL_CALL,
            path={},
            query=None,
            body={
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "assistant": assistant,
                "audio_url": audio_url,
                "billing_group_id": billing_group_id,
                "bridge_intent": bridge_intent,
                "bridge_on_answer": bridge_on_answer,
                "client_state": client_state,
                "command_id": command_id,
                "conference_config": conference_config,
                "connection_id": connection_id,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "from": from_,
                "from_display_name": from_display_name,
                "link_to": link_to,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "prevent_double_bridge": prevent_double_bridge,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "retry_on_timeout": retry_on_timeout,
                "send_digits_on_answer": send_digits_on_answer,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_establish_before_call_originate": stream_establish_before_call_originate,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "supervise_call_control_id": supervise_call_control_id,
                "supervisor_role": supervisor_role,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
                "to": to,
                "transcription": transcription,
                "transcription_config": transcription_config,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve_status(
        self,
        call_control_id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RetrieveCallStatusResponse:
        """Retrieve a call status.

        Returns the status of a call (data is available 10 minutes after call ended).

        `GET /calls/{call_control_id}` (operationId `RetrieveCallStatus`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RETRIEVE_CALL_STATUS,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
