"""`fusecentre interruptions import`, `fusecentre feeders export|import` and `fusecentre
indices`: the acceptance figures reproduced from interruptions imported through the command."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database
from fusecentre_app.services.verify import verify_store
from tests.cli.test_cli import run
from tests.domain.test_reliability import TEXTBOOK, gujarat_events


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _only_these_feeders(
    capsys: pytest.CaptureFixture[str], db: Database, tmp: Path, counts: dict[str, int], day: str
) -> None:
    """Every feeder of the division with no consumers but `counts`, from `day` on."""
    store = str(db.path)
    exported = tmp / "feeders.csv"
    code, _out, err = _cli(capsys, "feeders", "export", str(exported), "--db", store)
    assert code == 0, err
    with exported.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 20 and set(rows[0]) >= {"code", "area", "agricultural", "consumers"}
    edited = [[r["code"], r["area"], "no", str(counts.get(r["code"], 0))] for r in rows]
    path = _write(tmp / "edited.csv", ["code", "area", "agricultural", "consumers"], edited)
    code, out, err = _cli(capsys, "feeders", "import", str(path), "--db", store, "--effective", day)
    assert code == 0, err
    assert "changed 20" in out


def _indices(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> dict:  # type: ignore[type-arg]
    code, out, err = _cli(capsys, "indices", "--db", str(db.path), *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_textbook_day_through_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _only_these_feeders(capsys, db, tmp_path, {"F-BXR-01": 50_000}, "2026-06-01")
    start = datetime(2026, 6, 10, 6, 0)
    rows = []
    for i, (consumers, minutes) in enumerate(TEXTBOOK):
        begin = start + timedelta(hours=3 * i)
        end = begin + timedelta(minutes=minutes)
        rows.append(
            [
                "F-BXR-01",
                f"{begin:%Y-%m-%d %H:%M}",
                f"{end:%Y-%m-%d %H:%M}",
                "no",
                "fault",
                str(consumers),
            ]
        )
    header = ["feeder", "start", "end", "planned", "cause", "consumers_affected"]
    path = _write(tmp_path / "day.csv", header, rows)
    code, out, err = _cli(capsys, "interruptions", "import", str(path), "--db", str(db.path))
    assert code == 0 and "recorded 5" in out, err
    body = _indices(capsys, db, "--month", "2026-06")
    total = body["total"]
    assert total["consumers"] == 50_000
    assert round(total["saifi"], 5) == 0.02028
    assert round(total["saidi_minutes"], 5) == 0.42816
    assert round(total["caidi_minutes"], 3) == 21.112
    assert body["month"] == "2026-06"
    assert body["settings"]["sustained_over_minutes"] == 5 and body["settings"]["planned"] == (
        "include"
    )
    keys = {"consumers", "saifi", "saidi_minutes", "saidi_hours", "maifi", "caidi_minutes", "caifi"}
    assert keys <= set(total)
    worst = body["feeders"][0]
    assert worst["feeder"] == "F-BXR-01" and worst["sustained"] == 5 and worst["momentary"] == 0
    assert keys <= set(worst)
    # Before the counts took effect (May), the division's own counts were in force.
    may = _indices(capsys, db, "--month", "2026-05")["total"]
    assert may["consumers"] == 115_600
    assert verify_store(db).ok


def test_the_gujarat_mis_month_through_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeders, outages = gujarat_events()
    codes = [f"F-BXR-0{n}" for n in range(1, 6)] + [f"F-CSA-0{n}" for n in range(1, 6)]
    name = {f.feeder: code for f, code in zip(feeders, codes, strict=True)}
    _only_these_feeders(
        capsys, db, tmp_path, {name[f.feeder]: f.consumers for f in feeders}, "2010-04-01"
    )
    at = {code: datetime(2010, 4, 1, 0, 0) for code in codes}
    rows = []
    for o in outages:
        code = name[o.feeder]
        begin = at[code]
        end = begin + timedelta(minutes=o.minutes)
        at[code] = end + timedelta(minutes=20)
        affected = "" if o.consumers is None else str(o.consumers)
        rows.append([code, f"{begin:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}", "no", "", affected])
    header = ["feeder", "start", "end", "planned", "cause", "consumers_affected"]
    path = _write(tmp_path / "april.csv", header, rows)
    code, _out, err = _cli(capsys, "interruptions", "import", str(path), "--db", str(db.path))
    assert code == 0, err
    total = _indices(capsys, db, "--month", "2010-04")["total"]
    assert total["consumers"] == 1_322_770
    assert round(total["saifi"], 4) == 1.6445
    assert round(total["saidi_hours"], 4) == 0.8396
    assert round(total["maifi"], 4) == 6.9510
    # With the Rules' 3-minute threshold the 2-minute trips stay momentary; excluding planned
    # changes nothing here (none was planned).
    rules = _indices(capsys, db, "--month", "2010-04", "--sustained-over", "3")["total"]
    assert round(rules["maifi"], 4) == 6.9510
    excluded = _indices(capsys, db, "--month", "2010-04", "--planned", "exclude")["total"]
    assert excluded["saifi"] == total["saifi"]
    # One centre: N_T is that centre's consumers only (the ten feeders are Buxar's).
    bxr = _indices(capsys, db, "--month", "2010-04", "--centre", "BXR")["total"]
    assert bxr["consumers"] == 1_322_770 and bxr["saifi"] == total["saifi"]
    dmr = _indices(capsys, db, "--month", "2010-04", "--centre", "dmr")
    assert dmr["total"]["consumers"] == 0 and dmr["total"]["saifi"] == 0
    assert len(dmr["feeders"]) == 10


def test_a_bad_file_is_refused_whole_naming_every_bad_row(db: Database, tmp_path: Path) -> None:
    header = ["feeder", "start", "end", "planned", "cause", "consumers_affected"]
    rows = [
        ["F-BXR-01", "2026-06-10 06:00", "2026-06-10 07:00", "no", "ok", ""],
        ["F-XXX-09", "2026-06-10 06:00", "2026-06-10 07:00", "no", "", ""],
        ["F-BXR-02", "10-06-2026 06:00", "2026-06-10 07:00", "no", "", ""],
        ["F-BXR-02", "2026-06-10 08:00", "2026-06-10 07:00", "maybe", "", "lots"],
        ["F-BXR-01", "2026-06-10 06:00", "2026-06-10 07:00", "no", "again", ""],
    ]
    path = _write(tmp_path / "bad.csv", header, rows)
    done = run("interruptions", "import", str(path), "--db", str(db.path))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert lines[-1] == "fusecentre: bad.csv not imported, 6 problem(s); nothing was changed"
    text = done.stderr
    assert "row 3: feeder F-XXX-09 is not in the division" in text
    assert "row 4: start '10-06-2026 06:00' is not YYYY-MM-DD HH:MM" in text
    assert "row 5: end is not after start" in text
    assert "row 5: planned must be yes or no" in text
    assert "row 5: consumers_affected 'lots' is not a whole number" in text
    assert "row 6: the same interruption as row 2" in text
    done = run("indices", "--db", str(db.path), "--month", "2026-06", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["total"]["saifi"] == 0
    done = run("indices", "--db", str(db.path), "--month", "June")
    assert done.returncode == 2 and "expected a month as YYYY-MM" in done.stderr
    done = run("indices", "--db", str(db.path), "--month", "2026-06", "--centre", "XYZ")
    assert done.returncode == 1 and done.stderr.count("\n") == 1


def test_a_bad_feeders_file_changes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = ["code", "area", "agricultural", "consumers"]
    rows = [
        ["F-BXR-01", "urban", "no", "9000"],
        ["F-BXR-02", "town", "no", "100"],
        ["F-BXR-03", "urban", "perhaps", "-4"],
        ["F-BXR-01", "urban", "no", "9000"],
    ]
    path = _write(tmp_path / "feeders.csv", header, rows)
    code, _out, err = _cli(capsys, "feeders", "import", str(path), "--db", str(db.path))
    assert code == 1
    assert "row 3: area must be urban or rural" in err
    assert "row 4: agricultural must be yes or no" in err
    assert "row 4: consumers starts with '-'" in err and "'-4'" not in err
    assert "row 5: feeder F-BXR-01 appears twice (also on row 2)" in err
    body = _indices(capsys, db, "--month", "2026-06")
    assert body["total"]["consumers"] == 115_600


@pytest.mark.parametrize("sep", [";", "\t"])
def test_a_file_with_another_separator_is_named_so(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], sep: str
) -> None:
    """Excel with a European list separator saves "CSV" with ';' between the columns: the
    clerk is told that, not that the header they can see lacks its columns."""
    log_book = tmp_path / "log.csv"
    log_book.write_bytes(
        sep.join(["feeder", "start", "end", "planned", "cause", "consumers_affected"]).encode()
        + b"\r\n"
        + sep.join(["F-BXR-01", "2026-06-10 06:00", "2026-06-10 07:00", "no", "", ""]).encode()
        + b"\r\n"
    )
    feeders = tmp_path / "feeders.csv"
    feeders.write_bytes(
        "\ufeff".encode()
        + sep.join(["code", "area", "agricultural", "consumers"]).encode()
        + b"\r\nF-BXR-01"
        + sep.encode()
        + b"urban"
        + sep.encode()
        + b"no"
        + sep.encode()
        + b"9000\r\n"
    )
    shown = "';'" if sep == ";" else "tabs"
    for command, path in (("interruptions", log_book), ("feeders", feeders)):
        code, _out, err = _cli(capsys, command, "import", str(path), "--db", str(db.path))
        assert code == 1
        assert err.splitlines()[0] == (
            f"row 1: the columns are separated by {shown}, not commas: save the sheet as "
            '"CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx)'
        )
    body = _indices(capsys, db, "--month", "2026-06")
    assert body["total"]["consumers"] == 115_600 and body["total"]["sustained"] == 0


def test_feeders_export_to_a_workbook_imports_back(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`feeders export feeders.xlsx` writes a workbook Excel opens (not a CSV under that
    name), and the same file, edited, imports back."""
    from openpyxl import load_workbook

    book_path = tmp_path / "feeders.xlsx"
    code, _out, err = _cli(capsys, "feeders", "export", str(book_path), "--db", str(db.path))
    assert code == 0, err
    book = load_workbook(book_path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["code", "area", "agricultural", "consumers"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "F-BXR-01")
    assert row[3].value == 8200
    row[3].value = 8300
    book.save(book_path)
    code, out, err = _cli(capsys, "feeders", "import", str(book_path), "--db", str(db.path))
    assert code == 0, err
    assert out.startswith("changed 1, unchanged 19")


def test_a_hindi_cause_lost_to_an_ansi_save_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's "CSV (Comma delimited)" writes each Devanagari letter as '?': the log book's
    causes would go on record as question marks, so the file is refused with the advice."""
    path = tmp_path / "log.csv"
    path.write_bytes(
        b"feeder,start,end,planned,cause,consumers_affected\r\n"
        b"F-BXR-01,2026-06-10 06:00,2026-06-10 07:00,no,??? ????,\r\n"
        b"F-BXR-02,2026-06-10 06:00,2026-06-10 07:00,no,jumper,\r\n"
    )
    code, _out, err = _cli(capsys, "interruptions", "import", str(path), "--db", str(db.path))
    assert code == 1
    assert "cause on row(s) 2 came back as question marks" in err
    assert 'save the sheet as "CSV UTF-8 (Comma delimited)"' in err
    body = _indices(capsys, db, "--month", "2026-06")
    assert body["total"]["sustained"] == 0


def test_a_trip_already_on_record_is_not_counted_twice(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The month's log book holds the trip a feeder-trip incident already recorded (from the
    first call, a few minutes after the breaker opened), and a planned shutdown: the whole
    file is refused naming them, instead of each counting twice. Part of a feeder may be off
    while the rest is."""
    from fusecentre_app.domain.timeutil import LOCAL_TZ
    from fusecentre_app.services import interruptions, shutdowns
    from tests.support import OFFICE

    at = datetime(2026, 6, 10, 9, 7, tzinfo=LOCAL_TZ)
    trip = interruptions.record_interruption(
        db, interruptions.InterruptionDraft("F-BXR-01", at, at + timedelta(minutes=80)), by=OFFICE
    )
    shutdown = shutdowns.register_shutdown(
        db,
        shutdowns.ShutdownDraft(
            "F-BXR-02",
            at.replace(hour=10, minute=0),
            at.replace(hour=14, minute=0),
            "DT plinth",
            "sms",
        ),
        by=OFFICE,
    )
    header = ["feeder", "start", "end", "planned", "cause", "consumers_affected"]
    rows = [
        ["F-BXR-01", "2026-06-10 09:02", "2026-06-10 10:25", "no", "E/F trip", ""],
        ["F-BXR-01", "2026-06-10 09:30", "2026-06-10 09:50", "no", "spur", "120"],
        ["F-BXR-02", "2026-06-10 10:02", "2026-06-10 14:05", "yes", "shutdown", ""],
        ["F-BXR-03", "2026-06-10 06:00", "2026-06-10 08:00", "no", "", ""],
        ["F-BXR-03", "2026-06-10 07:30", "2026-06-10 07:45", "no", "", ""],
        ["F-BXR-03", "2026-06-10 09:00", "2026-06-10 09:03", "no", "", ""],
    ]
    path = _write(tmp_path / "june.csv", header, rows)
    code, _out, err = _cli(capsys, "interruptions", "import", str(path), "--db", str(db.path))
    assert code == 1
    assert err.splitlines() == [
        f"row 2: F-BXR-01 2026-06-10 09:02 to 2026-06-10 10:25 overlaps interruption {trip} on "
        "record (keyed in, 2026-06-10 09:07 to 2026-06-10 10:27); one trip would count twice: "
        "leave the row out, or correct that interruption",
        f"row 4: F-BXR-02 2026-06-10 10:02 to 2026-06-10 14:05 overlaps interruption "
        f"{shutdown.interruption_id} on record (a planned shutdown, 2026-06-10 10:00 to "
        "2026-06-10 14:00); one trip would count twice: leave the row out, or correct that "
        "interruption",
        "row 6: F-BXR-03 is already off on row 5 (to 2026-06-10 08:00); one trip would count twice",
        "fusecentre: june.csv not imported, 3 problem(s); nothing was changed",
    ]
    kept = [r for i, r in enumerate(rows) if i not in (0, 2, 4)]
    path = _write(tmp_path / "june.csv", header, kept)
    code, out, err = _cli(capsys, "interruptions", "import", str(path), "--db", str(db.path))
    assert code == 0 and "recorded 3" in out, err
