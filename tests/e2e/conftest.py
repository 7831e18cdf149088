"""The hub fixtures (tests/hub_fixtures.py) for the end-to-end tests that run a city hub."""

from hub_fixtures import pg_cluster  # noqa: F401
