"""Counts shown after a pack or an export read as English: "1 organisation", "2 organisations"."""

from desktop.services.sync.export import TABLE_NAMES, counted, describe_counts


def test_a_count_of_one_is_singular_and_others_plural():
    assert counted("organisations", 1) == "1 organisation"
    assert counted("organisations", 0) == "0 organisations"
    assert counted("responses", 2_500) == "2,500 answers"
    assert counted("audit_events", 1) == "1 audit trail entry"


def test_every_table_has_a_word_for_one():
    for name in TABLE_NAMES:
        assert not counted(name, 1).endswith("s"), counted(name, 1)


def test_describe_counts_mixes_singular_and_plural():
    text = describe_counts({"organisations": 1, "assessments": 3, "responses": 0})
    assert text == "1 organisation, 3 assessments"
