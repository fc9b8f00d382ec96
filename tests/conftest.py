"""Shared test settings."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# Timing is not what these properties test: a shared 2-core CI machine can stall any single
# example (and the first call of some functions builds tables), so no per-example deadline.
settings.register_profile(
    "dunning",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile("dunning")
