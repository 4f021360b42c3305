"""Council Overview page: support needs by ward and theme, readiness over time, counts.

Everything comes from `services.overview` (`desktop.services.council.overview`), run in the background because
scoring every completed assessment in the range can take a moment. The charts are drawn with
QPainter (no chart library): plain bars with their numbers written on them, and each chart's
accessible description reads its figures out for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.format import tr_noop
from desktop.ui import theme
from desktop.ui.changes import Changed
from desktop.ui.format import short_date
from desktop.ui.i18n import ENGLISH, current_language, theme_name, tr
from desktop.ui.models.needs import HEAT_THEMES, NeedsHeatMapModel, widest_word
from desktop.ui.pages.base import Page
from desktop.ui.widgets.labels import heading
from desktop.ui.widgets.scroll import scroll_area
from desktop.ui.widgets.spreadsheet_export import ask_spreadsheet_path
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.council.overview import Overview

ACCENT = QColor(theme.ACCENT)
TEXT = QColor(theme.TEXT)
MUTED = QColor(theme.MUTED)
GRID = QColor(theme.GRID)
VERDICT_COLOURS = {verdict: QColor(colour) for verdict, colour in theme.VERDICT_BAR.items()}
ZERO = MUTED
# The charts' series, named in the legend in the language shown (their keys stay English:
# they are the verdicts the overview counts by).
SERIES_WORDS = (
    tr_noop("Overview", "Ready"),
    tr_noop("Overview", "Ready with support"),
    tr_noop("Overview", "Not yet ready"),
    tr_noop("Overview", "Health checks"),
)


def series_name(name: str) -> str:
    return tr("Overview", name)


def date_locale() -> QLocale:
    """The locale a date field names its month in: the language shown ("02 Dec 2026" read
    "2026 Dec 02" under Urdu, its month in English); English keeps the default."""
    language = current_language()
    return QLocale() if language == ENGLISH else QLocale(language)


# ---------------------------------------------------------------------------------------------
# Charts


def nice_step(largest: int) -> int:
    """A round tick step (1, 2, 5, 10, 20, 50, ...) giving at most five ticks up to `largest`."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if largest <= step * factor * 5:
                return step * factor
        step *= 10


