"""Fill the English .ts from the table below (`python -m desktop.ui.fill_translations`).

Qt Linguist works as well; this keeps the English beside the code for a small interface.
"""

from __future__ import annotations

from lxml import etree

from desktop.ui.translations import TRANSLATIONS

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
    "文库是空的": "The library is empty",
    "用“文件 → 导入文件…”或把简报文件、文件夹拖到窗口里。支持 .txt、.md、.html、.docx、.pdf。": (
        "Use File → Import Files… or drop bulletin files and folders on the window. "
        "Yandu reads .txt, .md, .html, .docx and .pdf."
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
    "<h3>研读 Yandu %1</h3><p>学习简报的阅读、批注与学习笔记工具。</p>": (
        "<h3>Yandu %1</h3><p>Read, mark and take study notes on bulletins.</p>"
    ),
    "原文已不在": "source text gone",
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
    "原文已不在：“%1”": "The source text is gone: “%1”",
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
}


def fill(language: str = "en") -> list[str]:
    """Write the table into the .ts; return the sources it has no English for."""
    path = TRANSLATIONS / f"yandu_{language}.ts"
    tree = etree.parse(str(path))
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
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    print("no English for:", fill())
