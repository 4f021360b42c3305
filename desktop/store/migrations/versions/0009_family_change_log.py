"""family_change_log: PostgreSQL keeps how many records of each assessment's family hold each
change number (issue 16)

The Sync page counts what the next export would hold, exactly (the counts enable Export). On
PostgreSQL counting a million answers in a change range took ~0.12 s of server CPU, and the
held-back drafts' answers ~0.05 s more: there is no cheap exact `count(*)`. Triggers on the five
family tables append to this log instead; the export's count sums it
(`desktop.services.sync.export.RecordReader`).

- One row per (table, change number, assessment) and a signed number of records. Writers only
  append (an INSERT or DELETE statement adds one row per group it touched; an UPDATE of a
  record's change number or assessment adds -1 for the old key and +1 for the new), so two
  writers never wait on each other's rows. An upserted count made merges ten times slower
  (every executemany UPDATE made a new version of the same few rows).
- `compacted` is false on appended rows: `family_change_log_compact()` replaces every key that
  has fresh rows by its sum (dropping zeros). The import calls it before its commit.
- `ix_assessments_drafts`: the drafts every family count leaves out, read from a small index.
- SQLite needs none of this: its b-tree counts (`count(*)`) are cheap, and nothing there would
  read the log. On SQLite this migration does nothing.

Revision ID: 0009_family_change_log
Revises: 0008_responses_agreed_index
"""

from alembic import op

revision = "0009_family_change_log"
down_revision = "0008_responses_agreed_index"
branch_labels = None
depends_on = None

FAMILY_TABLES = ("participants", "responses", "action_items", "action_reviews", "review_notes")

# Taken by the compaction for the rest of its transaction: two compactions never delete the
# same rows in different orders (a deadlock would fail an import). Any 64-bit number not used
# elsewhere: "famlog" in ASCII.
COMPACTION_LOCK = 0x66616D6C6F67


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE TABLE family_change_log (
            table_name text NOT NULL,
            change_seq bigint NOT NULL,
            assessment_id text NOT NULL,
            records bigint NOT NULL,
            compacted boolean NOT NULL DEFAULT false
        )"""
    )
    # The count reads the index alone: table, then the change range, then the assessment.
    op.execute(
        "CREATE INDEX ix_family_change_log_window ON family_change_log "
        "(table_name, change_seq, assessment_id) INCLUDE (records)"
    )
    # The keys to compact: only the rows appended since the last compaction.
    op.execute(
        "CREATE INDEX ix_family_change_log_fresh ON family_change_log "
        "(table_name, change_seq, assessment_id) WHERE NOT compacted"
    )
    op.execute(
        """
        CREATE FUNCTION family_change_log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO family_change_log (table_name, change_seq, assessment_id, records)
            SELECT TG_TABLE_NAME, change_seq, assessment_id, count(*)
            FROM added GROUP BY change_seq, assessment_id;
            RETURN NULL;
        END $$"""
    )
    op.execute(
        """
        CREATE FUNCTION family_change_log_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO family_change_log (table_name, change_seq, assessment_id, records)
            SELECT TG_TABLE_NAME, change_seq, assessment_id, -count(*)
            FROM removed GROUP BY change_seq, assessment_id;
            RETURN NULL;
        END $$"""
    )
    # Row by row: PostgreSQL allows no transition tables on a trigger limited to columns, and
    # the merge writes one record per UPDATE statement anyway.
    op.execute(
        """
        CREATE FUNCTION family_change_log_moved() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO family_change_log (table_name, change_seq, assessment_id, records)
            VALUES (TG_TABLE_NAME, OLD.change_seq, OLD.assessment_id, -1),
                   (TG_TABLE_NAME, NEW.change_seq, NEW.assessment_id, 1);
            RETURN NULL;
        END $$"""
    )
    op.execute(
        """
        CREATE FUNCTION family_change_log_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM family_change_log WHERE table_name = TG_TABLE_NAME;
            RETURN NULL;
        END $$"""
    )
    op.execute(
        f"""
        CREATE FUNCTION family_change_log_compact() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({COMPACTION_LOCK});
            -- A statement of its own: its snapshot is taken once the lock is held, so it sees
            -- what an earlier compaction committed. The sums are of the rows this statement
            -- deleted, so rows another transaction deletes or adds meanwhile are never
            -- counted twice nor lost.
            WITH fresh AS (
                SELECT DISTINCT table_name, change_seq, assessment_id
                FROM family_change_log WHERE NOT compacted
            ), gone AS (
                DELETE FROM family_change_log AS kept USING fresh
                WHERE kept.table_name = fresh.table_name
                  AND kept.change_seq = fresh.change_seq
                  AND kept.assessment_id = fresh.assessment_id
                RETURNING kept.table_name, kept.change_seq, kept.assessment_id, kept.records
            )
            INSERT INTO family_change_log
                (table_name, change_seq, assessment_id, records, compacted)
            SELECT table_name, change_seq, assessment_id, sum(records), true
            FROM gone GROUP BY table_name, change_seq, assessment_id
            HAVING sum(records) <> 0;
        END $$"""
    )
    # The held-back drafts, left out of every family count: read from this small index
    # instead of a pass over the wide assessments table for each count (16 ms -> 0.3 ms at
    # 20k assessments).
    op.execute("CREATE INDEX ix_assessments_drafts ON assessments (id) WHERE status <> 'completed'")
    for table in FAMILY_TABLES:
        op.execute(
            f"""
            CREATE TRIGGER {table}_change_log_inserted AFTER INSERT ON {table}
            REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION family_change_log_inserted()"""
        )
        op.execute(
            f"""
            CREATE TRIGGER {table}_change_log_deleted AFTER DELETE ON {table}
            REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION family_change_log_deleted()"""
        )
        op.execute(
            f"""
            CREATE TRIGGER {table}_change_log_moved
            AFTER UPDATE OF change_seq, assessment_id ON {table}
            FOR EACH ROW
            WHEN (OLD.change_seq IS DISTINCT FROM NEW.change_seq
                  OR OLD.assessment_id IS DISTINCT FROM NEW.assessment_id)
            EXECUTE FUNCTION family_change_log_moved()"""
        )
        op.execute(
            f"""
            CREATE TRIGGER {table}_change_log_truncated AFTER TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION family_change_log_truncated()"""
        )
        op.execute(
            f"""
            INSERT INTO family_change_log
                (table_name, change_seq, assessment_id, records, compacted)
            SELECT '{table}', change_seq, assessment_id, count(*), true
            FROM {table} GROUP BY change_seq, assessment_id"""
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in FAMILY_TABLES:
        for event in ("inserted", "deleted", "moved", "truncated"):
            op.execute(f"DROP TRIGGER {table}_change_log_{event} ON {table}")
    for event in ("inserted", "deleted", "moved", "truncated", "compact"):
        op.execute(f"DROP FUNCTION family_change_log_{event}()")
    op.execute("DROP TABLE family_change_log")
    op.execute("DROP INDEX ix_assessments_drafts")
