"""A PostgreSQL role for the desks: it may add records but never rewrite or remove them.

The hash chains let `verify` notice an event or audit record that was changed, but they do
not stop the change. On a PostgreSQL server the store can do better: the owner role runs the
migrations, and the desks sign in to the server as a second role that holds only what a desk
needs. That role may read the store, add rows and update the rows the desk keeps current
(complaints, counters, accounts, the chain heads...), but on the append-only tables
(`complaint_event`, `audit_record`) it may only read and add. Nothing the desk does deletes a
row, so the role may delete nothing either, except an officer's feeder links, which a
directory import replaces (the officer's audit record lists them, so the change is on
record).

On top of the grants, triggers on the two append-only tables refuse any UPDATE, DELETE or
TRUNCATE from anyone, the owner included, with a message that says why. The owner can still
drop the triggers (an owner can do anything to its own tables); they stop a slip, and a
desk, not a determined owner.

The triggers are created here, after the migrations, never by a migration. A future
migration that has to rewrite events or audit records (as 0003 did when it first chained the
events) must drop the two triggers, do its work, and leave them to be made again by running
`grant_desk_role` once more after the upgrade.

Run by the owner on a store that is up to date; run it again after every upgrade so that new
tables are granted too. `desk_role_sql` gives the same statements as text for an
administrator who would rather read them first and run them with psql.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from fusecentre_app.db.models import Base

SCHEMA = "public"
# The append-only tables and what their triggers say when a change is refused.
APPEND_ONLY: dict[str, str] = {
    "complaint_event": "complaint events are append-only",
    "audit_record": "audit records are append-only",
}
# Read by every desk at start-up (is the store up to date?), written only by migrations.
READ_ONLY = ("alembic_version",)
# Rows a desk deletes: the feeders an officer answers for, replaced by a directory import.
DELETABLE = ("officer_feeder",)
TRIGGER_FUNCTION = "fusecentre_refuse_rewrite"

# A plain lower-case name needs no care anywhere (psql, a URL, a pg_hba.conf line); it is
# quoted in the SQL all the same.
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_SPECIAL_ROLES = {"public", "none", "current_user", "current_role", "session_user", "user"}


class DeskRoleError(Exception):
    """The desk role cannot be set up as asked; the message says why and what to do."""


def check_role_name(role: str) -> str:
    """The role name, when it is a plain lower-case PostgreSQL name that is safe to use."""
    if not _ROLE_NAME.fullmatch(role):
        raise DeskRoleError(
            f"{role!r} is not a usable role name: use lower-case letters, digits and _ "
            "(starting with a letter or _, at most 63 characters)"
        )
    if role in _SPECIAL_ROLES or role.startswith("pg_"):
        raise DeskRoleError(f"{role!r} is a name PostgreSQL keeps for itself; choose another")
    return role


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table(name: str) -> str:
    return f"{_quoted(SCHEMA)}.{_quoted(name)}"


def _trigger_name(table: str) -> str:
    return f"{table}_append_only"


def store_tables() -> list[str]:
    """The tables of a store at head, as the models describe them (and Alembic's own)."""
    return sorted({*Base.metadata.tables, *READ_ONLY})


def desk_role_statements(role: str, tables: Iterable[str] | None = None) -> list[str]:
    """The statements that set up `role` as a desk role, in order, one per string.

    `tables` are the store's tables (default: those of the models); the append-only, read-only
    and deletable ones are picked out of them by name."""
    role_sql = _quoted(check_role_name(role))
    names = sorted(set(tables) if tables is not None else store_tables())
    missing = [t for t in APPEND_ONLY if t not in names]
    if missing:
        raise DeskRoleError(f"the store has no {', '.join(missing)} table; is it up to date?")
    append_only = [t for t in names if t in APPEND_ONLY]
    read_only = [t for t in names if t in READ_ONLY]
    deletable = [t for t in names if t in DELETABLE]
    current = [t for t in names if t not in APPEND_ONLY and t not in READ_ONLY]

    def listed(group: list[str]) -> str:
        return ", ".join(_table(t) for t in group)

    schema = _quoted(SCHEMA)
    statements = [
        # A clean slate, so running this again takes away anything granted by hand since.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role_sql}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role_sql}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM {role_sql}",
        # The database this is run in, whatever its name.
        "DO $$ BEGIN EXECUTE 'GRANT CONNECT ON DATABASE ' || quote_ident(current_database())"
        f" || ' TO {role_sql}'; END $$",
        f"GRANT USAGE ON SCHEMA {schema} TO {role_sql}",
        f"GRANT SELECT, INSERT, UPDATE ON TABLE {listed(current)} TO {role_sql}",
        f"GRANT SELECT, INSERT ON TABLE {listed(append_only)} TO {role_sql}",
        # Also from PUBLIC: a right granted to everyone would be the desk's too.
        f"REVOKE UPDATE, DELETE, TRUNCATE ON TABLE {listed(append_only)} FROM {role_sql}, PUBLIC",
    ]
    if read_only:
        statements.append(f"GRANT SELECT ON TABLE {listed(read_only)} TO {role_sql}")
    if deletable:
        statements.append(f"GRANT DELETE ON TABLE {listed(deletable)} TO {role_sql}")
    function = f"{schema}.{_quoted(TRIGGER_FUNCTION)}"
    statements += [
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role_sql}",
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  RAISE EXCEPTION USING\n"
        "    MESSAGE = TG_ARGV[0] || ': ' || TG_OP || ' on ' || TG_TABLE_NAME || ' refused',\n"
        "    HINT = 'A wrong entry is put right by a correction, which adds a record.';\n"
        "END\n"
        "$$",
    ]
    for table in append_only:
        trigger = _quoted(_trigger_name(table))
        message = APPEND_ONLY[table].replace("'", "''")
        statements += [
            f"DROP TRIGGER IF EXISTS {trigger} ON {_table(table)}",
            f"CREATE TRIGGER {trigger} BEFORE UPDATE OR DELETE OR TRUNCATE ON {_table(table)} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}('{message}')",
        ]
    return statements


