"""The officer directory CSV: import as published lists come (encodings, header spellings,
bad rows), export for Excel, and the round trip between them. Every refused import is shown
to leave the officer and officer_feeder tables exactly as they were."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Feeder, Officer, OfficerFeeder
from fusecentre_app.paths import seeds_dir
from fusecentre_app.services.directory import (
    COLUMNS,
    ImportRefused,
    ImportSummary,
    export_officers,
    import_officers,
)
from fusecentre_app.services.errors import ServiceError, ValidationError
from tests.support import OFFICE

HEADER = ",".join(COLUMNS)
# E1004 (Vikash Kumar Yadav, JE under E1002) and E1005 (Saurabh Pandey) from seeds/officers.csv.
E1004 = "E1004,Vikash Kumar Yadav,विकास कुमार यादव,JE,9334164302,8338075899,E1002"
E1005_MOBILE = "8240578685"


def _write(tmp_path: Path, lines: list[str], encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def _dump(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every officer and officer_feeder row, in a fixed order."""
    with db.read() as s:
        officers = s.execute(
            select(
                Officer.id,
                Officer.employee_id,
                Officer.name_en,
                Officer.name_hi,
                Officer.designation,
                Officer.mobile,
                Officer.alternate_mobile,
                Officer.reports_to_id,
                Officer.active,
            ).order_by(Officer.id)
        ).all()
        links = s.execute(
            select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id).order_by(
                OfficerFeeder.officer_id, OfficerFeeder.feeder_id
            )
        ).all()
    return [tuple(r) for r in officers], [tuple(r) for r in links]


def _officer(db: Database, employee_id: str) -> tuple[Officer, set[str], str | None]:
    """The officer, their feeder codes and their superior's employee id."""
    with db.read() as s:
        officer = s.scalar(select(Officer).where(Officer.employee_id == employee_id))
        assert officer is not None, employee_id
        codes = set(
            s.scalars(
                select(Feeder.code)
                .join(OfficerFeeder, OfficerFeeder.feeder_id == Feeder.id)
                .where(OfficerFeeder.officer_id == officer.id)
            )
        )
        boss = s.get(Officer, officer.reports_to_id) if officer.reports_to_id else None
        return officer, codes, boss.employee_id if boss else None


def _refused(db: Database, path: Path) -> list[str]:
    """Import a bad file: it must be refused and change nothing; return the problem lines."""
    before = _dump(db)
    with pytest.raises(ImportRefused) as caught:
        import_officers(db, path, by=OFFICE)
    assert _dump(db) == before
    assert isinstance(caught.value, ValidationError)
    return [str(p) for p in caught.value.problems]


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


# --- reading files as they come ---------------------------------------------------------


def test_utf8_bom_file_with_header_variants_adds_an_officer(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            " Employee ID ,NAME,Hindi name,Designation,Mobile No.,Alternate number,Reports to,"
            "Feeders,Remarks",
            "E2001,Sunita Devi,सुनीता देवी,Lineman,+91 98350 12345,0 99390 11111,E1004,"
            "F-BXR-01; f-bxr-02,new joiner",
        ],
        encoding="utf-8-sig",
    )
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    assert import_officers(db, path, by=OFFICE) == ImportSummary(added=1, updated=0, unchanged=0)
    officer, feeders, boss = _officer(db, "E2001")
    assert (officer.name_en, officer.name_hi, officer.designation) == (
        "Sunita Devi",
        "सुनीता देवी",
        "LINEMAN",
    )
    assert (officer.mobile, officer.alternate_mobile) == ("+919835012345", "+919939011111")
    assert officer.active
    assert feeders == {"F-BXR-01", "F-BXR-02"} and boss == "E1004"


@pytest.mark.parametrize("name", ["José Fernandes", "Ram’s Deputy"])
def test_windows_1252_file(db: Database, tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, [HEADER, f"E2002,{name},,sdo,9835012346,,E1001,"], encoding="cp1252")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    assert import_officers(db, path, by=OFFICE).added == 1
    officer, _, boss = _officer(db, "E2002")
    assert officer.name_en == name and officer.designation == "SDO" and boss == "E1001"


