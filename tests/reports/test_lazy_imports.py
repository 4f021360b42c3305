"""The report modules (so `gapkit report` and the app's "Save PDF") import reportlab with
HarfBuzz, Pillow and its costly patterns deferred (`desktop.reports.lazy_imports`): each is there
the moment it is used, and a report made so is the report made with everything imported at once,
in English, Urdu (shaped by HarfBuzz) and Punjabi, text and pixels."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from desktop.services import Services
from tests.probe import run_python
from tests.reports.conftest import REPO_ROOT, register, run_assessment

# In a fresh interpreter: reportlab imported the lazy way, then each deferred part used.
_USE_EACH_PART = r"""
import json, re, sys
CJK_TEXT = "Kirklees 中文 社区 ਪੰਜਾਬੀ"
from desktop.reports.lazy_imports import DeferredModule, LazyPattern, import_reportlab_lazily
import_reportlab_lazily()
import reportlab.pdfbase.ttfonts as ttfonts
import reportlab.lib.textsplit as textsplit
import reportlab.lib.utils as utils
import reportlab.platypus.paragraph as paragraph
state = {
    "deferred": [type(sys.modules[name]).__name__ for name in ("uharfbuzz", "PIL.Image")],
    "pattern": type(paragraph.uri_pat).__name__,
    "wide_pattern": type(textsplit.rx).__name__,
    "have_images": utils.haveImages,
}
addresses = json.loads(sys.argv[1])
state["splits"] = [paragraph._uri_split_pairs(address) for address in addresses]
state["cjk"] = textsplit.rx.sub(r"\1\0 ", CJK_TEXT)
state["harfbuzz"] = ttfonts.uharfbuzz.Buffer.__module__
state["pillow"] = utils.Image.new("RGB", (2, 2)).size
state["loaded"] = [type(sys.modules[name]).__name__ for name in ("uharfbuzz", "PIL.Image")]
print(json.dumps(state))
"""

ADDRESSES = [
    "https://example.org/a/b/c",
    "HTTP://Example.ORG/Path/To/Page?x=1",
    "https://www.kirklees.gov.uk/beta/community-asset-transfer/apply.aspx",
    "ftp://192.168.0.1/files/",
    "https://bücher.example/straße/weg",
    "https://例え.テスト/パス",
    "localhost:8080/x",
    "not an address",
    "www.example.org/long/path/name",
]


def test_each_deferred_part_is_there_when_used_and_behaves_as_imported_at_once() -> None:
    result = run_python(_USE_EACH_PART, json.dumps(ADDRESSES), check=True)
    state = json.loads(result.stdout)
    assert state["deferred"] == ["DeferredModule", "DeferredModule"]
    assert state["pattern"] == state["wide_pattern"] == "LazyPattern"
    assert state["have_images"] is True
    assert state["harfbuzz"].startswith("uharfbuzz")
    assert state["pillow"] == [2, 2]
    assert state["loaded"] == ["module", "module"]  # the real modules took their places

    import reportlab.platypus.paragraph as paragraph

    expected = [paragraph._uri_split_pairs(address) for address in ADDRESSES]
    assert [None if s is None else [tuple(p) for p in s] for s in state["splits"]] == expected
    assert any(expected) and None in expected  # both kinds were tried
    import reportlab.lib.textsplit as textsplit

    assert state["cjk"] == textsplit.rx.sub(r"\1\0 ", "Kirklees 中文 社区 ਪੰਜਾਬੀ")
    assert "\0" in state["cjk"]


def test_a_lazy_pattern_is_the_compiled_pattern() -> None:
    from desktop.reports.lazy_imports import LazyPattern

    source = r"[a-zü\u0100-\uffff]+"
    lazy = LazyPattern(source, re.IGNORECASE)
    assert lazy.pattern == source and lazy.flags == re.compile(source, re.IGNORECASE).flags
    assert lazy.findall("Bücher ÉTÉ 例え 123") == ["Bücher", "T", "例え"]
    assert lazy.compiled is lazy.compiled is re.compile(source, re.IGNORECASE)


def test_only_patterns_that_cost_milliseconds_to_compile_are_deferred() -> None:
    from desktop.reports.lazy_imports import _costly

    assert _costly("([\u2e80-\uffff])", re.UNICODE)  # reportlab.lib.textsplit's
    assert _costly("[a-z\u0100-\u017f]", re.IGNORECASE)  # case-folded beyond Latin-1
    assert not _costly("[a-z\u0100-\u017f]", 0)  # a narrow range
    assert not _costly("[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿА-я]+$", 0)  # paragraph's hyphenation pattern
    assert not _costly("[-\u00ad]", 0) and not _costly("-", 0) and not _costly(b"[\x00-\xff]", 0)


# In a fresh interpreter: a second thread asks for the lazy import while the first is in the
# middle of it, after its `re.compile` stand-in is in place and before reportlab.platypus is
# (the moment a second import could still begin). The first waits until the second has put its
# own stand-in in place, or (as it should) the second is kept waiting until the first is done.
_TWO_THREADS = r"""
import json, re, sys, threading, time
from desktop.reports.lazy_imports import import_reportlab_lazily
real_compile = re.compile
first = threading.current_thread()
second = threading.Thread(target=import_reportlab_lazily)

