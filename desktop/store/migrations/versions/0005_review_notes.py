"""review_notes: the council's review of field work and its comment thread (issue 15)

Revision ID: 0005_review_notes
Revises: 0004_cat_stage
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_review_notes"
down_revision = "0004_cat_stage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_notes",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("field_stamps", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_review_notes_assessment_at", "review_notes", ["assessment_id", "at"])
    op.create_index("ix_review_notes_change_seq", "review_notes", ["change_seq"])


def downgrade() -> None:
    op.drop_index("ix_review_notes_change_seq", table_name="review_notes")
    op.drop_index("ix_review_notes_assessment_at", table_name="review_notes")
    op.drop_table("review_notes")
