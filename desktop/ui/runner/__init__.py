"""Running an assessment with a group: one statement at a time, group ratings, projector, review."""
