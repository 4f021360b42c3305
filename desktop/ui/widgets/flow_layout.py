"""A layout that places its widgets left to right (right to left for Urdu) and wraps them onto
the next line when the width runs out, like words in a paragraph.

Qt has none built in (its documentation carries one only as an example). Each item keeps its
size hint, so a participant's chip stays readable at 1024x600 instead of being squashed or
pushed out of sight; the layout's height follows its width (heightForWidth), so the group box
around it grows by a line of chips when they wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, *, at_end: bool = False
    ) -> None:
        """`at_end`: each line sits at the end of the row (the right, or the left for Urdu),
        as buttons after a stretch do."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._at_end = at_end
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item list ----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes --------------------------------------------------------------------------------

    def spacing(self) -> int:
        return self._spacing

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All items on one line: the width the layout would like."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest item: everything else wraps."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize()).expandedTo(
                QSize(item.sizeHint().width(), item.minimumSize().height())
            )
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        owner = self.parentWidget()
        right_to_left = (
            owner is not None and owner.layoutDirection() == Qt.LayoutDirection.RightToLeft
        )
        # Lines first (each item with its x from the line's start), then each line placed.
        lines: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint()
            if x > 0 and x + size.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, x, size))
            x += size.width() + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            line_height = max(size.height() for _item, _x, size in line)
            _last, last_x, last_size = line[-1]
            indent = area.width() - (last_x + last_size.width()) if self._at_end else 0
            if move:
                for item, offset, size in line:
                    left = area.x() + indent + offset
                    if right_to_left:  # mirrored: the first item at the right edge
                        left = 2 * area.x() + area.width() - left - size.width()
                    item.setGeometry(QRect(QPoint(left, y), size))
            y += line_height + self._spacing
        return max(y - self._spacing, area.y()) - rect.y() + margins.bottom()
