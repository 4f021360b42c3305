"""Every control a person can use has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Pieces Qt builds inside a control (a combo's list, a spin box's editor, a table's corner
    button, a line edit's clear button) are announced through the control itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another_control(widget):
            continue
        if not widget.accessibleName().strip():
            text = getattr(widget, "text", lambda: "")()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


def test_every_control_of_the_organisations_page_and_form_has_an_accessible_name(
    qtbot, main_window
):
    main_window.show_page("organisations")
    assert unnamed_controls(main_window) == []


def test_every_control_on_every_page_has_an_accessible_name(qtbot, services):
    window = MainWindow(services, council=True)
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
    assert unnamed_controls(window) == []


def test_every_control_of_the_self_assessment_edition_has_an_accessible_name(qtbot, services):
    from desktop.services.setup import Use

    services.setup._set_use(Use.GROUP)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys() == ["our_group", "assessments", "settings"]
    for key in window.page_keys():
        window.show_page(key)
    assert unnamed_controls(window) == []


def test_each_check_box_names_its_question_and_its_choice(qtbot, main_window):
    form = main_window.page("organisations").form
    box = form.fields["themes"].widget.box("food")
    assert box.accessibleName() == "Themes: Food"