class StartTheSecondThread:
    def find_spec(self, name, path=None, target=None):
        if name == "reportlab.platypus" and threading.current_thread() is first:
            first_stand_in = re.compile
            second.start()
            waited = time.monotonic()
            while re.compile is first_stand_in and time.monotonic() - waited < 1:
                time.sleep(0.01)
        return None

sys.meta_path.insert(0, StartTheSecondThread())
import_reportlab_lazily()
second.join()
print(json.dumps({
    "compile_restored": re.compile is real_compile,
    "deferred": [type(sys.modules[name]).__name__ for name in ("uharfbuzz", "PIL.Image")],
}))
"""


def test_two_threads_importing_reportlab_lazily_leave_re_compile_as_it_was() -> None:
    result = run_python(_TWO_THREADS, check=True)
    state = json.loads(result.stdout)
    assert state == {"compile_restored": True, "deferred": ["DeferredModule", "DeferredModule"]}


# "at_once" imports reportlab, HarfBuzz and Pillow first, as they were before; "lazy" lets the
# report module import reportlab (its own way); each says how its modules were loaded.
_WRITE = r"""
import sys
from datetime import UTC, datetime
if sys.argv[1] == "at_once":
    import PIL.Image, reportlab.platypus, uharfbuzz
from desktop.reports.assessment_report import write_assessment_report
print(" ".join(type(sys.modules[name]).__name__ for name in ("uharfbuzz", "PIL.Image")))
from desktop.services import open_services
services = open_services(sys.argv[2])
write_assessment_report(
    services, sys.argv[3], sys.argv[4], now=datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
)
"""


def _pages(pdf: Path) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(pdf.with_suffix(""))], check=True)
    files = sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))
    return [Image.open(file).convert("RGB") for file in files]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("language", ["en", "ur", "pa"])
def test_a_report_made_with_reportlab_imported_lazily_is_the_same_report(
    report_services: Services, tmp_path: Path, language: str
) -> None:
    from pypdf import PdfReader

    organisation = register(report_services, "Dewsbury Community Kitchen ਲੰਗਰ")
    assessment_id = run_assessment(report_services, organisation, "cat_readiness")
    report_services.assessments.set_session_language(assessment_id, language)
    data_dir = report_services.store.data_dir
    made: dict[str, Path] = {}
    for way in ("lazy", "at_once"):
        made[way] = tmp_path / way / "report.pdf"
        made[way].parent.mkdir()
        loaded = run_python(
            _WRITE, way, str(data_dir), assessment_id, str(made[way]), check=True
        ).stdout.split()
        assert loaded == (["DeferredModule"] * 2 if way == "lazy" else ["module"] * 2)
    texts = {
        way: [page.extract_text() for page in PdfReader(str(path)).pages]
        for way, path in made.items()
    }
    assert texts["lazy"] == texts["at_once"]
    lazy_pages, pages = _pages(made["lazy"]), _pages(made["at_once"])
    assert len(lazy_pages) == len(pages) > 3
    for lazy_page, page in zip(lazy_pages, pages, strict=True):
        assert ImageChops.difference(lazy_page, page).getbbox() is None


def _top_imports(path: Path) -> list[str]:
    """The modules a file imports at its top level, in order."""
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def test_every_way_into_the_reports_imports_reportlab_lazily_first() -> None:
    """Each report module the rest of the app imports (found in its code, so a new one is
    checked too) that brings reportlab in imports desktop.reports.reportlab_lazily before
    anything that does: the Privacy dialog's subject access PDF imported reportlab.platypus
    directly, so opening it before the first Save PDF took the lazy import away from every
    report after it. (Read from the code: a fresh process per module would cost seconds.)"""
    reports = REPO_ROOT / "desktop" / "reports"
    imports = {path.stem: _top_imports(path) for path in reports.glob("*.py")}
    brings: set[str] = set()  # modules whose import imports reportlab
    grew = True
    while grew:
        grown = {
            module
            for module, names in imports.items()
            if any(
                name.startswith("reportlab") or name.removeprefix("desktop.reports.") in brings
                for name in names
            )
        } - brings
        brings |= grown
        grew = bool(grown)
    entries = {
        name
        for path in (REPO_ROOT / "desktop").rglob("*.py")
        if not path.is_relative_to(reports)
        for name in re.findall(r"desktop\.reports\.(\w+)", path.read_text(encoding="utf-8"))
    }
    assert {"assessment_report", "council_summary", "subject_access"} <= entries & brings
    assert "reportlab_lazily" not in brings

    def first_to_bring(module: str) -> str:
        return next(
            name.removeprefix("desktop.reports.")
            for name in imports[module]
            if name.startswith("reportlab")
            or name.removeprefix("desktop.reports.") in brings | {"reportlab_lazily"}
        )

    lazy = {"reportlab_lazily"}  # modules whose import imports reportlab lazily
    grew = True
    while grew:
        grown = {module for module in brings - lazy if first_to_bring(module) in lazy}
        lazy |= grown
        grew = bool(grown)
    assert sorted(entries & brings - lazy) == []
