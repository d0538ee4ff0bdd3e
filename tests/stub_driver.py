"""Drive any API's stub through its generated client in simulator terms, by inverting the spec's
stub templates: `place_order(symbol=..., side="buy", ...)` becomes that API's own request, and its
response is read back as simulator fields (`id`, `outcome`, `remaining`, ...)."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from typing import Any

import msgspec

from benchmarks.limits import kwargs
from exchange_bindings import errors
from generator import ir

_FIELD = re.compile(r"^\{(\w+)\.([\w.]+)((?:\|[^|}]+)*)\}$")


def _parse(template: Any) -> tuple[str, str, list[str]] | None:
    match = _FIELD.match(template) if isinstance(template, str) else None
    if match is None:
        return None
    return match.group(1), match.group(2), [f for f in match.group(3).split("|") if f]


def _split_joined(args: dict[str, Any], sim: dict[str, Any]) -> list[tuple[str, Any]]:
    """Arguments as (name, template) pairs; one joining fields ('{data.base}:{data.counter}') becomes one
    pair per field, the simulator's value split at the joint to match."""
    pairs: list[tuple[str, Any]] = []
    for name, template in args.items():
        parts = re.findall(r"\{[^{}]+\}", template) if isinstance(template, str) else []
        joints = set(re.split(r"\{[^{}]+\}", template)[1:-1]) if len(parts) > 1 else set()
        pieces = str(sim.get(name, "")).split(next(iter(joints))) if len(joints) == 1 and "" not in joints else []
        if len(pieces) != len(parts) or len(parts) < 2:
            pairs.append((name, template))
            continue
        for i, (part, piece) in enumerate(zip(parts, pieces, strict=True)):
            sim[f"{name}#{i}"] = piece
            pairs.append((f"{name}#{i}", part))
    return pairs


