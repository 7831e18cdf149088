"""What the end-to-end tests share: a real X server per test (Xvfb, driven with xdotool)
and the hub fixtures (tests/hub_fixtures.py) for the ones that run a city hub."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from hub_fixtures import pg_cluster  # noqa: F401
from xsession import XSession, start_xvfb


@pytest.fixture
def x_session(tmp_path: Path):
    """A fresh Xvfb display; screenshots go to $DESK_E2E_ARTIFACTS (or the test's folder)."""
    number = random.randint(200, 900)
    server = start_xvfb(number)
    artifacts = Path(os.environ.get("DESK_E2E_ARTIFACTS", tmp_path / "shots"))
    artifacts.mkdir(parents=True, exist_ok=True)
    try:
        yield XSession(f":{number}", artifacts)
    finally:
        server.kill()
        server.wait()
