"""Shared fixtures: every test gets its own data folders and its own database in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.urls import resolve_url
from fusecentre_app.services import accounts, masterdata
from fusecentre_app.services.auth import UserInfo
from fusecentre_app.services.masterdata import CentreInfo
from tests.support import drop_test_database

PASSWORD = "desk-pass-1"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the real per-user folders or the checkout."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))
    monkeypatch.delenv("FUSECENTRE_DB_URL", raising=False)


def _copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite store (WAL included) and of its anchor file."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    anchors = source.with_name(source.name + ".anchors")
    if anchors.exists():
        shutil.copyfile(anchors, target.with_name(target.name + ".anchors"))


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Stores built once per run and copied for each test (building one — migrations, the
    division on record — is most of a store test's time): migrated and empty, and with the
    demo division's master data."""
    root = tmp_path_factory.mktemp("templates")
    empty = root / "empty.sqlite"
    open_database(empty).dispose()
    division = root / "division.sqlite"
    _copy_store(empty, division)
    store = open_database(division, migrate=False)
    try:
        masterdata.load_division(store)
    finally:
        store.dispose()
    return {"empty": empty, "division": division}


@pytest.fixture
def empty_db(
    tmp_path: Path, _templates: dict[str, Path], request: pytest.FixtureRequest
) -> Iterator[Database]:
    """This test's own store, `desk.sqlite` in its folder: a copy of a template (with the
    division when the test asks for `db`)."""
    path = tmp_path / "desk.sqlite"
    _copy_store(_templates["division" if "db" in request.fixturenames else "empty"], path)
    db = open_database(path, busy_timeout_ms=300)
    yield db
    db.dispose()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A store with the demo division's master data (no complaints)."""
    return empty_db


@pytest.fixture
def centre(db: Database) -> CentreInfo:
    return masterdata.centre_by_code(db, "BXR")


@pytest.fixture
def clerk(db: Database, centre: CentreInfo) -> UserInfo:
    return accounts.create_user(
        db, username="asha", full_name="Asha Kumari", password=PASSWORD, centre_id=centre.id
    )


@pytest.fixture
def supervisor(db: Database, centre: CentreInfo) -> UserInfo:
    """The JE in charge at the centre: cancels, back-dates, changes the centre's settings."""
    return accounts.create_user(
        db,
        username="mukesh",
        full_name="Mukesh Singh",
        password=PASSWORD,
        centre_id=centre.id,
        role="supervisor",
    )


PG_URL = os.environ.get("FUSECENTRE_TEST_PG_URL")


@pytest.fixture
def pg() -> Iterator[Database]:
    """A fresh PostgreSQL database for one test, dropped afterwards (see .ci/run)."""
    if not PG_URL:
        if os.environ.get("FUSECENTRE_REQUIRE_PG"):
            pytest.fail("FUSECENTRE_REQUIRE_PG is set but FUSECENTRE_TEST_PG_URL is not")
        pytest.skip("set FUSECENTRE_TEST_PG_URL to run the PostgreSQL tests")
    admin_url = make_url(resolve_url(PG_URL))
    name = f"fc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(admin_url.set(database=name).render_as_string(hide_password=False))
    try:
        yield db
    finally:
        db.dispose()
        drop_test_database(admin, name)
        admin.dispose()