def test_a_file_in_neither_encoding_or_utf16_is_refused(db: Database, tmp_path: Path) -> None:
    utf16 = _write(tmp_path, [HEADER], encoding="utf-16", name="u16.csv")
    assert "UTF-16" in _refused(db, utf16)[0]
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(HEADER.encode() + b"\r\nE1,\x81\x8d\r\n")
    assert "neither UTF-8 nor Windows-1252" in _refused(db, garbage)[0]
    # UTF-8 with one stray byte is not read as 1252: that would garble every Hindi name.
    damaged = tmp_path / "damaged.csv"
    damaged.write_bytes(f"{HEADER}\r\n{E1004},\r\n".encode() + b"E2000,Ram\x92s,,JE\r\n")
    assert _refused(db, damaged) == ["damaged.csv is UTF-8 but line 3 is not; save it again"]


def test_missing_columns_are_named_and_the_file_refused(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        ["employee_id,name,name_hi,designation,reports_to", "E2003,A,,JE,E1002"],
    )
    assert _refused(db, path) == ["row 1: missing column(s): mobile, alternate, feeders"]


def test_a_column_given_twice_is_refused(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, [HEADER + ",Phone", "E2003,A,,JE,9835012346,,E1002,,9835012347"])
    assert _refused(db, path) == ["row 1: columns 'mobile' and 'Phone' both give mobile"]


def test_missing_file_is_a_plain_message(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="no such file"):
        import_officers(db, tmp_path / "absent.csv", by=OFFICE)


# --- bad rows: every one reported, nothing written --------------------------------------


def test_duplicate_rows_are_reported_with_both_row_numbers(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            HEADER,
            "E2004,A One,,JE,9835012346,,E1002,",
            "E2005,B Two,,JE,9835012347,,E1002,",
            "E2004,C Three,,JE,9835012348,,E1002,",
            "E2006,D Four,,JE,+91 98350 12347,,E1002,",
        ],
    )
    assert _refused(db, path) == [
        "row 4: employee id E2004 is also on row 2",
        "row 5: mobile 9835012347 is also on row 3",
    ]


def test_invalid_numbers(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            HEADER,
            "E2007,A,,JE,12345,,E1002,",
            "E2008,B,,JE,06183 223344,,E1002,",  # a Buxar landline, not a mobile
            "E2009,C,,JE,5835012345,,E1002,",
            "E2010,D,,JE,9835012349,not known,E1002,",
            "E2011,E,,JE,+44 7911 123456,,E1002,",
        ],
    )
    problems = _refused(db, path)
    assert [p.split(":")[0] for p in problems] == ["row 2", "row 3", "row 4", "row 5", "row 6"]
    assert problems[0] == "row 2: mobile 12345: this number is too short"
    assert problems[1].startswith("row 3: mobile 06183 223344: ")
    assert problems[3].startswith("row 5: alternate not known: ")
    assert "Indian" in problems[4]


def test_a_landline_alternate_is_accepted(db: Database, tmp_path: Path) -> None:
    """As `load_division` allows; only the main number must be a mobile."""
    path = _write(tmp_path, [HEADER, "E2012,A,,JE,9835012350,06183 223344,E1002,"])
    assert import_officers(db, path, by=OFFICE).added == 1
    assert _officer(db, "E2012")[0].alternate_mobile == "+916183223344"


def test_formula_cells_are_refused_but_a_plus_91_mobile_is_a_number(
    db: Database, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        [
            HEADER,
            '"=HYPERLINK(""http://x.example"",""Click"")",A,,JE,9835012351,,E1002,',
            "E2014,+Ravi,,JE,9835012352,,E1002,",
            "E2015,-2+3,,JE,9835012353,,E1002,",
            "E2016,@SUM(A1),,JE,9835012354,,E1002,",
            'E2017,"\tTab",,JE,9835012355,,E1002,',
            "E2018,Fine,,JE,+91 98350 12356,+91-99390-11111,E1002,",
            "E2019,Not a phone,,JE,+91 98350 12357,+cmd|' /C calc'!A0,E1002,",
            "E2020,Bad boss,,JE,9835012358,,=E1002,",
        ],
    )
    assert _refused(db, path) == [
        "row 2: employee_id starts with '=', so a spreadsheet would run it as a formula",
        "row 3: name starts with '+', so a spreadsheet would run it as a formula",
        "row 4: name starts with '-', so a spreadsheet would run it as a formula",
        "row 5: name starts with '@', so a spreadsheet would run it as a formula",
        "row 6: name starts with a tab, so a spreadsheet would run it as a formula",
        "row 8: alternate starts with '+', so a spreadsheet would run it as a formula",
        "row 9: reports_to starts with '=', so a spreadsheet would run it as a formula",
    ]


