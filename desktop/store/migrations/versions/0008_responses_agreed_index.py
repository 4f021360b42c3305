"""responses_agreed_index: the agreed answers in one covering index (SQLite; issue 16)

Storing the results of an imported bundle reads every agreed answer of its completed
assessments (`desktop.services.scores.agreed_answers`). After an import the answers sit in the
bundle's order, so the lookup through `ix_responses_assessment_question_seq` jumped over the
whole table for each answer; this partial index holds exactly the columns read, for exactly
the rows read (1k assessments: 0.24 -> 0.09 s CPU; built in ~0.1 s). PostgreSQL's btree has no
operator class for JSON, and its reads were not the problem: SQLite only.

Revision ID: 0008_responses_agreed_index
Revises: 0007_result_json
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_responses_agreed_index"
down_revision = "0007_result_json"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.create_index(
        "ix_responses_agreed",
        "responses",
        # the last two are NULL in every row it holds, but named so that every SQLite
        # version reads the index alone (3.40 also does without them)
        ["assessment_id", "question_id", "value", "dont_know", "participant_id", "deleted_at"],
        sqlite_where=sa.text("participant_id IS NULL AND deleted_at IS NULL"),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index("ix_responses_agreed", table_name="responses")
