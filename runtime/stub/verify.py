"""A stub's verification of who is calling: its API keys (under the spec's key rules) and each auth
scheme's stub side (runtime/auth), for REST requests, the sessions a scheme serves, and stream logins."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..auth import Answer, Checker, Lookup, Refused, Scheme
from ..config import ApiConfig, seconds
from ..sim import SimulatorError
from .control import ControlError


@dataclass
class Key:
    account: str
    credentials: dict[str, str]
    permissions: frozenset[str]
    ips: frozenset[str] = frozenset()
    created_ms: int = 0


class Verifier:
    """The keys of a stub's accounts, and the checks of every auth scheme against them."""

    def __init__(self, config: ApiConfig, rules: Mapping[str, Any], clock: Callable[[], int]) -> None:
        self.schemes: Mapping[str, Scheme] = config.auth_schemes
        self.alternatives = config.auth_alternatives
        self.rules = rules  # the spec's key rules
        self.clock = clock
        self.checkers: dict[str, Checker] = {name: s.checker(clock) for name, s in self.schemes.items()}
        # the operations a scheme answers itself (a session's login, refresh and logout), with the scheme
        self.sessions = {op: name for name, checker in self.checkers.items() for op in checker.operations}
        first = next(iter(self.schemes.values()), None)
        self.key_name = first.key if first is not None else "api_key"  # what `keys` is indexed by
        self.keys: dict[str, Key] = {}

    def reset(self) -> None:
        self.keys.clear()
        for checker in self.checkers.values():
            checker.revoke()

    # -- keys --------------------------------------------------------------------------------------
    def check_key(self, account_id: str, credentials: Mapping[str, str], ips: list[str]) -> None:
        """A key may be added: it has every credential the API signs with, is not another account's, and
        keeps to the spec's key rules."""
        needed = {c for scheme in self.schemes.values() for c in scheme.credentials}
        missing = sorted(needed - set(credentials))
        if missing:
            raise ControlError("credentials", f"missing {', '.join(missing)}")
        held = self.keys.get(credentials.get(self.key_name, ""))
        if held is not None and held.account != account_id:
            raise ControlError("credentials", "this key belongs to another account")
        rules = self.rules
        owned = sum(1 for k in self.keys.values() if k.account == account_id)
        if owned >= rules.get("max_keys_per_account", owned + 1):
            raise SimulatorError("too_many_keys", f"an account has at most {rules['max_keys_per_account']} API keys")
        if len(ips) > rules.get("max_ips_per_key", len(ips)):
            raise SimulatorError("too_many_ips", f"a key is bound to at most {rules['max_ips_per_key']} IP addresses")

    def store_key(
        self, account_id: str, credentials: Mapping[str, str], permissions: Any, ips: Any, created_ms: int | None
    ) -> None:
        created = self.clock() if created_ms is None else created_ms
        key = credentials.get(self.key_name, "")
        self.keys[key] = Key(account_id, dict(credentials), frozenset(permissions), frozenset(ips), created)

    def _find(self, scheme: Scheme, value: str) -> Key | None:
        if scheme.key == self.key_name:
            return self.keys.get(value)
        return next((k for k in self.keys.values() if k.credentials.get(scheme.key) == value), None)

    def _lookup(self, scheme: Scheme, client_ip: str | None = None) -> Lookup:
        """Stored credentials by key value; with the client's IP, under the key rules."""

        def lookup(value: str) -> Mapping[str, str] | None:
            key = self._find(scheme, value)
            if key is not None and client_ip is not None:
                self._check_key_rules(key, client_ip)
            return None if key is None else key.credentials

        return lookup

    def _check_key_rules(self, key: Key, client_ip: str) -> None:
        rules = self.rules
        if key.ips and rules.get("ip_whitelist") and client_ip not in key.ips:
            raise Refused("ip_not_allowed", f"the API key may not be used from {client_ip}")
        lifetime = rules.get("expire_without_ip")
        if lifetime is not None and not key.ips and self.clock() - key.created_ms > seconds(lifetime) * 1000:
            raise Refused("key_expired", "the API key, bound to no IP address, has expired: renew it")

    # -- checks ------------------------------------------------------------------------------------
    def authenticate(self, scheme_name: str, permission: str | None, request: Any, client_ip: str) -> str:
        """The account a REST request of a signed endpoint comes from, by its scheme or an alternative;
        raises the refusal that says most (a bad signature or an expired token before "no key")."""
        refusals: list[Refused] = []
        for name in (scheme_name, *self.alternatives.get(scheme_name, ())):
            try:
                return self._authenticate(name, permission, request, client_ip)
            except Refused as refused:
                refusals.append(refused)
        raise next((r for r in refusals if r.reason not in ("unknown_key", "no_credentials")), refusals[0])

    def _authenticate(self, scheme_name: str, permission: str | None, request: Any, client_ip: str) -> str:
        scheme = self.schemes[scheme_name]
        value = self.checkers[scheme_name].request(request, self._lookup(scheme, client_ip))
        key = self._find(scheme, value)
        assert key is not None  # the checker found it
        if permission is not None and permission not in key.permissions:
            raise Refused("missing_permission", f"the API key lacks the {permission} permission")
        return key.account

    def answer(self, operation: str, request: Any, params: Mapping[str, Any], client_ip: str) -> Answer:
        """A session operation (login, refresh, logout), answered by its scheme's stub side."""
        name = self.sessions[operation]
        return self.checkers[name].answer(operation, request, params, self._lookup(self.schemes[name], client_ip))

    def login(self, scheme_name: str, fields: Mapping[str, Any], challenge: bytes | None) -> str:
        """The account a stream login authenticates as; raises Refused."""
        scheme = self.schemes[scheme_name]
        value = self.checkers[scheme_name].login(fields, challenge, self._lookup(scheme))
        key = self._find(scheme, value)
        assert key is not None
        return key.account