def test_unknown_feeder(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [HEADER, "E2021,A,,LINEMAN,9835012359,,E1004,F-BXR-01;F-BXR-99;X-1"],
    )
    assert _refused(db, path) == ["row 2: unknown feeder(s) F-BXR-99, X-1"]


def test_every_bad_row_is_reported_with_its_spreadsheet_row(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            HEADER,
            ",No Id,,JE,9835012360,,E1002,",
            # a quoted line break: still one spreadsheet row
            'E2022,"Two\r\nLines",,Clerk,9835012361,,E1002,',
            "",
            "E2023,,,,,,E9999,",
            "E2024,Loop A,,JE,9835012362,,E2025,",
            "E2025,Loop B,,SDO,9835012363,,E2024,",
            "E2026,Too,Many,JE,9835012364,,E1002,,extra",
            "E2027,Long," + "न" * 121 + ",JE,9835012365,,,",
            "E2028,Fine,,JE,9835012366,,E1002,F-BXR-01",
        ],
    )
    assert _refused(db, path) == [
        "row 2: employee id is empty",
        "row 3: designation 'Clerk' is not one of EE, SDO, JE, LINEMAN",
        "row 5: name is empty",
        "row 5: designation is empty",
        "row 5: mobile is empty",
        "row 5: reports to E9999, who is neither in this file nor in the directory",
        "row 6: reports-to loop: E2024 -> E2025 -> E2024",
        "row 7: reports-to loop: E2025 -> E2024 -> E2025",
        "row 8: has more cells than the header (an unquoted comma?)",
        "row 9: the Hindi name is 121 characters long; it may have at most 120",
    ]


def test_a_loop_through_officers_already_in_the_directory(db: Database, tmp_path: Path) -> None:
    # E1002 reports to E1001; making E1001 report to E1004 (who reports to E1002) closes a loop.
    path = _write(
        tmp_path, [HEADER, "E1001,Awadhesh Narayan Sinha,,EE,6642064230,,E1004,", E1004 + ","]
    )
    assert _refused(db, path) == [
        "row 2: reports-to loop: E1001 -> E1004 -> E1002 -> E1001",
        "row 3: reports-to loop: E1004 -> E1002 -> E1001 -> E1004",
    ]
    self_boss = _write(tmp_path, [HEADER, "E2029,A,,JE,9835012367,,E2029,"], name="self.csv")
    assert _refused(db, self_boss) == ["row 2: reports-to loop: E2029 -> E2029"]


# --- matching existing officers -----------------------------------------------------------


def test_update_by_employee_id_replaces_feeders_and_leaves_others_alone(
    db: Database, tmp_path: Path
) -> None:
    before_officers, before_links = _dump(db)
    others = [o for o in before_officers if o[1] != "E1004"]
    path = _write(
        tmp_path,
        [HEADER, "E1004,Vikash Kumar Yadav,विकास कुमार यादव,je,9334164303,,E1003,F-DMR-01"],
    )
    assert import_officers(db, path, by=OFFICE) == ImportSummary(added=0, updated=1, unchanged=0)
    officer, feeders, boss = _officer(db, "E1004")
    assert (officer.mobile, officer.alternate_mobile) == ("+919334164303", None)
    assert feeders == {"F-DMR-01"} and boss == "E1003"
    after_officers, after_links = _dump(db)
    assert len(after_officers) == len(before_officers)
    assert [o for o in after_officers if o[1] != "E1004"] == others
    # Officers absent from the file keep their feeders (and stay active).
    assert {lnk for lnk in after_links if lnk[0] != officer.id} == {
        lnk for lnk in before_links if lnk[0] != officer.id
    }


