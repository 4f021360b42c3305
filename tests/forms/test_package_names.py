"""The `forms` package's names are imported from their modules when first asked for."""

from __future__ import annotations

import importlib

import forms
from tests.probe import run_python


def test_every_name_the_package_exports_is_its_modules_own():
    for name in forms.__all__:
        module = importlib.import_module(forms._MODULE_OF[name])
        assert getattr(forms, name) is getattr(module, name), name
    assert sorted(forms._MODULE_OF) == sorted(forms.__all__)


def test_an_unknown_name_is_an_attribute_error():
    try:
        forms.no_such_name  # noqa: B018
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("forms.no_such_name was found")


def test_scoring_an_assessment_leaves_form_comparison_unloaded():
    """A report imports scoring and the models; comparing form versions is the Forms page's."""
    probe = (
        "import sys\n"
        "from forms import AssessmentResult, FormError, load_form_text, score_assessment\n"
        "print(sorted(m for m in sys.modules if m.startswith('forms')))\n"
    )
    result = run_python(probe)
    assert result.returncode == 0, result.stderr
    assert "'forms.scoring'" in result.stdout
    assert "forms.versions" not in result.stdout
