"""Small label makers shared by the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heading(text: str, name: str = "sectionHeading") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 6px;")
    label.setAccessibleName(text)
    return label
