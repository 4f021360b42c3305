"""`gapkit assessments list --json`: every assessment with its stored result, as JSON.

Each stored result keeps its JSON text beside its scores (`assessment_scores.result_json`,
written by `desktop.services.scores` with `result_json()` below), so a listing copies that text
rather than gathering section and theme rows and encoding them again. On SQLite the listing is
read here with plain `sqlite3`, read-only, without loading SQLAlchemy or the models: 20,000
assessments in a fraction of a second; on PostgreSQL (`GAPKIT_DATABASE_URL`) the same query
goes through psycopg alone, for the same reason (loading and opening the store was most of a
listing's time there too: 1.2 s CPU at 1k). It steps aside (returns None) whenever the file is not
simply readable at this code's schema or a completed assessment still lacks its stored result;
the command then opens the store, which migrates and scores what is missing
(`AssessmentService.listing`), and prints the same rows.

Both ways give `ListingRow`s, printed by `encode_listing`: one place decides the output.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from desktop.services.first_look import open_read_only
from desktop.store.revision import HEAD_REVISION

log = logging.getLogger(__name__)

# The head of each listed object, in output order; a ListingRow holds these values (timestamps
# as ISO text, `deleted` as a bool) followed by the stored result's JSON text or None.
HEAD_KEYS = (
    "id",
    "organisation_id",
    "organisation_name",
    "kind",
    "mode",
    "status",
    "form_id",
    "form_version",
    "venue",
    "facilitator",
    "started_at",
    "completed_at",
    "modified_at",
    "deleted",
)
ListingRow = tuple[Any, ...]


def result_json(
    overall_score: float | None,
    overall_rag: str | None,
    verdict: str | None,
    unmet_conditions: Sequence[str],
    sections: Iterable[tuple[str, float | None]],
    support_needs: Iterable[str],
) -> str:
    """The result part of a listed assessment, as stored with its scores: `sections` are
    (section id, score) in form order; themes are sorted, so every database lists them alike."""
    return orjson.dumps(
        {
            "overall_score": overall_score,
            "overall_rag": overall_rag,
            "readiness": verdict,
            "unmet_conditions": list(unmet_conditions),
            "sections": dict(sections),
            "support_needs": sorted(support_needs),
        }
    ).decode()


# A draft's (and an unscored assessment's) result part: not scored until completed.
NO_RESULT = result_json(None, None, None, [], [], [])


def encode_listing(rows: Iterable[ListingRow]) -> bytes:
    """The JSON array `assessments list --json` prints: one object per line."""
    width = len(HEAD_KEYS)
    no_result = NO_RESULT.encode()[1:]
    lines = []
    dumps = orjson.dumps
    for row in rows:
        head = dumps(dict(zip(HEAD_KEYS, row[:width], strict=True)))
        stored = row[width]
        # `{head…}` and `{result…}` joined into one object: the head's closing brace dropped,
        # the result's opening one too.
        lines.append(head[:-1] + b"," + (stored.encode()[1:] if stored else no_result))
    if not lines:
        return b"[]\n"
    return b"[\n" + b",\n".join(lines) + b"\n]\n"


def iso_text(stored: str | datetime | None) -> str | None:
    """A stored UTC timestamp as the ISO text lists write ("2026-11-24T09:15:02.123Z"), the
    same as `desktop.store.records.iso`: SQLAlchemy keeps SQLite timestamps as
    "2026-11-24 09:15:02.123000" (UTC), cut here without parsing."""
    if stored is None:
        return None
    if isinstance(stored, str):
        if len(stored) == 26 and stored[10] == " " and stored[19] == ".":
            return f"{stored[:10]}T{stored[11:23]}Z"
        moment = datetime.fromisoformat(stored)
        stored = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    moment = stored.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


# Newest first, ties by id: the order both ways give.
_QUERY = """
    SELECT a.id, a.organisation_id, o.name, a.kind, a.mode, a.status, a.form_id,
           a.form_version, a.venue, a.facilitator, {timestamps}, s.result_json
    FROM assessments a
    JOIN organisations o ON o.id = a.organisation_id
    LEFT JOIN assessment_scores s ON s.assessment_id = a.id
    WHERE a.deleted_at IS NULL {filters}
    ORDER BY a.started_at DESC, a.id
