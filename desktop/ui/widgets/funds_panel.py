"""The funds panel: "Funds you can apply to now", "Funds you could apply to after…" with what
stands in the way (each linked to the registration field, statement or support that meets it,
and one click to add it to the plan), and closed funds. Always says it is a guide, never a
decision, with the date of the funds file.

The panel only shows; its host (organisation page, results view) reacts to its signals:
`add_action_requested(fund_id, condition_id)`, `registration_field_requested(field)`,
`assessment_requested(form_kind, target)`.

The panel's own words follow the app's (or the session's) language; what the council wrote in
the funds file (names, funders, amounts, reasons) stays as written. Statement and section
names come from the forms, in the language when the form has it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.format import long_date
from desktop.ui.i18n import current_language, tr

if TYPE_CHECKING:
    from desktop.registration.funds import ConditionLink, FundCheck, FundsGuide, UnmetCondition
    from forms.support import SupportCatalogue


def _deadline(check: FundCheck) -> str:
    if check.fund.deadlines == "rolling":
        return tr("Funds", "apply any time")
    if check.next_deadline is not None:
        return tr("Funds", "next deadline {date}").format(date=long_date(check.next_deadline))
    last = max(check.fund.deadlines) if isinstance(check.fund.deadlines, list) else None
    if last:
        return tr("Funds", "closed on {date}").format(date=long_date(last))
    return tr("Funds", "closed")


def _in_language(text: str) -> str:
    """A form's text (statement, section title) in the language shown, when it has it."""
    get = getattr(text, "get", None)
    return str(get(current_language())) if callable(get) else str(text)


def _assessment_link_text(link: ConditionLink) -> str:
    """How an unmet condition names the statement, section or assessment that meets it."""
    health_check = link.form_kind == "health_check"
    name = _in_language(link.label)
    if link.kind == "statement":
        if health_check:
            return tr("Funds", "the health check statement “{statement}”").format(statement=name)
        return tr("Funds", "the CAT readiness statement “{statement}”").format(statement=name)
    if link.kind == "section":
        if health_check:
            return tr("Funds", "the health check section “{section}”").format(section=name)
        return tr("Funds", "the CAT readiness section “{section}”").format(section=name)
    if link.form_kind == "cat_readiness":
        return tr("Funds", "a CAT readiness check")
    return tr("Funds", "a health check")


def guide_note(guide: FundsGuide) -> str:
    """Eligibility is a guide, never a decision, and the date of the funds file."""
    return (
        tr("Funds", "Eligibility here is a guide, never a decision: the funder decides.")
        + " "
        + tr("Funds", "Funds file last updated {date}.").format(date=long_date(guide.updated))
    )


def _label(html: str, name: str = "", object_name: str = "") -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setAccessibleName(name)
    if object_name:
        label.setObjectName(object_name)
    return label


