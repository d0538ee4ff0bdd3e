"""exchange-bindings generator: spec/*.yaml -> IR -> generated/exchange_bindings."""
