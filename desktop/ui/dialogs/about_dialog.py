"""帮助 → 关于研读: the version, the library file, what Yandu runs on, and the licences.

Everything is plain text: a path or a version read from the installed packages is shown as it is.
"""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop import APP_ID, __version__
from desktop.paths import icon_path
from desktop.ui.plain import plain_label

QT_LICENSING = "https://www.qt.io/licensing/"
MISSING = "—"

# (distribution, licence): what Yandu needs at run time, as pyproject.toml lists it
DEPENDENCIES = (
    ("sqlite-utils", "Apache-2.0"),
    ("python-docx", "MIT"),
    ("charset-normalizer", "MIT"),
    ("jieba", "MIT"),
    ("rapidfuzz", "MIT"),
    ("lxml", "BSD-3-Clause"),
    ("markdown-it-py", "MIT"),
    ("pypdf", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
)


def installed_version(distribution: str) -> str:
    """The version of an installed package; a frozen build may not carry the metadata: —."""
    try:
        return metadata.version(distribution) or MISSING
    except (metadata.PackageNotFoundError, ValueError, OSError):
        return MISSING


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Yandu and of what it runs on, in the order shown."""
    return [
        ("研读 Yandu", __version__, "MIT"),
        ("Qt", qVersion() or MISSING, "LGPL-3.0"),
        ("PySide6 (Qt for Python)", getattr(PySide6, "__version__", MISSING), "LGPL-3.0"),
        ("shiboken6", installed_version("shiboken6"), "LGPL-3.0"),
        ("Python", platform.python_version(), "PSF-2.0"),
        *((name, installed_version(name), licence) for name, licence in DEPENDENCIES),
    ]


class AboutDialog(QDialog):
    def __init__(self, library_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("关于研读"))

        title = plain_label("研读 Yandu")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        version = plain_label(self.tr("版本 %1").replace("%1", __version__))
        version.setObjectName("about_version")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = plain_label(self.tr("学习简报的阅读、批注与学习笔记工具。"))
        heading = QVBoxLayout()
        for label in (title, version, summary):
            heading.addWidget(label)
        top = QHBoxLayout()
        icon = QIcon(str(icon_path()))
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            picture.setAlignment(Qt.AlignmentFlag.AlignTop)
            top.addWidget(picture)
        top.addLayout(heading, 1)

        # a line field: the whole path can be selected and copied, however long it is
        self.library_field = QLineEdit(str(library_path))
        self.library_field.setObjectName("about_library_path")
        self.library_field.setReadOnly(True)
        self.library_field.setCursorPosition(0)
        self.library_field.setMinimumWidth(420)
        app_id = plain_label(APP_ID)
        app_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        runtime = plain_label(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 "
            f"{getattr(PySide6, '__version__', MISSING)}"
        )
        runtime.setObjectName("about_runtime")
        runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow(self.tr("文库文件"), self.library_field)
        facts.addRow(self.tr("应用标识"), app_id)
        facts.addRow(self.tr("运行环境"), runtime)

        licences = plain_label(
            self.tr(
                "研读 Yandu 以 MIT 许可证发布。\n"
                "研读使用 Qt 和 PySide6（Qt for Python），二者以 GNU LGPL-3.0 许可证提供："
                "你可以把研读使用的 Qt 库换成其他兼容的版本，包括你自己修改后编译的版本。"
                "Qt 的许可证和源代码见 %1"
            ).replace("%1", QT_LICENSING)
        )
        licences.setObjectName("about_licences")
        licences.setWordWrap(True)
        licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        rows = components()
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("about_components")
        self.table.setAccessibleName(self.tr("组件与许可"))
        self.table.setHorizontalHeaderLabels([self.tr("组件"), self.tr("版本"), self.tr("许可证")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(len(rows)))
        self.table.setMinimumHeight(min(height, 420))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("关于 Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.setObjectName("about_qt_button")
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, self.tr("关于 Qt")))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(facts)
        layout.addSpacing(8)
        licences_heading = plain_label(self.tr("许可证"))
        bold = licences_heading.font()
        bold.setBold(True)
        licences_heading.setFont(bold)
        layout.addWidget(licences_heading)
        layout.addWidget(licences)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
