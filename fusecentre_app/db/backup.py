"""Copies of a SQLite store that can be trusted: taken while desks run, never half-made.

A file copy of a live store misses what is still in its write-ahead log (the last
complaints saved); SQLite's online backup API copies the database as one reader sees it,
WAL included. The copy is written under a `.partial` name, flushed to the disk and only
then renamed to its own name, so a copy cut short (a power cut, a full USB stick, a killed
process) never leaves a plausible but empty or truncated store behind. The copy is a single
self-contained file (rollback journal mode), fit for a USB stick.

`check_sqlite` is SQLite's own structural check of a file: pages, indexes, free lists. A
store that fails it is refused at open (`db.engine`), never written to.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

PARTIAL = ".partial"


class CopyFailed(OSError):
    """A copy could not be made (disk full, folder read-only, the source unreadable); no
    file was left under the copy's name."""


def partial_name(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for flushing; NTFS renames are logged
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@contextlib.contextmanager
def written_atomically(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target` to write; on success it is flushed and renamed
    to `target` (replacing any file there), on any failure it is removed and `target` is
    left as it was."""
    partial = partial_name(target)
    _remove(partial)  # what an earlier copy, killed half-way, left
    try:
        yield partial
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except BaseException:
        _remove(partial)
        for sidecar in ("-journal", "-wal", "-shm"):
            _remove(partial.with_name(partial.name + sidecar))
        raise


def read_uri(path: Path) -> str:
    """A SQLite URI that only reads `path`, also in a folder that cannot be written (where
    SQLite cannot make the shared-memory file a WAL reader needs): there the file is read
    as it is when its write-ahead log is empty, so nothing in the log is missed."""
    wal = Path(f"{path}-wal")
    uri = path.resolve().as_uri()  # "#" and "?" in a folder's name are quoted
    if os.access(path.parent, os.W_OK) or (wal.exists() and wal.stat().st_size):
        return f"{uri}?mode=ro"
    return f"{uri}?immutable=1"


def copy_sqlite(
    source: Path, target: Path, *, progress: Callable[[int, int], None] | None = None
) -> None:
    """A consistent copy of the SQLite store `source` at `target` (see the module); raises
    `CopyFailed` with the reason in words, leaving nothing under `target`'s name."""
    try:
        src = sqlite3.connect(read_uri(source), uri=True)
    except sqlite3.Error as exc:
        raise CopyFailed(f"cannot read {source}: {exc}") from exc
    try:
        with written_atomically(target) as partial:
            dest = sqlite3.connect(partial)
            try:
                src.backup(dest, pages=4096, progress=_progress(progress))
                dest.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
            finally:
                dest.close()
    except sqlite3.Error as exc:
        raise CopyFailed(_copy_reason(target, exc)) from exc
    except OSError as exc:
        raise CopyFailed(_copy_reason(target, exc)) from exc
    finally:
        src.close()


def _progress(
    report: Callable[[int, int], None] | None,
) -> Callable[[int, int, int], None] | None:
    if report is None:
        return None
    return lambda _status, remaining, total: report(total - remaining, total)


def _copy_reason(target: Path, exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28 or disk_nearly_full(target.parent):
        return f"the disk holding {target.parent} is full"
    if "readonly" in text or "read-only" in text or "permission" in text:
        return f"{target.parent} cannot be written (read-only)"
    return f"cannot write {target}: {exc}"


def disk_nearly_full(folder: Path, needed: int = 1 << 20) -> bool:
    """Whether the disk holding `folder` has less than `needed` bytes free (1 MiB: SQLite
    needs room for its journal even to open a store)."""
    try:
        return shutil.disk_usage(folder).free < needed
    except OSError:
        return False


def check_sqlite(
    path: Path,
    *,
    full: bool = False,
    opened: Callable[[sqlite3.Connection], None] | None = None,
) -> list[str]:
    """SQLite's structural check of the file (`quick_check`, or with `full` the slower
    `integrity_check`, which also compares every index with its table): [] when sound,
    else what SQLite found (a file that is no database at all says so). `opened` is given
    the check's connection, so that another thread may interrupt it."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(read_uri(path), uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        if opened is not None:
            opened(conn)
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise  # a full disk, a lock, a file that cannot be read: not damage
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is damaged or no database (SQLITE_CORRUPT,
    SQLITE_NOTADB), rather than that it could not read it just now (a full disk, an I/O
    error, a lock): only damage is a reason to restore a backup."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
