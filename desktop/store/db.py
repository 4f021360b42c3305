"""Opening the store: engine setup, backup, migrations and the local device identity."""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import ARRAY, String, bindparam, create_engine, event, func, select, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import QueryableAttribute, Session, sessionmaker
from sqlalchemy.pool import NullPool
from sqlalchemy.sql.elements import ColumnElement

from desktop.errors import DatabaseProblem, DatabaseTooNew, Message, UserError
from desktop.paths import default_data_dir, remove_left_behind
from desktop.store.models import Counter, Device, new_id
from desktop.store.revision import DATABASE_FILE, HEAD_REVISION, sqlite_uri

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
PARTIAL_BACKUP_SUFFIX = ".partial"
BACKUPS_KEPT = 5

# DATABASE_FILE and HEAD_REVISION (the newest migration this code knows: change it with each
# new migration) live in desktop/store/revision.py, light enough for the app's first look.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Ids per `IN (...)` query (and rows per bulk insert): few round trips, well under SQLite's
# bound-parameter limit (999 before SQLite 3.32, 32,766 since) and PostgreSQL's (65,535).
ID_CHUNK = 5000 if sqlite3.sqlite_version_info >= (3, 32) else 900

_Item = TypeVar("_Item")


def in_chunks(items: Sequence[_Item], size: int = ID_CHUNK) -> Iterator[Sequence[_Item]]:
    """`items` in slices of at most `size`, for `IN (...)` lists and bulk inserts."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def ids_in(
    column: ColumnElement[Any] | QueryableAttribute[Any], ids: Sequence[str], dialect: str
) -> Iterator[Any]:
    """`column IN ids`, one condition per `in_chunks` slice of the ids (a query each).

    On PostgreSQL a slice goes as one array parameter, unnested in a subquery: an `IN` list of
    5,000 values took it 35-80 ms to plan (it weighs each value against the column's
    statistics), often longer than running the query."""
    for chunk in in_chunks(ids):
        if dialect == "postgresql":
            yield column.in_(select(func.unnest(bindparam(None, list(chunk), type_=ARRAY(String)))))
        else:
            yield column.in_(chunk)


@dataclass
class Store:
    """An open database: the engine, a session factory, and who this installation is."""

    engine: Engine
    data_dir: Path
    device_id: str
    device_name: str
    database_url: str
    backup_path: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    # SQLite: a connection of its own that only ever reads PRAGMA data_version.
    _watcher: sqlite3.Connection | None = field(default=None, init=False, repr=False)
    _watcher_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def data_version(self) -> int | None:
        """SQLite: a number that changes whenever any connection, this process's or another's,
        commits a change to the database (PRAGMA data_version, read on a connection of its own
        that never writes, so no write can go unseen); None on PostgreSQL, which has none."""
        path = self.engine.url.database
        if not self.is_sqlite or not path or path == ":memory:":
            return None
        with self._watcher_lock:
            if self._watcher is None:
                self._watcher = sqlite3.connect(path, check_same_thread=False, timeout=10)
            return int(self._watcher.execute("PRAGMA data_version").fetchone()[0])

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            # A full disk or a folder turned read-only: say so, not "damaged".
            if self.is_sqlite and _is_storage_fault(exc):
                path = Path(self.database_url.removeprefix("sqlite:///"))
                raise classify_sqlite_error(path, exc.orig or exc) from exc
            raise
        finally:
            session.close()

    def close(self) -> None:
        with self._watcher_lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
        self.engine.dispose()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def _sqlite_engine(path: Path, *, transactional_ddl: bool = False) -> Engine:
    """The engine for a SQLite file. With `transactional_ddl` (migrations only), CREATE and
    ALTER run inside the transaction as well: Python's sqlite3 driver otherwise starts a
    transaction only before INSERT, UPDATE or DELETE, so each CREATE TABLE is kept on its own
    and a copy killed half-way through making the tables leaves them made but unstamped."""
    # The path as it is: in a URL text a folder named "q?x" or "#2" or "100%41" would be cut
    # short or decoded (`read_only_uri` says the same to sqlite3).
    url = URL.create("sqlite", database=str(path))
    if transactional_ddl:
        engine = create_engine(url, connect_args={"timeout": 10}, poolclass=NullPool)
    else:
        engine = create_engine(url, connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL syncs the WAL at every commit: an answer given is an answer kept, even on
        # power loss. Each save is a tiny transaction, so the cost is small.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
        if transactional_ddl:
            # The driver leaves transactions to us; _begin opens each one.
            dbapi_connection.isolation_level = None

    if transactional_ddl:

        @event.listens_for(engine, "begin")
        def _begin(connection):
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "checkin")
    def _foreign_keys_back_on(dbapi_connection, record):
        # After the transaction that turned them off (suspend_foreign_keys), committed or
        # rolled back: every other use of the pooled connection has them on.
        if record.info.pop(_FOREIGN_KEYS_SUSPENDED, False) and dbapi_connection is not None:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

    return engine


_FOREIGN_KEYS_SUSPENDED = "gapkit_foreign_keys_suspended"


def suspend_foreign_keys(connection: Connection) -> bool:
    """SQLite: stop checking foreign keys on this session's connection until it goes back to
    the pool (the end of its transaction), for a bulk load that checks them itself once at
    the end (`PRAGMA foreign_key_check`). SQLite only changes the setting outside a
    transaction: returns False (and changes nothing) if one is already open."""
    fairy = connection.connection
    raw: sqlite3.Connection = fairy.driver_connection  # type: ignore[assignment]
    if raw.in_transaction:
        return False
    fairy.info[_FOREIGN_KEYS_SUSPENDED] = True
    raw.execute("PRAGMA foreign_keys=OFF")
    return True


SQLITE_HEADER = b"SQLite format 3\x00"


def _is_brand_new_folder(folder: Path) -> bool:
    """Nothing but the database file (and its journal) in the folder: never used before."""
    others = [
        p.name
        for p in folder.iterdir()
        if not p.name.startswith(DATABASE_FILE) and p.name not in ("logs",)
    ]
    return not others


def _damaged(path: Path, what: str) -> DatabaseProblem:
    """`what`: a `Message` of ours, or SQLite's own words (English)."""
    return DatabaseProblem(
        "The database {path} is damaged ({what}). Nothing was changed. Close GAP Field Kit, "
        "move the file aside and copy the newest file from {backups} in its place (renamed "
        "{file}); ask IT for help if there is none.",
        kind="damaged",
        path=path,
        what=what,
        backups=path.parent / BACKUP_FOLDER,
        file=DATABASE_FILE,
    )


