"""A private PostgreSQL cluster and a hub on loopback for the sync page tests."""

from __future__ import annotations

import itertools

import pytest

from hub.testing import PrivateCluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def ui_pg_cluster():
    cluster = PrivateCluster().start()
    cluster.migrated_template()
    yield cluster
    cluster.stop()


@pytest.fixture
def ui_hub_dsn(ui_pg_cluster) -> str:
    return ui_pg_cluster.create_database(f"ui_hub_{next(_numbers)}", template="hub_template")
