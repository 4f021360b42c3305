"""Screenshots of the council pages (Import, Conflicts, Overview) with demo data from bundles.

Three laptops register demo organisations and assessments and export bundles; a council data
folder enrols two of them, the laptop and the council edit the same fields (conflicts), one
bundle is "lost" (a gap) and one file is damaged (rejected). Run under Xvfb:

    Xvfb :96 -screen 0 1600x1800x24 & DISPLAY=:96 python3 docs/screenshots/make_council_screenshots.py
"""

# ruff: noqa: E402 - the repository root goes on sys.path before the app is imported

import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtWidgets import QApplication

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.services import Services, open_services
from desktop.services.devices import DeviceService
from desktop.services.sync.export import ExportService
from desktop.services.sync.trust import TrustedDeviceService
from desktop.store.db import open_store

root = Path(tempfile.mkdtemp(prefix="gapkit-council-shots-"))
out = root / "stick"
out.mkdir()

council = open_services(root / "council")
council.settings.set("council_mode", True)

laptops = []
for number, (name, orgs, assessments) in enumerate(
    [("Laptop 1 (Batley)", 40, 70), ("Laptop 2 (Huddersfield)", 50, 90), ("Laptop 3", 12, 10)],
    start=1,
):
    store = open_store(data_dir=root / f"laptop{number}", device_name=name)
    services = Services(store)
    services.organisations.create_many(
        demo_organisations(orgs, seed=number * 11, ward_list=services.organisations.ward_list)
    )
    add_demo_assessments(services, assessments, seed=number, completed_share=1.0)
    laptops.append(services)

first_bundles = [
    ExportService(s.store).export_bundle(out, include_drafts=True).path for s in laptops
]
for services in laptops[:2]:
    TrustedDeviceService(council.store).enrol(DeviceService(services.store).info())

# Bring the first two bundles in headless, then make conflicts: the council and a laptop both
# edit the same fields; the laptop's edits are later, so they win and conflicts are recorded.
from desktop.services.sync.imports import ImportService

ImportService(council.store).import_bundle(first_bundles[0])
ImportService(council.store).import_bundle(first_bundles[1])
laptop1 = laptops[0]
orgs = laptop1.organisations.list_all()[:5]
for org in orgs[:3]:
    council.organisations.update(org.id, {"name": org.name + " (council)"})
    laptop1.organisations.update(org.id, {"name": org.name + " Trust"})
for org in orgs[3:5]:
    council.organisations.update(org.id, {"town": "Dewsbury"})
    laptop1.organisations.update(org.id, {"town": "Batley"})
second = ExportService(laptop1.store).export_bundle(out, include_drafts=True).path
# bundle 3 of laptop 1 is "lost" (left on another stick), bundle 4 arrives: a gap
laptop1.organisations.update(orgs[0].id, {"volunteers_count": 12})
lost = root / "lost"
lost.mkdir()
third = ExportService(laptop1.store).export_bundle(out, include_drafts=True).path
third.rename(lost / third.name)
laptop1.organisations.update(orgs[1].id, {"volunteers_count": 30})
fourth = ExportService(laptop1.store).export_bundle(out, include_drafts=True).path
# a broken bundle: rejected with a reason
(out / "copied-badly.gapkit").write_bytes(first_bundles[1].read_bytes()[:4000])
# and bundle 1 of laptop 1 again (already imported) is left in the folder

app = QApplication.instance() or QApplication(sys.argv[:1])
from desktop.ui.theme import apply_theme

apply_theme(app)
from desktop.ui.main_window import MainWindow

window = MainWindow(council, council=True)
window.resize(1400, 860)
window.show()


def wait(condition, seconds=60.0):
    end = time.time() + seconds
    while not condition() and time.time() < end:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


window.show_page("import")
page = window.page("import")
page.import_paths([out])
wait(lambda: not page.busy)
for _ in range(20):
    app.processEvents()
    time.sleep(0.02)
window.grab().save(str(HERE / "import.png"))
page.tabs.setCurrentIndex(1)
app.processEvents()
window.grab().save(str(root / "devices.png"))
page.tabs.setCurrentIndex(0)

window.show_page("conflicts")
conflicts = window.page("conflicts")
app.processEvents()
window.grab().save(str(HERE / "conflicts.png"))

window.resize(1400, 1640)
window.show_page("overview")
overview = window.page("overview")
wait(lambda: overview.overview is not None and not overview.busy)
for _ in range(10):
    app.processEvents()
    time.sleep(0.02)
window.grab().save(str(HERE / "overview.png"))

window.resize(1400, 860)
window.show_page("settings")
app.processEvents()
window.grab().save(str(root / "settings.png"))

from desktop.ui.dialogs.import_csv import ImportCsvDialog

csv_path = root / "register.csv"
csv_path.write_text(
    "Organisation name,Legal structure,Charity no,Address 1,Town,Post code,Ward,Themes,Volunteers,Shoe size\n"
    "Holme Valley Food Bank,Unincorporated association,,1 Station Rd,Holmfirth,HD9 3AA,,Food,12,9\n"
    "Batley Boxing Club,CIO (association model),1123456,,Batley,WF17 5AA,,Exercise and sport,5,8\n"
    "Bad Postcode Group,Trust,,,,XX1,,,,\n"
    "Greenhead Park Friends,Unincorporated association,,,Huddersfield,HD1 4HS,,Environment and green spaces,30,7\n",
    encoding="utf-8",
)
dialog = ImportCsvDialog(council, window)
dialog.show()
dialog.load(csv_path)
wait(lambda: dialog.result is not None and dialog._task is None)
for _ in range(20):
    app.processEvents()
    time.sleep(0.02)
dialog.grab().save(str(root / "import_csv.png"))
print(f"saved in {HERE}; other pages in {root}")
shutil.rmtree(root / "stick", ignore_errors=True)
window.close()