class BarChart(QWidget):
    """Horizontal bars, one per label, with the count written at the end of each bar."""

    ROW = 24

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: Sequence[tuple[str, int]]) -> None:
        self.items = list(items)
        described = "; ".join(f"{label}: {count}" for label, count in self.items)
        self.setAccessibleDescription(described or "No organisations")
        self.setToolTip("\n".join(f"{label}: {count}" for label, count in self.items))
        self.setFixedHeight(max(1, len(self.items)) * self.ROW + 8)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, max(1, len(self.items)) * self.ROW + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        # Drawn at absolute positions, left to right, in every language (the app's right to
        # left turned each AlignLeft over: under Urdu the legend's words ran into each other).
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        if not self.items:
            painter.setPen(MUTED)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignLeft, tr("Overview", "Nothing to show yet.")
            )
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _count in self.items) + 12,
            int(self.width() * 0.45),
        )
        number_width = metrics.horizontalAdvance(str(max(c for _l, c in self.items))) + 10
        bar_space = max(10, self.width() - label_width - number_width - 4)
        largest = max(count for _label, count in self.items) or 1
        for row, (label, count) in enumerate(self.items):
            top = 4 + row * self.ROW
            text_rect = QRectF(0, top, label_width - 8, self.ROW - 4)
            painter.setPen(TEXT)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
            length = bar_space * count / largest
            painter.fillRect(QRectF(label_width, top + 3, length, self.ROW - 10), ACCENT)
            painter.drawText(
                QRectF(label_width + length + 4, top, number_width, self.ROW - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )


class StackedColumns(QWidget):
    """Columns per category (quarter), each stacked from named series, with a legend."""

    def __init__(self, name: str, series: dict[str, QColor], parent: QWidget | None = None):
        super().__init__(parent)
        self.series = series
        self.categories: list[str] = []
        self.values: list[dict[str, int]] = []
        self.setAccessibleName(name)
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, categories: Sequence[str], values: Sequence[dict[str, int]]) -> None:
        self.categories = list(categories)
        self.values = list(values)
        parts = []
        for category, counts in zip(self.categories, self.values, strict=True):
            inner = ", ".join(f"{name} {counts.get(name, 0)}" for name in self.series)
            parts.append(f"{category}: {inner}")
        self.setAccessibleDescription("; ".join(parts) or "No assessments in this range")
        self.update()

    def legend_places(self) -> list[QRectF]:
        """Where each series' name goes in the legend (its colour square 16 pixels before):
        along the top, onto another line where the next would pass the right edge (Polish
        "Jeszcze niegotowa" was cut at a half-width chart's edge)."""
        metrics = QFontMetrics(self.font())
        places: list[QRectF] = []
        x, y = 4.0, 0.0
        for name in self.series:
            width = metrics.horizontalAdvance(series_name(name)) + 2
            if x > 4 and x + 16 + width > self.width():
                x, y = 4.0, y + 22
            places.append(QRectF(x + 16, y, width, 24))
            x += 16 + width + 16
        return places

    def legend_bottom(self) -> float:
        """Where the legend ends."""
        return max((place.bottom() for place in self.legend_places()), default=24.0)

    def headroom(self) -> float:
        """Room kept between the legend and the top of the tallest column."""
        return 0.0

    def scale(self) -> tuple[int, int]:
        """The value axis: its step and its top value (a whole number of steps)."""
        totals = [sum(v.get(name, 0) for name in self.series) for v in self.values]
        step = nice_step(max(totals, default=0))
        return step, step * max(1, -(-max(totals, default=0) // step))

    def plot_area(self) -> QRectF:
        """Where the columns stand: right of the value axis, below the legend and the
        headroom, above the quarters' names. A full-height column reaches its top."""
        _step, largest = self.scale()
        axis_width = QFontMetrics(self.font()).horizontalAdvance(str(largest)) + 10
        top = self.legend_bottom() + 10 + self.headroom()
        bottom = self.height() - 24.0
        return QRectF(axis_width, top, self.width() - 4.0 - axis_width, bottom - top)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        # Drawn at absolute positions, left to right, in every language (the app's right to
        # left turned each AlignLeft over: under Urdu the legend's words ran into each other).
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Legend along the top.
        places = self.legend_places()
        for (name, colour), place in zip(self.series.items(), places, strict=True):
            painter.fillRect(QRectF(place.left() - 16, place.top() + 6, 12, 12), colour)
            painter.setPen(TEXT)
            painter.drawText(place, Qt.AlignmentFlag.AlignVCenter, series_name(name))
        if not self.categories:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(4, self.legend_bottom() + 6, self.width(), 24),
                Qt.AlignmentFlag.AlignLeft,
                tr("Overview", "Nothing to show yet."),
            )
            return
        step, largest = self.scale()
        plot = self.plot_area()
        axis_width = plot.left()
        bottom, left, right = plot.bottom(), plot.left(), plot.right()
        height = plot.height()
        painter.setPen(QPen(GRID))
        for value in range(0, largest + 1, step):
            y = bottom - height * value / largest
            painter.setPen(QPen(GRID))
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - 8, axis_width - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        slot = (right - left) / len(self.categories)
        width = max(6.0, min(48.0, slot * 0.7))
        for index, counts in enumerate(self.values):
            x_mid = left + slot * (index + 0.5)
            y = bottom
            for name, colour in self.series.items():
                count = counts.get(name, 0)
                if not count:
                    continue
                h = height * count / largest
                painter.fillRect(QRectF(x_mid - width / 2, y - h, width, h), colour)
                if h >= 14 and width >= 18:
                    painter.setPen(QColor(theme.ON_DARK) if name != "Not yet ready" else TEXT)
                    painter.drawText(
                        QRectF(x_mid - width / 2, y - h, width, h),
                        Qt.AlignmentFlag.AlignCenter,
                        str(count),
                    )
                y -= h
        painter.setPen(MUTED)
        for index, place in self.quarter_label_places(left, slot, bottom + 2).items():
            painter.drawText(
                place,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.categories[index],
            )

    def quarter_label_places(self, left: float, slot: float, top: float) -> dict[int, QRectF]:
        """Where each quarter's name that is shown goes, under its column: every few columns
        where they are narrow, kept inside the chart (the last one was cut at its right edge)
        and left out where it would touch the one before."""
        metrics = QFontMetrics(self.font())
        label_every = max(1, int(metrics.horizontalAdvance("2026 Q4 ") // max(slot, 1)) + 1)
        places: dict[int, QRectF] = {}
        labels_end = -6.0
        for index, category in enumerate(self.categories):
            width = metrics.horizontalAdvance(category) + 2
            x = min(max(0.0, left + slot * (index + 0.5) - width / 2), self.width() - width)
            if index % label_every == 0 and x >= labels_end + 6:
                places[index] = QRectF(x, top, width, 20)
                labels_end = x + width
        return places


# ---------------------------------------------------------------------------------------------
# The page


def exported_message(paths: Sequence[Path]) -> str:
    if len(paths) == 1:
        return tr("Overview", "Saved {file} in {folder}.").format(
            file=paths[0].name, folder=paths[0].parent
        )
    return tr("Overview", "Saved CSV files ({count}: {file}, …) in {folder}.").format(
        count=len(paths), file=paths[0].name, folder=paths[0].parent
    )


class OverviewPage(Page):
    """Council: look across all organisations."""

    title = "Overview"
    shows = Changed.ORGANISATIONS | Changed.ASSESSMENTS

    def __init__(self, services: Services, council: bool = False, parent: QWidget | None = None):
        super().__init__(services, council, parent)
        self.pool = QThreadPool.globalInstance()
        self._task: BackgroundTask | None = None
        self._again = False
        self.overview: Overview | None = None
        self._export_task: BackgroundTask | None = None
        self.exported_paths: list[Path] = []
        # Replaceable (tests): asks where to save, None when the person cancels.
        self.choose_export_path = ask_spreadsheet_path
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 8)
        title = QLabel(tr("Overview", "Overview"))
        title.setObjectName("pageTitle")
        title.setAccessibleName("Overview")
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        outer.addLayout(title_row)

        filters = QHBoxLayout()
        ward_label = QLabel(tr("Overview", "Ward"))
        filters.addWidget(ward_label)
        self.ward_filter = QComboBox()
        self.ward_filter.setAccessibleName("Ward to look at")
        self.ward_filter.setMinimumWidth(200)
        ward_label.setBuddy(self.ward_filter)
        filters.addWidget(self.ward_filter)
        self.since_check = QCheckBox(tr("Overview", "Assessed from"))
        self.since_check.setAccessibleName("Only assessments from a date")
        self.since_date = QDateEdit(QDate.currentDate().addYears(-1))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("dd MMM yyyy")
        self.since_date.setLocale(date_locale())
        self.since_date.setAccessibleName("Assessed from date")
        self.until_check = QCheckBox(tr("Overview", "to"))
        self.until_check.setAccessibleName("Only assessments up to a date")
        self.until_date = QDateEdit(QDate.currentDate())
        self.until_date.setCalendarPopup(True)
        self.until_date.setDisplayFormat("dd MMM yyyy")
        self.until_date.setLocale(date_locale())
        self.until_date.setAccessibleName("Assessed up to date")
        for widget in (self.since_check, self.since_date, self.until_check, self.until_date):
            filters.addWidget(widget)
        self.refresh_button = QPushButton(tr("Overview", "Refresh"))
        self.refresh_button.setAccessibleName("Refresh the overview")
        self.refresh_button.clicked.connect(self.refresh)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        outer.addLayout(filters)
        self.export_button = QPushButton(tr("Overview", "Export to spreadsheet…"))
        self.export_button.setAccessibleName("Export the overview to a spreadsheet")
        self.export_button.setToolTip(
            tr(
                "Overview",
                "Every table of the overview, in full, as an Excel workbook (.xlsx) or CSV files",
            )
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        title_row.addWidget(self.export_button)

        self.summary = QLabel(tr("Overview", "Working out the overview…"))
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Overview summary")
        # Only work council staff approved counts, unless asked (issue 15).
        self.include_unapproved = QCheckBox(tr("Overview", "Include work not yet approved"))
        self.include_unapproved.setAccessibleName("Count assessments not yet approved too")
        self.include_unapproved.setToolTip(
            tr(
                "Overview",
                "Off: the figures count only assessments council staff approved on the "
                "Assessments page. On: every completed assessment, approved or not.",
            )
        )
        self.include_unapproved.toggled.connect(self.refresh)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.include_unapproved, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(summary_row)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(24)

        grid.addWidget(heading(tr("Overview", "Support needs by ward and theme")), 0, 0, 1, 2)
        self.needs_note = QLabel()
        self.needs_note.setWordWrap(True)
        self.needs_note.setStyleSheet("color: #5f6b73;")
        self.needs_note.setAccessibleName("About the support needs table")
        grid.addWidget(self.needs_note, 1, 0, 1, 2)
        self.needs_model = NeedsHeatMapModel(self)
        self.needs_table = QTableView()
        self.needs_table.setModel(self.needs_model)
        self.needs_table.setAccessibleName("Support needs by ward and theme")
        self.needs_table.setAccessibleDescription(
            "Wards down, support themes across; each cell is how many organisations raised it"
        )
        self.needs_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.needs_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As many themes as fit the width without cutting a word of their names.
        self.needs_table.installEventFilter(self)
        self.needs_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.needs_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.needs_table.verticalHeader().setDefaultSectionSize(24)
        grid.addWidget(self.needs_table, 2, 0, 1, 2)

        grid.addWidget(heading(tr("Overview", "CAT readiness over time (per quarter)")), 3, 0)
        self.readiness_chart = StackedColumns("CAT readiness verdicts per quarter", VERDICT_COLOURS)
        grid.addWidget(self.readiness_chart, 4, 0)
        grid.addWidget(heading(tr("Overview", "Health checks per quarter (average score)")), 3, 1)
        self.health_chart = HealthScoreColumns("Health checks per quarter with average score")
        grid.addWidget(self.health_chart, 4, 1)

        grid.addWidget(heading(tr("Overview", "Organisations by legal form")), 5, 0)
        self.legal_form_chart = BarChart("Organisations by legal form")
        grid.addWidget(self.legal_form_chart, 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(heading(tr("Overview", "Organisations by ward")), 5, 1)
        self.ward_chart = BarChart("Organisations by ward")
        grid.addWidget(self.ward_chart, 6, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(7, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addWidget(scroll_area(body, "Overview figures"), 1)

        self.ward_filter.currentIndexChanged.connect(self.refresh)
        for check in (self.since_check, self.until_check):
            check.toggled.connect(self.refresh)
        for edit in (self.since_date, self.until_date):
            edit.dateChanged.connect(self._date_changed)

    # -- data ----------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._fill_wards()
        self.refresh()

    def _fill_wards(self) -> None:
        current = self.ward_filter.currentData()
        self.ward_filter.blockSignals(True)
        self.ward_filter.clear()
        self.ward_filter.addItem(tr("Overview", "All wards"), None)
        for ward in self.services.overview.wards():
            self.ward_filter.addItem(ward, ward)
        self.ward_filter.setCurrentIndex(max(self.ward_filter.findData(current), 0))
        self.ward_filter.blockSignals(False)

    def _date_changed(self) -> None:
        if self.since_check.isChecked() or self.until_check.isChecked():
            self.refresh()

    def filters(self) -> dict[str, Any]:
        since: date | None = None
        until: date | None = None
        if self.since_check.isChecked():
            since = cast(date, self.since_date.date().toPython())
        if self.until_check.isChecked():
            until = cast(date, self.until_date.date().toPython())
        return {"ward": self.ward_filter.currentData(), "since": since, "until": until}

    @property
    def approved_only(self) -> bool:
        return not self.include_unapproved.isChecked()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Work the overview out again in the background (once more if asked while busy)."""
        if self._task is not None:
            self._again = True
            return
        store = self.services.store
        wanted = self.filters()
        approved_only = self.approved_only

        def work(task: BackgroundTask) -> Overview:
            from desktop.services.council.overview import OverviewQueries

            return OverviewQueries(store, approved_only=approved_only).overview(**wanted)

        task = BackgroundTask(work)
        task.signals.finished.connect(self._show)
        task.signals.failed.connect(self._failed)
        task.signals.crashed.connect(self._failed)
        self._task = task
        self.summary.setText(tr("Overview", "Working out the overview…"))
        task.start(self.pool)

    def _done(self) -> bool:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def _failed(self, message: str) -> None:
        if self._done():
            self.summary.setText(message)
            self.status_message.emit(message)

    def _show(self, overview: Overview) -> None:
        if not self._done():
            return
        self.overview = overview
        self.summary.setText(summary_text(overview))
        self.export_button.setEnabled(True)
        self.fit_themes()
        self.readiness_chart.set_data(
            [q.quarter for q in overview.quarters], [q.verdicts for q in overview.quarters]
        )
        self.health_chart.set_quarters(overview.quarters)
        # The legal forms' names are the registration form's words (context "Registration").
        self.legal_form_chart.set_items(
            [(tr("Registration", label), count) for label, count in overview.by_legal_form]
        )
        self.ward_chart.set_items(overview.by_ward)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.needs_table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit_themes)
        return super().eventFilter(watched, event)

    def fit_themes(self) -> None:
        """Show as many of the most needed themes as fit across the table, each column at
        least as wide as the longest word of its name (so no name is clipped)."""
        overview = self.overview
        if overview is None:
            return
        header = self.needs_table.horizontalHeader()
        candidates = overview.need_themes[:HEAT_THEMES]
        # Measured as the header shows them: in the language shown and in bold (the app's
        # stylesheet); English in the regular weight cut Polish "Umiejętności" to "miejętnośc".
        bold = QFont(header.font())
        bold.setBold(True)
        column = widest_word(QFontMetrics(bold), [theme_name(t) for t in candidates]) + 16
        header.setMinimumSectionSize(column)
        fits = max(1, self.needs_table.viewport().width() // column)
        shown = min(len(candidates), fits)
        if shown != self.needs_model.columnCount() or self.needs_model.wards[:-1] != list(
            overview.need_wards
        ):
            self.needs_model.set_overview(overview, shown)
        if not overview.need_themes:
            self.needs_note.setText(
                tr("Overview", "No completed assessments have raised support needs yet.")
            )
        else:
            more = len(overview.need_themes) - shown
            note = (
                tr(
                    "Overview",
                    "Organisations whose latest assessment raised each support need, 1 theme "
                    "most needed first; darker means more.",
                )
                if shown == 1
                else tr(
                    "Overview",
                    "Organisations whose latest assessment raised each support need, {count} "
                    "themes most needed first; darker means more.",
                ).format(count=shown)
            )
            if more == 1:
                note += " " + (
                    tr(
                        "Overview",
                        "1 more theme is in the spreadsheet export or on a wider window.",
                    )
                    if shown < HEAT_THEMES
                    else tr("Overview", "1 more theme is in the spreadsheet export.")
                )
            elif more:
                note += " " + (
                    tr(
                        "Overview",
                        "{count} more themes are in the spreadsheet export or on a wider window.",
                    )
                    if shown < HEAT_THEMES
                    else tr("Overview", "{count} more themes are in the spreadsheet export.")
                ).format(count=more)
            self.needs_note.setText(note)
        # The whole table shows (the page scrolls), so no ward hides below a scroll bar.
        header_height = header.sizeHint().height()
        rows = self.needs_model.rowCount()
        self.needs_table.setFixedHeight(header_height + rows * 24 + 4)

    # -- export --------------------------------------------------------------------------------

    def export(self) -> None:
        """Save every table of the overview on screen as an .xlsx workbook or CSV files."""
        overview = self.overview
        if overview is None:
            return
        suggested = f"GAP overview {date.today().isoformat()}.xlsx"
        chosen = self.choose_export_path(self, suggested)
        if not chosen:
            return
        target = Path(chosen)

        def work(task: BackgroundTask) -> list[Path]:
            from desktop.reports.spreadsheets import overview_tables, write_spreadsheet

            try:
                return write_spreadsheet(target, overview_tables(overview))
            except OSError as error:
                raise UserError(
                    tr("Overview", "Could not save {file}: {reason}").format(
                        file=target.name, reason=error.strerror or error
                    )
                ) from error

        task = BackgroundTask(work)
        task.signals.finished.connect(self._exported)
        task.signals.failed.connect(self.status_message.emit)
        task.signals.crashed.connect(self.status_message.emit)
        self._export_task = task
        self.export_button.setEnabled(False)
        task.signals.ended.connect(self._export_ended)
        task.start(self.pool)

    def _export_ended(self) -> None:
        self._export_task = None
        self.export_button.setEnabled(self.overview is not None)

    def _exported(self, paths: list[Path]) -> None:
        self.exported_paths = paths
        self.status_message.emit(exported_message(paths))


def summary_text(overview: Overview) -> str:
    """ "40 organisations registered in all wards; 12 with a completed assessment …"."""
    where = overview.ward or tr("Overview", "all wards")
    registered = (
        tr("Overview", "1 organisation registered in {where}")
        if overview.organisation_count == 1
        else tr("Overview", "{count} organisations registered in {where}")
    ).format(count=overview.organisation_count, where=where)
    if overview.since or overview.until:
        start = short_date(overview.since) if overview.since else tr("Overview", "the start")
        end = short_date(overview.until) if overview.until else tr("Overview", "today")
        assessed = tr(
            "Overview", "{count} with a completed assessment from {start} to {end}"
        ).format(start=start, end=end, count=overview.assessed_count)
    else:
        assessed = tr("Overview", "{count} with a completed assessment").format(
            count=overview.assessed_count
        )
    if not overview.approved_only:
        counted = " " + tr("Overview", "(every completed assessment counts, approved or not)")
    elif overview.not_counted == 1:
        counted = " " + tr(
            "Overview", "that council staff approved; 1 assessment not yet approved left out"
        )
    elif overview.not_counted:
        counted = " " + tr(
            "Overview",
            "that council staff approved; {count} assessments not yet approved left out",
        ).format(count=overview.not_counted)
    else:
        counted = " " + tr("Overview", "that council staff approved")
    return f"{registered}; {assessed}{counted}."


class HealthScoreColumns(StackedColumns):
    """Health checks per quarter as columns, the average score written above each."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, {"Health checks": ACCENT}, parent)
        self.scores: list[float | None] = []

    def set_quarters(self, quarters: Sequence[Any]) -> None:
        self.scores = [q.mean_health_score for q in quarters]
        self.set_data(
            [q.quarter for q in quarters], [{"Health checks": q.health_checks} for q in quarters]
        )
        parts = [
            f"{q.quarter}: {q.health_checks} health checks"
            + (
                f", average score {q.mean_health_score:.0f}"
                if q.mean_health_score is not None
                else ""
            )
            for q in quarters
        ]
        self.setAccessibleDescription("; ".join(parts) or "No health checks in this range")

    def headroom(self) -> float:
        """A score's line above a full-height column, clear of the legend (it touched it)."""
        return QFontMetrics(self.font()).height() + 4.0

    def note_place(self) -> QRectF:
        """Where "number: average score (0–100)" goes: at the right end of the legend's last
        line where it fits beside the names, else on a line of its own under them."""
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance(self.note()) + 2
        last = self.legend_places()[-1]
        x = self.width() - 4.0 - width
        if x >= last.right() + 16:
            return QRectF(x, last.top(), width, 24)
        return QRectF(4.0, last.bottom(), width, 24)

    @staticmethod
    def note() -> str:
        return tr("Overview", "number: average score (0–100)")

    def legend_bottom(self) -> float:
        return max(super().legend_bottom(), self.note_place().bottom())

    def score_places(self) -> dict[int, QRectF]:
        """Where each quarter's average score goes: on a line just above its column (inside
        the headroom over a full-height one); none where a column's slot is narrower than
        "100"."""
        if not self.categories:
            return {}
        metrics = QFontMetrics(self.font())
        plot = self.plot_area()
        slot = plot.width() / len(self.categories)
        if slot < metrics.horizontalAdvance("100") + 2:
            return {}
        _step, largest = self.scale()
        line = float(metrics.height())
        places: dict[int, QRectF] = {}
        for index, (score, counts) in enumerate(zip(self.scores, self.values, strict=True)):
            if score is None:
                continue
            x_mid = plot.left() + slot * (index + 0.5)
            column_top = plot.bottom() - plot.height() * counts.get("Health checks", 0) / largest
            places[index] = QRectF(x_mid - slot / 2, column_top - 2 - line, slot, line)
        return places

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self.categories:
            return
        painter = QPainter(self)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setPen(MUTED)
        painter.drawText(self.note_place(), Qt.AlignmentFlag.AlignVCenter, self.note())
        for index, place in self.score_places().items():
            painter.drawText(
                place,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                f"{self.scores[index]:.0f}",
            )
