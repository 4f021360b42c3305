"""Screenshots of field packs: the council's Field packs page, a laptop's Sync page after a pack,
and the laptop's Organisations page holding colleagues' organisations.

A colleague's laptop registers and assesses, its bundle reaches the council, the council
builds a pack for a second laptop (which has a few organisations of its own and an unsent
edit the council also changed), and the second laptop imports it. Run under Xvfb or offscreen:

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_pack_screenshots.py [OUT_DIR]
"""

# ruff: noqa: E402 - the repository root goes on sys.path before the app is imported

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtWidgets import QApplication

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.services import open_services
from desktop.services.sync.imports import ImportService
from desktop.ui.main_window import MainWindow

target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
root = Path(tempfile.mkdtemp(prefix="gapkit-pack-shots-"))
stick = root / "stick"
stick.mkdir()
app = QApplication.instance() or QApplication([])
from desktop.ui.theme import apply_theme

apply_theme(app)

council = open_services(root / "council", device_name="Kirklees Council")
council.settings.set("council_mode", True)
colleague = open_services(root / "colleague", device_name="Field laptop 2 (Dewsbury)")
laptop = open_services(root / "laptop", device_name="Field laptop 3 (Batley)")

colleague.organisations.create_many(
    demo_organisations(30, seed=21, ward_list=colleague.organisations.ward_list)
)
add_demo_assessments(colleague, 12, seed=21, completed_share=1.0)
own = laptop.organisations.create_many(
    demo_organisations(3, seed=33, ward_list=laptop.organisations.ward_list)
)
for services in (colleague, laptop):
    council.trusted_devices.enrol(services.devices.info())
    bundle = services.exports.export_bundle(stick, full=True, include_drafts=True).path
    assert ImportService(council.store).import_bundle(bundle).status == "merged"
laptop.council_trust.trust(council.devices.info())

# The laptop and the council both change the notes of one of the laptop's organisations.
first = laptop.organisations.list_all()[0].id
laptop.organisations.update(first, {"notes": "Treasurer stepping down in March"})
council.organisations.update(first, {"notes": "Awarded a small grant (Oct)"})

pack = council.packs.build_pack(stick, device_id=laptop.store.device_id)
summary = ImportService(laptop.store).import_pack(pack.path)
assert summary.status == "merged", summary.message


def shoot(window: MainWindow, key: str, name: str, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.show_page(key)
    for _ in range(30):
        app.processEvents()
    path = target / name
    window.grab().save(str(path))
    print(path)


council_window = MainWindow(council, council=True)
council_window.show()
shoot(council_window, "packs", "field-packs.png", (1024, 600))
council_window.close()

laptop_window = MainWindow(laptop)
laptop_window.show()
laptop_window.show_page("sync")
laptop_window.page("sync").lower_tabs.setCurrentIndex(1)
shoot(laptop_window, "sync", "sync-after-pack.png", (1024, 600))
shoot(laptop_window, "organisations", "organisations-from-pack.png", (1024, 600))
laptop_window.close()
for services in (council, colleague, laptop):
    services.close()
