"""Fixtures for every test that needs the city hub: a private PostgreSQL cluster for the
session, a fresh migrated database per test (or one per database kind: ``any_hub_dsn``)
and a hub on loopback. A conftest that wants
them imports them (``from hub_fixtures import pg_cluster, hub_dsn, hub_server``). If
PostgreSQL cannot start, the fixture fails with the reason."""

from __future__ import annotations

import itertools

import pytest

from hub.testing import HubThread, PrivateCluster, sqlite_hub_url

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = PrivateCluster().start()
    cluster.migrated_template()
    yield cluster
    cluster.stop()


@pytest.fixture
def hub_dsn(pg_cluster) -> str:
    """A new database with the hub schema (a copy of the migrated template)."""
    return pg_cluster.create_database(f"hub_{next(_numbers)}", template="hub_template")


@pytest.fixture
def hub_server(hub_dsn):
    server = HubThread(hub_dsn).start()
    yield server
    server.stop()


@pytest.fixture(params=["postgresql", "sqlite"])
def any_hub_dsn(request, tmp_path) -> str:
    """The hub's database on PostgreSQL (real use) and on SQLite (a trial): a module runs its
    tests on both by defining ``hub_dsn`` as this."""
    if request.param == "sqlite":
        return sqlite_hub_url(tmp_path)
    return request.getfixturevalue("pg_cluster").create_database(f"hub_{next(_numbers)}", template="hub_template")