def _not_ours(path: Path, what: str) -> DatabaseProblem:
    return DatabaseProblem(
        "The file {path} is not a GAP Field Kit database ({what}). Nothing was changed. Check "
        "the data folder (--data-dir or GAPKIT_DATA_DIR) points where you meant; if it does, "
        "move that file aside.",
        kind="not ours",
        path=path,
        what=what,
    )


def _sqlite_revision(path: Path) -> str | None:
    """The Alembic revision stamped in a SQLite file, read without writing anything to it.

    Tells a damaged file (0 bytes or cut short in a used folder, malformed pages) from a file
    that is not ours (another program's SQLite file, or not SQLite at all).
    """
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        if _is_brand_new_folder(path.parent):
            return None  # a first run that stopped before writing anything
        raise _damaged(
            path, Message("the file is empty, 0 bytes, though this folder was used before")
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        if len(header) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header):
            raise _damaged(path, Message("the file is cut short"))
        raise _not_ours(path, Message("it is not an SQLite database file"))
    try:
        # Read-only, unless a write-ahead log is beside it: after a crash (kill -9) the
        # committed work may still be only in the log, and a read-only connection cannot
        # recover it, so it would see an older (even empty) schema and migrate again.
        wal = path.with_name(path.name + "-wal")
        mode = "rw" if wal.exists() and wal.stat().st_size > 0 else "ro"
        connection = sqlite3.connect(sqlite_uri(path, mode), uri=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(path, exc) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise _not_ours(
                    path,
                    Message(
                        "it holds other tables ({tables}…)", tables=", ".join(sorted(tables)[:3])
                    ),
                )
            return None
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    except sqlite3.DatabaseError as exc:
        raise classify_sqlite_error(path, exc) from exc
    finally:
        connection.close()


def _is_storage_fault(error: BaseException) -> bool:
    text = str(error).lower()
    return any(
        words in text for words in ("disk is full", "no space left", "readonly", "read-only")
    )


def classify_sqlite_error(path: Path, error: BaseException) -> DatabaseProblem:
    """What a SQLite error on the database file means for the person using it."""
    text = str(error).lower()
    if "disk is full" in text or "no space left" in text:
        return DatabaseProblem(
            "The disk holding {folder} is full, so GAP Field Kit cannot save. The "
            "database is not damaged. Free some space (empty the recycle bin, move old files "
            "off), then try again.",
            kind="disk full",
            folder=path.parent,
        )
    if (
        "readonly" in text
        or "read-only" in text
        or "permission denied" in text
        or ("unable to open" in text and not os.access(path.parent, os.W_OK))
    ):
        return DatabaseProblem(
            "The data folder {folder} cannot be written to (it is read-only, or you "
            "have no permission). The database is not damaged. Choose a folder you can write "
            "to, or ask IT to give you write access.",
            kind="read-only",
            folder=path.parent,
        )
    if "not a database" in text:
        return _not_ours(path, str(error))
    return _damaged(path, str(error))


def quick_check(store: Store) -> list[str]:
    """SQLite's `PRAGMA quick_check`: [] if the file is sound, else what it found (at most
    ten lines). PostgreSQL checks its own pages: always []."""
    if not store.is_sqlite:
        return []
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA quick_check(10)").fetchall()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def _engine_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, "alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {revision.revision for revision in script.walk_revisions()}


def _refuse_if_newer(revision: str | None, where: str) -> None:
    if revision is None or revision == HEAD_REVISION:
        return
    if revision not in _known_revisions():
        raise DatabaseTooNew(
            "The database {where} was written by a newer version of GAP Field Kit "
            "(schema {revision}; this version knows up to {known}). "
            "Install the newer version to open it. The database has not been changed.",
            where=where,
            revision=revision,
            known=HEAD_REVISION,
        )


def backup_sqlite(path: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live SQLite database with its backup API (consistent even with WAL).

    The copy is made under a partial name and renamed when whole: a copy killed half-way
    must not be listed as a backup (a damaged database's message says to copy the newest
    backup in its place)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    destination = backup_dir / f"gapkit-{stamp}-{label}.sqlite3"
    partial = destination.with_name(destination.name + PARTIAL_BACKUP_SUFFIX)
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    os.replace(partial, destination)
    remove_left_behind(_partial_backups(backup_dir))  # by a copy killed half-way
    old_backups = sorted(backup_dir.glob("gapkit-*.sqlite3"))
    for stale in old_backups[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return destination


def _partial_backups(backup_dir: Path) -> list[Path]:
    """Copies being made, or left half-made by a copy that was killed (with their journal)."""
    return sorted(backup_dir.glob(f"gapkit-*.sqlite3{PARTIAL_BACKUP_SUFFIX}*"))


def backups_of(data_dir: Path) -> list[Path]:
    """The backup copies the app keeps of its SQLite database, oldest first."""
    return sorted((data_dir / BACKUP_FOLDER).glob("gapkit-*.sqlite3"))


def delete_backups(data_dir: Path) -> list[Path]:
    """Delete every backup copy (an erasure must reach them); returns what was deleted."""
    deleted = []
    for path in [*backups_of(data_dir), *_partial_backups(data_dir / BACKUP_FOLDER)]:
        path.unlink(missing_ok=True)
        deleted.append(path)
    return deleted


def purge_free_space(store: Store) -> None:
    """Leave no copy of deleted or overwritten values in the database files.

    SQLite: VACUUM rewrites the file without its free pages, and a TRUNCATE checkpoint moves
    the write-ahead log into it and empties the log (old page images live there too).
    PostgreSQL keeps dead row versions until vacuumed; a plain VACUUM of the tables makes
    their space reusable (the server's own WAL archives and backups are the DBA's: docs/privacy.md).
    """
    from sqlalchemy import text

    if store.is_sqlite:
        with store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA secure_delete=ON")
            raw.commit()
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM"))


def run_migrations(engine: Engine) -> None:
    """Every migration up to the newest in one transaction: all of them or, if the process is
    killed or a step fails, none (PostgreSQL's DDL is transactional already)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    migrating = engine
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        migrating = _sqlite_engine(Path(engine.url.database), transactional_ddl=True)
    try:
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        if migrating is not engine:
            migrating.dispose()


def os_user_name() -> str:
    """The person logged in: their full name where the system has one, else the login name;
    empty when neither can be read."""
    import getpass

    try:
        login = getpass.getuser()
    except (OSError, KeyError):
        return ""
    try:
        import pwd  # not on Windows

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or login


def default_device_name() -> str:
    """A computer's name until the worker gives one: the host name alone is often the same on
    every council laptop ("vm", "DESKTOP-1"), so it says whose computer it is too."""
    host = socket.gethostname()
    user = os_user_name()
    if user and host:
        return f"{user}'s computer ({host})"
    return host or (f"{user}'s computer" if user else "GAP Field Kit")


def _ensure_local_device(engine: Engine, device_name: str | None) -> tuple[str, str]:
    with Session(engine) as session, session.begin():
        device = session.scalars(select(Device).where(Device.is_local.is_(True))).first()
        if device is None:
            device = Device(
                id=new_id(),
                name=device_name or default_device_name(),
                is_local=True,
                status="local",
                created_at=datetime.now(UTC),
            )
            session.add(device)
        if session.get(Counter, "change_seq") is None:
            session.add(Counter(name="change_seq", value=0))
        return device.id, device.name


def open_store(
    data_dir: Path | str | None = None,
    database_url: str | None = None,
    device_name: str | None = None,
) -> Store:
    """Open (creating and migrating if needed) the store in `data_dir` or at `database_url`.

    A SQLite database gets a backup copy before any migration runs. A database written by a
    newer version is refused before anything touches it.
    """
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
    url = database_url or os.environ.get("GAPKIT_DATABASE_URL")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            "Cannot create the data folder {folder}: {reason}.", folder=folder, reason=exc.strerror
        ) from exc

    backup_path: Path | None = None
    if url:
        engine = create_engine(url, pool_pre_ping=True)
        revision = _engine_revision(engine)
        _refuse_if_newer(revision, "at " + engine.url.render_as_string(hide_password=True))
        if revision != HEAD_REVISION:
            run_migrations(engine)
    else:
        path = database_path(folder)
        revision = _sqlite_revision(path)
        _refuse_if_newer(revision, str(path))
        url = f"sqlite:///{path}"
        engine = _sqlite_engine(path)
        try:
            if revision != HEAD_REVISION:
                if path.exists():
                    backup_path = backup_sqlite(path, folder / BACKUP_FOLDER, revision or "empty")
                run_migrations(engine)
            device_id, name = _ensure_local_device(engine, device_name)
        except (sqlite3.Error, OperationalError, DatabaseError) as exc:
            engine.dispose()
            raise classify_sqlite_error(path, getattr(exc, "orig", None) or exc) from exc
        except OSError as exc:
            engine.dispose()
            raise classify_sqlite_error(path, exc) from exc
        return Store(
            engine=engine,
            data_dir=folder,
            device_id=device_id,
            device_name=name,
            database_url=url,
            backup_path=backup_path,
        )
    device_id, name = _ensure_local_device(engine, device_name)
    store = Store(
        engine=engine,
        data_dir=folder,
        device_id=device_id,
        device_name=name,
        database_url=url,
        backup_path=backup_path,
    )
    return store
