"""Sentences for a person kept as an English template and its named values.

`Message("{source} is not a zip file.", source=name)` is the English text filled in (it is a
`str`: logged, stored, printed and compared as the English), and remembers the template and
values it was made from, so a screen can show it in another language: `desktop.ui.i18n`
looks the template up among the app's translations (context "Messages";
tools/ui_translations.py collects every `Message("...")` of sync/ and desktop/). It lives in
this pure package because the bundle reader's refusals are such messages; `desktop.errors`
re-exports it for the services.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """English text for a person that remembers the template and values it was made from, so
    a screen can show it in another language. Equal to (and stored, compared and written as)
    the English text."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        # Without values the template is the text (a literal brace in it needs no doubling).
        message = super().__new__(cls, template.format(**values) if values else template)
        message.template = template
        message.values = values
        return message
