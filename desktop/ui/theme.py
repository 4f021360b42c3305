"""The look of the app: Fusion with a light, calm palette and a small stylesheet."""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f6f8b"
ERROR = "#b00020"
TEXT = "#1d2327"
MUTED = "#5f6b73"
WINDOW = "#f6f7f8"
BASE = "#ffffff"
BORDER = "#cfd6db"
WAITING = "#8a5a00"  # a bundle or device waiting for approval
ON_DARK = "#ffffff"  # text and rims drawn on the accent or a dark fill
GRID = "#e3e7ea"  # chart grid lines on white
CHART_RING = "#c9d1d6"  # the radar's rings and spokes
FAINT = "#7a868d"  # ring numbers on the radar
SERIES_NOW = "#1f4e79"  # this assessment's line on the radar
SERIES_BEFORE = "#6b6b6b"  # the previous assessment's line
# How last time's actions went (results, "Since last time")
ACTION_OUTCOME = {"done": "#2e7d32", "doing": "#8a6d00", "dropped": MUTED}
PROGRESS_TODO = "#e3e8eb"  # the runner's section dots: not reached yet
PROGRESS_DONE = "#7fb2c4"  # ... sections passed (the current one is ACCENT)
# The group session's rating chips: on the projector-dark theme and on the light one
CHIP_INK_DARK, CHIP_MUTED_DARK, CHIP_DOT_DARK = ON_DARK, "#d0d0d0", "#ffd84d"
CHIP_MUTED_LIGHT = MUTED
# Scores in bands: a colour each (with a shape as well, on screen and in the PDF)
RAG = {"green": "#2e7d32", "amber": "#b26a00", "red": ERROR}
# CAT readiness verdicts: (background, text) of the verdict chip, and the Overview's bars
VERDICT_CHIP = {
    "Ready": ("#e8f5e9", "#2e7d32"),
    "Ready with support": ("#fff4d6", "#8a6d00"),
    "Not yet ready": ("#fdecee", ERROR),
}
VERDICT_BAR = {"Ready": "#2e7d32", "Ready with support": "#f2a900", "Not yet ready": "#9fb3bf"}
# The heat map shades from a pale tint of the accent (few) to a deep accent (most).
HEAT_LOW, HEAT_HIGH = "#e3f0f5", "#14506a"

STYLESHEET = f"""
QListWidget#sideBar {{
    background: #e9eef1;
    border: none;
    border-right: 1px solid {BORDER};
    font-size: 11pt;
    outline: 0;
}}
QWidget#sideColumn {{
    background: #e9eef1;
}}
QToolButton#helpButton {{
    background: #e9eef1;
    border: none;
    border-top: 1px solid {BORDER};
    border-right: 1px solid {BORDER};
    padding: 8px 14px;
    text-align: left;
    font-size: 11pt;
    color: {TEXT};
}}
QToolButton#helpButton::menu-indicator {{
    /* Beside the word, not in the button's bottom corner under it. */
    subcontrol-origin: padding;
    subcontrol-position: center right;
}}
QToolButton#helpButton:hover, QToolButton#helpButton:focus {{
    background: {BASE};
    color: {ACCENT};
}}
QListWidget#sideBar::item {{
    padding: 10px 14px;
    color: {TEXT};
}}
QListWidget#sideBar::item:selected {{
    background: {BASE};
    color: {ACCENT};
    border-left: 3px solid {ACCENT};
    font-weight: bold;
}}
QLabel#pageTitle {{
    font-size: 15pt;
    font-weight: bold;
    color: {TEXT};
}}
QLabel#emptyState {{
    color: {MUTED};
    font-size: 11pt;
}}
QLabel[role="fieldError"] {{
    color: {ERROR};
}}
QLabel#errorSummary {{
    color: {ERROR};
    background: #fdecee;
    border: 1px solid #f2b8c0;
    border-radius: 4px;
    padding: 8px;
}}
QLineEdit[error="true"], QComboBox[error="true"], QPlainTextEdit[error="true"],
QSpinBox[error="true"], QDoubleSpinBox[error="true"], QDateEdit[error="true"] {{
    border: 2px solid {ERROR};
    border-radius: 3px;
    background: #fff7f8;
}}
QFrame#noticeBar {{
    background: #e8f3f7;
    border: 1px solid #b9dbe6;
    border-radius: 4px;
}}
QToolButton#sectionHeader {{
    font-weight: bold;
    border: none;
    padding: 6px 2px;
    color: {TEXT};
}}
QPushButton {{
    padding: 5px 14px;
}}
QPushButton#primaryButton {{
    background: {ACCENT};
    color: white;
    border: 1px solid {ACCENT};
    border-radius: 3px;
}}
QPushButton#primaryButton:disabled {{
    background: #9fbfca;
    border-color: #9fbfca;
}}
QTableView {{
    gridline-color: #e3e7ea;
    selection-background-color: #cfe6ef;
    selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #eef1f3;
    padding: 4px 6px;
    border: none;
    border-bottom: 1px solid {BORDER};
    font-weight: bold;
}}
"""


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor(BASE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f1f4f6"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eef1f3"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(BASE))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(BASE))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a959c"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    disabled = QPalette.ColorGroup.Disabled
    palette.setColor(disabled, QPalette.ColorRole.Text, QColor("#9aa4aa"))
    palette.setColor(disabled, QPalette.ColorRole.ButtonText, QColor("#9aa4aa"))
    palette.setColor(disabled, QPalette.ColorRole.WindowText, QColor("#9aa4aa"))
    return palette


def apply_theme(app: QApplication, set_style: bool = True) -> None:
    """Fusion looks the same on every laptop, so screenshots in the guide match what users see.

    `set_style=False` when the app was started with `-style Fusion` (the start-up path does,
    as setting a style from Python afterwards costs ~15 ms of enum building).
    """
    if set_style:
        app.setStyle("Fusion")
    app.setPalette(light_palette())
    app.setStyleSheet(STYLESHEET)
    add_script_fonts()


@functools.cache  # once per process: Qt keeps the fonts added
def add_script_fonts() -> None:
    """The Noto fonts the reports embed (Gurmukhi, Naskh Arabic, Bengali), offered to the
    screen too: a laptop without them showed Punjabi and parts of Urdu (ہ, ے), and the
    Bengali of group names, as boxes. Qt falls back to them for the characters the main
    font lacks. About 2 ms CPU before the window shows (six files' names read; measured
    apart from Qt's own font scan, which the first text drawn pays anyway); glyphs are read
    only when needed."""
    from PySide6.QtGui import QFontDatabase

    from desktop.paths import resources_dir

    for path in sorted((resources_dir() / "fonts").glob("Noto*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


# A script whose letters the main font has only some of: its own font first, or a word
# mixes two fonts (DejaVu Sans has most Arabic letters but not Urdu's ہ and ے) and each
# side-bar row is as tall as the fonts its word happened to take.
_SCRIPT_FIRST = {"ur": "Noto Naskh Arabic"}
_main_families: list[str] = []


def use_language_font(app: QApplication, language: str) -> None:
    """The app's font for `language`: its script's font first where `_SCRIPT_FIRST` names
    one, the main font as before otherwise."""
    font = app.font()
    if not _main_families:
        _main_families.extend(font.families() or [font.family()])
    first = _SCRIPT_FIRST.get(language.split("-")[0])
    if first:
        add_script_fonts()
    families = [first, *_main_families] if first else list(_main_families)
    if font.families() != families:
        font.setFamilies(families)
        app.setFont(font)
