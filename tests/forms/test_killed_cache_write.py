"""A copy killed while it writes a model or YAML cache entry (half the bytes on disk) leaves
nothing that is read back: the next process makes the model from the text, and it is the
model validation makes; the entry is written again, whole."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from forms.loader import load_shipped_yaml_model, load_yaml_model
from forms.models import FormDefinition, form_problems
from tests.forms.test_model_cache import assert_same_model, shipped_form_text

REPO_ROOT = Path(__file__).resolve().parents[2]

# Writes the first half of the entry's bytes, then is killed: the test's hook, not the app's.
KILLED_WRITING_AN_ENTRY = """
import os, pathlib, signal, sys
folder = sys.argv[1]  # forms (the YAML's data) or models (the validated model)
real_write_bytes, real_write_text = pathlib.Path.write_bytes, pathlib.Path.write_text

def half_then_die(write, path, data, *args, **kwargs):
    if path.name.endswith(".part") and path.parent.name == folder:
        write(path, data[: len(data) // 2], *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    return write(path, data, *args, **kwargs)

pathlib.Path.write_bytes = lambda p, d: half_then_die(real_write_bytes, p, d)
pathlib.Path.write_text = lambda p, d, *a, **k: half_then_die(real_write_text, p, d, *a, **k)
from forms import loader
from forms.models import FormDefinition, form_problems
name = "health-check.yaml"
text = loader.read_form_file(loader.resources_dir() / "forms" / name)
loader.load_shipped_yaml_model(text, name, FormDefinition, form_problems, "form")
print("not killed", flush=True)
"""


@pytest.mark.parametrize("folder", ["forms", "models"])
def test_a_cache_entry_killed_half_written_is_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    monkeypatch.setenv("GAPKIT_CACHE_DIR", str(tmp_path))
    name = "health-check.yaml"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITING_AN_ENTRY, folder],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    left = sorted(p.name for p in (tmp_path / folder).iterdir())
    assert any(name.endswith(".part") for name in left), left

    text = shipped_form_text(name)
    validated = load_yaml_model(text, name, FormDefinition, form_problems, "form")
    made = load_shipped_yaml_model(text, name, FormDefinition, form_problems, "form")
    again = load_shipped_yaml_model(text, name, FormDefinition, form_problems, "form")
    assert_same_model(made, validated)
    assert_same_model(again, validated)
    assert len(list((tmp_path / "models").glob(f"{name}--*.pickle"))) == 1
