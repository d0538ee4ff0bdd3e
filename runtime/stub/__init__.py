"""Stub servers: an exchange simulator and an ASGI/in-process front end configured by the spec."""
