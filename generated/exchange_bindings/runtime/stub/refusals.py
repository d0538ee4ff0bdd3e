"""How a stub says no: a generic rejection reason becomes the API's own code, message, HTTP status and
error body (the spec's `rejections`, `messages`, `error_status` and `error_response`); scripted
faults are answered the same way."""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping
from typing import Any

import msgspec

from ..codecs import ERROR_BODIES
from ..config import ApiConfig
from .builders import Fault
from .config import ErrorResponse, StubConfig
from .messages import StubResponse
from .template import Context, render

_ENCODER = msgspec.json.Encoder(decimal_format="number")
# rejection reasons that fall back to a broader one where the API has no code of their own
_GENERAL = {
    "login_required": "unknown_key",
    "no_credentials": "unknown_key",
    "unknown_venue": "invalid_parameter",
    "unknown_asset": "unknown_market",  # an asset no market trades: unknown as a market would be
    "account_frozen": "unknown_key",
    "not_main_account": "missing_permission",
    "sub_account_permission": "missing_permission",
    "token_expired": "unknown_key",  # a session's token expired or revoked
    "refresh_required": "unknown_key",  # a refresh or logout without a live refresh cookie
    "unknown_stream_key": "unknown_key",  # a listen key unknown, closed or expired
    "key_disabled": "key_expired",  # an API key its account disabled: out of use as an expired one
    "unknown_api_key": "not_found",  # an API key the account manages that it does not have
    "ticket_invalid": "unknown_key",  # a one-time session ticket unknown, used or expired
    "no_change": "invalid_parameter",  # a setting set to what it is already
    "position_open": "not_allowed",  # refused while a position is open
    "orders_open": "not_allowed",  # refused while orders are open
    "incomplete": "invalid_parameter",  # a record without what another requires of it (an account's credential)
}
# refusals of the web server in front of an API (before its code runs): HTTP's own statuses, whatever
# status the API gives its errors, with the API's error body
_HTTP_STATUS = {"unknown_route": 404, "wrong_method": 405, "too_large": 413}


class Refusals:
    def __init__(self, config: ApiConfig, setup: StubConfig) -> None:
        self.config = config
        self.setup = setup
        kind_status: dict[str, int] = {}
        for status, kind in sorted(config.errors.statuses.items()):
            kind_status.setdefault(kind, status)
        self._kind_status = kind_status
        self._trace_ids = itertools.count(random.Random(0).getrandbits(63))  # the ids of the answers that carry one

    def fields(self, reason: str, detail: str, codes: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The code and message of a rejection: from `codes` (a stream's own), else the API's; a
        reason without a code of its own takes its more general one's."""
        tables = (codes or {}, self.setup.rejections)
        found = next((t[r] for r in (reason, _GENERAL.get(reason)) if r for t in tables if r in t), None)
        code = self.config.errors.code(found)  # as the API sends its codes: an int where they are integers
        message = detail if code is None else self.setup.messages.get(str(code), detail)
        return {"code": code, "message": message, "detail": detail, "reason": reason}

    def reject(
        self, reason: str, detail: str, codes: Mapping[str, Any] | None = None, parameter: str | None = None
    ) -> StubResponse:
        """A rejection in the API's shape; `codes`: an endpoint's own, before the API's, each a code or
        {code, status} (the status this endpoint documents for it, when not its kind's); `parameter`: the
        request's parameter at fault, for the log."""
        own = (codes or {}).get(reason)
        status = own.get("status") if isinstance(own, Mapping) else None
        plain = {r: c["code"] if isinstance(c, Mapping) else c for r, c in (codes or {}).items()}
        fields = self.fields(reason, detail, plain)
        kind = self.config.errors.codes.get(str(fields["code"])) if fields["code"] is not None else None
        shaped = self._shaped(reason, own=reason in plain or reason in self.setup.rejections)
        if shaped is not None and reason not in _HTTP_STATUS:  # one of the API's other error bodies
            fields["trace_id"] = f"{next(self._trace_ids):016x}"
            response = self._rendered(status or shaped.status, shaped.body, fields)
        else:
            response = self.response(status or _HTTP_STATUS.get(reason) or self.status(kind), fields)
        response.code, response.refused, response.parameter = fields["code"], f"{reason}: {detail}", parameter
        return response

    def _shaped(self, reason: str, own: bool) -> ErrorResponse | None:
        """The error body the API gives this reason (or, when it has no code of its `own`, its more general
        one's), if not its usual one."""
        for wanted in (reason,) if own else (reason, _GENERAL.get(reason)):
            for shaped in self.setup.error_responses:
                if wanted in shaped.reasons:
                    return shaped
        return None

    def status(self, kind: str | None) -> int:
        """An error's HTTP status: the API's fixed one (errors under 200), else the one its kind gets."""
        status: int = self.setup.error_status or self._kind_status.get(kind or "", 400)
        return status

    def response(self, status: int, fields: Mapping[str, Any], headers: dict[str, str] | None = None) -> StubResponse:
        kind = ERROR_BODIES[self.config.errors.body]
        if kind.content_type != "application/json":  # text/plain: the message; or no body at all
            text = str(fields.get("message") or "").encode() if kind.content_type else b""
            return StubResponse(status, text, headers or {}, content_type=kind.content_type)
        return self._rendered(status, self.setup.error_response, fields, headers)

    def _rendered(
        self, status: int, template: Any, fields: Mapping[str, Any], headers: dict[str, str] | None = None
    ) -> StubResponse:
        body = _compact(render(template, Context({k: v for k, v in fields.items() if v is not None}, {})))
        return StubResponse(status, _ENCODER.encode(body), headers or {})

    def fault(self, fault: Fault) -> StubResponse:
        """A scripted fault's answer: a dropped connection, an API error, or a bare status."""
        if fault.drop:
            return StubResponse(0, b"", drop=True)
        headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
        if fault.code is not None:
            code = self.config.errors.code(fault.code)
            kind = self.config.errors.codes.get(str(code))
            status = fault.status or self.status(kind)
            message = fault.message or self.setup.messages.get(str(code), "scripted fault")
            response = self.response(status, {"code": code, "message": message}, headers)
            response.code, response.refused = code, "scripted fault"
            return response
        return StubResponse(fault.status or 500, fault.message.encode() if fault.message else b"", headers)


def _compact(body: Any) -> Any:
    """A body's top-level keys whose template found nothing to say are left out."""
    return {k: v for k, v in body.items() if v is not None} if isinstance(body, dict) else body
