"""field packs: action reviews, council resources, the packs built, the kind of an import

Revision ID: 0002_field_packs
Revises: 0001_baseline
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_field_packs"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("field_stamps", sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "action_reviews",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("action_item_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"]),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_items.id"]),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action_reviews") as batch_op:
        batch_op.create_index("ix_action_reviews_assessment_id", ["assessment_id"])
        batch_op.create_index("ix_action_reviews_action_item_id", ["action_item_id"])
        batch_op.create_index("ix_action_reviews_organisation_id", ["organisation_id"])
        batch_op.create_index("ix_action_reviews_change_seq", ["change_seq"])
    op.create_table(
        "council_resources",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("council_resources") as batch_op:
        batch_op.create_index("ix_council_resources_kind_name", ["kind", "name"])
        batch_op.create_index("ix_council_resources_change_seq", ["change_seq"])
    op.create_table(
        "packs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("bundle_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("wards", sa.JSON(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("organisation_ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundle_id"),
    )
    with op.batch_alter_table("packs") as batch_op:
        batch_op.create_index("ix_packs_device_id", ["device_id"])
    with op.batch_alter_table("imports") as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind", sa.String(length=20), nullable=False, server_default="field-export"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("imports") as batch_op:
        batch_op.drop_column("kind")
    op.drop_table("packs")
    op.drop_table("council_resources")
    op.drop_table("action_reviews")
