"""Screenshots of the council's review of incoming work (issue 15), through real bundles.

A laptop registers demo organisations and completes assessments and exports a bundle; the
council imports it, approves most, marks one "has issues" and rejects one; a field pack takes
the verdicts back to the laptop. Pictures: the council's Assessments page with the review
column and panel (1024x600 and 1920x1080), the Overview with its switch, and the laptop's list
and runner showing the council's issues (1024x600). Run offscreen or under Xvfb:

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_review_screenshots.py [OUT_DIR]
"""

# ruff: noqa: E402 - the repository root goes on sys.path before the app is imported

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.services import open_services
from desktop.services.sync.council_trust import CouncilTrustService
from desktop.services.sync.imports import ImportService
from desktop.ui.models.assessments import ORGANISATION

out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
root = Path(tempfile.mkdtemp(prefix="gapkit-review-shots-"))
laptop = open_services(root / "laptop", device_name="Field laptop 3 (Batley)")
laptop.setup.set_names(worker_name="Asha Khan", laptop_name="Field laptop 3 (Batley)")
laptop.organisations.create_many(
    demo_organisations(14, seed=8, ward_list=laptop.organisations.ward_list)
)
add_demo_assessments(laptop, 18, seed=8, completed_share=0.9)
council = open_services(root / "council", device_name="Kirklees Council")
council.settings.set("council_mode", True)
council.setup.set_names(worker_name="Priya Shah", laptop_name="Kirklees Council")
council.trusted_devices.enrol(laptop.devices.info())
bundle = laptop.exports.export_bundle(root, include_drafts=False).path
ImportService(council.store).import_bundle(bundle)

items = council.reviews.items()
flagged, rejected = items[1], items[4]
council.reviews.set_state(
    [flagged.assessment_id],
    "has-issues",
    comment="The finance section was skipped: please go through it with the treasurer "
    "and add the date of the last AGM.",
)
council.reviews.set_state(
    [rejected.assessment_id], "rejected", comment="Duplicate of the March session."
)
council.reviews.set_state([i.assessment_id for i in items[6:]], "approved")

app = QApplication.instance() or QApplication(sys.argv)
from desktop.ui.main_window import MainWindow


def settle(rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def select(page, name: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, ORGANISATION).data() == name:
            page.table.selectionModel().setCurrentIndex(
                page.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return


window = MainWindow(council, council=True)
window.show()
window.show_page("assessments")
page = window.page("assessments")
page.reload()
select(page, flagged.organisation_name)
for size, name in (
    ((1024, 600), "review-council-1024x600"),
    ((1920, 1080), "review-council-1920x1080"),
):
    window.resize(*size)
    settle()
    window.grab().save(str(out_dir / f"{name}.png"))

window.resize(1024, 600)
window.show_page("overview")
overview = window.page("overview")
while overview.busy or overview.overview is None:
    settle(5)
settle()
window.grab().save(str(out_dir / "review-overview-1024x600.png"))
window.close()

# the field pack takes the verdicts to the laptop
(root / "council.json").write_text(council.devices.info().to_json())
council_trust = CouncilTrustService(laptop.store)
council_trust.trust(council_trust.read_file(root / "council.json"))
pack = council.packs.build_pack(root, device_id=laptop.store.device_id).path
ImportService(laptop.store).import_pack(pack)

field = MainWindow(laptop)
field.show()
field.resize(1024, 600)
field.show_page("assessments")
page = field.page("assessments")
page.reload()
select(page, flagged.organisation_name)
settle()
field.grab().save(str(out_dir / "review-laptop-1024x600.png"))
page.reopen_to_fix()
settle()
field.grab().save(str(out_dir / "review-runner-1024x600.png"))
field.close()
print(f"Screenshots in {out_dir}")
