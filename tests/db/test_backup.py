"""The store's safety on SQLite: backups taken while desks write, restores, copies that are
never half-made, upgrades that copy once, and stores refused at open (newer, damaged,
deleted while open, in a read-only folder)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fusecentre_app.db import migrate
from fusecentre_app.db.backup import CopyFailed, check_sqlite, copy_sqlite, partial_name
from fusecentre_app.db.engine import Database, StoreCorrupt, open_database
from fusecentre_app.db.migrate import StoreTooNew, head_revision, stamp_version
from fusecentre_app.db.models import Complaint
from fusecentre_app.services import backup
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import ServiceError, StoreUnavailable
from fusecentre_app.services.masterdata import form_choices
from tests.support import OFFICE, downgrade

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _log(db: Database, centre_id: int, user_id: int, n: int) -> None:
    feeder = form_choices(db, centre_id).feeders[0]
    for i in range(n):
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile=f"98350{i:05d}",
                caller_name="सुनील कुमार",
                locality="Sohni Patti",
                feeder_id=feeder.id,
                type_code="FUSE_OFF",
            ),
            centre_id=centre_id,
            user_id=user_id,
            now=NOW,
        )


def _complaints(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM complaint").fetchone()[0])
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_while_the_desk_runs_holds_what_is_still_in_the_wal(
    db: Database, centre, clerk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _log(db, centre.id, clerk.id, 3)
    assert db.path is not None and Path(f"{db.path}-wal").stat().st_size > 0
    plain = tmp_path / "file-copy.sqlite"
    shutil.copyfile(db.path, plain)  # what copying the file by hand gives
    assert _complaints(plain) == 0  # the three complaints were still in the WAL
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.back_up(db, usb, by=OFFICE)
    assert made.contents.complaints == 3 and made.on_record
    assert made.path.parent == usb and _complaints(made.path) == 3
    assert not Path(f"{made.path}-wal").exists()  # one self-contained file
    assert check_sqlite(made.path, full=True) == []
    assert backup.anchors_of(made.path).exists()
    last = backup.last_backup(db)
    assert last is not None and last.path == made.path and "command line" in last.by
    with pytest.raises(ServiceError, match="already exists"):
        backup.back_up(db, made.path, by=OFFICE)


def test_a_copy_killed_half_way_leaves_no_plausible_store(tmp_path: Path, demo_store) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy.sqlite"
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from fusecentre_app.db.backup import copy_sqlite\n"
        "def cut(done, total):\n"
        "    if done > total // 2: os.kill(os.getpid(), signal.SIGKILL)\n"
        "copy_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), progress=cut)\n"
    )
    for _attempt in range(3):
        done = subprocess.run(
            [sys.executable, "-c", script, str(demo_store), str(target)], timeout=120
        )
        assert done.returncode == -9
        assert not target.exists()  # only the .partial name, which no one opens as a store
    # An exception half-way (a full USB stick) leaves nothing at all.

    def fail(done: int, total: int) -> None:
        if done > total // 2:
            raise OSError(28, "No space left on device")

    with pytest.raises(CopyFailed, match="full"):
        copy_sqlite(demo_store, target, progress=fail)
    assert not target.exists() and not partial_name(target).exists()


@pytest.fixture
def demo_store(tmp_path: Path) -> Path:
    """A store of a few thousand pages, so a copy takes many steps."""
    from fusecentre_app.demo import build_demo

    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    try:
        build_demo(db, days=2, per_day=150, seed=7, end=NOW)
    finally:
        db.dispose()
    return path


def test_an_upgrade_copies_the_store_aside_once_however_often_it_is_tried(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(demo_store, migrate=False)
    downgrade(db.engine, "0007")
    db.dispose()

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("the migration failed")

    import alembic.command  # loaded by the upgrade itself, not when the module is

    monkeypatch.setattr(alembic.command, "upgrade", broken)
    for _attempt in range(5):
        with pytest.raises(RuntimeError):
            open_database(demo_store)
    copies = list(demo_store.parent.glob("demo.before-*"))
    assert [c.name for c in copies] == [f"demo.before-0007-to-{head_revision()}.sqlite"]
    monkeypatch.undo()
    db = open_database(demo_store)
    db.dispose()
    assert list(demo_store.parent.glob("demo.before-*")) == copies
    assert _complaints(copies[0]) == _complaints(demo_store) and check_sqlite(copies[0]) == []


def test_no_copy_aside_when_the_disk_has_no_room_for_it(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(demo_store, migrate=False)
    downgrade(db.engine, "0007")
    db.dispose()
    usage = shutil.disk_usage(demo_store.parent)
    monkeypatch.setattr(migrate.shutil, "disk_usage", lambda _p: usage._replace(free=4096))
    with pytest.raises(CopyFailed, match="is full: copying the store aside"):
        open_database(demo_store)
    assert list(demo_store.parent.glob("demo.before-*")) == []
    assert not list(demo_store.parent.glob("*.partial"))


def test_a_store_from_a_newer_version_is_refused_without_a_copy(empty_db: Database) -> None:
    path = empty_db.path
    assert path is not None
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0042'")
        stamp_version(conn, "2.3.0")
    empty_db.dispose()
    before = _digest(path)
    with pytest.raises(StoreTooNew, match=r"made by version 2\.3\.0 of the desk.*install it"):
        open_database(path)
    assert list(path.parent.glob("desk.before-*")) == [] and _digest(path) == before


def _corrupt(path: Path, where: float) -> None:
    """Overwrite one page in the middle of the file with garbage (a bad sector, a torn
    write from a failing USB stick)."""
    size, page = path.stat().st_size, 4096
    offset = int(size * where) // page * page
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(bytes((i * 37 + 11) % 256 for i in range(page)))


@pytest.mark.parametrize("where", [0.3, 0.5, 0.8])
def test_a_damaged_store_is_refused_at_open_and_never_written(demo_store: Path, where) -> None:  # type: ignore[no-untyped-def]
    _corrupt(demo_store, where)
    before = _digest(demo_store)
    with pytest.raises(StoreCorrupt, match="restore the last backup"):
        open_database(demo_store)
    assert _digest(demo_store) == before
    assert not list(demo_store.parent.glob("demo.before-*"))


@pytest.mark.parametrize("where", [0.3, 0.8])
def test_a_damaged_store_opened_as_the_desk_does_takes_no_write(demo_store: Path, where) -> None:  # type: ignore[no-untyped-def]
    """The desk opens a store while its check still runs on a thread of its own: the first
    write waits for the verdict, and a damaged store refuses it in words, nothing written."""
    from fusecentre_app.services.auth import record_sign_out

    _corrupt(demo_store, where)
    before = _digest(demo_store)
    db = open_database(demo_store, check_later=True)
    try:
        assert db.check is not None
        with pytest.raises(StoreUnavailable, match="The database is damaged, so nothing was"):
            record_sign_out(db, 1, reason="desk closed")
        assert db.check.finished and isinstance(db.check.refusal, StoreCorrupt)
    finally:
        db.dispose()
    assert _digest(demo_store) == before
    assert not list(demo_store.parent.glob("demo.before-*"))


def test_a_damaged_backup_in_delete_mode_opened_as_the_desk_does_is_not_written(
    demo_store: Path,
) -> None:
    """A backup restored in DELETE mode: switching it to WAL rewrites its header, so the
    whole check runs before, and the refusal is true that nothing was written."""
    with sqlite3.connect(demo_store) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    _corrupt(demo_store, 0.5)
    before = _digest(demo_store)
    with pytest.raises(StoreCorrupt, match="restore the last backup"):
        open_database(demo_store, check_later=True)
    assert _digest(demo_store) == before


def test_a_sound_store_opened_as_the_desk_does_is_written_once_checked(demo_store: Path) -> None:
    from fusecentre_app.services.auth import record_sign_out

    db = open_database(demo_store, check_later=True)
    try:
        assert db.check is not None
        record_sign_out(db, 1, reason="desk closed")
        assert db.check.finished and db.check.refusal is None
    finally:
        db.dispose()
    with sqlite3.connect(demo_store) as conn:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM audit_record ORDER BY id DESC")]
    assert kinds[0] == "signed_out"


def test_a_damaged_store_to_upgrade_is_refused_at_open_as_the_desk_does(demo_store: Path) -> None:
    """An upgrade writes: the desk's open runs the whole check before it, not after."""
    db = open_database(demo_store, migrate=False)
    downgrade(db.engine, "0012")
    db.dispose()
    _corrupt(demo_store, 0.5)
    before = _digest(demo_store)
    with pytest.raises(StoreCorrupt, match="restore the last backup"):
        open_database(demo_store, check_later=True)
    assert _digest(demo_store) == before
    assert not list(demo_store.parent.glob("demo.before-*"))


