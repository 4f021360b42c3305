"""The runner's answer inputs for every question type: what they show and what they give."""

from __future__ import annotations

from desktop.ui.runner.inputs import DateInput, MultiChoiceInput, NumberInput, make_input
from forms.loader import load_form_text

FORM = """
id: inputs
version: "1"
title: Inputs
kind: health_check
sections:
  - id: all
    title: All
    questions:
      - {id: when, type: date, text: "When did you last review your policies?"}
      - {id: how_many, type: number, text: "How many volunteers?", min: 0, max: 500, integer: true}
      - id: which
        type: multi_choice
        text: "Which apply?"
        options: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}]
      - id: rated
        type: rating
        text: We are well run.
        allow_not_applicable: true
        levels: [Not at all, Partly, Mostly, Fully]
"""


def test_each_type_gets_its_input_and_gives_a_value_the_service_accepts(qtbot):
    form = load_form_text(FORM, "inputs.yaml")
    when = make_input(form, form.question("when"))
    qtbot.addWidget(when)
    assert isinstance(when, DateInput) and when.value() is None
    edited = []
    when.edited.connect(edited.append)
    when.set_value("2026-03-31")
    assert when.value() == "2026-03-31" and edited == []  # showing a stored value is quiet
    when.edit.setDate(when.edit.date().addDays(1))
    assert edited == ["2026-04-01"]

    number = make_input(form, form.question("how_many"))
    qtbot.addWidget(number)
    assert isinstance(number, NumberInput) and number.value() is None
    assert number.spin.text() == "Not answered"
    number.set_value(12)
    assert number.value() == 12

    which = make_input(form, form.question("which"))
    qtbot.addWidget(which)
    assert isinstance(which, MultiChoiceInput)
    ticked = []
    which.answered.connect(ticked.append)
    assert which.choose(1) and which.choose(3)
    assert ticked[-1] == ["a", "c"]
    which.choose(1)
    assert ticked[-1] == ["c"]

    rated = make_input(form, form.question("rated"))
    qtbot.addWidget(rated)
    chosen = []
    rated.answered.connect(chosen.append)
    assert rated.choose(5)  # the fifth button is "not applicable"
    assert chosen == ["not_applicable"]
    assert not rated.choose(6)