def test_update_by_mobile_changes_the_employee_id(db: Database, tmp_path: Path) -> None:
    old, feeders_before, _ = _officer(db, "E1004")
    count = len(_dump(db)[0])
    path = _write(
        tmp_path,
        [HEADER, "K-77,Vikash K. Yadav,,JE,+91 93341 64302,,E1002,F-BXR-01;F-BXR-02;F-BXR-03"],
    )
    assert import_officers(db, path, by=OFFICE) == ImportSummary(added=0, updated=1, unchanged=0)
    officer, feeders, boss = _officer(db, "K-77")
    assert officer.id == old.id and officer.name_en == "Vikash K. Yadav"
    assert feeders == feeders_before and boss == "E1002"
    assert len(_dump(db)[0]) == count
    with db.read() as s:
        assert s.scalar(select(Officer).where(Officer.employee_id == "E1004")) is None
        # Linemen who reported to E1004 now report to K-77: the same row.
        boss_of_e1010 = select(Officer.reports_to_id).where(Officer.employee_id == "E1010")
        assert s.scalar(boss_of_e1010) == old.id


def test_id_of_one_officer_with_mobile_of_another_is_refused(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, [HEADER, f"E1004,Vikash Kumar Yadav,,JE,{E1005_MOBILE},,E1002,"])
    assert _refused(db, path) == [
        "row 2: employee id E1004 is Vikash Kumar Yadav's but mobile 8240578685 is Saurabh "
        "Pandey's (E1005); one row cannot update two officers"
    ]


def test_two_rows_cannot_update_the_same_officer(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, [HEADER, E1004 + ",", "E2030,New Id,,JE,9334164302,,E1002,"])
    assert _refused(db, path) == [
        "row 3: mobile 9334164302 is also on row 2",
    ]
    path = _write(
        tmp_path, [HEADER, "E1004,V,,JE,9835012368,,,", "E2031,W,,JE,9334164302,,,"], name="b.csv"
    )
    assert _refused(db, path) == [
        "row 3: updates the same officer (E1004, Vikash Kumar Yadav) as row 2",
    ]


def test_new_officers_may_report_to_each_other_in_any_order(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            HEADER,
            "E2032,Lineman Two,,LINEMAN,9835012369,,E2033,F-BXR-04",
            "E2033,New JE,,JE,9835012370,,E1002,F-BXR-04",
            E1004 + ",F-BXR-01;F-BXR-02;F-BXR-03",
        ],
    )
    assert import_officers(db, path, by=OFFICE) == ImportSummary(added=2, updated=0, unchanged=1)
    assert _officer(db, "E2032")[2] == "E2033"
    assert _officer(db, "E2033")[1] == {"F-BXR-04"}


def test_dry_run_counts_but_saves_nothing(db: Database, tmp_path: Path) -> None:
    before = _dump(db)
    path = _write(tmp_path, [HEADER, "E2034,A,,JE,9835012371,,E1002,", E1004 + ",F-BXR-01"])
    summary = import_officers(db, path, dry_run=True, by=OFFICE)
    assert summary == ImportSummary(added=1, updated=1, unchanged=0)
    assert _dump(db) == before
    assert import_officers(db, path, by=OFFICE) == summary


def test_the_seed_file_imports_unchanged(db: Database) -> None:
    before = _dump(db)
    summary = import_officers(db, seeds_dir() / "officers.csv", by=OFFICE)
    assert summary == ImportSummary(added=0, updated=0, unchanged=60)
    assert _dump(db) == before


# --- export -------------------------------------------------------------------------------


