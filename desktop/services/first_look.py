"""The app's first look at the data: the register read straight from the SQLite file.

Loading SQLAlchemy, the models and the registration rules takes most of a second; the first
page a worker sees (the register) needs none of them. So the app reads it here with plain
`sqlite3`, read-only, fills the page, and opens the store (`open_services`) behind it; the rest
of the app waits for the store as before.

This is a SQLite-only shortcut: with `GAPKIT_DATABASE_URL` set (PostgreSQL) there is no first
look and the page fills once the store is open. So is a file that is missing, damaged, locked,
or at another schema than this code's (`HEAD_REVISION`): the store will migrate, refuse or
explain it, and the first look steps aside rather than show what a migration may change.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.services.organisation_rows import OrganisationSummary, identifiers_text
from desktop.services.setting_keys import SettingKey
from desktop.store.revision import DATABASE_FILE, HEAD_REVISION, sqlite_uri

log = logging.getLogger(__name__)

# The same rows, in the same order, as `OrganisationService.search()` gives the page.
_REGISTER_QUERY = """
    SELECT id, name, legal_form, ward, postcode, charity_id, company_id, mutuals_id,
           gap_status, modified_at
    FROM organisations WHERE deleted_at IS NULL ORDER BY name
"""


@dataclass(frozen=True)
class FirstLook:
    """What the window needs before the store is open: its edition and the register."""

    council_mode: bool
    use: str | None  # "worker", "group", "council", or None before first run
    organisations: list[OrganisationSummary]

    @property
    def edition(self) -> str:
        """The edition the window shows ("field", "council", "group"), as
        `MainWindow.attach_services` will decide it from the same settings."""
        if self.use == "group":
            return "group"
        return "council" if self.council_mode else "field"


def open_read_only(data_dir: Path) -> tuple[Path, sqlite3.Connection] | None:
    """The data folder's SQLite file and a read-only connection to it, or None (no file yet,
    or it can't be opened). Read-only: a quick read may not create, migrate or lock the file
    the store will open."""
    path = Path(data_dir) / DATABASE_FILE
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=1)
    except sqlite3.Error:
        return None
    return path, connection


def first_look(data_dir: Path) -> FirstLook | None:
    """The register and the edition's settings read from the data folder's SQLite file, or
    None when there is no quick way (PostgreSQL, no file yet, another schema, any error)."""
    if os.environ.get("GAPKIT_DATABASE_URL"):
        return None
    opened = open_read_only(data_dir)
    if opened is None:
        return None
    path, connection = opened
    try:
        return _read(connection)
    except (sqlite3.Error, ValueError, TypeError) as error:
        # Anything unexpected: the store opens as before and says what is wrong, if anything.
        log.info("No first look at %s: %s", path, error)
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection) -> FirstLook | None:
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD_REVISION:
        return None
    settings = dict(
        connection.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?)",
            (str(SettingKey.COUNCIL_MODE), str(SettingKey.SETUP_USE)),
        ).fetchall()
    )
    council_mode = settings.get(str(SettingKey.COUNCIL_MODE))
    use = settings.get(str(SettingKey.SETUP_USE))
    organisations = [
        OrganisationSummary(
            id=row[0],
            name=row[1],
            legal_form=row[2],
            ward=row[3],
            postcode=row[4],
            identifiers=identifiers_text(row[5], row[6], row[7]),
            gap_status=row[8],
            modified_at=_stored_time(row[9]),
            deleted=False,
        )
        for row in connection.execute(_REGISTER_QUERY)
    ]
    return FirstLook(
        council_mode=bool(json.loads(council_mode)) if council_mode is not None else False,
        use=str(json.loads(use)) if use is not None and json.loads(use) else None,
        organisations=organisations,
    )


def _stored_time(value: str) -> datetime:
    """A stored UTC timestamp ("2026-11-24 09:15:02.123000", as SQLAlchemy writes it to SQLite)
    as the aware datetime the store would give."""
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
