"""A plain-English guide before each section, for groups assessing themselves.

In the self-assessment edition nobody is there to explain what a section is about, so when
the runner moves into a section the group has not read about yet, this shows the section's
guide (resources/guides/<form>.yaml, else the form's own introduction) with a few questions to
talk about. It watches the runner's `state_changed`; the runner itself is unchanged.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.services.self_assessment import SectionGuide
    from desktop.ui.runner.runner import RunnerView


class SectionGuideDialog(QDialog):
    def __init__(self, guide: SectionGuide, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(f"Section {guide.number} of {count}: {guide.title}")
        self.setAccessibleName("Section guide")
        layout = QVBoxLayout(self)
        where = QLabel(f"Section {guide.number} of {count}")
        where.setAccessibleName("Section number")
        layout.addWidget(where)
        title = QLabel(guide.title)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.text = QLabel(guide.guide)
        self.text.setWordWrap(True)
        self.text.setAccessibleName("What this section is about")
        self.text.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.text)
        if guide.tips:
            items = "".join(f"<li>{html.escape(tip)}</li>" for tip in guide.tips)
            self.tips = QLabel(f"<p>Things to talk about:</p><ul>{items}</ul>")
            self.tips.setWordWrap(True)
            self.tips.setAccessibleName("Things to talk about")
            layout.addWidget(self.tips)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            "Start this section", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class SectionGuides(QObject):
    """Shows each section's guide once per assessment, when the runner first enters it."""

    def __init__(self, runner: RunnerView, active: Callable[[], bool]) -> None:
        super().__init__(runner)
        self.runner = runner
        self.active = active
        self.dialog: SectionGuideDialog | None = None
        self._seen: set[tuple[str, str]] = set()
        self._guides: dict[str, list[SectionGuide]] = {}
        runner.state_changed.connect(self._state_changed)

    def _state_changed(self, _state: Any) -> None:
        runner = self.runner
        if not self.active() or runner.locked or runner.form is None or runner.flow is None:
            return
        if runner.assessment_id is None or runner.question_id is None:
            return
        section = runner.flow.place(runner.question_id, runner.answers).section
        key = (runner.assessment_id, section.id)
        if key in self._seen:
            return
        self._seen.add(key)
        form_id = runner.form.id
        if form_id not in self._guides:
            self._guides[form_id] = runner.services.self_assessment.section_guides(runner.form)
        guides = self._guides[form_id]
        guide = next((g for g in guides if g.section_id == section.id), None)
        if guide is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = SectionGuideDialog(guide, len(guides), runner)
        self.dialog.finished.connect(lambda _result: runner.focus_start())
        self.dialog.open()