def test_a_store_closed_while_its_check_runs_leaves_no_check_running(demo_store: Path) -> None:
    db = open_database(demo_store, check_later=True)
    assert db.check is not None
    db.dispose()
    assert db.check.finished  # stopped, or done already: nothing waits on the thread


def test_a_store_deleted_while_the_desk_runs_is_noticed(db: Database, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    _log(db, centre.id, clerk.id, 1)
    assert db.path is not None
    db.path.unlink()
    with pytest.raises(StoreUnavailable, match="deleted or replaced"):
        _log(db, centre.id, clerk.id, 1)


def test_restore_refuses_a_bad_backup_and_a_store_in_use_and_keeps_the_old_one(
    db: Database, centre, clerk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _log(db, centre.id, clerk.id, 2)
    made = backup.back_up(db, tmp_path / "good.sqlite", by=OFFICE)
    _log(db, centre.id, clerk.id, 1)
    store = db.path
    assert store is not None
    damaged = tmp_path / "damaged.sqlite"
    shutil.copyfile(made.path, damaged)
    _corrupt(damaged, 0.5)
    with pytest.raises(ServiceError, match="is damaged"):
        backup.restore(damaged, store, by=OFFICE)
    with pytest.raises(ServiceError, match=r"has .* open"):
        backup.restore(made.path, store, by=OFFICE)  # this test's desk still has it open
    db.dispose()
    done = backup.restore(made.path, store, by=OFFICE)
    assert done.contents.complaints == 2 and _complaints(store) == 2
    assert done.replaced is not None and _complaints(done.replaced) == 3
    restored = open_database(store)
    try:
        with restored.read() as s:
            assert s.scalar(select(func.count()).select_from(Complaint)) == 2
        from fusecentre_app.services.verify import verify_store

        report = verify_store(restored, anchors=restored.anchors.path)
        assert report.ok, report.problems
    finally:
        restored.dispose()


def test_verify_reads_a_store_in_a_read_only_folder(tmp_path: Path, demo_store: Path) -> None:
    """Root ignores folder permissions: then the test mounts a read-only file system."""
    folder = tmp_path / "ro"
    folder.mkdir()
    copy_sqlite(demo_store, folder / "s.sqlite")
    mounted = False
    if os.geteuid() == 0:
        mount = subprocess.run(
            ["mount", "-t", "tmpfs", "tmpfs", str(folder)], capture_output=True, check=False
        )
        if mount.returncode != 0:
            pytest.skip("cannot make a read-only folder here")
        mounted = True
        copy_sqlite(demo_store, folder / "s.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        assert not os.access(folder, os.W_OK)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-m", "fusecentre_app", "verify", "--db", str(folder / "s.sqlite")],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0 and done.stdout.startswith("OK:"), done.stderr
        done = subprocess.run(
            [sys.executable, "-m", "fusecentre_app", "shifts", "--centre", "BXR", "--set",
             "6-14,14-22,22-6", "--db", str(folder / "s.sqlite")],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )  # fmt: skip
        assert done.returncode == 1 and "read-only" in done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "fusecentre_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_full_disk_is_said_as_such_not_as_a_damaged_store(
    tmp_path: Path, demo_store: Path
) -> None:
    """A sound store on a disk with no room left: the desk says the disk is full and never
    advises restoring a backup (which would lose the newer records)."""
    if os.geteuid() != 0:
        pytest.skip("filling a disk of its own needs root here (a tmpfs mount)")
    folder = tmp_path / "full"
    folder.mkdir()
    size_kb = demo_store.stat().st_size // 1024 + 256
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mount.returncode != 0:
        pytest.skip("cannot mount a small disk here")
    try:
        copy_sqlite(demo_store, folder / "s.sqlite")
        with (folder / "fill").open("wb") as fill, pytest.raises(OSError):
            while True:  # until the disk has no room left
                fill.write(b"\0" * 65536)
                fill.flush()
        for args in (["verify"], ["settings"], ["settings", "--sample-size", "17"]):
            done = _cli(*args, "--db", str(folder / "s.sqlite"))
            assert done.returncode == 1, done.stdout
            assert "disk holding" in done.stderr and "is full" in done.stderr, done.stderr
            assert "damaged" not in done.stderr and "restore" not in done.stderr
            assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_store_in_a_folder_named_with_hash_and_percent_is_the_file_it_names(
    tmp_path: Path, demo_store: Path
) -> None:
    """A folder "Centre #1" or "c%20x" is a path, not URL syntax: the desk opens, backs up
    and verifies the file there, and makes no stray file beside it."""
    for name in ("Centre #1", "c%20x"):
        folder = tmp_path / name
        folder.mkdir()
        copy_sqlite(demo_store, folder / "desk.sqlite")
        out = tmp_path / f"backup-{len(name)}.sqlite"
        done = _cli("backup", "--db", str(folder / "desk.sqlite"), str(out))
        assert done.returncode == 0, done.stderr
        assert check_sqlite(out, full=True) == [] and backup.contents_of(out).complaints > 0
        done = _cli("verify", "--db", str(folder / "desk.sqlite"))
        assert done.returncode == 0 and done.stdout.startswith("OK:"), done.stderr
    for folder in ("Centre #1", "c%20x"):  # the store, its anchors, nothing else
        assert sorted(p.name for p in (tmp_path / folder).iterdir()) == [
            "desk.sqlite",
            "desk.sqlite.anchors",
        ]
    assert not (tmp_path / "Centre ").exists() and not (tmp_path / "c x").exists()
