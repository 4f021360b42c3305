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


def test_scoring_an_assessment_builds_no_validator():
    """result_of makes the result models without validating them (their validators, and
    pydantic's scan for plugins at the first one, would be a fresh report's ~12-18 ms)."""
    probe = (
        "import forms.scoring as scoring\n"
        "from forms import DONT_KNOW, score_assessment, shipped_forms\n"
        "from pydantic import BaseModel\n"
        "for form in shipped_forms().values():\n"
        "    answers = {q.id: DONT_KNOW for _s, q in form.questions()}\n"
        "    result = score_assessment(form, answers)\n"
        "models = [v for v in vars(scoring).values() if isinstance(v, type)\n"
        "          and issubclass(v, BaseModel) and v.__module__ == 'forms.scoring']\n"
        "print(len(models), [m.__name__ for m in models if m.__pydantic_complete__])\n"
    )
    result = run_python(probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["8", "[]"]
