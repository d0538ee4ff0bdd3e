"""Typed configuration the generator builds from the spec, one module per family of runtime facts."""