def desk_role_sql(role: str, tables: Iterable[str] | None = None) -> str:
    """The same statements as a psql script, for an administrator to read and run by hand
    (as the store's owner, in the store's database, after the upgrade)."""
    lines = [
        f"-- Desk role {check_role_name(role)}: reads and adds records; may update the rows",
        "-- the desk keeps current but not the append-only complaint_event and audit_record;",
        "-- deletes nothing but an officer's feeder links. Triggers refuse any UPDATE, DELETE",
        "-- or TRUNCATE of the append-only tables, by anyone. Run as the owner of the tables.",
        "BEGIN;",
    ]
    lines += [f"{statement};" for statement in desk_role_statements(role, tables)]
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


@contextmanager
def _transaction(bind: Engine | Connection) -> Iterator[Connection]:
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            yield conn
    elif bind.in_transaction():
        yield bind  # the caller's transaction: the caller commits
    else:
        with bind.begin():
            yield bind


def _require_postgresql(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise DeskRoleError(
            "desk roles are a PostgreSQL feature; a SQLite store is one file, protected only "
            "by who may write to it"
        )


def _check_store(conn: Connection, role: str) -> list[str]:
    """The store's tables, once the store is up to date, the one running this owns them, and
    `role` is a role that holds nothing of the owner's."""
    from fusecentre_app.db.migrate import head_revision

    current = MigrationContext.configure(conn).get_current_revision()
    if current != head_revision():
        raise DeskRoleError(
            f"the store is at revision {current or 'none'}, not {head_revision()}: open it "
            "once as its owner (for example `fusecentre verify --db URL`) to upgrade it first"
        )
    tables = {
        str(name): str(owner)
        for name, owner in conn.execute(
            text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = :schema"),
            {"schema": SCHEMA},
        )
    }
    owners = sorted(set(tables.values()))
    me = conn.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    if not me.rolsuper:
        for owner in owners:
            if not conn.scalar(
                text("SELECT pg_has_role(current_user, :owner, 'USAGE')"), {"owner": owner}
            ):
                raise DeskRoleError(
                    f"connected as {me.current_user}, but the tables belong to {owner}: "
                    "run this as the owner of the store"
                )
    found = conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = :role"), {"role": role}
    ).first()
    if found is None:
        raise DeskRoleError(
            f"there is no role {role}: make it first, e.g. CREATE ROLE {role} LOGIN PASSWORD '...'"
        )
    if found.rolsuper:
        raise DeskRoleError(f"{role} is a superuser, which no grant can restrain")
    for owner in owners:
        if conn.scalar(
            text("SELECT pg_has_role(:role, :owner, 'MEMBER')"), {"role": role, "owner": owner}
        ):
            raise DeskRoleError(
                f"{role} is (or may act as) {owner}, the owner of the tables: a desk role "
                "must be a role of its own"
            )
    return sorted(tables)


def _check_granted(conn: Connection, role: str, tables: list[str]) -> None:
    """What the role may do now, all memberships included, is what was meant."""
    for table in tables:
        for right in ("UPDATE", "DELETE", "TRUNCATE"):
            allowed = right == "UPDATE" and table not in APPEND_ONLY and table not in READ_ONLY
            allowed = allowed or (right == "DELETE" and table in DELETABLE)
            # An UPDATE granted on a single column counts too.
            check = "has_any_column_privilege" if right == "UPDATE" else "has_table_privilege"
            holds = conn.scalar(
                text(f"SELECT {check}(:role, :table, :right)"),
                {"role": role, "table": _table(table), "right": right},
            )
            if holds and not allowed:
                raise DeskRoleError(
                    f"{role} may still {right} {table} through another role it belongs to "
                    "(or one granted to PUBLIC): take that away first"
                )


def grant_desk_role(bind: Engine | Connection, role: str) -> None:
    """Set up an existing role as a desk role on this PostgreSQL store, in one transaction.

    Run it as the store's owner, after the store has been upgraded; run it again after every
    later upgrade. It may be run any number of times. Given a connection already in a
    transaction, it works inside that transaction and leaves the commit to the caller."""
    check_role_name(role)
    with _transaction(bind) as conn:
        _require_postgresql(conn)
        tables = _check_store(conn, role)
        for statement in desk_role_statements(role, tables):
            conn.exec_driver_sql(statement)
        _check_granted(conn, role, tables)


def revoke_desk_role(bind: Engine | Connection, role: str) -> None:
    """Take every right on this store away from a desk role (before `DROP ROLE`, when a desk
    is retired). The triggers stay: they protect the records whoever connects."""
    role_sql = _quoted(check_role_name(role))
    schema = _quoted(SCHEMA)
    with _transaction(bind) as conn:
        _require_postgresql(conn)
        for statement in (
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role_sql}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role_sql}",
            f"REVOKE ALL ON SCHEMA {schema} FROM {role_sql}",
            "DO $$ BEGIN EXECUTE 'REVOKE ALL ON DATABASE ' || quote_ident(current_database())"
            f" || ' FROM {role_sql}'; END $$",
        ):
            conn.exec_driver_sql(statement)
