"""The hub fixtures (tests/hub_fixtures.py): PostgreSQL, a database per test, a hub on loopback."""

from hub_fixtures import any_hub_dsn, hub_dsn, hub_server, pg_cluster  # noqa: F401
