<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="75"/>
        <source>关于研读</source>
        <translation>About Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="82"/>
        <source>版本 %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="85"/>
        <source>学习简报的阅读、批注与学习笔记工具。</source>
        <translation>Read, mark and take study notes on bulletins.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="113"/>
        <source>文库文件</source>
        <translation>Library file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="114"/>
        <source>应用标识</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="115"/>
        <source>运行环境</source>
        <translation>Running on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="119"/>
        <source>研读 Yandu 以 MIT 许可证发布。
研读使用 Qt 和 PySide6（Qt for Python），二者以 GNU LGPL-3.0 许可证提供：你可以把研读使用的 Qt 库换成其他兼容的版本，包括你自己修改后编译的版本。Qt 的许可证和源代码见 %1</source>
        <translation>Yandu is released under the MIT licence.
Yandu uses Qt and PySide6 (Qt for Python), which are provided under the GNU LGPL-3.0: you may replace the Qt libraries Yandu uses with other compatible versions, including ones you have modified and built yourself. Qt's licences and source code: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="132"/>
        <source>组件与许可</source>
        <translation>Components and licences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="133"/>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="133"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="133"/>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="161"/>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="151"/>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="153"/>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../desktop/ui/models/annotation_model.py" line="40"/>
        <source>原文已改动</source>
        <translation>source text changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotation_model.py" line="44"/>
        <source>原文有改动，请确认位置</source>
        <translation>source text changed: please confirm the place</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="33"/>
        <source>批注</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="40"/>
        <source>本文</source>
        <translation>This Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="41"/>
        <source>全部文章</source>
        <translation>All Items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="45"/>
        <source>按标签筛选</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="46"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="57"/>
        <source>批注列表</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="66"/>
        <source>编辑批注</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="68"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="75"/>
        <source>位置正确</source>
        <translation>Place Is Right</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="77"/>
        <source>原文有改动，这条批注移到了改动后的文字上：位置没错</source>
        <translation>The text was corrected and this note moved onto the changed words: the place is right</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="80"/>
        <source>位置不对</source>
        <translation>Wrong Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="81"/>
        <source>不放在这里：保留批注和原来的文字，标为“原文已改动”</source>
        <translation>Not here: keep the note and its original words, marked “source text changed”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="103"/>
        <source>全部成员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/annotations_panel.py" line="106"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="137"/>
        <source>打开原文</source>
        <translation>Open Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="138"/>
        <source>在浏览器中打开这个网址？</source>
        <translation>Open this address in the browser?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="279"/>
        <source>原稿无正文，只有标题和原文链接。</source>
        <translation>The source has no text for this story, only its headline and a link.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="573"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="573"/>
        <source>表述</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/bar_chart.py" line="57"/>
        <source>没有数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/bar_chart.py" line="65"/>
        <location filename="../../desktop/ui/widgets/bar_chart.py" line="67"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/bar_chart.py" line="73"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/chart_dialog.py" line="38"/>
        <source>统计图</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/chart_dialog.py" line="66"/>
        <source>没有一期（注明了月份的）含有这个关键词。</source>
        <translation>No issue dated by month carries this key phrase.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/chart_dialog.py" line="68"/>
        <source>关键词“%1”</source>
        <translation>Key phrase “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/chart_dialog.py" line="69"/>
        <source>每月有多少期含有“%1”（按期的日期；未注明月份的期不计）。</source>
        <translation>How many issues carry “%1”, month by month (by the issues' dates; an issue dated without a month is not counted).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/chart_dialog.py" line="82"/>
        <source>这次学习会的文章中没有标出要点。</source>
        <translation>No directives are marked in this session's articles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/chart_dialog.py" line="84"/>
        <source>学习会：%1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/chart_dialog.py" line="85"/>
        <source>每条要点有几位成员在这次学习会中划线或批注。</source>
        <translation>How many members highlighted or commented on each directive in this session.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="29"/>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="41"/>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="43"/>
        <source>批注</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="33"/>
        <source>原文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="38"/>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="56"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="45"/>
        <source>用空格分隔，如：安全 责任</source>
        <translation>Separated by spaces, e.g. safety duty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="46"/>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="57"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="58"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>DirectiveModel</name>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="62"/>
        <source>未识别发言人</source>
        <translation>Speaker not identified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="63"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="70"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="70"/>
        <source>表述</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="71"/>
        <source>%1｜%2</source>
        <translation>%1 | %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/directive_model.py" line="74"/>
        <source>%n 人划线</source>
        <translation><numerusform>%n member marked it</numerusform><numerusform>%n members marked it</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="81"/>
        <source>划线的成员：%1</source>
        <translation>Marked by: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="81"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="62"/>
        <source>先在文章中选中要划线的文字。</source>
        <translation>First select the text to highlight.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="84"/>
        <source>把光标放在一句标出的要求或表述里。</source>
        <translation>Put the cursor inside a marked requirement or statement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="118"/>
        <source>先选中文字，或把光标放在自己的划线上。</source>
        <translation>Select text first, or put the cursor on one of your highlights.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="157"/>
        <source>这条批注在别处也改过：两份都已保留，请合并。</source>
        <translation>This comment was also changed elsewhere: both versions are kept; please merge them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="167"/>
        <source>已删除批注（Ctrl+Z 撤销）</source>
        <translation>Annotation deleted (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="180"/>
        <source>已确认批注位置。</source>
        <translation>Note's place confirmed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="180"/>
        <source>批注已标为“原文已改动”。</source>
        <translation>Note marked “source text changed”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="187"/>
        <source>批注</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="188"/>
        <source>这是%1的批注，只有本人可以修改。</source>
        <translation>This is %1's annotation; only its author can change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="220"/>
        <source>这一步所改的批注已不存在，已跳过。</source>
        <translation>The note this step changed no longer exists; skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="234"/>
        <source>删除批注</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="238"/>
        <source>“%1”的走势…</source>
        <translation>“%1” over Time…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/editing.py" line="241"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="87"/>
        <source>研读内部出错：%1。
详细情况已写入日志：%2</source>
        <translation>Yandu ran into an internal error: %1.
The details are in the log: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>研读 Yandu</source>
        <translation>Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="94"/>
        <source>复制详情</source>
        <translation>Copy Details</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="41"/>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="206"/>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="225"/>
        <source>导出学习笔记</source>
        <translation>Export Study Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="44"/>
        <source>全体成员（学习记录）</source>
        <translation>All members (session record)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="49"/>
        <source>谁的笔记</source>
        <translation>Whose notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="51"/>
        <source>所有批注过的文章</source>
        <translation>Every annotated item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="54"/>
        <source>学习会：%1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="61"/>
        <source>本期：%1</source>
        <translation>This issue: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="64"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="67"/>
        <source>主要精神摘录</source>
        <translation>Key directives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="68"/>
        <source>批注与摘录</source>
        <translation>Highlights and comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="69"/>
        <source>心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="76"/>
        <source>按文章</source>
        <translation>By item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="77"/>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="78"/>
        <source>批注分组</source>
        <translation>Group comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="80"/>
        <source>公文字体（仿宋_GB2312、楷体_GB2312、方正小标宋简体）</source>
        <translation>Official fonts (FangSong_GB2312, KaiTi_GB2312, FZXiaoBiaoSong)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="81"/>
        <source>常用字体（仿宋、楷体、宋体）</source>
        <translation>Common fonts (FangSong, KaiTi, SimSun)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="82"/>
        <source>字体</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="226"/>
        <source>这台电脑上没有能打开它的程序。文件在：
%1</source>
        <translation>No program on this computer can open it. The file is at:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="86"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="84"/>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="91"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="95"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="113"/>
        <source>学习笔记</source>
        <translation>study-notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="116"/>
        <source>学习记录</source>
        <translation>study-record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="122"/>
        <source>保存学习笔记</source>
        <translation>Save Study Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="146"/>
        <source>“%1”已经存在。要替换它吗？</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="173"/>
        <source>“%1”是只读文件。要替换它吗？</source>
        <translation>“%1” is read-only. Replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="207"/>
        <source>已导出到：
%1</source>
        <translation>Exported to:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="210"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="212"/>
        <source>打开所在文件夹</source>
        <translation>Open Folder</translation>
    </message>
</context>
<context>
    <name>ExportEveryone</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_all.py" line="35"/>
        <location filename="../../desktop/ui/dialogs/export_all.py" line="103"/>
        <source>全部导出到文件夹</source>
        <translation>Export Everyone's Notes to a Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_all.py" line="51"/>
        <source>文件夹中已有 %1 个同名文件（如“%2”）。要替换它们吗？</source>
        <translation>The folder already has %1 file(s) of the same names (such as “%2”). Replace them?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_all.py" line="68"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_all.py" line="89"/>
        <source>已导出 %1 个文件到：
%2</source>
        <translation>Exported %1 file(s) to:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_all.py" line="94"/>
        <source>打开所在文件夹</source>
        <translation>Open Folder</translation>
    </message>
</context>
<context>
    <name>GroupExchange</name>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="70"/>
        <source>小组共享文件夹(&amp;G)…</source>
        <translation>&amp;Group Shared Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="71"/>
        <source>立即同步共享文件夹</source>
        <translation>Sync Shared Folder Now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="72"/>
        <source>等待原文的笔记…</source>
        <translation>Notes Waiting for Their Article…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="90"/>
        <location filename="../../desktop/ui/study/exchange.py" line="193"/>
        <source>小组共享文件夹</source>
        <translation>Group Shared Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="133"/>
        <source>正在同步共享文件夹…</source>
        <translation>Syncing the shared folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="153"/>
        <source>共享文件夹：收到 %1</source>
        <translation>Shared folder: received %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="155"/>
        <location filename="../../desktop/ui/study/exchange.py" line="229"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="156"/>
        <source>%1 %2 条</source>
        <translation>%2 from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="163"/>
        <source>共享文件夹：没有新笔记</source>
        <translation>Shared folder: no new notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="166"/>
        <source>；%1 个文件未能合并</source>
        <translation>; %1 file(s) could not be merged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="196"/>
        <source>共享文件夹中有 %1 个文件未能合并，其余的已合并：</source>
        <translation>%1 file(s) in the shared folder could not be merged; the others were:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="218"/>
        <source>等待原文的笔记</source>
        <translation>Notes Waiting for Their Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="226"/>
        <source>《%1》：%2 条，来自 %3</source>
        <translation>“%1”: %2 note(s), from %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="227"/>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="232"/>
        <source>没有等待原文的笔记。</source>
        <translation>No notes are waiting for their article.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/exchange.py" line="235"/>
        <source>这些笔记来自其他电脑，所批注的文章本文库还没有；导入同一篇文章后，笔记就会出现在文章上。</source>
        <translation>These notes came from other computers, on articles this library does not have yet; import the same article and they appear on it.</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../desktop/ui/study/group.py" line="24"/>
        <source>%1（另一台电脑）</source>
        <translation>%1 (another computer)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/help_dialog.py" line="96"/>
        <location filename="../../desktop/ui/dialogs/help_dialog.py" line="102"/>
        <location filename="../../desktop/ui/dialogs/help_dialog.py" line="108"/>
        <source>使用说明</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/help_dialog.py" line="112"/>
        <location filename="../../desktop/ui/dialogs/help_dialog.py" line="113"/>
        <location filename="../../desktop/ui/dialogs/help_dialog.py" line="121"/>
        <source>快捷键</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/help_dialog.py" line="113"/>
        <source>功能</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="78"/>
        <source>重命名这一期(&amp;R)…</source>
        <translation>&amp;Rename Issue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="79"/>
        <source>修改日期(&amp;T)…</source>
        <translation>Change Da&amp;te…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="82"/>
        <source>删除这一期（移到回收站）</source>
        <translation>Delete Issue (to the Trash)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="86"/>
        <source>合并重复的一期(&amp;M)…</source>
        <translation>&amp;Merge a Duplicate Issue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="87"/>
        <source>回收站(&amp;B)…</source>
        <translation>Tras&amp;h…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="153"/>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="153"/>
        <source>这一期的标题：</source>
        <translation>Title of this issue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="156"/>
        <source>重命名“%1”</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="169"/>
        <source>修改日期</source>
        <translation>Change Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="170"/>
        <source>“%1”的日期（YYYY-MM-DD、YYYY-MM 或 YYYY）：</source>
        <translation>Date of “%1” (YYYY-MM-DD, YYYY-MM or YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="175"/>
        <source>修改“%1”的日期</source>
        <translation>Change the date of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="186"/>
        <source>删除“%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="190"/>
        <source>“%1”已移到回收站（Ctrl+Z 撤销）</source>
        <translation>“%1” moved to the Trash (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="202"/>
        <source>文库中没有可以合并的另一期。</source>
        <translation>The library has no other issue to merge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="207"/>
        <source>合并重复的一期</source>
        <translation>Merge a Duplicate Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="209"/>
        <source>保留“%1”，把下面这一期的批注、心得和学习会文章并入它，再把它移到回收站：</source>
        <translation>Keep “%1”; move the comments, reflections and session items of the issue chosen below into it, then put that issue in the Trash:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="220"/>
        <source>合并“%1”</source>
        <translation>Merge “%1”</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/models/library_model.py" line="88"/>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/library_model.py" line="88"/>
        <source>简讯</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="170"/>
        <location filename="../../desktop/ui/app.py" line="199"/>
        <location filename="../../desktop/ui/language.py" line="23"/>
        <location filename="../../desktop/ui/main_window.py" line="57"/>
        <location filename="../../desktop/ui/main_window.py" line="414"/>
        <source>研读 Yandu</source>
        <translation>Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>导入文件(&amp;I)…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>导入文件夹(&amp;D)…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="289"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73"/>
        <source>文章</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>搜索全部文章</source>
        <translation>Search all items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122"/>
        <source>搜索全部文章（一个字起）</source>
        <translation>Search all items (from one character)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>文库：各期与文章</source>
        <translation>Library: issues and items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>要点：谁提出了什么</source>
        <translation>Directives: who laid down what</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>下一处(&amp;N)</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220"/>
        <source>上一处(&amp;P)</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>放大(&amp;+)</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>缩小(&amp;-)</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>原始大小(&amp;0)</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="235"/>
        <source>标出要求</source>
        <translation>Mark Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236"/>
        <source>标出表述</source>
        <translation>Mark Statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>标出关键词</source>
        <translation>Mark Key Phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>使用说明(&amp;M)</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>关于研读(&amp;A)</source>
        <translation>&amp;About Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <source>界面语言</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="286"/>
        <source>学习(&amp;S)</source>
        <translation>&amp;Study</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>跟随系统</source>
        <translation>As the System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <source>重新打开研读后生效。</source>
        <translation>Takes effect when Yandu is opened again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="395"/>
        <source>%n 期</source>
        <translation><numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="395"/>
        <source>%n 篇</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="558"/>
        <source>本文没有识别出要求或表述。</source>
        <translation>No requirements or statements were found in this item.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="566"/>
        <source>“%1”在标题中</source>
        <translation>“%1” is in the headline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="620"/>
        <source>找到 %n 篇</source>
        <translation><numerusform>%n item found</numerusform><numerusform>%n items found</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <source>没有文章包含“%1”</source>
        <translation>No item contains “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="635"/>
        <source>第 %1/%2 处（F3 下一处）</source>
        <translation>Match %1 of %2 (F3: next)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="650"/>
        <source>导入简报</source>
        <translation>Import Bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="664"/>
        <source>导入文件夹</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="706"/>
        <source>正在导入，请稍候…</source>
        <translation>An import is running, please wait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="708"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="708"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="441"/>
        <location filename="../../desktop/ui/main_window.py" line="709"/>
        <location filename="../../desktop/ui/main_window.py" line="786"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="424"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="431"/>
        <source>欢迎使用研读</source>
        <translation>Welcome to Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="432"/>
        <source>文库还是空的：先导入简报。研读会标出每篇文章中谁提出了什么要求。</source>
        <translation>The library is empty: import bulletins first. Yandu marks who laid down what in every item.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="434"/>
        <source>在左边的“文库”中点选一篇文章开始阅读。</source>
        <translation>Pick an item in the Library on the left to read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="443"/>
        <source>用“文件 → %1”（%2）或“文件 → %3”（%4），也可以把文件、文件夹拖到窗口里。支持 .txt、.md、.html、.docx、.pdf。</source>
        <translation>Use File → %1 (%2) or File → %3 (%4), or drop files and folders on the window. Yandu reads .txt, .md, .html, .docx and .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="452"/>
        <source>划线与批注</source>
        <translation>Marking and Comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="454"/>
        <source>批注属于每位成员：先在工具栏的“成员”中选择或添加自己。在文章中选中文字，再按键划线：%1（也在“学习”菜单和右键菜单中）；按 %2 写批注。</source>
        <translation>Each member marks in a layer of their own: first choose or add yourself under Member in the toolbar. Select text in the item, then mark it with %1 (also in the Study menu and the right-click menu); press %2 to write a comment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="461"/>
        <source>导出学习笔记</source>
        <translation>Export Study Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>用“文件 → %1”（%2）把要点摘录、批注和心得体会导出为 Word 文档。</source>
        <translation>Use File → %1 (%2) to export the directives, comments and reflections as a Word document.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="653"/>
        <source>简报 (*.txt *.md *.html *.htm *.shtml *.docx *.doc *.wps *.rtf *.odt *.pdf *.ofd *.mht *.mhtml)</source>
        <translation>Bulletins (*.txt *.md *.html *.htm *.shtml *.docx *.doc *.wps *.rtf *.odt *.pdf *.ofd *.mht *.mhtml)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="656"/>
        <source>全部文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="694"/>
        <source>文库中没有编号为 %1 的文章。</source>
        <translation>The library has no item %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="699"/>
        <source>正在导入，完成后再导入新收到的文件…</source>
        <translation>Importing; the files just received are imported next…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="729"/>
        <source>正在导入 %1 / %2：%3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="735"/>
        <source>文字识别：第 %1 / %2 页</source>
        <translation>Text recognition: page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="761"/>
        <source>导入 %1 个文件，失败 %2 个。</source>
        <translation>Imported %1 files, %2 failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="767"/>
        <source>跳过 %1 条无效条目（标题为空或为 undefined）。</source>
        <translation>Skipped %1 junk entries (empty or “undefined” titles).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="771"/>
        <source>跳过 %1 个不是简报的文件。</source>
        <translation>Skipped %1 files that are not bulletins.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="799"/>
        <source>正在更新要点分析…</source>
        <translation>Updating the directive analysis…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="803"/>
        <source>正在更新要点分析：%1 / %2</source>
        <translation>Updating the directive analysis: %1 of %2</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="28"/>
        <source>学习小组成员</source>
        <translation>Study Group Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="30"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="31"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="32"/>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="33"/>
        <source>颜色…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="63"/>
        <source>添加成员</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="63"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="72"/>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="72"/>
        <source>新姓名：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="81"/>
        <source>成员颜色</source>
        <translation>Member Colour</translation>
    </message>
</context>
<context>
    <name>NotesPrinting</name>
    <message>
        <location filename="../../desktop/ui/notes_pages.py" line="116"/>
        <source>打印机或文件无法打开</source>
        <translation>the printer or the file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="125"/>
        <source>打印预览：%1</source>
        <translation>Print Preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="143"/>
        <location filename="../../desktop/ui/printing.py" line="175"/>
        <source>打印学习笔记</source>
        <translation>Print Study Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="176"/>
        <source>无法打印：%1</source>
        <translation>Cannot print: %1</translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="21"/>
        <source>心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="25"/>
        <source>写下对本文的心得体会，边写边自动保存。</source>
        <translation>Write your reflections on this item; every keystroke is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="27"/>
        <source>本篇心得体会</source>
        <translation>Reflection on this item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="29"/>
        <source>写下本次学习会的心得体会，边写边自动保存。</source>
        <translation>Write your reflections on this session; every keystroke is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="32"/>
        <source>本次学习会心得体会</source>
        <translation>Reflection on this session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="34"/>
        <source>本文</source>
        <translation>This Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="35"/>
        <source>本次学习会</source>
        <translation>This Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/reflections_panel.py" line="102"/>
        <source>心得体会在别处（命令行或另一个窗口）也改过：两份都已保留，请合并。</source>
        <translation>The reflection was also changed elsewhere (the command line or another window): both versions are kept; please merge them.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="33"/>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="160"/>
        <source>学习会</source>
        <translation>Study Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="37"/>
        <source>理论学习中心组学习会</source>
        <translation>Theory study group session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="38"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="46"/>
        <source>学习时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="48"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="50"/>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="55"/>
        <source>主持人</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="59"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="59"/>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="59"/>
        <source>缺席原因</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="73"/>
        <source>参加人员</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="81"/>
        <source>在全部文章中搜索要学习的文章</source>
        <translation>Search the whole library for items to study</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="82"/>
        <source>搜索学习内容</source>
        <translation>Search items to study</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="88"/>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="99"/>
        <source>学习内容</source>
        <translation>Studied</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="148"/>
        <source>已选 %n 篇</source>
        <translation><numerusform>%n item chosen</numerusform><numerusform>%n items chosen</numerusform></translation>
    </message>
</context>
<context>
    <name>StudyControls</name>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="141"/>
        <source>学习</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="143"/>
        <source> 成员 </source>
        <translation> Member </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="150"/>
        <source> 学习会 </source>
        <translation> Session </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="172"/>
        <source>划线：%1</source>
        <translation>Highlight: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="176"/>
        <source>批注(&amp;M)…</source>
        <translation>Co&amp;mment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="179"/>
        <source>整句划线</source>
        <translation>Highlight Whole Sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="183"/>
        <source>删除批注</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="184"/>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="187"/>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="191"/>
        <source>显示其他成员的批注</source>
        <translation>Show Other Members' Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="193"/>
        <source>成员…</source>
        <translation>Members…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="194"/>
        <location filename="../../desktop/ui/study/controls.py" line="240"/>
        <source>新建学习会…</source>
        <translation>New Study Session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="195"/>
        <source>编辑学习会…</source>
        <translation>Edit Study Session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="196"/>
        <source>学习会统计图…</source>
        <translation>Session Chart…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="197"/>
        <source>导出学习笔记(&amp;E)…</source>
        <translation>&amp;Export Study Notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="198"/>
        <source>全部导出到文件夹(&amp;A)…</source>
        <translation>Export Everyone's Notes to a Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="199"/>
        <source>打印预览(&amp;V)…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="202"/>
        <source>打印学习笔记(&amp;P)…</source>
        <translation>&amp;Print Study Notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="206"/>
        <source>导出为 PDF(&amp;F)…</source>
        <translation>Export as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="274"/>
        <source>学习会</source>
        <translation>Study Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="276"/>
        <source>今天的学习会“%1”正在进行，但没有选中它。把这条批注和之后的批注记入这次学习会吗？</source>
        <translation>Today's session “%1” is under way but not chosen. Record this comment, and the next ones, in that session?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="316"/>
        <source>批注</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="404"/>
        <source>打印学习笔记</source>
        <translation>Print Study Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="427"/>
        <source>学习笔记</source>
        <translation>study-notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="429"/>
        <source>学习记录</source>
        <translation>study-record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="433"/>
        <source>导出为 PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="446"/>
        <source>已导出到：%1</source>
        <translation>Exported to: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="458"/>
        <source>先在工具栏中选择学习会。</source>
        <translation>Choose a session in the toolbar first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="509"/>
        <source>已撤销：%1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="591"/>
        <source>原文已改动：“%1”</source>
        <translation>The source text was changed: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="218"/>
        <source>（选择成员）</source>
        <translation>(choose member)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="222"/>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="235"/>
        <source>（不在学习会中）</source>
        <translation>(no session)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="300"/>
        <location filename="../../desktop/ui/study/controls.py" line="306"/>
        <source>添加成员</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="300"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/controls.py" line="316"/>
        <source>先选择或添加你自己：批注属于每位成员。</source>
        <translation>First choose or add yourself: annotations belong to each member.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="238"/>
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="241"/>
        <source>回收站中的各期</source>
        <translation>Issues in the Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="242"/>
        <source>回收站是空的。</source>
        <translation>The Trash is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="245"/>
        <source>还原(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="248"/>
        <source>清空回收站(&amp;E)…</source>
        <translation>&amp;Empty Trash…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_edits.py" line="269"/>
        <source>（%n 条批注）</source>
        <translation><numerusform>(%n comment)</numerusform><numerusform>(%n comments)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="285"/>
        <source>还原“%1”</source>
        <translation>Restore “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_edits.py" line="294"/>
        <source>清空回收站</source>
        <translation>Empty Trash</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_edits.py" line="296"/>
        <source>回收站中的 %n 期将永久删除，不能撤销。其中的批注会保留在批注列表中，标为“原文已删除”。</source>
        <translation><numerusform>%n issue in the Trash will be deleted for good; this cannot be undone. Its comments stay in the comment list, marked “original deleted”.</numerusform><numerusform>%n issues in the Trash will be deleted for good; this cannot be undone. Their comments stay in the comment list, marked “original deleted”.</numerusform></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="171"/>
        <source>研读已经打开了这个文库，但那个窗口没有响应：请等它响应，或者关闭它（必要时结束它的进程）后再打开。</source>
        <translation>Yandu is open on this library already, but that window does not respond: wait for it, or close it (end its process if need be) and start Yandu again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="332"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="334"/>
        <source>这个文库不能写入（只读的文件、文件夹或介质）：可以阅读和导出，不能导入或批注</source>
        <translation>This library cannot be written (a read-only file, folder or medium): you can read and export, not import or annotate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="363"/>
        <source>“从备份恢复”会先把现在的文库文件另存到备份文件夹，再用这份备份替换它。</source>
        <translation>“Restore from Backup” first saves the current library file into the backups folder, then replaces it with this backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="368"/>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="382"/>
        <source>已用这份备份恢复文库：
%1

恢复前的文库另存为：
%2</source>
        <translation>The library was restored from this backup:
%1

The library as it was before is saved as:
%2</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../desktop/ui/plain.py" line="43"/>
        <source>重点</source>
        <translation>Key Point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plain.py" line="44"/>
        <source>疑问</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plain.py" line="45"/>
        <source>落实</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/core/messages.py" line="30"/>
        <source>第 {0} 期</source>
        <translation>issue {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="31"/>
        <source>文章 {0}</source>
        <translation>item {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="32"/>
        <source>成员 {0}</source>
        <translation>member {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="33"/>
        <source>学习会 {0}</source>
        <translation>session {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="34"/>
        <source>批注 {0}</source>
        <translation>annotation {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="35"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="36"/>
        <source>要点</source>
        <translation>directives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="41"/>
        <source>这个链接指向不存在的位置（或指向自身）</source>
        <translation>a link that leads nowhere (or to itself)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="42"/>
        <source>没有这个文件或文件夹</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="43"/>
        <source>这是一个文件夹；导入文件夹本身即可导入其中的全部简报</source>
        <translation>is a folder; import the folder itself to take every bulletin in it</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="46"/>
        <source>不支持“{suffix}”类型的文件；研读可以读取 {kinds}</source>
        <translation>unsupported file type '{suffix}'; Yandu reads {kinds}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="49"/>
        <source>研读不能读取 {suffix} 文件；请另存为 {wanted} 后再导入</source>
        <translation>Yandu cannot read {suffix} files; save it as {wanted} and import that</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="52"/>
        <source>文件有 {size} MB，超过了一期简报 50 MB 的上限</source>
        <translation>file is {size} MB, over the 50 MB limit for one issue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="55"/>
        <source>文件是空的</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="56"/>
        <source>没有读取权限；请检查能否打开这个文件</source>
        <translation>permission denied; check that you may read this file</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="57"/>
        <source>无法读取文件（{reason}）</source>
        <translation>cannot read the file ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="58"/>
        <source>文件中没有找到文字</source>
        <translation>no text found in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="59"/>
        <source>这不是文本文件（二进制数据或无法识别的编码）</source>
        <translation>the file is not text (binary data or an unknown encoding)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="62"/>
        <source>无法读取文件，文件可能已损坏（{detail}）</source>
        <translation>cannot read the file, it may be damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="63"/>
        <source>无法读取文件夹（{reason}）</source>
        <translation>cannot read the folder ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="64"/>
        <source>这个文件夹里没有文件可以导入</source>
        <translation>there are no files to import in this folder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="65"/>
        <source>这个链接指向导入的文件夹以外（{target}），没有读取；如需导入，请直接导入那个文件</source>
        <translation>this link points outside the folder being imported ({target}) and was not read; to import it, import that file itself</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="70"/>
        <source>文件解压后有 {size} MB，超过了 {limit} MB 的上限；文件可能已损坏或是恶意构造的</source>
        <translation>the file unpacks to {size} MB, over the limit of {limit} MB; it may be damaged or built to cause harm</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="73"/>
        <source>文件中有一部分压缩了 {ratio} 倍，正常的文档不会这样；这可能是“压缩炸弹”，没有解压</source>
        <translation>a part of the file is compressed {ratio} to 1, which no real document is; it may be a “zip bomb” and was not unpacked</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="77"/>
        <source>文件的结构过于复杂（嵌套太深、元素或属性太多，或一段文字太长），研读不读取这样的文件</source>
        <translation>the file's structure is too complex (nested too deep, too many elements or attributes, or one text too long); Yandu does not read such files</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="81"/>
        <source>文件有 {count} 个段落，超过了一期简报 {limit} 个段落的上限</source>
        <translation>the file has {count} paragraphs, over the limit of {limit} for one issue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="84"/>
        <source>文件有 {count} 页，超过了一期简报 {limit} 页的上限</source>
        <translation>the file has {count} pages, over the limit of {limit} for one issue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="87"/>
        <source>读取这个文件超过了 {seconds} 秒，已停止；文件可能已损坏或是恶意构造的</source>
        <translation>reading this file took over {seconds} s and was stopped; it may be damaged or built to cause harm</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="90"/>
        <source>读取这个文件需要超过 {limit} MB 的内存，已停止；文件可能已损坏或是恶意构造的</source>
        <translation>reading this file needed over {limit} MB of memory and was stopped; it may be damaged or built to cause harm</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="93"/>
        <source>Word 文档设有密码；请另存一份没有密码的副本再导入</source>
        <translation>the Word document is password-protected; save an unprotected copy and import that</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="96"/>
        <source>这是旧版 Word 文件（.doc），不是 .docx；请另存为 .docx 后再导入</source>
        <translation>this is an old-style Word file (.doc), not .docx; save it as .docx and import that</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="99"/>
        <source>不是 Word .docx 文件，或者文件已损坏</source>
        <translation>not a Word .docx file, or the file is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="100"/>
        <source>Word 文档已损坏，无法读取</source>
        <translation>the Word document is damaged and cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="101"/>
        <source>PDF 设有密码；请另存一份没有密码的副本再导入</source>
        <translation>the PDF is password-protected; save an unprotected copy and import that</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="102"/>
        <source>PDF 已损坏，无法读取</source>
        <translation>the PDF is damaged and cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="103"/>
        <source>PDF 没有文字层（是扫描的图片吗？）；请先做文字识别（OCR）</source>
        <translation>the PDF has no text layer (a scanned image?); run it through OCR first</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="106"/>
        <source>这是扫描的 PDF（没有文字层），读取它需要文字识别组件；请安装：{install}</source>
        <translation>this is a scanned PDF (no text layer); reading it needs the text recognition component: install it with {install}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="110"/>
        <source>扫描的 PDF 中没有识别出文字（第 {page} 页是空白图片吗？）</source>
        <translation>no text was recognised in the scanned PDF (is page {page} a blank image?)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="113"/>
        <source>OFD 文件已损坏，无法读取（{detail}）</source>
        <translation>the OFD file is damaged and cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="114"/>
        <source>OFD 文件已加密或设有权限保护；请另存一份不加密的副本再导入</source>
        <translation>the OFD file is encrypted or protected; save a copy without protection and import that</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="117"/>
        <source>读取 {kind} 文件需要 LibreOffice；请安装 LibreOffice（统信 UOS、麒麟、Debian：sudo apt install libreoffice-writer），或在 WPS/Word 中另存为 .docx 后再导入</source>
        <translation>reading {kind} files needs LibreOffice: install it (UOS, Kylin, Debian: sudo apt install libreoffice-writer), or save the file as .docx in WPS or Word and import that</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="122"/>
        <source>LibreOffice 无法转换这个 {kind} 文件（{detail}）；文件可能已损坏或设有密码</source>
        <translation>LibreOffice could not convert this {kind} file ({detail}); it may be damaged or password-protected</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="126"/>
        <source>已跳过：这是图片（{what}），不是简报；扫描件请先合成 PDF 再导入</source>
        <translation>skipped: an image ({what}), not a bulletin; put scanned pages into a PDF to import them</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="129"/>
        <source>已跳过：这是电子表格（{what}）</source>
        <translation>skipped: a spreadsheet ({what})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="130"/>
        <source>已跳过：这是演示文稿（{what}）</source>
        <translation>skipped: a presentation ({what})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="131"/>
        <source>已跳过：这是压缩包或程序（{what}）；压缩包请先解压</source>
        <translation>skipped: an archive or a program ({what}); unpack an archive first</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="134"/>
        <source>已跳过：这是音视频文件（{what}）</source>
        <translation>skipped: an audio or video file ({what})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="135"/>
        <source>已跳过：这是数据文件（{what}），不是简报</source>
        <translation>skipped: a data file ({what}), not a bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="138"/>
        <source>已跳过：无法识别的文件（{what}）</source>
        <translation>skipped: a file of an unknown kind ({what})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="140"/>
        <source>没有权限：研读无法读写这个文库文件</source>
        <translation>permission denied: Yandu cannot read and write this library file</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="141"/>
        <source>没有权限：无法在 {folder} 中写入；请用 --db 或 YANDU_DB 另选位置</source>
        <translation>permission denied: cannot write in {folder}; choose another place with --db or YANDU_DB</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="144"/>
        <source>无法打开文库（{detail}）；这是研读的文库文件吗？</source>
        <translation>cannot open the library ({detail}); is it a Yandu library file?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="147"/>
        <source>无法创建文库（{reason}）</source>
        <translation>cannot create the library ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="148"/>
        <source>这不是研读的文库，或者文件已损坏（{detail}）</source>
        <translation>not a Yandu library, or the file is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="151"/>
        <source>这个文库由更新版本的研读写入（结构版本 {version}，本版本只认识到 {known}）；请升级研读后再打开</source>
        <translation>this library was written by a newer Yandu (schema {version}, this version knows {known}); update Yandu to open it</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="155"/>
        <source>这个 SQLite 文件是其他程序建立的（其中有 {tables}）；请为文库另选一个文件</source>
        <translation>this SQLite file was made by another program (it holds {tables}); choose another file for the library</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="158"/>
        <source>无法升级文库（{detail}）；升级前的备份在 {backup}</source>
        <translation>cannot upgrade the library ({detail}); the backup made before is {backup}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="161"/>
        <source>文库文件已损坏（{detail}），研读没有写入它；最近一份完好的备份是 {backup}，运行 yandu restore "{backup}" 即可恢复（恢复前会先另存当前文件）</source>
        <translation>the library file is damaged ({detail}) and Yandu has not written to it; the newest good backup is {backup}: run yandu restore "{backup}" to restore it (the current file is saved first)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="166"/>
        <source>文件是空的（0 字节），不是研读的文库；要在这里新建文库，请先删除这个空文件</source>
        <translation>the file is empty (0 bytes) and is not a Yandu library; to start a new library here, delete the empty file first</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="169"/>
        <source>文库文件是空的（0 字节），研读没有写入它；最近一份完好的备份是 {backup}，运行 yandu restore "{backup}" 即可恢复</source>
        <translation>the library file is empty (0 bytes) and Yandu has not written to it; the newest good backup is {backup}: run yandu restore "{backup}" to restore it</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="174"/>
        <source>文库是只读的，又是旧版本的研读写入的，需要升级才能打开；请把它复制到可写的位置再打开</source>
        <translation>the library is read-only and was written by an older Yandu, so it must be upgraded to open; copy it to a writable place and open it there</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="179"/>
        <source>无法在 {folder} 中备份文库（{reason}）</source>
        <translation>could not back up the library in {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="182"/>
        <source>没有这份备份；不带参数运行 yandu restore 可列出 {folder} 中的备份</source>
        <translation>no such backup; run yandu restore without arguments to list the backups in {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="185"/>
        <source>这份备份已损坏或不是研读的文库（{detail}），没有用它恢复；请另选一份</source>
        <translation>this backup is damaged or not a Yandu library ({detail}) and was not used; choose another</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="188"/>
        <source>文库正在研读窗口或另一个命令中打开；请先关闭，再恢复</source>
        <translation>the library is open in a Yandu window or another command; close it first, then restore</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="191"/>
        <source>这就是文库文件本身；请选择 backups 文件夹中的一份备份</source>
        <translation>this is the library file itself; choose a backup from the backups folder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="194"/>
        <source>无法恢复文库（{reason}）</source>
        <translation>could not restore the library ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="196"/>
        <source>磁盘已满，文库无法写入；请清理磁盘空间后再试</source>
        <translation>the disk is full and the library cannot be written; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="197"/>
        <source>文库是只读的，无法写入；请检查文件和所在文件夹的权限，或用 --db 另选位置</source>
        <translation>the library is read-only; check the permissions of the file and its folder, or choose another place with --db</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="200"/>
        <source>文库正被另一个程序（另一个研读窗口或命令）占用；请稍后再试</source>
        <translation>the library is in use by another program (another Yandu window or command); try again in a moment</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="203"/>
        <source>文库文件已损坏；请从备份恢复，或另选一个文库</source>
        <translation>the library file is damaged; restore it from a backup or choose another library</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="206"/>
        <source>读写文库时磁盘出错（{detail}）；请检查磁盘</source>
        <translation>a disk error while reading or writing the library ({detail}); check the disk</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="207"/>
        <source>研读内部出错（{detail}）；详细情况已写入 {log}</source>
        <translation>internal error ({detail}); details in {log}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="209"/>
        <source>文库中没有这一期；`yandu issues` 列出全部各期</source>
        <translation>no such issue in the library; `yandu issues` lists them</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="212"/>
        <source>文库中没有这篇文章</source>
        <translation>no such item in the library</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="213"/>
        <source>标题不能为空</source>
        <translation>the title cannot be empty</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="214"/>
        <source>一期不能与它自己合并；请选两期</source>
        <translation>an issue cannot be merged with itself; choose two issues</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="215"/>
        <source>“{date}”不是日期；请写成 YYYY-MM-DD、YYYY-MM 或 YYYY</source>
        <translation>'{date}' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="218"/>
        <source>没有这位成员；可用 `yandu member-add 姓名` 添加</source>
        <translation>no such member; add one with `yandu member-add NAME`</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="221"/>
        <source>成员需要一个姓名</source>
        <translation>a member needs a name</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="222"/>
        <source>已有同名的成员</source>
        <translation>a member with this name exists already</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="223"/>
        <source>这位成员的笔记来自另一台电脑，在这里只能阅读；请以本机的成员身份批注</source>
        <translation>this member's notes came from another computer and can only be read here; annotate as one of this computer's members</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="227"/>
        <source>不是研读交换的笔记文件（{detail}），没有导入任何内容</source>
        <translation>not a Yandu notes exchange file ({detail}); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="230"/>
        <source>文件里有不属于“{member}”的批注（{detail}），整份文件没有导入</source>
        <translation>the file holds annotations that are not “{member}”'s ({detail}); none of it was imported</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="233"/>
        <source>文件自称是本机成员“{member}”的笔记；本机成员的笔记只在本机写，整份文件没有导入</source>
        <translation>the file claims to hold the notes of “{member}”, a member of this library, whose notes are written only here; none of it was imported</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="236"/>
        <source>无法使用共享文件夹（{reason}）</source>
        <translation>cannot use the shared folder ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="237"/>
        <source>学习会需要一个名称</source>
        <translation>a study session needs a title</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="238"/>
        <source>没有这个学习会；`yandu sessions` 列出全部学习会</source>
        <translation>no such study session; `yandu sessions` lists them</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="241"/>
        <source>没有这条批注</source>
        <translation>no such annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="242"/>
        <source>位置 {start}–{end} 超出了正文的范围（0–{length}）</source>
        <translation>span {start}-{end} is outside the text (0-{length})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="245"/>
        <source>这是{member}的批注，只有本人可以修改</source>
        <translation>this is {member}'s annotation; only its author can change it</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="246"/>
        <source>正文中没有“{quote}”</source>
        <translation>the text does not contain “{quote}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="248"/>
        <source>批注只能按文章或按类别分组</source>
        <translation>group by article or by category</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="249"/>
        <source>没有可导出的内容：请选择一次学习会或一期简报，或先批注一些文章</source>
        <translation>nothing to export: choose a session or an issue, or annotate some articles first</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="252"/>
        <source>文件夹 {folder} 不存在</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="253"/>
        <source>文件已在另一个程序中打开或被锁定；请关闭后重新导出</source>
        <translation>the file is open or locked in another program; close it and export again</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="256"/>
        <source>没有权限：无法在 {folder} 中写入；请另选文件夹</source>
        <translation>permission denied: cannot write in {folder}; choose another folder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="259"/>
        <source>磁盘已满；请清理空间后重新导出</source>
        <translation>the disk is full; free some space and export again</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="260"/>
        <source>这个文件是只读的，没有替换它；确要替换请加 --force（窗口中会先询问），或另存为别的文件名</source>
        <translation>this file is read-only and was not replaced; add --force to replace it (the window asks first), or save under another name</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="264"/>
        <source>无法写入文件（{reason}）</source>
        <translation>cannot write the file ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="266"/>
        <source>这个文库有不止一位本机成员（或一位都没有）；请用 --member 指定导出谁的笔记</source>
        <translation>this library has more than one member of its own (or none); say whose notes with --member</translation>
    </message>
    <message>
        <location filename="../../desktop/core/messages.py" line="269"/>
        <source>请指定一期（yandu directives 1）或一位发言人（--speaker 李强）</source>
        <translation>name an issue (yandu directives 1) or a speaker (--speaker 李强)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="14"/>
        <source>含情态词“{word}”</source>
        <translation>modal word “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="15"/>
        <source>禁止性说法“{word}”</source>
        <translation>prohibition “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="16"/>
        <source>“{word}”引出的要求</source>
        <translation>requirements introduced by “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="17"/>
        <source>目标或安排“{word}”</source>
        <translation>target or plan “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="18"/>
        <source>表态“{word}”</source>
        <translation>commitment “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="19"/>
        <source>指示性动词“{word}”</source>
        <translation>directing verb “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="20"/>
        <source>“{word}”引出的话</source>
        <translation>words introduced by “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="21"/>
        <source>任务编号“{word}”</source>
        <translation>numbered task “{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="22"/>
        <source>报告任务部分中以动词开头的句子</source>
        <translation>a sentence that starts with a verb, in the report's tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="23"/>
        <source>接续发言人前面的话</source>
        <translation>goes on with the speaker's points</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="24"/>
        <source>在发言人的引语之内</source>
        <translation>inside the speaker's quotation</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="28"/>
        <source>本句点名</source>
        <translation>named in the sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="29"/>
        <source>“他/她”指前文点名的人</source>
        <translation>he or she: the person named before</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="30"/>
        <source>以职务称呼</source>
        <translation>called by title</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="31"/>
        <source>同一段中前面点名的发言人</source>
        <translation>named earlier in the paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="32"/>
        <source>报告的署名人</source>
        <translation>the report's byline</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="33"/>
        <source>机构或文件</source>
        <translation>a body or a document</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="34"/>
        <source>说话者不能确定为具体的人</source>
        <translation>a voice that cannot be named</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="37"/>
        <source>为何标出：{cue}</source>
        <translation>Why: {cue}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="38"/>
        <source>发言人：{speaker}（{how}）</source>
        <translation>Speaker: {speaker} ({how})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/explain.py" line="39"/>
        <source>未识别发言人</source>
        <translation>Speaker not identified</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <location filename="../../desktop/ui/plain.py" line="37"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
</TS>