"""Developer tool for the interface's translations (not shipped with Yandu).

    python packaging/translations.py build    compile resources/translations/*.ts to .qm (make does)
    python packaging/translations.py update   refresh the .ts from the sources (lupdate), then fill it
    python packaging/translations.py check    list the sources that have no English (exit 1 if any)

The interface is written in Chinese; `ENGLISH` below is its English, written into
`yandu_en.ts` by `update` (Qt Linguist works as well). The sources are the window's
modules and `desktop/core/messages.py`, the words of the core's error codes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def sources() -> list[str]:
    """Every file whose texts are translated: the window's modules and the core's messages."""
    window = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    core = [str(ROOT / "desktop" / "core" / name) for name in ("messages.py", "explain.py")]
    return [*window, *core]


def tool(name: str) -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    return str(bundled) if bundled.exists() else f"pyside6-{name}"


def build() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(language: str = "en") -> list[str]:
    ts = TRANSLATIONS / f"yandu_{language}.ts"
    subprocess.run(
        [tool("lupdate"), "-silent", "-no-obsolete", *sources(), "-ts", str(ts)], check=True
    )
    return fill(ts)


def unfinished(ts: Path) -> list[str]:
    from lxml import etree

    return [
        message.findtext("source") or ""
        for message in etree.parse(str(ts)).iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]


ENGLISH: dict[str, str | list[str]] = {
    "研读 Yandu": "Yandu",
    "文件(&F)": "&File",
    "编辑(&E)": "&Edit",
    "视图(&V)": "&View",
    "帮助(&H)": "&Help",
    "导入文件(&I)…": "&Import Files…",
    "导入文件夹(&D)…": "Import &Folder…",
    "退出(&Q)": "&Quit",
    "查找(&F)": "&Find",
    "下一处(&N)": "Find &Next",
    "上一处(&P)": "Find &Previous",
    "放大(&+)": "Zoom &In",
    "缩小(&-)": "Zoom &Out",
    "原始大小(&0)": "&Actual Size",
    "标出要求": "Mark Requirements",
    "标出表述": "Mark Statements",
    "标出关键词": "Mark Key Phrases",
    "界面语言": "Interface Language",
    "跟随系统": "As the System",
    "重新打开研读后生效。": "Takes effect when Yandu is opened again.",
    "工具栏": "Toolbar",
    "关于研读(&A)": "&About Yandu",
    "关于研读": "About Yandu",
    "%n 期": ["%n issue", "%n issues"],
    "%n 篇": ["%n item", "%n items"],
    "找到 %n 篇": ["%n item found", "%n items found"],
    "没有文章包含“%1”": "No item contains “%1”",
    "第 %1/%2 处（F3 下一处）": "Match %1 of %2 (F3: next)",
    "欢迎使用研读": "Welcome to Yandu",
    "文库还是空的：先导入简报。研读会标出每篇文章中谁提出了什么要求。": (
        "The library is empty: import bulletins first. Yandu marks who laid down what in every item."
    ),
    "在左边的“文库”中点选一篇文章开始阅读。": "Pick an item in the Library on the left to read it.",
    "用“文件 → %1”（%2）或“文件 → %3”（%4），也可以把文件、文件夹拖到窗口里。支持 .txt、.md、.html、.docx、.pdf。": (
        "Use File → %1 (%2) or File → %3 (%4), or drop files and folders on the window. "
        "Yandu reads .txt, .md, .html, .docx and .pdf."
    ),
    "划线与批注": "Marking and Comments",
    "批注属于每位成员：先在工具栏的“成员”中选择或添加自己。在文章中选中文字，再按键划线：%1（也在“学习”菜单和右键菜单中）；按 %2 写批注。": (
        "Each member marks in a layer of their own: first choose or add yourself under Member in "
        "the toolbar. Select text in the item, then mark it with %1 (also in the Study menu and "
        "the right-click menu); press %2 to write a comment."
    ),
    "、": ", ",
    # the group's shared folder and the group's view (ui/study/exchange.py, group.py)
    "%1（另一台电脑）": "%1 (another computer)",
    "%n 人划线": ["%n member marked it", "%n members marked it"],
    "划线的成员：%1": "Marked by: %1",
    "小组共享文件夹(&G)…": "&Group Shared Folder…",
    "立即同步共享文件夹": "Sync Shared Folder Now",
    "等待原文的笔记…": "Notes Waiting for Their Article…",
    "小组共享文件夹": "Group Shared Folder",
    "正在同步共享文件夹…": "Syncing the shared folder…",
    "共享文件夹：收到 %1": "Shared folder: received %1",
    "%1 %2 条": "%2 from %1",
    "共享文件夹：没有新笔记": "Shared folder: no new notes",
    "；%1 个文件未能合并": "; %1 file(s) could not be merged",
    "共享文件夹中有 %1 个文件未能合并，其余的已合并：": "%1 file(s) in the shared folder could not be merged; the others were:",
    "等待原文的笔记": "Notes Waiting for Their Article",
    "《%1》：%2 条，来自 %3": "“%1”: %2 note(s), from %3",
    "（无标题）": "(untitled)",
    "没有等待原文的笔记。": "No notes are waiting for their article.",
    "这些笔记来自其他电脑，所批注的文章本文库还没有；导入同一篇文章后，笔记就会出现在文章上。": "These notes came from other computers, on articles this library does not have yet; import the same article and they appear on it.",
    "用“文件 → %1”（%2）把要点摘录、批注和心得体会导出为 Word 文档。": (
        "Use File → %1 (%2) to export the directives, comments and reflections as a Word document."
    ),
    "文库中没有编号为 %1 的文章。": "The library has no item %1.",
    "正在导入，完成后再导入新收到的文件…": (
        "Importing; the files just received are imported next…"
    ),
    "研读已经打开了这个文库，但那个窗口没有响应：请等它响应，或者关闭它（必要时结束它的进程）后再打开。": (
        "Yandu is open on this library already, but that window does not respond: wait for it, "
        "or close it (end its process if need be) and start Yandu again."
    ),
    "搜索全部文章（一个字起）": "Search all items (from one character)",
    "文库": "Library",
    "要点：谁提出了什么": "Directives: who laid down what",
    "本文没有识别出要求或表述。": "No requirements or statements were found in this item.",
    "未识别发言人": "Speaker not identified",
    "要求": "Requirement",
    "表述": "Statement",
    "图片说明": "Caption",
    "简讯": "Brief",
    "导入简报": "Import Bulletins",
    "简报 (*.txt *.md *.html *.htm *.docx *.pdf)": "Bulletins (*.txt *.md *.html *.htm *.docx *.pdf)",
    "导入文件夹": "Import Folder",
    "正在导入…": "Importing…",
    "正在导入，请稍候…": "An import is running, please wait…",
    "取消": "Cancel",
    "导入": "Import",
    "正在导入 %1 / %2：%3": "Importing %1 of %2: %3",
    "导入 %1 个文件，失败 %2 个。": "Imported %1 files, %2 failed.",
    "关于 Qt": "About Qt",
    "版本 %1": "Version %1",
    "学习简报的阅读、批注与学习笔记工具。": "Read, mark and take study notes on bulletins.",
    "文库文件": "Library file",
    "应用标识": "Application ID",
    "运行环境": "Running on",
    "研读 Yandu 以 MIT 许可证发布。\n研读使用 Qt 和 PySide6（Qt for Python），二者以 GNU LGPL-3.0 许可证提供：你可以把研读使用的 Qt 库换成其他兼容的版本，包括你自己修改后编译的版本。Qt 的许可证和源代码见 %1": (
        "Yandu is released under the MIT licence.\nYandu uses Qt and PySide6 (Qt for Python), "
        "which are provided under the GNU LGPL-3.0: you may replace the Qt libraries Yandu uses "
        "with other compatible versions, including ones you have modified and built yourself. "
        "Qt's licences and source code: %1"
    ),
    "组件": "Component",
    "版本": "Version",
    "许可证": "Licence",
    "批注": "Comment",
    "原文": "Quote",
    "类别": "Category",
    "用空格分隔，如：安全 责任": "Separated by spaces, e.g. safety duty",
    "标签": "Tags",
    "学习小组成员": "Study Group Members",
    "添加…": "Add…",
    "改名…": "Rename…",
    "颜色…": "Colour…",
    "添加成员": "Add Member",
    "姓名：": "Name:",
    "改名": "Rename",
    "新姓名：": "New name:",
    "成员颜色": "Member Colour",
    "学习会": "Study Session",
    "理论学习中心组学习会": "Theory study group session",
    "名称": "Title",
    "学习时间": "Time",
    "地点": "Place",
    "（未定）": "(not set)",
    "主持人": "Host",
    "成员": "Member",
    "出席": "Present",
    "缺席原因": "Reason for absence",
    "参加人员": "Attendance",
    "学习内容": "Studied",
    "学习": "Study",
    " 成员 ": " Member ",
    " 学习会 ": " Session ",
    "划线：%1": "Highlight: %1",
    "批注(&M)…": "Co&mment…",
    "整句划线": "Highlight Whole Sentence",
    "删除批注": "Delete Annotation",
    "撤销(&U)": "&Undo",
    "重做(&R)": "&Redo",
    "显示其他成员的批注": "Show Other Members' Annotations",
    "成员…": "Members…",
    "新建学习会…": "New Study Session…",
    "编辑学习会…": "Edit Study Session…",
    "学习(&S)": "&Study",
    "本文": "This Item",
    "全部文章": "All Items",
    "编辑批注": "Edit",
    "删除": "Delete",
    "写下对本文的心得体会，边写边自动保存。": "Write your reflections on this item; every keystroke is saved.",
    "写下本次学习会的心得体会，边写边自动保存。": "Write your reflections on this session; every keystroke is saved.",
    "本次学习会": "This Session",
    "心得体会": "Reflections",
    "（选择成员）": "(choose member)",
    "全部成员": "All members",
    "添加成员…": "Add member…",
    "全部类别": "All categories",
    "（不在学习会中）": "(no session)",
    "先选择或添加你自己：批注属于每位成员。": "First choose or add yourself: annotations belong to each member.",
    "先在文章中选中要划线的文字。": "First select the text to highlight.",
    "把光标放在一句标出的要求或表述里。": "Put the cursor inside a marked requirement or statement.",
    "先选中文字，或把光标放在自己的划线上。": "Select text first, or put the cursor on one of your highlights.",
    "这是%1的批注，只有本人可以修改。": "This is %1's annotation; only its author can change it.",
    "已删除批注（Ctrl+Z 撤销）": "Annotation deleted (Ctrl+Z to undo)",
    "复制": "Copy",
    "原文已改动：“%1”": "The source text was changed: “%1”",
    "导出学习笔记": "Export Study Notes",
    "全体成员（学习记录）": "All members (session record)",
    "谁的笔记": "Whose notes",
    "所有批注过的文章": "Every annotated item",
    "学习会：%1": "Session: %1",
    "本期：%1": "This issue: %1",
    "范围": "Scope",
    "主要精神摘录": "Key directives",
    "批注与摘录": "Highlights and comments",
    "按文章": "By item",
    "按类别": "By category",
    "批注分组": "Group comments",
    "公文字体（仿宋_GB2312、楷体_GB2312、方正小标宋简体）": "Official fonts (FangSong_GB2312, KaiTi_GB2312, FZXiaoBiaoSong)",
    "常用字体（仿宋、楷体、宋体）": "Common fonts (FangSong, KaiTi, SimSun)",
    "字体": "Fonts",
    "学习笔记.docx": "study-notes.docx",
    "浏览…": "Browse…",
    "保存到": "Save to",
    "导出": "Export",
    "保存学习笔记": "Save Study Notes",
    "已导出到：\n%1": "Exported to:\n%1",
    "打开": "Open",
    "打开所在文件夹": "Open Folder",
    "导出学习笔记(&E)…": "&Export Study Notes…",
    "%1（%2）": "%1 (%2)",
    "%1｜%2": "%1 | %2",
    "导入文件…": "Import Files…",
    "“%1”在标题中": "“%1” is in the headline",
    "研读内部出错：%1。\n详细情况已写入日志：%2": "Yandu ran into an internal error: %1.\nThe details are in the log: %2",
    "复制详情": "Copy Details",
    "正在更新要点分析…": "Updating the directive analysis…",
    "正在更新要点分析：%1 / %2": "Updating the directive analysis: %1 of %2",
    # the core's messages (desktop/core/messages.py)
    "第 {0} 期": "issue {0}",
    "文章 {0}": "item {0}",
    "成员 {0}": "member {0}",
    "学习会 {0}": "session {0}",
    "批注 {0}": "annotation {0}",
    "要点": "directives",
    "这个链接指向不存在的位置（或指向自身）": "a link that leads nowhere (or to itself)",
    "没有这个文件或文件夹": "no such file or folder",
    "这是一个文件夹；导入文件夹本身即可导入其中的全部简报": "is a folder; import the folder itself to take every bulletin in it",
    "不支持“{suffix}”类型的文件；研读可以读取 {kinds}": "unsupported file type '{suffix}'; Yandu reads {kinds}",
    "研读不能读取 {suffix} 文件；请另存为 {wanted} 后再导入": "Yandu cannot read {suffix} files; save it as {wanted} and import that",
    "文件有 {size} MB，超过了一期简报 50 MB 的上限": "file is {size} MB, over the 50 MB limit for one issue",
    "文件是空的": "file is empty",
    "没有读取权限；请检查能否打开这个文件": "permission denied; check that you may read this file",
    "无法读取文件（{reason}）": "cannot read the file ({reason})",
    "文件中没有找到文字": "no text found in the file",
    "这不是文本文件（二进制数据或无法识别的编码）": "the file is not text (binary data or an unknown encoding)",
    "无法读取文件，文件可能已损坏（{detail}）": "cannot read the file, it may be damaged ({detail})",
    "无法读取文件夹（{reason}）": "cannot read the folder ({reason})",
    "这个文件夹里没有文件可以导入": "there are no files to import in this folder",
    "Word 文档设有密码；请另存一份没有密码的副本再导入": "the Word document is password-protected; save an unprotected copy and import that",
    "这是旧版 Word 文件（.doc），不是 .docx；请另存为 .docx 后再导入": "this is an old-style Word file (.doc), not .docx; save it as .docx and import that",
    "不是 Word .docx 文件，或者文件已损坏": "not a Word .docx file, or the file is damaged",
    "Word 文档已损坏，无法读取": "the Word document is damaged and cannot be read",
    "PDF 设有密码；请另存一份没有密码的副本再导入": "the PDF is password-protected; save an unprotected copy and import that",
    "PDF 已损坏，无法读取": "the PDF is damaged and cannot be read",
    "PDF 没有文字层（是扫描的图片吗？）；请先做文字识别（OCR）": "the PDF has no text layer (a scanned image?); run it through OCR first",
    "没有权限：研读无法读写这个文库文件": "permission denied: Yandu cannot read and write this library file",
    "没有权限：无法在 {folder} 中写入；请用 --db 或 YANDU_DB 另选位置": "permission denied: cannot write in {folder}; choose another place with --db or YANDU_DB",
    "无法打开文库（{detail}）；这是研读的文库文件吗？": "cannot open the library ({detail}); is it a Yandu library file?",
    "无法创建文库（{reason}）": "cannot create the library ({reason})",
    "这不是研读的文库，或者文件已损坏（{detail}）": "not a Yandu library, or the file is damaged ({detail})",
    "这个文库由更新版本的研读写入（结构版本 {version}，本版本只认识到 {known}）；请升级研读后再打开": (
        "this library was written by a newer Yandu (schema {version}, this version knows {known}); "
        "update Yandu to open it"
    ),
    "这个 SQLite 文件是其他程序建立的（其中有 {tables}）；请为文库另选一个文件": (
        "this SQLite file was made by another program (it holds {tables}); choose another file for the library"
    ),
    "无法升级文库（{detail}）；升级前的备份在 {backup}": "cannot upgrade the library ({detail}); the backup made before is {backup}",
    "磁盘已满，文库无法写入；请清理磁盘空间后再试": "the disk is full and the library cannot be written; free some space and try again",
    "文库是只读的，无法写入；请检查文件和所在文件夹的权限，或用 --db 另选位置": (
        "the library is read-only; check the permissions of the file and its folder, or choose another place with --db"
    ),
    "文库正被另一个程序（另一个研读窗口或命令）占用；请稍后再试": "the library is in use by another program (another Yandu window or command); try again in a moment",
    "文库文件已损坏；请从备份恢复，或另选一个文库": "the library file is damaged; restore it from a backup or choose another library",
    "读写文库时磁盘出错（{detail}）；请检查磁盘": "a disk error while reading or writing the library ({detail}); check the disk",
    "研读内部出错（{detail}）；详细情况已写入 {log}": "internal error ({detail}); details in {log}",
    "文库中没有这一期；`yandu issues` 列出全部各期": "no such issue in the library; `yandu issues` lists them",
    "文库中没有这篇文章": "no such item in the library",
    "标题不能为空": "the title cannot be empty",
    "一期不能与它自己合并；请选两期": "an issue cannot be merged with itself; choose two issues",
    "“{date}”不是日期；请写成 YYYY-MM-DD、YYYY-MM 或 YYYY": "'{date}' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY",
    "没有这位成员；可用 `yandu member-add 姓名` 添加": "no such member; add one with `yandu member-add NAME`",
    "成员需要一个姓名": "a member needs a name",
    "已有同名的成员": "a member with this name exists already",
    "学习会需要一个名称": "a study session needs a title",
    "没有这个学习会；`yandu sessions` 列出全部学习会": "no such study session; `yandu sessions` lists them",
    "没有这条批注": "no such annotation",
    "位置 {start}–{end} 超出了正文的范围（0–{length}）": "span {start}-{end} is outside the text (0-{length})",
    "这是{member}的批注，只有本人可以修改": "this is {member}'s annotation; only its author can change it",
    "正文中没有“{quote}”": "the text does not contain “{quote}”",
    "批注只能按文章或按类别分组": "group by article or by category",
    "没有可导出的内容：请选择一次学习会或一期简报，或先批注一些文章": (
        "nothing to export: choose a session or an issue, or annotate some articles first"
    ),
    "文件夹 {folder} 不存在": "the folder {folder} does not exist",
    "文件已在另一个程序中打开或被锁定；请关闭后重新导出": "the file is open or locked in another program; close it and export again",
    "没有权限：无法在 {folder} 中写入；请另选文件夹": "permission denied: cannot write in {folder}; choose another folder",
    "磁盘已满；请清理空间后重新导出": "the disk is full; free some space and export again",
    "无法写入文件（{reason}）": "cannot write the file ({reason})",
    "请指定一期（yandu directives 1）或一位发言人（--speaker 李强）": "name an issue (yandu directives 1) or a speaker (--speaker 李强)",
    # why a directive was marked (desktop/core/explain.py)
    "含情态词“{word}”": "modal word “{word}”",
    "禁止性说法“{word}”": "prohibition “{word}”",
    "“{word}”引出的要求": "requirements introduced by “{word}”",
    "目标或安排“{word}”": "target or plan “{word}”",
    "表态“{word}”": "commitment “{word}”",
    "指示性动词“{word}”": "directing verb “{word}”",
    "“{word}”引出的话": "words introduced by “{word}”",
    "任务编号“{word}”": "numbered task “{word}”",
    "报告任务部分中以动词开头的句子": "a sentence that starts with a verb, in the report's tasks",
    "接续发言人前面的话": "goes on with the speaker's points",
    "在发言人的引语之内": "inside the speaker's quotation",
    "本句点名": "named in the sentence",
    "“他/她”指前文点名的人": "he or she: the person named before",
    "以职务称呼": "called by title",
    "同一段中前面点名的发言人": "named earlier in the paragraph",
    "报告的署名人": "the report's byline",
    "机构或文件": "a body or a document",
    "说话者不能确定为具体的人": "a voice that cannot be named",
    "为何标出：{cue}": "Why: {cue}",
    "发言人：{speaker}（{how}）": "Speaker: {speaker} ({how})",
    "原文已改动": "source text changed",
    "原文有改动，请确认位置": "source text changed: please confirm the place",
    "位置正确": "Place Is Right",
    "位置不对": "Wrong Place",
    "原文有改动，这条批注移到了改动后的文字上：位置没错": "The text was corrected and this note moved onto the changed words: the place is right",
    "不放在这里：保留批注和原来的文字，标为“原文已改动”": "Not here: keep the note and its original words, marked “source text changed”",
    "已确认批注位置。": "Note's place confirmed.",
    "批注已标为“原文已改动”。": "Note marked “source text changed”.",
    "这一步所改的批注已不存在，已跳过。": "The note this step changed no longer exists; skipped.",
    "跳过 %1 条无效条目（标题为空或为 undefined）。": "Skipped %1 junk entries (empty or “undefined” titles).",
    "原稿无正文，只有标题和原文链接。": "The source has no text for this story, only its headline and a link.",
    "打开原文": "Open Source",
    "在浏览器中打开这个网址？": "Open this address in the browser?",
    "心得体会在别处（命令行或另一个窗口）也改过：两份都已保留，请合并。": "The reflection was also changed elsewhere (the command line or another window): both versions are kept; please merge them.",
    "这条批注在别处也改过：两份都已保留，请合并。": "This comment was also changed elsewhere: both versions are kept; please merge them.",
    "“%1”是只读文件。要替换它吗？": "“%1” is read-only. Replace it?",
    "只读": "Read-only",
    "这个文库不能写入（只读的文件、文件夹或介质）：可以阅读和导出，不能导入或批注": "This library cannot be written (a read-only file, folder or medium): you can read and export, not import or annotate",
    "“从备份恢复”会先把现在的文库文件另存到备份文件夹，再用这份备份替换它。": "“Restore from Backup” first saves the current library file into the backups folder, then replaces it with this backup.",
    "从备份恢复": "Restore from Backup",
    "已用这份备份恢复文库：\n%1\n\n恢复前的文库另存为：\n%2": "The library was restored from this backup:\n%1\n\nThe library as it was before is saved as:\n%2",
    "这个链接指向导入的文件夹以外（{target}），没有读取；如需导入，请直接导入那个文件": "this link points outside the folder being imported ({target}) and was not read; to import it, import that file itself",
    "文件解压后有 {size} MB，超过了 {limit} MB 的上限；文件可能已损坏或是恶意构造的": "the file unpacks to {size} MB, over the limit of {limit} MB; it may be damaged or built to cause harm",
    "文件中有一部分压缩了 {ratio} 倍，正常的文档不会这样；这可能是“压缩炸弹”，没有解压": "a part of the file is compressed {ratio} to 1, which no real document is; it may be a “zip bomb” and was not unpacked",
    "文件的结构过于复杂（嵌套太深、元素或属性太多，或一段文字太长），研读不读取这样的文件": "the file's structure is too complex (nested too deep, too many elements or attributes, or one text too long); Yandu does not read such files",
    "文件有 {count} 个段落，超过了一期简报 {limit} 个段落的上限": "the file has {count} paragraphs, over the limit of {limit} for one issue",
    "文件有 {count} 页，超过了一期简报 {limit} 页的上限": "the file has {count} pages, over the limit of {limit} for one issue",
    "读取这个文件超过了 {seconds} 秒，已停止；文件可能已损坏或是恶意构造的": "reading this file took over {seconds} s and was stopped; it may be damaged or built to cause harm",
    "读取这个文件需要超过 {limit} MB 的内存，已停止；文件可能已损坏或是恶意构造的": "reading this file needed over {limit} MB of memory and was stopped; it may be damaged or built to cause harm",
    '文库文件已损坏（{detail}），研读没有写入它；最近一份完好的备份是 {backup}，运行 yandu restore "{backup}" 即可恢复（恢复前会先另存当前文件）': 'the library file is damaged ({detail}) and Yandu has not written to it; the newest good backup is {backup}: run yandu restore "{backup}" to restore it (the current file is saved first)',
    "文件是空的（0 字节），不是研读的文库；要在这里新建文库，请先删除这个空文件": "the file is empty (0 bytes) and is not a Yandu library; to start a new library here, delete the empty file first",
    '文库文件是空的（0 字节），研读没有写入它；最近一份完好的备份是 {backup}，运行 yandu restore "{backup}" 即可恢复': 'the library file is empty (0 bytes) and Yandu has not written to it; the newest good backup is {backup}: run yandu restore "{backup}" to restore it',
    "文库是只读的，又是旧版本的研读写入的，需要升级才能打开；请把它复制到可写的位置再打开": "the library is read-only and was written by an older Yandu, so it must be upgraded to open; copy it to a writable place and open it there",
    "无法在 {folder} 中备份文库（{reason}）": "could not back up the library in {folder} ({reason})",
    "没有这份备份；不带参数运行 yandu restore 可列出 {folder} 中的备份": "no such backup; run yandu restore without arguments to list the backups in {folder}",
    "这份备份已损坏或不是研读的文库（{detail}），没有用它恢复；请另选一份": "this backup is damaged or not a Yandu library ({detail}) and was not used; choose another",
    "文库正在研读窗口或另一个命令中打开；请先关闭，再恢复": "the library is open in a Yandu window or another command; close it first, then restore",
    "这就是文库文件本身；请选择 backups 文件夹中的一份备份": "this is the library file itself; choose a backup from the backups folder",
    "无法恢复文库（{reason}）": "could not restore the library ({reason})",
    "这个文件是只读的，没有替换它；确要替换请加 --force（窗口中会先询问），或另存为别的文件名": "this file is read-only and was not replaced; add --force to replace it (the window asks first), or save under another name",
    "这位成员的笔记来自另一台电脑，在这里只能阅读；请以本机的成员身份批注": "this member's notes came from another computer and can only be read here; annotate as one of this computer's members",
    "不是研读交换的笔记文件（{detail}），没有导入任何内容": "not a Yandu notes exchange file ({detail}); nothing was imported",
    "文件里有不属于“{member}”的批注（{detail}），整份文件没有导入": "the file holds annotations that are not “{member}”'s ({detail}); none of it was imported",
    "文件自称是本机成员“{member}”的笔记；本机成员的笔记只在本机写，整份文件没有导入": "the file claims to hold the notes of “{member}”, a member of this library, whose notes are written only here; none of it was imported",
    "无法使用共享文件夹（{reason}）": "cannot use the shared folder ({reason})",
    "这个文库有不止一位本机成员（或一位都没有）；请用 --member 指定导出谁的笔记": "this library has more than one member of its own (or none); say whose notes with --member",
    "这是扫描的 PDF（没有文字层），读取它需要文字识别组件；请安装：{install}": "this is a scanned PDF (no text layer); reading it needs the text recognition component: install it with {install}",
    "扫描的 PDF 中没有识别出文字（第 {page} 页是空白图片吗？）": "no text was recognised in the scanned PDF (is page {page} a blank image?)",
    "OFD 文件已损坏，无法读取（{detail}）": "the OFD file is damaged and cannot be read ({detail})",
    "OFD 文件已加密或设有权限保护；请另存一份不加密的副本再导入": "the OFD file is encrypted or protected; save a copy without protection and import that",
    "读取 {kind} 文件需要 LibreOffice；请安装 LibreOffice（统信 UOS、麒麟、Debian：sudo apt install libreoffice-writer），或在 WPS/Word 中另存为 .docx 后再导入": "reading {kind} files needs LibreOffice: install it (UOS, Kylin, Debian: sudo apt install libreoffice-writer), or save the file as .docx in WPS or Word and import that",
    "LibreOffice 无法转换这个 {kind} 文件（{detail}）；文件可能已损坏或设有密码": "LibreOffice could not convert this {kind} file ({detail}); it may be damaged or password-protected",
    "已跳过：这是图片（{what}），不是简报；扫描件请先合成 PDF 再导入": "skipped: an image ({what}), not a bulletin; put scanned pages into a PDF to import them",
    "已跳过：这是电子表格（{what}）": "skipped: a spreadsheet ({what})",
    "已跳过：这是演示文稿（{what}）": "skipped: a presentation ({what})",
    "已跳过：这是压缩包或程序（{what}）；压缩包请先解压": "skipped: an archive or a program ({what}); unpack an archive first",
    "已跳过：这是音视频文件（{what}）": "skipped: an audio or video file ({what})",
    "已跳过：这是数据文件（{what}），不是简报": "skipped: a data file ({what}), not a bulletin",
    "已跳过：无法识别的文件（{what}）": "skipped: a file of an unknown kind ({what})",
    "跳过 %1 个不是简报的文件。": "Skipped %1 files that are not bulletins.",
    "文字识别：第 %1 / %2 页": "Text recognition: page %1 of %2",
    "这台电脑上没有能打开它的程序。文件在：\n%1": "No program on this computer can open it. The file is at:\n%1",
    "学习笔记": "study-notes",
    "学习记录": "study-record",
    "“%1”已经存在。要替换它吗？": "“%1” already exists. Replace it?",
    # the secretary's desk (issue 18): library edits, the trash, sessions, batch export, names
    "组件与许可": "Components and licences",
    "按标签筛选": "Filter by tag",
    "批注列表": "Comments",
    "保存（Ctrl+Enter）": "Save (Ctrl+Enter)",
    "全部导出到文件夹": "Export Everyone's Notes to a Folder",
    "文件夹中已有 %1 个同名文件（如“%2”）。要替换它们吗？": (
        "The folder already has %1 file(s) of the same names (such as “%2”). Replace them?"
    ),
    "正在导出…": "Exporting…",
    "已导出 %1 个文件到：\n%2": "Exported %1 file(s) to:\n%2",
    "重命名这一期(&R)…": "&Rename Issue…",
    "修改日期(&T)…": "Change Da&te…",
    "删除这一期（移到回收站）": "Delete Issue (to the Trash)",
    "合并重复的一期(&M)…": "&Merge a Duplicate Issue…",
    "回收站(&B)…": "Tras&h…",
    "重命名": "Rename",
    "这一期的标题：": "Title of this issue:",
    "重命名“%1”": "Rename “%1”",
    "修改日期": "Change Date",
    "“%1”的日期（YYYY-MM-DD、YYYY-MM 或 YYYY）：": "Date of “%1” (YYYY-MM-DD, YYYY-MM or YYYY):",
    "修改“%1”的日期": "Change the date of “%1”",
    "删除“%1”": "Delete “%1”",
    "“%1”已移到回收站（Ctrl+Z 撤销）": "“%1” moved to the Trash (Ctrl+Z to undo)",
    "文库中没有可以合并的另一期。": "The library has no other issue to merge.",
    "合并重复的一期": "Merge a Duplicate Issue",
    "保留“%1”，把下面这一期的批注、心得和学习会文章并入它，再把它移到回收站：": (
        "Keep “%1”; move the comments, reflections and session items of the issue chosen below "
        "into it, then put that issue in the Trash:"
    ),
    "合并“%1”": "Merge “%1”",
    "文章": "Item",
    "搜索全部文章": "Search all items",
    "文库：各期与文章": "Library: issues and items",
    "搜索结果": "Search results",
    "简报 (*.txt *.md *.html *.htm *.shtml *.docx *.doc *.wps *.rtf *.odt *.pdf *.ofd *.mht *.mhtml)": (
        "Bulletins (*.txt *.md *.html *.htm *.shtml *.docx *.doc *.wps *.rtf *.odt *.pdf *.ofd "
        "*.mht *.mhtml)"
    ),
    "全部文件 (*)": "All files (*)",
    "本篇心得体会": "Reflection on this item",
    "本次学习会心得体会": "Reflection on this session",
    "在全部文章中搜索要学习的文章": "Search the whole library for items to study",
    "搜索学习内容": "Search items to study",
    "已选 %n 篇": ["%n item chosen", "%n items chosen"],
    "全部导出到文件夹(&A)…": "Export Everyone's Notes to a Folder…",
    "今天的学习会“%1”正在进行，但没有选中它。把这条批注和之后的批注记入这次学习会吗？": (
        "Today's session “%1” is under way but not chosen. Record this comment, and the next "
        "ones, in that session?"
    ),
    "已撤销：%1": "Undone: %1",
    "回收站": "Trash",
    "回收站中的各期": "Issues in the Trash",
    "回收站是空的。": "The Trash is empty.",
    "还原(&R)": "&Restore",
    "清空回收站(&E)…": "&Empty Trash…",
    "（%n 条批注）": ["(%n comment)", "(%n comments)"],
    "还原“%1”": "Restore “%1”",
    "清空回收站": "Empty Trash",
    "回收站中的 %n 期将永久删除，不能撤销。其中的批注会保留在批注列表中，标为“原文已删除”。": [
        "%n issue in the Trash will be deleted for good; this cannot be undone. Its comments stay "
        "in the comment list, marked “original deleted”.",
        "%n issues in the Trash will be deleted for good; this cannot be undone. Their comments "
        "stay in the comment list, marked “original deleted”.",
    ],
    "重点": "Key Point",
    "疑问": "Question",
    "落实": "Follow-up",
    "清除": "Clear",
    "“%1”的走势…": "“%1” over Time…",
    "使用说明(&M)": "&Manual",
    "学习会统计图…": "Session Chart…",
    "先在工具栏中选择学习会。": "Choose a session in the toolbar first.",
    "打印预览(&V)…": "Print Pre&view…",
    "打印学习笔记(&P)…": "&Print Study Notes…",
    "导出为 PDF(&F)…": "Export as PD&F…",
    "导出为 PDF": "Export as PDF",
    "已导出到：%1": "Exported to: %1",
    # 帮助 → 使用说明 and the charts (ui/dialogs/help_dialog.py, chart_dialog.py, widgets/bar_chart.py)
    "使用说明": "Manual",
    "快捷键": "Shortcuts",
    "功能": "Action",
    "统计图": "Chart",
    "没有数据": "No data",
    "；": "; ",
    "%1：%2": "%1: %2",
    "关键词“%1”": "Key phrase “%1”",
    "每月有多少期含有“%1”（按期的日期；未注明月份的期不计）。": (
        "How many issues carry “%1”, month by month (by the issues' dates; an issue dated "
        "without a month is not counted)."
    ),
    "没有一期（注明了月份的）含有这个关键词。": "No issue dated by month carries this key phrase.",
    "每条要点有几位成员在这次学习会中划线或批注。": (
        "How many members highlighted or commented on each directive in this session."
    ),
    "这次学习会的文章中没有标出要点。": "No directives are marked in this session's articles.",
    # printing the study notes (ui/printing.py, ui/notes_pages.py)
    "打印预览：%1": "Print Preview: %1",
    "打印学习笔记": "Print Study Notes",
    "无法打印：%1": "Cannot print: %1",
    "打印机或文件无法打开": "the printer or the file cannot be opened",
}


def fill(ts: Path) -> list[str]:
    """Write the table into the .ts; return the sources it has no English for."""
    from lxml import etree

    tree = etree.parse(str(ts))
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in ENGLISH:
            missing.append(source)
            continue
        value = ENGLISH[source]
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if isinstance(value, list):
            translation.text = None
            for form in value:
                etree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(str(ts), encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "build":
        build()
    elif command == "update":
        missing = update()
        if missing:
            print("no English for:", *missing, sep="\n  ")
            sys.exit(1)
    elif command == "check":
        left = unfinished(TRANSLATIONS / "yandu_en.ts")
        if left:
            print("no English for:", *left, sep="\n  ")
            sys.exit(1)
    else:
        sys.exit(__doc__)
