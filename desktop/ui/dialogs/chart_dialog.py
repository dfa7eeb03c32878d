"""Small pictures of the library: a key phrase month by month, and a session's directives with how
many members marked each (core/study/charts.py counts; widgets/bar_chart.py draws).

`open_phrase_chart(parent, library, phrase)` and `open_session_chart(parent, library, session_id)`
each open one, not modal, deleted when closed. The counts take a few milliseconds (one query for a
phrase; a session's articles' directives and notes), so they are read on the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from desktop.core.study.charts import phrase_months, session_marks, shorten
from desktop.ui.plain import plain_label
from desktop.ui.widgets.bar_chart import BarChart


class ChartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_dialog")
        self.setModal(False)
        self.heading = plain_label()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.chart = BarChart()
        self.chart.setObjectName("bar_chart")
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.chart)
        self.area.setAccessibleName(self.tr("统计图"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.area, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _show_rows(
        self,
        title: str,
        note: str,
        rows: list[tuple[str, int]],
        orientation: Qt.Orientation,
        tips: list[str] | None = None,
    ) -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.note.setText(note)
        self.chart.orientation = orientation
        self.chart.setAccessibleName(title)
        self.chart.set_data(rows, tips)

    def for_phrase(self, library, phrase: str) -> ChartDialog:
        """How many issues carry the key phrase, month by month (by the issues' dates)."""
        rows = phrase_months(library, phrase)
        self.chart.empty_text = self.tr("没有一期（注明了月份的）含有这个关键词。")
        self._show_rows(
            self.tr("关键词“%1”").replace("%1", shorten(phrase)),
            self.tr("每月有多少期含有“%1”（按期的日期；未注明月份的期不计）。").replace(
                "%1", phrase
            ),
            rows,
            Qt.Orientation.Vertical,
        )
        return self

    def for_session(self, library, session_id: int) -> ChartDialog:
        """Each directive of the session's articles with how many members marked it in the
        session. NotFound (core.errors) if the session is not there."""
        session = library.sessions.get(session_id)
        marks = session_marks(library, session_id)
        self.chart.empty_text = self.tr("这次学习会的文章中没有标出要点。")
        self._show_rows(
            self.tr("学习会：%1").replace("%1", session.title),
            self.tr("每条要点有几位成员在这次学习会中划线或批注。"),
            [(shorten(directive.text), count) for directive, count in marks],
            Qt.Orientation.Horizontal,
            [directive.text for directive, _ in marks],
        )
        return self


def _open(dialog: ChartDialog) -> ChartDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    return dialog


def open_phrase_chart(parent: QWidget, library, phrase: str) -> ChartDialog:
    return _open(ChartDialog(parent).for_phrase(library, phrase))


def open_session_chart(parent: QWidget, library, session_id: int) -> ChartDialog:
    return _open(ChartDialog(parent).for_session(library, session_id))
