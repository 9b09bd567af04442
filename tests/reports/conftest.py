"""A demo store with three days of complaints, built once for the register tests, and the
register of its middle (complete) day printed once; tests that change data get a copy."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.demo import build_demo
from fusecentre_app.domain.timeutil import LOCAL_TZ
from fusecentre_app.reports.register import register_bytes
from fusecentre_app.services.register import RegisterData, gather_register

# The demo's data ends at END; DAY (the day before) is complete and has earlier days behind it.
END = datetime(2026, 3, 15, 12, 0, tzinfo=LOCAL_TZ)
DAY = date(2026, 3, 14)
CENTRE = "BXR"
PER_DAY = 90


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("register") / "demo.sqlite"
    db = open_database(path)
    try:
        build_demo(db, days=3, per_day=PER_DAY, end=END)
    finally:
        db.dispose()
    return path


@pytest.fixture
def demo_db(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo store (safe to change)."""
    copy = tmp_path / "copy.sqlite"
    source = sqlite3.connect(demo_path)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    db = open_database(copy, migrate=False)
    yield db
    db.dispose()


@dataclass(frozen=True)
class Printed:
    data: RegisterData
    pdf: bytes
    reader: PdfReader


@pytest.fixture(scope="session")
def printed(demo_path: Path) -> Iterator[Printed]:
    db = open_database(demo_path, migrate=False)
    try:
        data = gather_register(db, CENTRE, DAY, generated_by="Test Inspector", now=END)
    finally:
        db.dispose()
    pdf = register_bytes(data)
    yield Printed(data, pdf, PdfReader(io.BytesIO(pdf)))
