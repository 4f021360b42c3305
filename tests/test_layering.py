"""The package arrows of DESIGN.md hold: forms/sync are pure, the store and CLI never load Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.probe import run_python

ROOT = Path(__file__).resolve().parent.parent


def _imported_modules(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    problems = []
    for file, names in _imported_modules(ROOT / folder).items():
        for name in names:
            if name.split(".")[0] in forbidden or name.startswith(forbidden):
                problems.append(f"{file} imports {name}")
    return problems


@pytest.mark.parametrize("package", ["forms", "sync"])
def test_pure_packages_import_neither_qt_nor_sqlalchemy_nor_the_app(package: str):
    assert _offenders(package, ("PySide6", "shiboken6", "sqlalchemy", "alembic", "desktop")) == []


def test_phone_voting_server_is_pure():
    """The voting server and its state run on their own thread: no Qt, no database."""
    forbidden = ("PySide6", "shiboken6", "sqlalchemy", "alembic")
    forbidden += ("desktop.store", "desktop.services", "desktop.ui")
    assert _offenders("desktop/voting", forbidden) == []


def test_registration_rules_are_pure():
    """The registration rules import no Qt, no database and none of the app's layers above them."""
    forbidden = ("PySide6", "shiboken6", "sqlalchemy", "alembic")
    forbidden += ("desktop.store", "desktop.services", "desktop.ui", "desktop.demo")
    assert _offenders("desktop/registration", forbidden) == []


def test_store_is_persistence_only():
    """The store imports no Qt, and none of the services, rules or demo data built on it."""
    forbidden = ("PySide6", "shiboken6", "desktop.ui", "desktop.services", "desktop.registration")
    assert _offenders("desktop/store", forbidden + ("desktop.demo",)) == []


def test_services_import_no_qt():
    assert _offenders("desktop/services", ("PySide6", "shiboken6", "desktop.ui")) == []


def test_ui_reaches_data_through_services_only():
    assert _offenders("desktop/ui", ("desktop.store", "sqlalchemy")) == []


def test_commands_and_reports_import_no_qt():
    assert _offenders("desktop/commands", ("PySide6", "shiboken6", "desktop.ui")) == []
    assert _offenders("desktop/reports", ("PySide6", "shiboken6", "desktop.ui")) == []


@pytest.mark.parametrize("module", ["desktop/format.py", "desktop/errors.py", "sync/stamps.py"])
def test_shared_helpers_import_no_qt_database_or_pdf_code(module: str):
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    names = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    names |= {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    forbidden = ("PySide6", "shiboken6", "sqlalchemy", "reportlab", "desktop.store", "desktop.ui")
    assert [name for name in names if name.startswith(forbidden)] == []


def test_headless_cli_run_never_loads_qt(tmp_path: Path):
    """Run a real headless command and check no Qt module got loaded along the way."""
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        "status = main(['orgs', 'list'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT_MODULES=' + ','.join(loaded))\n"
        "sys.exit(status)\n"
    )
    result = run_python(probe, env={"GAPKIT_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "QT_MODULES=\n" in result.stdout
