"""stored scores: each completed assessment's result as derived rows (never synced)

The rows are filled by the services: `ScoreService.score_missing()` scores every completed
assessment that has no stored result, the first time a council screen or the CLI asks, and
`gapkit db rescore` rebuilds them all.

Revision ID: 0003_stored_scores
Revises: 0002_field_packs
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_stored_scores"
down_revision = "0002_field_packs"
branch_labels = None
depends_on = None


def _assessment_key() -> sa.Column:
    return sa.Column(
        "assessment_id",
        sa.String(length=36),
        sa.ForeignKey("assessments.id", ondelete="CASCADE"),
        primary_key=True,
    )


def upgrade() -> None:
    op.create_table(
        "assessment_scores",
        _assessment_key(),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("overall_score", sa.Float(), nullable=True),
        sa.Column("overall_rag", sa.String(length=10), nullable=True),
        sa.Column("verdict", sa.String(length=40), nullable=True),
        sa.Column("unmet_conditions", sa.JSON(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("scored_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "assessment_section_scores",
        _assessment_key(),
        sa.Column("section_id", sa.String(length=80), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("rag", sa.String(length=10), nullable=True),
    )
    op.create_table(
        "assessment_support_needs",
        _assessment_key(),
        sa.Column("theme", sa.String(length=100), primary_key=True),
    )
    op.create_index(
        "ix_assessment_scores_latest",
        "assessment_scores",
        ["organisation_id", "kind", "started_at"],
    )


    # The Sync page counts a million answers by their change number: from the index alone.
    op.drop_index("ix_responses_assessment_question", table_name="responses")
    op.create_index(
        "ix_responses_assessment_question_seq",
        "responses",
        ["assessment_id", "question_id", "change_seq"],
    )


def downgrade() -> None:
    op.drop_index("ix_responses_assessment_question_seq", table_name="responses")
    op.create_index(
        "ix_responses_assessment_question", "responses", ["assessment_id", "question_id"]
    )
    op.drop_index("ix_assessment_scores_latest", table_name="assessment_scores")
    op.drop_table("assessment_support_needs")
    op.drop_table("assessment_section_scores")
    op.drop_table("assessment_scores")
