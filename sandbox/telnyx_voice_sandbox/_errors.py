"""Errors the sandbox answers with, in the Telnyx `{"errors": [{code, title, detail, source}]}` format.

Codes and titles are the ones the spec documents in its error examples (`UnprocessableEntityResponse`,
`UnauthorizedResponse`, ...), so a client handles a sandbox error the way it handles a real one.
"""

from __future__ import annotations

from typing import Any

ErrorEntry = dict[str, Any]


def error_entry(
    code: str, title: str, detail: str, *, pointer: str | None = None, parameter: str | None = None
) -> ErrorEntry:
    """One entry of a Telnyx `errors` list; `source` points at the offending body field or query parameter."""
    entry: ErrorEntry = {"code": code, "title": title, "detail": detail}
    if pointer is not None:
        entry["source"] = {"pointer": pointer}
    elif parameter is not None:
        entry["source"] = {"parameter": parameter}
    return entry


class APIError(Exception):
    """An error response: raised by the engine, answered by the HTTP layer with `status` and `body`."""

    def __init__(self, status: int, errors: list[ErrorEntry]) -> None:
        super().__init__("; ".join(f"{e['code']} {e['title']}: {e.get('detail', '')}" for e in errors))
        self.status = status
        self.errors = errors

    @property
    def body(self) -> dict[str, Any]:
        return {"errors": self.errors}


def unauthorized() -> APIError:
    return APIError(
        401,
        [
            error_entry(
                "10009",
                "Authentication failed",
                "The required authentication headers were either invalid or not included in the request.",
            )
        ],
    )


def not_found(detail: str = "The requested resource or URL could not be found.") -> APIError:
    return APIError(404, [error_entry("10005", "Resource not found", detail)])


def method_not_allowed(method: str, path: str) -> APIError:
    return APIError(405, [error_entry("10015", "Method not allowed", f"{method} is not allowed on {path}.")])


def malformed_body(detail: str) -> APIError:
    return APIError(400, [error_entry("10028", "Character encoding error", detail)])


def call_ended() -> APIError:
    return APIError(
        422,
        [error_entry("90018", "Call has already ended", "This call is no longer active and can't receive commands.")],
    )


def invalid_call_control_id(pointer: str = "/call_control_id") -> APIError:
    return APIError(
        422,
        [
            error_entry(
                "90015", "Invalid Call Control ID", "The call_control_id provided was not valid.", pointer=pointer
            )
        ],
    )


def not_answered() -> APIError:
    return APIError(
        422,
        [
            error_entry(
                "90034",
                "Call not answered yet",
                "This call can't receive this command because it has not been answered yet.",
            )
        ],
    )


def invalid_state(detail: str) -> APIError:
    return APIError(422, [error_entry("10015", "Invalid call state", detail)])


def unprocessable(code: str, title: str, detail: str, *, pointer: str | None = None) -> APIError:
    return APIError(422, [error_entry(code, title, detail, pointer=pointer)])


def misdirected(host: str | None) -> APIError:
    return APIError(
        421,
        [
            error_entry(
                "10015",
                "Invalid Host header",
                f"This sandbox does not serve the host {host!r}: it answers loopback names (127.0.0.1, localhost, "
                "[::1]) and the hosts it was told to allow.",
            )
        ],
    )


def forbidden_origin(origin: str) -> APIError:
    return APIError(
        403,
        [
            error_entry(
                "10010",
                "Forbidden origin",
                f"Requests from the origin {origin!r} are not served: only pages of an allowed host may call the sandbox.",
            )
        ],
    )