def test_export_shape_order_and_round_trip(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "directory.csv"
    assert export_officers(db, out) == 60
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n")
    assert data.count(b"\r\n") == 61 and b"\n" not in data.replace(b"\r\n", b"")
    rows = _rows(out)
    ranks = {"EE": 0, "SDO": 1, "JE": 2, "LINEMAN": 3}
    keys = [(ranks[r["designation"]], r["name"].casefold()) for r in rows]
    assert keys == sorted(keys) and rows[0]["designation"] == "EE"
    assert all(len(r["mobile"]) == 10 and r["mobile"].isdigit() for r in rows)
    # The same people, numbers and feeders as the seed file they were loaded from.
    seeds = _rows(seeds_dir() / "officers.csv")

    def norm(r: dict[str, str]) -> tuple[object, ...]:
        return (*(r[c] for c in COLUMNS[:-1]), frozenset(r["feeders"].split(";")) - {""})

    assert {norm(r) for r in rows} == {norm(r) for r in seeds}
    before = _dump(db)
    assert import_officers(db, out, by=OFFICE) == ImportSummary(added=0, updated=0, unchanged=60)
    assert _dump(db) == before


def test_export_then_import_into_a_store_without_those_officers(
    db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "directory.csv"
    export_officers(db, out)
    with db.write() as s:
        s.execute(OfficerFeeder.__table__.delete())
        s.execute(Officer.__table__.delete())
    assert import_officers(db, out, by=OFFICE) == ImportSummary(added=60, updated=0, unchanged=0)
    assert import_officers(db, out, by=OFFICE) == ImportSummary(added=0, updated=0, unchanged=60)


def test_exported_cells_cannot_run_as_formulas(db: Database, tmp_path: Path) -> None:
    hostile = {
        "E1004": ("=cmd|' /C calc'!A0", "+1"),
        "E1005": ("-2+3", "@SUM(A1)"),
        "E1006": ("\tTabbed", "'Quoted"),
    }
    with db.write() as s:
        for employee_id, (name, name_hi) in hostile.items():
            officer = s.scalar(select(Officer).where(Officer.employee_id == employee_id))
            assert officer is not None
            officer.name_en, officer.name_hi = name, name_hi
    out = tmp_path / "directory.csv"
    export_officers(db, out)
    by_id = {r["employee_id"]: r for r in _rows(out)}
    assert (by_id["E1004"]["name"], by_id["E1004"]["name_hi"]) == ("'=cmd|' /C calc'!A0", "'+1")
    assert (by_id["E1005"]["name"], by_id["E1005"]["name_hi"]) == ("'-2+3", "'@SUM(A1)")
    assert (by_id["E1006"]["name"], by_id["E1006"]["name_hi"]) == ("'\tTabbed", "''Quoted")
    for row in by_id.values():
        for value in row.values():
            assert value[:1] not in ("=", "+", "-", "@", "\t", "\r")
    # The marker apostrophe is taken off again on import: nothing changes.
    before = _dump(db)
    assert import_officers(db, out, by=OFFICE) == ImportSummary(added=0, updated=0, unchanged=60)
    assert _dump(db) == before


def test_export_to_an_unwritable_place_is_a_plain_message(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="cannot be written"):
        export_officers(db, tmp_path / "no-such-folder" / "out.csv")


# --- the command --------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], list[str]]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_cli_import_prints_one_summary_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = db.url.removeprefix("sqlite:///")
    path = _write(tmp_path, [HEADER, "E2035,A,,JE,9835012372,,E1002,", E1004 + ",F-BXR-01"])
    args = ("directory", "import", str(path), "--db", store)
    assert _cli(capsys, *args, "--dry-run") == (
        0,
        ["added 1, updated 1, unchanged 0 (dry run: nothing saved)"],
        [],
    )
    assert _cli(capsys, *args) == (0, ["added 1, updated 1, unchanged 0"], [])
    assert _cli(capsys, "--db", store, "directory", "import", str(path)) == (
        0,
        ["added 0, updated 0, unchanged 2"],
        [],
    )


def test_cli_import_refused_lists_each_problem_and_exits_1(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _dump(db)
    path = _write(
        tmp_path,
        [HEADER, "E2036,A,,JE,12345,,E1002,", "E2037,B,,Clerk,9835012373,,E1002,F-X"],
    )
    code, out, err = _cli(capsys, "directory", "import", str(path), "--db", db.url)
    assert code == 1 and out == []
    assert err == [
        "row 2: mobile 12345: this number is too short",
        "row 3: designation 'Clerk' is not one of EE, SDO, JE, LINEMAN",
        "row 3: unknown feeder(s) F-X",
        "fusecentre: in.csv not imported, 3 problem(s); nothing was changed",
    ]
    assert _dump(db) == before


def test_cli_missing_file_is_one_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _cli(capsys, "directory", "import", str(tmp_path / "x.csv"), "--db", db.url)
    assert (code, out) == (1, [])
    assert err == ["fusecentre: x.csv: there is no such file."]


def test_cli_export_then_import(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "officers-out.csv"
    code, out, err = _cli(capsys, "directory", "export", str(out_file), "--db", db.url)
    assert (code, out, err) == (0, [f"exported 60 officers to {out_file}"], [])
    code, out, err = _cli(capsys, "directory", "import", str(out_file), "--db", db.url)
    assert (code, out, err) == (0, ["added 0, updated 0, unchanged 60"], [])


def test_cli_directory_needs_an_action(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["directory"])
    assert caught.value.code == 2
    assert "ACTION" in capsys.readouterr().err


# --- files as Excel leaves them -------------------------------------------------------------


def test_excel_ansi_csv_with_hindi_lost_as_question_marks_is_refused(
    db: Database, tmp_path: Path
) -> None:
    """Excel's "CSV (Comma delimited)" writes Windows-1252 and a ? for each Hindi letter: all
    60 Hindi names would become ??? — the file is refused, naming the column and rows."""
    seed = (seeds_dir() / "officers.csv").read_text(encoding="utf-8")
    ansi = tmp_path / "officers-ansi.csv"
    ansi.write_bytes(seed.encode("cp1252", errors="replace"))
    assert b"???" in ansi.read_bytes()
    problems = _refused(db, ansi)
    assert problems == [
        "name_hi on row(s) 2-61 came back as question marks: the file was saved as "
        '"CSV (Comma delimited)", which cannot keep Hindi; save the sheet as "CSV UTF-8 '
        '(Comma delimited)" or as an Excel workbook (.xlsx) and use that file'
    ]
    with pytest.raises(ImportRefused):
        import_officers(db, ansi, by=OFFICE, dry_run=True)  # the dry run says so too


def test_one_lost_hindi_name_is_named_by_its_row(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [HEADER, "E2039,Ram Lal,,LINEMAN,9835012379,,E1004,", "E2040,Ram Das,???? ??,LINEMAN,,,,"],
        encoding="cp1252",
    )
    assert _refused(db, path)[0].startswith("name_hi on row(s) 3 came back as question marks")


def test_hindi_garbled_by_an_ansi_round_trip_is_refused(db: Database, tmp_path: Path) -> None:
    """A UTF-8 list opened as ANSI text and saved again as UTF-8: "विकास" became "à¤µà¤¿…"."""
    text = "\r\n".join([HEADER, E1004 + ",F-BXR-01"]) + "\r\n"
    garbled = text.encode("utf-8").decode("cp1252", errors="replace")
    path = tmp_path / "garbled.csv"
    path.write_bytes(garbled.encode("utf-8-sig"))
    [problem] = _refused(db, path)
    assert problem.startswith("name_hi on row(s) 2 reads as 'à¤…'") and "garbled.csv" in problem


def test_leading_zeros_of_employee_ids_are_kept_in_csv(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, [HEADER, "00123,Sunil Ram,सुनील राम,LINEMAN,9835012381,,E1004,"])
    assert import_officers(db, path, by=OFFICE).added == 1
    assert _officer(db, "00123")[0].name_hi == "सुनील राम"


def test_a_workbook_imports_with_hindi_and_leading_zeros(db: Database, tmp_path: Path) -> None:
    """A sheet as offices keep it: the employee id a number cell shown as 00124 through a
    "00000" format, another typed as text, the mobile a number cell; Hindi as typed."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    header = "Employee ID,Name,Hindi name,Designation,Mobile No.,Alternate,Reports to,Feeders"
    sheet.append(header.split(","))
    sheet.append([124, "Sunil Ram", "सुनील राम", "Lineman", 9835012382, None, "E1004", "F-BXR-01"])
    sheet["A2"].number_format = "00000"
    sheet.append(["00125", "Gita Devi", "गीता देवी", "LINEMAN", 9835012383, None, "E1004", ""])
    path = tmp_path / "officers.xlsx"
    book.save(path)
    assert import_officers(db, path, by=OFFICE) == ImportSummary(added=2, updated=0, unchanged=0)
    officer, feeders, boss = _officer(db, "00124")
    assert (officer.name_hi, officer.mobile, boss) == ("सुनील राम", "+919835012382", "E1004")
    assert feeders == {"F-BXR-01"}
    assert _officer(db, "00125")[0].name_hi == "गीता देवी"


def test_a_formula_in_a_workbook_and_an_old_xls_are_refused(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    sheet.append(["E2050", '=HYPERLINK("x")', "", "JE", "9835012384", "", "E1002", ""])
    path = tmp_path / "formula.xlsx"
    book.save(path)
    assert _refused(db, path) == [
        "row 2: name starts with '=', so a spreadsheet would run it as a formula"
    ]
    old = tmp_path / "officers.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    assert "old Excel 97-2003 workbook" in _refused(db, old)[0]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert _refused(db, broken) == ["broken.xlsx is not an Excel workbook (.xlsx) that can be read"]