"""
# SQLite keeps timestamps as UTC text, which iso_text cuts; PostgreSQL writes the same text
# itself (formatting 60,000 datetimes in Python was half a 20k listing's time there).
_SQLITE_TIMESTAMPS = "a.started_at, a.completed_at, a.modified_at"
_POSTGRES_TIMESTAMPS = ", ".join(
    f"to_char(a.{column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    for column in ("started_at", "completed_at", "modified_at")
)


def quick_listing(
    data_dir: Path,
    organisation_id: str | None = None,
    kind: str | None = None,
    status: str | None = None,
    database_url: str | None = None,
) -> list[ListingRow] | None:
    """The live assessments (filtered as `AssessmentService.list_summaries`) read straight
    from the data folder's SQLite file, or from the PostgreSQL database at `database_url`
    (by default `GAPKIT_DATABASE_URL`), or None when the store must open first: no file,
    another schema, any error, or a completed assessment without its stored result."""
    url = database_url if database_url is not None else os.environ.get("GAPKIT_DATABASE_URL")
    if url:
        return _postgres_listing(url, organisation_id, kind, status)
    opened = open_read_only(data_dir)
    if opened is None:
        return None
    path, connection = opened
    try:
        return _read(connection, organisation_id, kind, status)
    except (sqlite3.Error, ValueError, TypeError) as error:
        log.info("Listing %s through the store: %s", path, error)
        return None
    finally:
        connection.close()


def _postgres_listing(
    url: str, organisation_id: str | None, kind: str | None, status: str | None
) -> list[ListingRow] | None:
    """The same read on PostgreSQL with psycopg (the driver the store uses), or None."""
    scheme, separator, rest = url.partition("://")
    if not separator or scheme not in ("postgresql", "postgresql+psycopg"):
        return None
    try:
        import psycopg
    except ImportError:
        return None
    try:
        # libpq takes the URL as SQLAlchemy does, once the driver's name is dropped.
        with psycopg.connect(f"postgresql://{rest}") as connection:
            connection.read_only = True
            return _read(connection, organisation_id, kind, status, postgres=True)
    except (psycopg.Error, ValueError, TypeError) as error:
        log.info("Listing through the store: %s", error)
        return None


def _read(
    connection: Any,
    organisation_id: str | None,
    kind: str | None,
    status: str | None,
    postgres: bool = False,
) -> list[ListingRow] | None:
    """The listing from a sqlite3 connection, or a psycopg one (`postgres`)."""
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD_REVISION:
        return None
    filters, parameters = [], []
    for column, value in (("organisation_id", organisation_id), ("kind", kind), ("status", status)):
        if value:
            filters.append(f"AND a.{column} = {'%s' if postgres else '?'}")
            parameters.append(value)
    rows: list[ListingRow] = []
    append = rows.append
    query = _QUERY.format(
        timestamps=_POSTGRES_TIMESTAMPS if postgres else _SQLITE_TIMESTAMPS,
        filters=" ".join(filters),
    )
    found = connection.execute(query, parameters)
    # psycopg has every row at hand already: one fetchall is far cheaper than a step per row.
    for *head, started_at, completed_at, modified_at, stored in (
        found.fetchall() if postgres else found
    ):
        if stored is None and head[5] != "draft":
            # Completed but not scored yet (or scored before results kept their JSON): the
            # store scores it first.
            log.info("Assessment %s has no stored result yet", head[0])
            return None
        append(
            (
                *head,
                iso_text(started_at),
                iso_text(completed_at),
                iso_text(modified_at),
                False,
                stored,
            )
        )
    return rows
