"""Alembic, driven from code: upgrades run at start-up, after the SQLite file is copied aside."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPIConnection

from fusecentre_app.db.urls import sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revision(revision: str | None) -> bool:
    """Whether this version's migrations know `revision` (a newer version's are unknown)."""
    if revision is None:
        return True
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:  # "Can't locate revision identified by …"
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite store aside (consistently, WAL included) before changing its schema."""
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None or not path.exists() or revision is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    log.info("copied %s to %s before upgrading", path, target)
    return target


def _dbapi(conn: Connection) -> DBAPIConnection:
    """The driver's own connection under a SQLAlchemy one that is open."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # only a closed or invalidated connection has none
    return dbapi


def upgrade_to_head(engine: Engine, revision: str = "head") -> Path | None:
    """Apply pending migrations; returns the backup made, if any."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = backup_sqlite(engine, current)
    config = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite migrations rebuild tables (copy, drop, rename), and dropping a table
            # that others reference fails while foreign keys are enforced. The switch only
            # works outside a transaction; the keys are checked before the upgrade commits.
            _dbapi(conn).execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise RuntimeError(f"upgrade left a broken reference: {tuple(broken)}")
        finally:
            if sqlite:
                _dbapi(conn).execute("PRAGMA foreign_keys = ON")
    return backup
