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
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cat_stage", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_column("cat_stage")