def request_fields(
    args: dict[str, Any], sim: dict[str, Any], tables: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Invert an action's argument template: simulator arguments -> the request's own fields, by root
    (`params`, `item`, `data`), in the API's words. The first argument mapped to a field wins."""
    out: dict[str, dict[str, Any]] = {}
    signs: dict[tuple[str, str], Any] = {}  # fields whose sign says something (`|sign`: a sell is negative)
    sim = dict(sim)  # joined arguments add their pieces to it
    for name, template in _split_joined(args, sim):
        parsed = _parse(template)
        if parsed is None or name not in sim:
            continue
        root, field, filters = parsed
        value = sim[name]
        for f in filters:
            kind, _, table = f.partition(":")
            if kind == "from":  # the API's word for the simulator's
                value = tables[table].get(value, value)
            elif kind == "to":  # a table read the other way: the first API word for it
                value = next((api for api, s in tables[table].items() if s == value), value)
        if "sign" in filters:
            signs.setdefault((root, field.split(".")[0]), value)
            continue
        out.setdefault(root, {}).setdefault(field.split(".")[0], str(value) if isinstance(value, Decimal) else value)
    for (root, field), sign in signs.items():  # the magnitude (`|abs`) takes the sign
        if field in out.get(root, {}):
            magnitude = abs(Decimal(str(out[root][field])))
            out[root][field] = str(-magnitude if sign == "negative" else magnitude)
    return out


class Driver:
    def __init__(self, api: ir.ApiIR) -> None:
        self.api = api
        self.tables: dict[str, dict[str, Any]] = api.stub.get("values", {})

    def maps(self, action: str) -> bool:
        """Whether an endpoint of the API is mapped to the simulator action."""
        return any(m.get("action") == action for m in self.api.stub["endpoints"].values())

    def endpoint(self, action: str, **sim: Any) -> ir.EndpointIR:
        """The plainest endpoint mapped to `action` (whose constant arguments, where `sim` names them, are
        those values): single items before batches, spot (or any market kind) before other kinds, orders
        before stop orders, the default wallet before others; then the fewest required parameters."""
        mapped = [
            ep
            for ep in self.api.endpoints
            if self.api.stub["endpoints"].get(ep.name, {}).get("action") == action
            # an endpoint naming its account itself (`owner`) is asked for by naming one
            and ("owner" in sim) == ("owner" in self.api.stub["endpoints"][ep.name].get("args", {}))
            and all(
                sim[k] == v
                for k, v in self.api.stub["endpoints"][ep.name].get("args", {}).items()
                if k in sim and not isinstance(v, dict) and not (isinstance(v, str) and "{" in v)  # constants only
            )
        ]
        assert mapped, f"{self.api.id} maps no endpoint to the simulator action {action}"

        def rank(ep: ir.EndpointIR) -> tuple[Any, ...]:
            mapping = self.api.stub["endpoints"][ep.name]
            args = mapping.get("args", {})
            return (
                any(k not in args for k in sim),  # one whose constants name what `sim` asks for (settlements)
                "batch" in mapping,
                args.get("kind", "spot") != "spot",
                args.get("stop") is True or "stop_price" in args,  # a stop-order endpoint
                "wallet" in args,
                len(ep.required_params),
                ep.name,
            )

        return min(mapped, key=rank)

    def call(self, client: Any, action: str, **sim: Any) -> tuple[list[dict[str, Any]], Any]:
        """Run `action` with simulator arguments; return the result items as simulator fields, and the raw body."""
        ep = self.endpoint(action, **sim)
        mapping = self.api.stub["endpoints"][ep.name]
        batch = mapping.get("batch")
        wire: dict[str, Any] = {p.wire: p.sample for p in ep.required_params if p.wire != batch}
        fields = request_fields(mapping.get("args", {}), sim, self.tables)
        item = fields.get("item", {})
        wire.update(fields.get("params", {}))
        if batch:
            wire[batch] = [item]
        window = mapping.get("recv_window")
        if window:
            wire[window["timestamp"]] = int(time.time() * 1000)
        try:
            body = msgspec.to_builtins(getattr(client, ep.name)(**kwargs(self.api, ep, wire, from_wire=False)))
        except errors.APIError as error:  # a single-order endpoint refuses with a typed error
            return [{"ok": False, "code": str(error.code)}], None
        if mapping["respond"] is None:  # an answer without a body (null stands in)
            return [{"ok": True}], body
        rows = self._read(mapping["respond"], body)
        return [{"ok": True, **row} if not batch else row for row in rows], body

    def _read(self, respond: Any, body: Any) -> list[dict[str, Any]]:
        """Find the list rendered from `result` (or the single object) and invert its item template."""
        path, item_template = self._locate(respond, [])
        if item_template is None:  # the result is one object, not a list
            path, item_template = [], respond
        node = body
        for key in path:
            node = node[key]
        items = node if isinstance(node, list) else [node]
        return [self._invert(item_template, value) for value in items]

    def _locate(self, template: Any, path: list[Any]) -> tuple[list[Any], Any]:
        if isinstance(template, list) and len(template) == 1:  # one result in a list of one
            found = self._locate(template[0], [*path, 0])
            return found if found[1] is not None else ([], None)
        if isinstance(template, dict):
            if template.get("$each") == "result":
                return self._in_groups(template, path)
            if template.get("$with") == "result":  # one result
                return path, template["$item"]
            if "$with" in template or "$if" in template:  # one value, or a choice: _invert reads it whole
                return [], None
            for key, value in template.items():
                found = self._locate(value, [*path, key])
                if found[0] or found[1] is not None:
                    return found
        return [], None

    def _in_groups(self, each: dict[str, Any], path: list[Any]) -> tuple[list[Any], Any]:
        """The items of a result that comes in venue groups (`venues: each`, a list of {venue, result}): all
        of them where the groups are flattened, else the first group's (the default venue's)."""
        group = each.get("$as", "item") + ".result"
        item = each["$item"]
        if isinstance(item, dict) and item.get("$each") == group:  # flattened: one list of every venue's items
            return path, item["$item"]
        for key, value in item.items() if isinstance(item, dict) else ():
            if isinstance(value, dict) and value.get("$each") == group:
                return [*path, 0, key], value["$item"]
        return path, item

    def _invert(self, template: Any, value: dict[str, Any]) -> dict[str, Any]:
        if isinstance(template, dict) and "$with" in template:  # one value under a name: its item template
            return self._invert(template["$item"], value)
        if isinstance(template, dict) and "$if" in template:
            ok = "code" not in value
            out = self._invert(template["$then"] if ok else template["$else"], value)
            return {**out, "ok": ok}
        out: dict[str, Any] = {}
        for key, field_template in template.items():
            if isinstance(field_template, dict) and "$if" in field_template and key in value:
                field_template = self._branch(field_template, value[key], out)
            nested = isinstance(field_template, dict) and not any(k.startswith("$") for k in field_template)
            if nested and isinstance(value.get(key), dict):  # an object of the answer: its fields too
                for field, result in self._invert(field_template, value[key]).items():
                    out.setdefault(field, result)
                continue
            parsed = _parse(field_template)
            if parsed is None or key not in value:
                continue
            _, field, filters = parsed
            field = field.removeprefix("result.").removeprefix("error.")
            result = value[key]
            if "neg" in filters:
                result = -Decimal(str(result))
            for f in filters:
                kind, _, table = f.partition(":")
                if kind == "to":  # back to the simulator's word (the first one, if several share it)
                    result = next((k for k, v in self.tables[table].items() if str(v) == str(result)), result)
            out.setdefault(field, result)  # several fields may render one value: the first is the most specific
        return out

    @staticmethod
    def _branch(template: dict[str, Any], value: Any, out: dict[str, Any]) -> Any:
        """A field rendered by `{$if: "x.f|eq:w", $then: "{..|neg}", $else: ..}` (a sell's negative quantity):
        the simulator's amounts are never negative, so a negative value came from the negated branch,
        which also says the condition held (f is w)."""
        condition = _parse("{" + str(template["$if"]) + "}")
        then = _parse(template["$then"])
        if condition is None or then is None or "neg" not in then[2] or Decimal(str(value)) >= 0:
            return template["$else"]
        word = next((f.partition(":")[2] for f in condition[2] if f.startswith("eq:")), None)
        if word is not None:
            out.setdefault(condition[1], word)
        return template["$then"]
