"""The answer inputs of the runner, one per question type: big buttons, check boxes, spin boxes.

Every input shows a stored answer with `set_value` (without emitting) and says what the person
chose with `answered` (save now: buttons, ticks) or `edited` (save after a short pause: typing).
`choose(n)` is the keyboard's digit n.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr, tr_noop
from forms.answers import DEFAULT_TEXT_LIMIT
from forms.models import NOT_APPLICABLE, FormDefinition, Question

NOT_ANSWERED = tr_noop("Inputs", "Not answered")
_NO_DATE = QDate(1900, 1, 1)


class BigChoiceButton(QPushButton):
    """A large, checkable button with a key number, a name and a wrapped descriptor."""

    def __init__(
        self, key: int, name: str, descriptor: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("levelButton")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.key_label = QLabel(str(key))
        self.key_label.setObjectName("levelKey")
        self.name_label = QLabel(name)
        self.name_label.setObjectName("levelName")
        self.name_label.setWordWrap(True)
        self.descriptor_label = QLabel(descriptor)
        self.descriptor_label.setObjectName("levelDescriptor")
        self.descriptor_label.setWordWrap(True)
        self.tag_label = QLabel(tr("Inputs", "Suggested"))
        self.tag_label.setObjectName("levelTag")
        self.tag_label.setVisible(False)
        for label in (self.key_label, self.name_label, self.descriptor_label, self.tag_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.name_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        layout.addLayout(top)
        # On its own line: beside the name it squeezed a long level name ("Gettin").
        layout.addWidget(self.tag_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.descriptor_label, 1, Qt.AlignmentFlag.AlignTop)
        # Only once it has a parent: a label shown before that would open as its own window.
        self.descriptor_label.setVisible(bool(descriptor))
        self.setMinimumHeight(96 if descriptor else 56)
        self.toggled.connect(self._toggled)
        text = f"{key}: {name}" + (f". {descriptor}" if descriptor else "")
        self.setAccessibleName(text)
        self.setToolTip(tr("Inputs", "Press {key}").format(key=key))

    def _toggled(self, checked: bool) -> None:
        # Style sheets cannot style a child by its parent's state, so the labels carry it.
        for label in (self.key_label, self.name_label, self.descriptor_label):
            label.setProperty("onDark", checked)
            label.style().unpolish(label)
            label.style().polish(label)

    def set_suggested(self, suggested: bool) -> None:
        # Called on every redraw of a group round (phone votes come many times a second):
        # restyling is costly, so only when the mark really changes.
        if self.property("suggested") == suggested and self.tag_label.isHidden() != suggested:
            return
        self.tag_label.setVisible(suggested)
        self.setProperty("suggested", suggested)
        self.style().unpolish(self)
        self.style().polish(self)


class AnswerInput(QWidget):
    """The common shape of an answer input."""

    answered = Signal(object)
    edited = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(f"Answer: {question.text}")

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def choose(self, number: int) -> bool:
        """Digit `number` pressed; True when it meant something here."""
        return False

    def focus_first(self) -> None:
        self.setFocus()

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    @property
    def types_text(self) -> bool:
        """Whether the input takes typing (so digits and Enter belong to it)."""
        return False


class ButtonsInput(AnswerInput):
    """Rating levels or options as big buttons; one can be chosen."""

    def __init__(
        self,
        question: Question,
        choices: list[tuple[Any, str, str]],
        columns: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, parent)
        self.values = [value for value, _name, _desc in choices]
        self.buttons: list[BigChoiceButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for index, (value, name, descriptor) in enumerate(choices):
            button = BigChoiceButton(index + 1, name, descriptor)
            button.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
            self.buttons.append(button)
            grid.addWidget(button, index // columns, index % columns)
        for column in range(min(columns, len(choices))):
            grid.setColumnStretch(column, 1)

    def _clicked(self, value: Any) -> None:
        self.set_value(value)
        self.answered.emit(value)

    def set_value(self, value: Any) -> None:
        for button, mine in zip(self.buttons, self.values, strict=True):
            button.setChecked(mine == value and value is not None)

    def value(self) -> Any:
        for button, mine in zip(self.buttons, self.values, strict=True):
            if button.isChecked():
                return mine
        return None

    def choose(self, number: int) -> bool:
        if 1 <= number <= len(self.buttons) and self.isEnabled():
            self.buttons[number - 1].setFocus()
            self._clicked(self.values[number - 1])
            return True
        return False

    def focus_first(self) -> None:
        chosen = [b for b in self.buttons if b.isChecked()]
        (chosen or self.buttons)[0].setFocus()

    def set_suggestion(self, value: Any) -> None:
        for button, mine in zip(self.buttons, self.values, strict=True):
            button.set_suggested(value is not None and mine == value)


def rating_input(form: FormDefinition, question: Question) -> ButtonsInput:
    descriptors = question.levels or [level.meaning for level in form.rating_scale]
    choices: list[tuple[Any, str, str]] = [
        (level.level, level.name, descriptors[index] if index < len(descriptors) else "")
        for index, level in enumerate(form.rating_scale)
    ]
    if question.allow_not_applicable:
        choices.append(
            (
                NOT_APPLICABLE,
                tr("Inputs", "Not applicable"),
                tr("Inputs", "This does not apply to us."),
            )
        )
    return ButtonsInput(question, choices, columns=4)


def options_input(question: Question) -> ButtonsInput:
    options = question.options or []
    choices: list[tuple[Any, str, str]] = [(o.id, o.label, "") for o in options]
    columns = len(options) if len(options) <= 4 else 2
    return ButtonsInput(question, choices, columns=columns)


class MultiChoiceInput(AnswerInput):
    """Tick every answer that applies; each tick is saved."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.boxes: list[tuple[str, QCheckBox]] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        options = question.options or []
        rows = (len(options) + 1) // 2
        for index, option in enumerate(options):
            box = QCheckBox(f"{index + 1}  {option.label}" if index < 9 else option.label)
            box.setObjectName("multiChoice")
            box.setAccessibleName(option.label)
            box.toggled.connect(self._toggled)
            self.boxes.append((option.id, box))
            grid.addWidget(box, index % rows, index // rows)
        self._quiet = False

    def _toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self.answered.emit(self.value())

    def value(self) -> list[str] | None:
        chosen = [option_id for option_id, box in self.boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        self._quiet = True
        for option_id, box in self.boxes:
            box.setChecked(option_id in chosen)
        self._quiet = False

    def choose(self, number: int) -> bool:
        if 1 <= number <= min(9, len(self.boxes)) and self.isEnabled():
            box = self.boxes[number - 1][1]
            box.setFocus()
            box.toggle()
            return True
        return False

    def focus_first(self) -> None:
        if self.boxes:
            self.boxes[0][1].setFocus()


class NumberInput(AnswerInput):
    """A spin box; the value below the minimum reads "Not answered"."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        low = question.min if question.min is not None else 0.0
        high = question.max if question.max is not None else 1_000_000_000.0
        self.spin: QSpinBox | QDoubleSpinBox
        if question.integer:
            self.spin = QSpinBox()
            self.spin.setRange(int(low) - 1, int(high))
        else:
            self.spin = QDoubleSpinBox()
            self.spin.setDecimals(2)
            self.spin.setRange(low - 1, high)
        self._sentinel = self.spin.minimum()
        self.spin.setSpecialValueText(tr("Inputs", NOT_ANSWERED))
        if question.unit:
            self.spin.setSuffix(f" {question.unit}")
        self.spin.setObjectName("numberAnswer")
        self.spin.setAccessibleName(f"Number: {question.text}")
        self.spin.setMinimumWidth(220)
        self._show(self._sentinel)
        self.spin.valueChanged.connect(self._changed)
        self._quiet = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)

    def _changed(self, _value: float) -> None:
        if not self._quiet:
            self.edited.emit(self.value())

    def value(self) -> int | float | None:
        if self.spin.value() == self._sentinel:
            return None
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self._quiet = True
        self._show(value if isinstance(value, int | float) else self._sentinel)
        self._quiet = False

    def _show(self, value: int | float) -> None:
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(value))
        else:
            self.spin.setValue(float(value))

    def focus_first(self) -> None:
        self.spin.setFocus()
        self.spin.selectAll()

    @property
    def types_text(self) -> bool:
        return True


class TextInput(AnswerInput):
    """A text box for a written answer."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("textAnswer")
        self.edit.setAccessibleName(f"Written answer: {question.text}")
        self.edit.setPlaceholderText(
            tr("Inputs", "Type the answer here. Ctrl+Enter goes to the next statement.")
        )
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(110)
        self.limit = question.max_length or DEFAULT_TEXT_LIMIT
        self.edit.textChanged.connect(self._changed)
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def _changed(self) -> None:
        if not self._quiet:
            self.edited.emit(self.value())

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._quiet = True
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self._quiet = False

    def focus_first(self) -> None:
        self.edit.setFocus()
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    @property
    def types_text(self) -> bool:
        return True


class DateInput(AnswerInput):
    """A date box with a calendar; the earliest date reads "Not answered"."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QDateEdit()
        self.edit.setObjectName("dateAnswer")
        self.edit.setAccessibleName(f"Date: {question.text}")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText(tr("Inputs", NOT_ANSWERED))
        self.edit.setDate(_NO_DATE)
        self.edit.setMinimumWidth(220)
        self.edit.dateChanged.connect(self._changed)
        self._quiet = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def _changed(self, _date: QDate) -> None:
        if not self._quiet:
            self.edited.emit(self.value())

    def value(self) -> str | None:
        chosen = self.edit.date()
        return None if chosen == _NO_DATE else chosen.toString(Qt.DateFormat.ISODate)

    def set_value(self, value: Any) -> None:
        self._quiet = True
        parsed = QDate.fromString(value, Qt.DateFormat.ISODate) if isinstance(value, str) else None
        self.edit.setDate(parsed if parsed is not None and parsed.isValid() else _NO_DATE)
        if parsed is None or not parsed.isValid():
            self.edit.setDate(_NO_DATE)
        self._quiet = False

    def focus_first(self) -> None:
        self.edit.setFocus()

    @property
    def types_text(self) -> bool:
        return True


def make_input(form: FormDefinition, question: Question) -> AnswerInput:
    """The right input for a question's type."""
    if question.type == "rating":
        return rating_input(form, question)
    if question.type in ("yes_no_partly", "choice"):
        return options_input(question)
    if question.type == "multi_choice":
        return MultiChoiceInput(question)
    if question.type == "number":
        return NumberInput(question)
    if question.type == "date":
        return DateInput(question)
    return TextInput(question)
