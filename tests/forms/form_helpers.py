"""Small YAML forms for tests, and finding the line a piece of text is on."""

from __future__ import annotations

import textwrap

HEADER = """\
id: test-form
version: "1"
title: Test form
kind: {kind}
sections:
"""


def rating(qid: str, extra: str = "", text: str = "A statement") -> str:
    """A rating question as YAML (starting `- id:`), with four levels."""
    return (
        f"- id: {qid}\n"
        "  type: rating\n"
        f"  text: {text}\n"
        "  levels: [Not at all, A little, Mostly, Fully]\n"
        + textwrap.indent(textwrap.dedent(extra), "  ")
    )


def section(sid: str, *questions: str, extra: str = "") -> str:
    body = "".join(textwrap.indent(q if q.endswith("\n") else q + "\n", "    ") for q in questions)
    return (
        f"- id: {sid}\n  title: Section {sid}\n"
        + textwrap.indent(textwrap.dedent(extra), "  ")
        + "  questions:\n"
        + body
    )


def form_text(*sections: str, kind: str = "health_check") -> str:
    """A whole form: the header and these sections (from `section`)."""
    return HEADER.format(kind=kind) + "".join(textwrap.indent(s, "  ") for s in sections)


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """The 1-based line on which `fragment` appears (the n-th time)."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{fragment!r} not in the text")
