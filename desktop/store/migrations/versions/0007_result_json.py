"""result_json: each stored result keeps its JSON text beside its scores (issue 16)

`gapkit assessments list --json` copies it instead of gathering section and theme rows and
encoding them again. Derived like the rest of the stored result: existing rows get it from
their own rows the first time the services look (`ScoreService.score_missing`), and
`gapkit db rescore` rebuilds it with everything else.

Revision ID: 0007_result_json
Revises: 0006_audit_origin
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_result_json"
down_revision = "0006_audit_origin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, in place on SQLite and PostgreSQL.
    op.add_column("assessment_scores", sa.Column("result_json", sa.Text(), nullable=True))
    # Partial: holds only the rows still to fill (all of them until the services first look,
    # then none), so checking for them is free.
    op.create_index(
        "ix_assessment_scores_without_json",
        "assessment_scores",
        ["assessment_id"],
        sqlite_where=sa.text("result_json IS NULL"),
        postgresql_where=sa.text("result_json IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_assessment_scores_without_json", table_name="assessment_scores")
    op.drop_column("assessment_scores", "result_json")
