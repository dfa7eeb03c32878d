"""The words of every error code, in Chinese; English lives in the translation catalogue.

`resources/translations/yandu_en.ts` (context `messages`) translates these
templates for both faces: the window loads it through Qt's translator, the
command line reads it here when the locale is not Chinese. Templates take
`str.format` fields named after the error's parameters; a subject's template
takes `{0}`.

`QT_TRANSLATE_NOOP` only marks a text for Qt's `lupdate`; nothing here imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # describe() reads only their subject, code and params
    from desktop.core.errors import Problem, YanduError

CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


SUBJECTS: dict[str, str] = {
    "issue": QT_TRANSLATE_NOOP("messages", "第 {0} 期"),
    "item": QT_TRANSLATE_NOOP("messages", "文章 {0}"),
    "member": QT_TRANSLATE_NOOP("messages", "成员 {0}"),
    "session": QT_TRANSLATE_NOOP("messages", "学习会 {0}"),
    "annotation": QT_TRANSLATE_NOOP("messages", "批注 {0}"),
    "export": QT_TRANSLATE_NOOP("messages", "导出"),
    "directives": QT_TRANSLATE_NOOP("messages", "要点"),
}

MESSAGES: dict[str, str] = {
    # reading a file
    "import.dangling_link": QT_TRANSLATE_NOOP("messages", "这个链接指向不存在的位置（或指向自身）"),
    "import.missing": QT_TRANSLATE_NOOP("messages", "没有这个文件或文件夹"),
    "import.is_folder": QT_TRANSLATE_NOOP(
        "messages", "这是一个文件夹；导入文件夹本身即可导入其中的全部简报"
    ),
    "import.unsupported": QT_TRANSLATE_NOOP(
        "messages", "不支持“{suffix}”类型的文件；研读可以读取 {kinds}"
    ),
    "import.old_format": QT_TRANSLATE_NOOP(
        "messages", "研读不能读取 {suffix} 文件；请另存为 {wanted} 后再导入"
    ),
    "import.too_large": QT_TRANSLATE_NOOP(
        "messages", "文件有 {size} MB，超过了一期简报 50 MB 的上限"
    ),
    "import.empty": QT_TRANSLATE_NOOP("messages", "文件是空的"),
    "import.permission": QT_TRANSLATE_NOOP("messages", "没有读取权限；请检查能否打开这个文件"),
    "import.os_error": QT_TRANSLATE_NOOP("messages", "无法读取文件（{reason}）"),
    "import.no_text": QT_TRANSLATE_NOOP("messages", "文件中没有找到文字"),
    "import.not_text": QT_TRANSLATE_NOOP(
        "messages", "这不是文本文件（二进制数据或无法识别的编码）"
    ),
    "import.damaged": QT_TRANSLATE_NOOP("messages", "无法读取文件，文件可能已损坏（{detail}）"),
    "import.folder_unreadable": QT_TRANSLATE_NOOP("messages", "无法读取文件夹（{reason}）"),
    "import.folder_empty": QT_TRANSLATE_NOOP("messages", "这个文件夹里没有文件可以导入"),
    "import.outside_folder": QT_TRANSLATE_NOOP(
        "messages",
        "这个链接指向导入的文件夹以外（{target}），没有读取；如需导入，请直接导入那个文件",
    ),
    # a file over the limits of the readers: refused before it can take the machine's time or memory
    "import.too_large_unpacked": QT_TRANSLATE_NOOP(
        "messages", "文件解压后有 {size} MB，超过了 {limit} MB 的上限；文件可能已损坏或是恶意构造的"
    ),
    "import.zip_bomb": QT_TRANSLATE_NOOP(
        "messages",
        "文件中有一部分压缩了 {ratio} 倍，正常的文档不会这样；这可能是“压缩炸弹”，没有解压",
    ),
    "import.too_complex": QT_TRANSLATE_NOOP(
        "messages",
        "文件的结构过于复杂（嵌套太深、元素或属性太多，或一段文字太长），研读不读取这样的文件",
    ),
    "import.too_many_paragraphs": QT_TRANSLATE_NOOP(
        "messages", "文件有 {count} 个段落，超过了一期简报 {limit} 个段落的上限"
    ),
    "import.too_many_pages": QT_TRANSLATE_NOOP(
        "messages", "文件有 {count} 页，超过了一期简报 {limit} 页的上限"
    ),
    "import.timeout": QT_TRANSLATE_NOOP(
        "messages", "读取这个文件超过了 {seconds} 秒，已停止；文件可能已损坏或是恶意构造的"
    ),
    "import.out_of_memory": QT_TRANSLATE_NOOP(
        "messages", "读取这个文件需要超过 {limit} MB 的内存，已停止；文件可能已损坏或是恶意构造的"
    ),
    "docx.password": QT_TRANSLATE_NOOP(
        "messages", "Word 文档设有密码；请另存一份没有密码的副本再导入"
    ),
    "docx.old_word": QT_TRANSLATE_NOOP(
        "messages", "这是旧版 Word 文件（.doc），不是 .docx；请另存为 .docx 后再导入"
    ),
    "docx.not_docx": QT_TRANSLATE_NOOP("messages", "不是 Word .docx 文件，或者文件已损坏"),
    "docx.damaged": QT_TRANSLATE_NOOP("messages", "Word 文档已损坏，无法读取"),
    "pdf.password": QT_TRANSLATE_NOOP("messages", "PDF 设有密码；请另存一份没有密码的副本再导入"),
    "pdf.damaged": QT_TRANSLATE_NOOP("messages", "PDF 已损坏，无法读取"),
    "pdf.no_text": QT_TRANSLATE_NOOP(
        "messages", "PDF 没有文字层（是扫描的图片吗？）；请先做文字识别（OCR）"
    ),
    "pdf.ocr_missing": QT_TRANSLATE_NOOP(
        "messages",
        "这是扫描的 PDF（没有文字层），读取它需要文字识别组件；请安装：{install}",
    ),
    "pdf.ocr_nothing": QT_TRANSLATE_NOOP(
        "messages", "扫描的 PDF 中没有识别出文字（第 {page} 页是空白图片吗？）"
    ),
    "ofd.damaged": QT_TRANSLATE_NOOP("messages", "OFD 文件已损坏，无法读取（{detail}）"),
    "ofd.encrypted": QT_TRANSLATE_NOOP(
        "messages", "OFD 文件已加密或设有权限保护；请另存一份不加密的副本再导入"
    ),
    "doc.no_office": QT_TRANSLATE_NOOP(
        "messages",
        "读取 {kind} 文件需要 LibreOffice；请安装 LibreOffice（统信 UOS、麒麟、Debian："
        "sudo apt install libreoffice-writer），或在 WPS/Word 中另存为 .docx 后再导入",
    ),
    "doc.convert_failed": QT_TRANSLATE_NOOP(
        "messages", "LibreOffice 无法转换这个 {kind} 文件（{detail}）；文件可能已损坏或设有密码"
    ),
    # files a folder import passes over, each listed with why
    "import.skipped_image": QT_TRANSLATE_NOOP(
        "messages", "已跳过：这是图片（{what}），不是简报；扫描件请先合成 PDF 再导入"
    ),
    "import.skipped_spreadsheet": QT_TRANSLATE_NOOP("messages", "已跳过：这是电子表格（{what}）"),
    "import.skipped_presentation": QT_TRANSLATE_NOOP("messages", "已跳过：这是演示文稿（{what}）"),
    "import.skipped_archive": QT_TRANSLATE_NOOP(
        "messages", "已跳过：这是压缩包或程序（{what}）；压缩包请先解压"
    ),
    "import.skipped_media": QT_TRANSLATE_NOOP("messages", "已跳过：这是音视频文件（{what}）"),
    "import.skipped_data": QT_TRANSLATE_NOOP(
        "messages", "已跳过：这是数据文件（{what}），不是简报"
    ),
    "import.skipped_other": QT_TRANSLATE_NOOP("messages", "已跳过：无法识别的文件（{what}）"),
    # the library file
    "library.permission_file": QT_TRANSLATE_NOOP("messages", "没有权限：研读无法读写这个文库文件"),
    "library.permission_folder": QT_TRANSLATE_NOOP(
        "messages", "没有权限：无法在 {folder} 中写入；请用 --db 或 YANDU_DB 另选位置"
    ),
    "library.cannot_open": QT_TRANSLATE_NOOP(
        "messages", "无法打开文库（{detail}）；这是研读的文库文件吗？"
    ),
    "library.cannot_create": QT_TRANSLATE_NOOP("messages", "无法创建文库（{reason}）"),
    "library.damaged": QT_TRANSLATE_NOOP(
        "messages", "这不是研读的文库，或者文件已损坏（{detail}）"
    ),
    "library.too_new": QT_TRANSLATE_NOOP(
        "messages",
        "这个文库由更新版本的研读写入（结构版本 {version}，本版本只认识到 {known}）；请升级研读后再打开",
    ),
    "library.foreign": QT_TRANSLATE_NOOP(
        "messages", "这个 SQLite 文件是其他程序建立的（其中有 {tables}）；请为文库另选一个文件"
    ),
    "library.upgrade_failed": QT_TRANSLATE_NOOP(
        "messages", "无法升级文库（{detail}）；升级前的备份在 {backup}"
    ),
    "library.damaged_backup_available": QT_TRANSLATE_NOOP(
        "messages",
        "文库文件已损坏（{detail}），研读没有写入它；最近一份完好的备份是 {backup}，"
        '运行 yandu restore "{backup}" 即可恢复（恢复前会先另存当前文件）',
    ),
    "library.empty_file": QT_TRANSLATE_NOOP(
        "messages", "文件是空的（0 字节），不是研读的文库；要在这里新建文库，请先删除这个空文件"
    ),
    "library.empty_backup_available": QT_TRANSLATE_NOOP(
        "messages",
        "文库文件是空的（0 字节），研读没有写入它；最近一份完好的备份是 {backup}，"
        '运行 yandu restore "{backup}" 即可恢复',
    ),
    "library.read_only_old": QT_TRANSLATE_NOOP(
        "messages",
        "文库是只读的，又是旧版本的研读写入的，需要升级才能打开；请把它复制到可写的位置再打开",
    ),
    # backups
    "library.backup_failed": QT_TRANSLATE_NOOP(
        "messages", "无法在 {folder} 中备份文库（{reason}）"
    ),
    "library.backup_not_found": QT_TRANSLATE_NOOP(
        "messages", "没有这份备份；不带参数运行 yandu restore 可列出 {folder} 中的备份"
    ),
    "library.backup_damaged": QT_TRANSLATE_NOOP(
        "messages", "这份备份已损坏或不是研读的文库（{detail}），没有用它恢复；请另选一份"
    ),
    "library.restore_in_use": QT_TRANSLATE_NOOP(
        "messages", "文库正在研读窗口或另一个命令中打开；请先关闭，再恢复"
    ),
    "library.restore_same": QT_TRANSLATE_NOOP(
        "messages", "这就是文库文件本身；请选择 backups 文件夹中的一份备份"
    ),
    "library.restore_failed": QT_TRANSLATE_NOOP("messages", "无法恢复文库（{reason}）"),
    # SQLite, while working
    "storage.full": QT_TRANSLATE_NOOP("messages", "磁盘已满，文库无法写入；请清理磁盘空间后再试"),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "messages", "文库是只读的，无法写入；请检查文件和所在文件夹的权限，或用 --db 另选位置"
    ),
    "storage.busy": QT_TRANSLATE_NOOP(
        "messages", "文库正被另一个程序（另一个研读窗口或命令）占用；请稍后再试"
    ),
    "storage.corrupt": QT_TRANSLATE_NOOP(
        "messages", "文库文件已损坏；请从备份恢复，或另选一个文库"
    ),
    "storage.io": QT_TRANSLATE_NOOP("messages", "读写文库时磁盘出错（{detail}）；请检查磁盘"),
    "bug": QT_TRANSLATE_NOOP("messages", "研读内部出错（{detail}）；详细情况已写入 {log}"),
    # the library's content
    "issue.not_found": QT_TRANSLATE_NOOP(
        "messages", "文库中没有这一期；`yandu issues` 列出全部各期"
    ),
    "item.not_found": QT_TRANSLATE_NOOP("messages", "文库中没有这篇文章"),
    "issue.empty_title": QT_TRANSLATE_NOOP("messages", "标题不能为空"),
    "issue.merge_self": QT_TRANSLATE_NOOP("messages", "一期不能与它自己合并；请选两期"),
    "issue.bad_date": QT_TRANSLATE_NOOP(
        "messages", "“{date}”不是日期；请写成 YYYY-MM-DD、YYYY-MM 或 YYYY"
    ),
    "member.not_found": QT_TRANSLATE_NOOP(
        "messages", "没有这位成员；可用 `yandu member-add 姓名` 添加"
    ),
    "member.no_name": QT_TRANSLATE_NOOP("messages", "成员需要一个姓名"),
    "member.exists": QT_TRANSLATE_NOOP("messages", "已有同名的成员"),
    "member.from_elsewhere": QT_TRANSLATE_NOOP(
        "messages", "这位成员的笔记来自另一台电脑，在这里只能阅读；请以本机的成员身份批注"
    ),
    # exchanging notes between computers (W3C Web Annotation files)
    "exchange.not_valid": QT_TRANSLATE_NOOP(
        "messages", "不是研读交换的笔记文件（{detail}），没有导入任何内容"
    ),
    "exchange.not_theirs": QT_TRANSLATE_NOOP(
        "messages", "文件里有不属于“{member}”的批注（{detail}），整份文件没有导入"
    ),
    "exchange.own_member": QT_TRANSLATE_NOOP(
        "messages", "文件自称是本机成员“{member}”的笔记；本机成员的笔记只在本机写，整份文件没有导入"
    ),
    "exchange.folder_unusable": QT_TRANSLATE_NOOP("messages", "无法使用共享文件夹（{reason}）"),
    "session.no_title": QT_TRANSLATE_NOOP("messages", "学习会需要一个名称"),
    "session.not_found": QT_TRANSLATE_NOOP(
        "messages", "没有这个学习会；`yandu sessions` 列出全部学习会"
    ),
    "annotation.not_found": QT_TRANSLATE_NOOP("messages", "没有这条批注"),
    "annotation.outside": QT_TRANSLATE_NOOP(
        "messages", "位置 {start}–{end} 超出了正文的范围（0–{length}）"
    ),
    "annotation.not_yours": QT_TRANSLATE_NOOP("messages", "这是{member}的批注，只有本人可以修改"),
    "annotation.quote_missing": QT_TRANSLATE_NOOP("messages", "正文中没有“{quote}”"),
    # exporting
    "export.group_by": QT_TRANSLATE_NOOP("messages", "批注只能按文章或按类别分组"),
    "export.nothing": QT_TRANSLATE_NOOP(
        "messages", "没有可导出的内容：请选择一次学习会或一期简报，或先批注一些文章"
    ),
    "export.no_folder": QT_TRANSLATE_NOOP("messages", "文件夹 {folder} 不存在"),
    "export.locked": QT_TRANSLATE_NOOP(
        "messages", "文件已在另一个程序中打开或被锁定；请关闭后重新导出"
    ),
    "export.permission": QT_TRANSLATE_NOOP(
        "messages", "没有权限：无法在 {folder} 中写入；请另选文件夹"
    ),
    "export.full": QT_TRANSLATE_NOOP("messages", "磁盘已满；请清理空间后重新导出"),
    "export.read_only": QT_TRANSLATE_NOOP(
        "messages",
        "这个文件是只读的，没有替换它；确要替换请加 --force（窗口中会先询问），或另存为别的文件名",
    ),
    "export.os_error": QT_TRANSLATE_NOOP("messages", "无法写入文件（{reason}）"),
    # the command line
    "cli.exchange_member": QT_TRANSLATE_NOOP(
        "messages", "这个文库有不止一位本机成员（或一位都没有）；请用 --member 指定导出谁的笔记"
    ),
    "cli.directives_scope": QT_TRANSLATE_NOOP(
        "messages", "请指定一期（yandu directives 1）或一位发言人（--speaker 李强）"
    ),
}

Translate = Callable[[str], str]


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format(**params)
    except (
        KeyError,
        IndexError,
        ValueError,
    ):  # a translation that lost a field: the words, unfilled
        return template


def subject_text(subject: Any, translate: Translate) -> str:
    if isinstance(subject, tuple):
        kind, value = subject
        template = SUBJECTS.get(kind)
        shown = "" if value is None else value
        return translate(template).format(shown).strip() if template else f"{kind} {shown}".strip()
    return str(subject)


def message_text(code: str, params: Mapping[str, Any], translate: Translate) -> str:
    template = MESSAGES.get(code)
    if template is None:  # a code without words is a bug of ours; say what we know
        return f"{code} {dict(params)}" if params else code
    return _fill(translate(template), params)


def describe(
    problem: Problem | YanduError, language: str = "en", translate: Translate | None = None
) -> str:
    """`subject: message`, worded by `translate`, or else in `language` ('zh' or 'en')."""
    words = translate or translator(language)
    return f"{subject_text(problem.subject, words)}: {message_text(problem.code, problem.params, words)}"


def translator(language: str) -> Translate:
    if language.startswith("zh"):
        return lambda text: text
    catalogue = english()
    return lambda text: catalogue.get(text) or text


@lru_cache(maxsize=1)
def english() -> dict[str, str]:
    """The English of the `messages` context, read from the translation source the window compiles."""
    from xml.etree import ElementTree

    from desktop.paths import resources_dir

    path = resources_dir() / "translations" / "yandu_en.ts"
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.text:
                found[source] = translation.text
    return found


def locale_language(environ: Mapping[str, str] = os.environ) -> str:
    """'zh' or 'en' after the locale, as gettext reads it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "zh" if value.split(":")[0].lower().startswith("zh") else "en"
    return "en"