class FundsPanel(QWidget):
    """Every fund for one organisation, from a `FundsGuide`."""

    add_action_requested = Signal(str, str)  # fund id, condition id
    registration_field_requested = Signal(str)  # a registration field name
    assessment_requested = Signal(str, str)  # form kind, question or section id (or "")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundsPanel")
        self.setAccessibleName(tr("Funds", "Funding you could apply for"))
        self.guide: FundsGuide | None = None
        self.add_buttons: dict[str, QPushButton] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 12, 12)
        self._layout.setSpacing(8)
        self.setStyleSheet(FUNDS_STYLE)
        self.show_message(tr("Funds", "Choose an organisation to see the funds it could apply to."))

    # -- filling ------------------------------------------------------------------------------

    def _clear(self) -> None:
        self.add_buttons = {}
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden and let go at once: deleteLater waits for the event loop.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def show_message(self, text: str) -> None:
        """No guide to show (no organisation chosen, or the funds file cannot be used)."""
        self.guide = None
        self._clear()
        self._layout.addWidget(_label(f"<p>{escape(text)}</p>", tr("Funds", "Funds")))
        self._layout.addStretch(1)

    def show_guide(
        self,
        guide: FundsGuide,
        offers: SupportCatalogue | None = None,
        *,
        plan_name: str | None = None,
        added: set[str] | frozenset[str] = frozenset(),
        no_plan_reason: str = "",
    ) -> None:
        """Show the guide. `plan_name` names the plan "Add as action" adds to (None: no plan
        to add to, and `no_plan_reason` says why); `added` holds the source ids of fund
        actions already on that plan."""
        self.guide = guide
        self._clear()
        self.honesty = _label(
            f"<i>{escape(guide_note(guide))}</i>",
            tr("Funds", "Eligibility is a guide"),
            "fundsHonesty",
        )
        self._layout.addWidget(self.honesty)

        def heading(text: str) -> QLabel:
            return _label(f"<h3>{escape(text)}</h3>", object_name="h")

        def paragraph(text: str) -> QLabel:
            return _label(f"<p>{escape(text)}</p>")

        self._layout.addWidget(heading(tr("Funds", "Funds you can apply to now")))
        if guide.eligible:
            for check in guide.eligible:
                self._layout.addWidget(self._fund_card(check))
        else:
            self._layout.addWidget(
                paragraph(tr("Funds", "None yet: the funds below say what would open them."))
            )

        self._layout.addWidget(heading(tr("Funds", "Funds you could apply to after…")))
        if not guide.not_yet:
            self._layout.addWidget(
                paragraph(tr("Funds", "Nothing stands in the way of the open funds."))
            )
        for check in guide.not_yet:
            card = self._fund_card(check)
            card_layout = card.layout()
            assert isinstance(card_layout, QVBoxLayout)
            for unmet in check.unmet:
                card_layout.addWidget(
                    self._unmet_row(check, unmet, offers, plan_name, added, no_plan_reason)
                )
            self._layout.addWidget(card)

        if guide.closed:
            self._layout.addWidget(heading(tr("Funds", "Closed for now")))
            names = "".join(
                f"<li><b>{escape(c.fund.name)}</b> ({escape(c.fund.funder)}): "
                f"{escape(_deadline(c))}</li>"
                for c in guide.closed
            )
            self._layout.addWidget(_label(f"<ul>{names}</ul>", tr("Funds", "Closed funds")))
        self._layout.addStretch(1)

    def _fund_card(self, check: FundCheck) -> QFrame:
        fund = check.fund
        card = QFrame()
        card.setObjectName("fundCard")
        card.setAccessibleName(fund.name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        link = (
            f" · <a href='{escape(fund.link, quote=True)}'>{escape(tr('Funds', 'website'))}</a>"
            if fund.link and fund.link.startswith(("https://", "http://"))
            else ""
        )
        head = _label(
            f"<b>{escape(fund.name)}</b> — {escape(fund.funder)}<br>"
            f"{escape(fund.amounts)} · {escape(_deadline(check))}{link}",
            fund.name,
        )
        head.setOpenExternalLinks(True)
        layout.addWidget(head)
        return card

    def _unmet_row(
        self,
        check: FundCheck,
        unmet: UnmetCondition,
        offers: SupportCatalogue | None,
        plan_name: str | None,
        added: set[str] | frozenset[str],
        no_plan_reason: str,
    ) -> QWidget:
        row = QWidget()
        row.setObjectName("unmetRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        links: list[str] = []
        # A field's name is the registration form's (marked in desktop/registration/choices).
        fields = [
            f"<a href='field:{link.target}'>{escape(tr('Registration', link.label))}</a>"
            for link in unmet.links
            if link.kind == "registration"
        ]
        if fields:
            links.append(
                escape(tr("Funds", "registration: {fields}")).replace("{fields}", ", ".join(fields))
            )
        for link in unmet.links:
            if link.kind == "registration":
                continue
            elif link.kind in ("statement", "section", "assessment"):
                text = _assessment_link_text(link)
                target = link.target if link.kind != "assessment" else ""
                links.append(f"<a href='assessment:{link.form_kind}:{target}'>{escape(text)}</a>")
            elif link.kind == "support" and offers is not None:
                language = current_language()
                for offer in offers.offers_for(link.target)[:2]:
                    words = escape(offer.text_in(language))
                    if offer.url and offer.url.startswith(("https://", "http://")):
                        words = f"<a href='{escape(offer.url, quote=True)}'>{words}</a>"
                    links.append(escape(tr("Funds", "help: {offer}")).replace("{offer}", words))
        text = f"✗ {escape(unmet.reason)}"
        if links:
            text += "<br><span style='color:#49545c'>" + " · ".join(links) + "</span>"
        reason = _label(text, tr("Funds", "Not met: {reason}").format(reason=unmet.reason))
        reason.linkActivated.connect(self._link)
        layout.addWidget(reason, 1)
        button = QPushButton(tr("Funds", "Add as action"))
        button.setAccessibleName(
            tr("Funds", "Add as action: {action}").format(
                action=unmet.condition.action or unmet.reason
            )
        )
        if unmet.source_id in added:
            self._show_added(button)
        elif plan_name is None:
            button.setEnabled(False)
            button.setToolTip(
                no_plan_reason or tr("Funds", "There is no action plan to add to yet.")
            )
        else:
            action = unmet.action_text(check.fund)
            if check.next_deadline:
                action = tr("Funds", "{action} — by {date}").format(
                    action=action, date=long_date(check.next_deadline)
                )
            button.setToolTip(
                tr("Funds", "Add “{action}” to the action plan of {plan}").format(
                    action=action, plan=plan_name
                )
            )
        fund_id, condition_id = check.fund.id, unmet.condition.id
        button.clicked.connect(lambda: self.add_action_requested.emit(fund_id, condition_id))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_buttons[unmet.source_id] = button
        return row

    def _link(self, href: str) -> None:
        kind, _, rest = href.partition(":")
        if kind == "field":
            self.registration_field_requested.emit(rest)
        elif kind == "assessment":
            form_kind, _, target = rest.partition(":")
            self.assessment_requested.emit(form_kind, target)

    def mark_added(self, source_id: str) -> None:
        button = self.add_buttons.get(source_id)
        if button is not None:
            self._show_added(button)

    @staticmethod
    def _show_added(button: QPushButton) -> None:
        button.setText(tr("Funds", "In the plan"))
        button.setEnabled(False)
        button.setToolTip(tr("Funds", "This is on the action plan already."))


FUNDS_STYLE = """
QFrame#fundCard {
    background: #ffffff; border: 1px solid #dde3e7; border-radius: 6px;
}
QLabel#fundsHonesty {
    background: #fff8e1; border: 1px solid #e0c46c; border-radius: 4px; padding: 6px 10px;
}
"""
