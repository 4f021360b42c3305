"""The Help window: the bundled docs, read offline in the app (no browser, no network).

The documents are the Markdown files of docs/ (copied into the frozen app); Qt renders
Markdown itself, so what the checkout shows on a code site is what the app shows here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

from desktop.paths import docs_dir
from desktop.ui.i18n import tr, tr_noop

# (title, file in docs/) in the order a user wants them.
HELP_DOCUMENTS: tuple[tuple[str, str], ...] = (
    (tr_noop("Help", "User guide"), "user-guide.md"),
    (tr_noop("Help", "Running an assessment"), "running-an-assessment.md"),
    (tr_noop("Help", "Self-assessment for groups"), "self-assessment.md"),
    (tr_noop("Help", "Council setup file"), "council-setup.md"),
    (tr_noop("Help", "Installing and packaging"), "packaging.md"),
    (tr_noop("Help", "Sync bundle format"), "bundle-format.md"),
)


def available_documents(folder: Path | None = None) -> list[tuple[str, Path]]:
    base = folder or docs_dir()
    return [(title, base / name) for title, name in HELP_DOCUMENTS if (base / name).exists()]


class HelpViewer(QDialog):
    """A list of documents beside a Markdown reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Help", "GAP Field Kit help"))
        self.setAccessibleName(tr("Help", "GAP Field Kit help"))
        self.documents = available_documents()
        self.contents = QListWidget()
        self.contents.setAccessibleName(tr("Help", "Help documents"))
        self.contents.setFixedWidth(200)
        for title, path in self.documents:
            item = QListWidgetItem(tr("Help", title))
            item.setToolTip(str(path))
            self.contents.addItem(item)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(tr("Help", "Help text"))
        self.reader.setOpenExternalLinks(False)
        self.reader.setOpenLinks(False)
        self.reader.anchorClicked.connect(self._link_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.reader, 1)
        self.contents.currentRowChanged.connect(self._show_row)
        self.resize(900, 560)
        if self.documents:
            self.contents.setCurrentRow(0)
        else:
            self.reader.setPlainText(
                tr(
                    "Help", "The help files were not found in {folder}. Reinstall GAP Field Kit."
                ).format(folder=docs_dir())
            )

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.documents):
            self.show_file(self.documents[row][1])

    def show_document(self, title: str) -> bool:
        for row, (name, _path) in enumerate(self.documents):
            if name == title:
                self.contents.setCurrentRow(row)
                return True
        return False

    def show_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            self.reader.setPlainText(
                tr("Help", "{file} cannot be read: {error}.").format(
                    file=path, error=error.strerror
                )
            )
            return
        self.reader.setSearchPaths([str(path.parent)])
        if path.suffix.lower() == ".md":
            self.reader.setMarkdown(text)
        else:
            self.reader.setPlainText(text)
        self.current_path = path

    def _link_clicked(self, url: QUrl) -> None:
        # Links between the docs open here; anything else (a web address) is left alone:
        # the app works offline and does not start a browser behind the user's back.
        if url.scheme() in ("", "file"):
            target = (self.current_path.parent / url.path()).resolve()
            for row, (_title, path) in enumerate(self.documents):
                if path.resolve() == target:
                    self.contents.setCurrentRow(row)
                    return
            if target.exists():
                self.contents.clearSelection()
                self.show_file(target)
