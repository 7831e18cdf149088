"""Fixtures of the service screens' tests: a frozen Monday morning and a small center.

Names are specific because tests/ui holds other features' fixtures too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import time_machine
from services_ui_world import MONDAY_0903, ServicesUiWorld, build_world


@pytest.fixture
def monday_morning() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(MONDAY_0903, tick=False) as traveller:
        yield traveller


@pytest.fixture
def services_world(desk_ctx, admin_actor, monday_morning) -> ServicesUiWorld:
    return build_world(desk_ctx, admin_actor)
