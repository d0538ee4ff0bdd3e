"""The hand-written runtime of exchange-bindings, shared by every generated API.

Lives in `runtime/` of the repository and is copied verbatim into the generated package as
`exchange_bindings.runtime`; nothing in it names an exchange: the spec configures it.
"""
