"""cat_stage: the CAT stage an assessment is for (issue 14)

Revision ID: 0004_cat_stage
Revises: 0003_stored_scores
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_cat_stage"
down_revision = "0003_stored_scores"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite and PostgreSQL both do it in place): a batch copy of the table
    # would drop `assessments`, which other tables' foreign keys point at.
    op.add_column("assessments", sa.Column("cat_stage", sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.drop_column("assessments", "cat_stage")
