"""Screenshots of the follow-up visit: last time's actions reviewed at the start of a new
assessment, "since last time" in its results, and a draft moved to the new version of its
form that a field pack brought.

A colleague's laptop assesses a group and agrees a plan; its bundle reaches the council; the
council's pack brings it to a second laptop, which starts the next assessment of that group.
Run under Xvfb or offscreen:

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_followup_screenshots.py [OUT_DIR]
"""

# ruff: noqa: E402 - the repository root goes on sys.path before the app is imported

import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtWidgets import QApplication

from desktop.services import open_services
from desktop.store.records import now_ms
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import apply_theme

target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
root = Path(tempfile.mkdtemp(prefix="gapkit-followup-shots-"))
stick = root / "stick"
stick.mkdir()
app = QApplication.instance() or QApplication([])
apply_theme(app)

council = open_services(root / "council", device_name="Kirklees Council")
council.settings.set("council_mode", True)
colleague = open_services(root / "colleague", device_name="Field laptop 2 (Dewsbury)")
laptop = open_services(root / "laptop", device_name="Field laptop 3 (Batley)")

group = colleague.organisations.create(
    {
        "name": "Thornhill Lees Community Allotments",
        "legal_form": "unincorporated_association",
        "postcode": "WF12 9AB",
    }
)
earlier = colleague.assessments.start(
    group.id,
    "health_check",
    consent_given=True,
    facilitator="Sam Okafor",
    venue="Thornhill Lees Community Centre",
    started_at=now_ms() - timedelta(days=190),
)
plan = [
    ("Write a reserves policy and agree it at the next committee", "Treasurer", date(2026, 6, 30)),
    ("Open a bank account needing two signatories", "Chair and treasurer", date(2026, 5, 31)),
    ("Book the safeguarding course for the two plot leaders", "Secretary", date(2026, 4, 30)),
    ("Ask the council about the lease on the lower field", "Chair", date(2026, 9, 30)),
]
for what, who, due in plan:
    colleague.assessments.add_action(earlier.id, what, who=who, due_date=due)
colleague.assessments.complete(earlier.id, allow_unanswered_required=True)

council.trusted_devices.enrol(colleague.devices.info())
council.trusted_devices.enrol(laptop.devices.info())
bundle = colleague.exports.export_bundle(stick, full=True, include_drafts=True).path
assert council.imports.import_bundle(bundle).status == "merged"
laptop.council_trust.trust(council.devices.info())
pack = council.packs.build_pack(stick, device_id=laptop.store.device_id)
assert laptop.imports.import_pack(pack.path).status == "merged"


def settle() -> None:
    for _ in range(30):
        app.processEvents()


def shoot(window: MainWindow, name: str, size: tuple[int, int]) -> None:
    window.resize(*size)
    settle()
    path = target / name
    window.grab().save(str(path))
    print(path)


window = MainWindow(laptop)
window.show()
window.show_page("assessments")
page = window.page("assessments")
new = laptop.assessments.start(group.id, "health_check", consent_given=True, facilitator="Priya")
page.begin(new.id)
settle()
review = page.action_review
review.rows[0].choose("done", "Agreed at the March committee; copy sent to the council")
review.rows[1].choose("doing", "Forms with the bank; second signatory found")
review.rows[3].choose("dropped", "The lower field is being sold; looking elsewhere")
review.focus_start()
shoot(window, "action-review-1024x600.png", (1024, 600))
shoot(window, "action-review-1920x1080.png", (1920, 1080))


def answer_all(assessment_id: str, seed: int) -> None:
    """Rate every statement, so the results have scores to show."""
    rng = random.Random(seed)
    form = laptop.assessments.form_for(assessment_id)
    for _section, question in form.questions():
        if question.type == "rating":
            laptop.assessments.record_answer(assessment_id, question.id, rng.choice((2, 3, 3, 4)))


answer_all(new.id, 5)
laptop.assessments.complete(new.id, allow_unanswered_required=True)
page.show_results(new.id)
window.resize(1024, 600)
settle()
results = page.results
bar = results.tabs.widget(0).verticalScrollBar()
bar.setValue(bar.maximum())
shoot(window, "results-since-last-time-1024x600.png", (1024, 600))
# A draft on the shipped form; then the council's pack brings a new version of the form.
import os

from desktop.ui.dialogs.draft_move import DraftMoveDialog
from tests.store.test_draft_moves import make_new_version

shipped = laptop.assessments.available_forms()["health_check"]
change = make_new_version(root, shipped)
draft = laptop.assessments.start(group.id, "health_check", consent_given=True)
laptop.action_reviews.review(draft.id, review.rows[0].action.action_item_id, "done")
laptop.assessments.record_answer(draft.id, change.kept, 4, note="Agreed after a long talk")
laptop.assessments.record_answer(draft.id, change.renamed_from, 3)
laptop.assessments.record_answer(draft.id, change.removed, 2)
laptop.assessments.record_answer(draft.id, change.narrowed, change.gone_option)
os.environ["GAPKIT_RESOURCES_DIR"] = str(change.resources)
pack = council.packs.build_pack(stick, device_id=laptop.store.device_id, full=True)
del os.environ["GAPKIT_RESOURCES_DIR"]
assert laptop.imports.import_pack(pack.path).status == "merged"
page.show_review(draft.id)
shoot(window, "draft-move-offer-1024x600.png", (1024, 600))
offer = laptop.draft_moves.offer(draft.id)
assert offer is not None
dialog = DraftMoveDialog(offer, window)
dialog.show()
settle()
dialog.grab().save(str(target / "draft-move-dialog.png"))
print(target / "draft-move-dialog.png")
dialog.close()
laptop.draft_moves.move(draft.id, offer.to_sha256)
page.review.open(draft.id)
shoot(window, "draft-moved-review-1024x600.png", (1024, 600))
shoot(window, "draft-moved-review-1920x1080.png", (1920, 1080))
window.close()
from desktop.reports.assessment_report import write_assessment_report

print(write_assessment_report(laptop, new.id, root / "followup-report.pdf"))
for services in (council, colleague, laptop):
    services.close()
