<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../desktop/ui/models/annotation_model.py" line="36"/>
        <source>原文已不在</source>
        <translation>source text gone</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="410"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="410"/>
        <source>表述</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="27"/>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="39"/>
        <source>批注</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="31"/>
        <source>原文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="36"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="41"/>
        <source>用空格分隔，如：安全 责任</source>
        <translation>Separated by spaces, e.g. safety duty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/comment_dialog.py" line="42"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>DirectiveModel</name>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="66"/>
        <source>未识别发言人</source>
        <translation>Speaker not identified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="67"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="73"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="73"/>
        <source>表述</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="74"/>
        <source>%1｜%2</source>
        <translation>%1 | %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="32"/>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="117"/>
        <source>导出学习笔记</source>
        <translation>Export Study Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="35"/>
        <source>全体成员（学习记录）</source>
        <translation>All members (session record)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="40"/>
        <source>谁的笔记</source>
        <translation>Whose notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="42"/>
        <source>所有批注过的文章</source>
        <translation>Every annotated item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="45"/>
        <source>学习会：%1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="52"/>
        <source>本期：%1</source>
        <translation>This issue: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="55"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="58"/>
        <source>主要精神摘录</source>
        <translation>Key directives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="59"/>
        <source>批注与摘录</source>
        <translation>Highlights and comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="60"/>
        <source>心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="67"/>
        <source>按文章</source>
        <translation>By item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="68"/>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="69"/>
        <source>批注分组</source>
        <translation>Group comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="71"/>
        <source>公文字体（仿宋_GB2312、楷体_GB2312、方正小标宋简体）</source>
        <translation>Official fonts (FangSong_GB2312, KaiTi_GB2312, FZXiaoBiaoSong)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="72"/>
        <source>常用字体（仿宋、楷体、宋体）</source>
        <translation>Common fonts (FangSong, KaiTi, SimSun)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="73"/>
        <source>字体</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="74"/>
        <source>学习笔记.docx</source>
        <translation>study-notes.docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="75"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="80"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="84"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="92"/>
        <source>保存学习笔记</source>
        <translation>Save Study Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="118"/>
        <source>已导出到：
%1</source>
        <translation>Exported to:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="121"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/export_dialog.py" line="123"/>
        <source>打开所在文件夹</source>
        <translation>Open Folder</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/models/library_model.py" line="83"/>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/library_model.py" line="83"/>
        <source>简讯</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53"/>
        <location filename="../../desktop/ui/main_window.py" line="381"/>
        <source>研读 Yandu</source>
        <translation>Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>导入文件(&amp;I)…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>导入文件夹(&amp;D)…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>搜索全部文章（一个字起）</source>
        <translation>Search all items (from one character)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>要点：谁提出了什么</source>
        <translation>Directives: who laid down what</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>下一处(&amp;N)</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>上一处(&amp;P)</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>放大(&amp;+)</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>缩小(&amp;-)</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>原始大小(&amp;0)</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>标出要求</source>
        <translation>Mark Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>标出表述</source>
        <translation>Mark Statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>标出关键词</source>
        <translation>Mark Key Phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202"/>
        <source>关于研读(&amp;A)</source>
        <translation>&amp;About Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>界面语言</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>跟随系统</source>
        <translation>As the System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>重新打开研读后生效。</source>
        <translation>Takes effect when Yandu is opened again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="318"/>
        <source>%n 期</source>
        <translation><numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="318"/>
        <source>%n 篇</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324"/>
        <source>文库是空的</source>
        <translation>The library is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325"/>
        <source>导入文件…</source>
        <translation>Import Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>用“文件 → 导入文件…”或把简报文件、文件夹拖到窗口里。支持 .txt、.md、.html、.docx、.pdf。</source>
        <translation>Use File → Import Files… or drop bulletin files and folders on the window. Yandu reads .txt, .md, .html, .docx and .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="390"/>
        <source>本文没有识别出要求或表述。</source>
        <translation>No requirements or statements were found in this item.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="398"/>
        <source>“%1”在标题中</source>
        <translation>“%1” is in the headline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="441"/>
        <source>找到 %n 篇</source>
        <translation><numerusform>%n item found</numerusform><numerusform>%n items found</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="443"/>
        <source>没有文章包含“%1”</source>
        <translation>No item contains “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>第 %1/%2 处（F3 下一处）</source>
        <translation>Match %1 of %2 (F3: next)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="466"/>
        <source>导入简报</source>
        <translation>Import Bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="468"/>
        <source>简报 (*.txt *.md *.html *.htm *.docx *.pdf)</source>
        <translation>Bulletins (*.txt *.md *.html *.htm *.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="474"/>
        <source>导入文件夹</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="490"/>
        <source>正在导入，请稍候…</source>
        <translation>An import is running, please wait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="492"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="492"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="493"/>
        <location filename="../../desktop/ui/main_window.py" line="541"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="512"/>
        <source>正在导入 %1 / %2：%3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="532"/>
        <source>导入 %1 个文件，失败 %2 个。</source>
        <translation>Imported %1 files, %2 failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="553"/>
        <source>关于研读</source>
        <translation>About Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="554"/>
        <source>&lt;h3&gt;研读 Yandu %1&lt;/h3&gt;&lt;p&gt;学习简报的阅读、批注与学习笔记工具。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yandu %1&lt;/h3&gt;&lt;p&gt;Read, mark and take study notes on bulletins.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="26"/>
        <source>学习小组成员</source>
        <translation>Study Group Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="28"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="29"/>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="30"/>
        <source>颜色…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="58"/>
        <source>添加成员</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="58"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="67"/>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="67"/>
        <source>新姓名：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/members_dialog.py" line="76"/>
        <source>成员颜色</source>
        <translation>Member Colour</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="28"/>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="102"/>
        <source>学习会</source>
        <translation>Study Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="31"/>
        <source>理论学习中心组学习会</source>
        <translation>Theory study group session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="32"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="40"/>
        <source>学习时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="42"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="44"/>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="49"/>
        <source>主持人</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="53"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="53"/>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="53"/>
        <source>缺席原因</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="67"/>
        <source>参加人员</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/session_dialog.py" line="80"/>
        <source>学习内容</source>
        <translation>Studied</translation>
    </message>
</context>
<context>
    <name>StudyControls</name>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="60"/>
        <source>学习</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="62"/>
        <source> 成员 </source>
        <translation> Member </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="68"/>
        <source> 学习会 </source>
        <translation> Session </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="88"/>
        <source>划线：%1</source>
        <translation>Highlight: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="94"/>
        <source>批注(&amp;M)…</source>
        <translation>Co&amp;mment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="97"/>
        <source>整句划线</source>
        <translation>Highlight Whole Sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="99"/>
        <location filename="../../desktop/ui/study_controls.py" line="472"/>
        <source>删除批注</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="101"/>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="104"/>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="106"/>
        <source>显示其他成员的批注</source>
        <translation>Show Other Members' Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="111"/>
        <source>成员…</source>
        <translation>Members…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="112"/>
        <location filename="../../desktop/ui/study_controls.py" line="240"/>
        <source>新建学习会…</source>
        <translation>New Study Session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="113"/>
        <source>编辑学习会…</source>
        <translation>Edit Study Session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="115"/>
        <source>导出学习笔记(&amp;E)…</source>
        <translation>&amp;Export Study Notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="120"/>
        <source>学习(&amp;S)</source>
        <translation>&amp;Study</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="145"/>
        <location filename="../../desktop/ui/study_controls.py" line="191"/>
        <source>本文</source>
        <translation>This Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="146"/>
        <source>全部文章</source>
        <translation>All Items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="150"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="168"/>
        <source>编辑批注</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="170"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="175"/>
        <location filename="../../desktop/ui/study_controls.py" line="339"/>
        <location filename="../../desktop/ui/study_controls.py" line="414"/>
        <location filename="../../desktop/ui/study_controls.py" line="444"/>
        <source>批注</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="184"/>
        <source>写下对本文的心得体会，边写边自动保存。</source>
        <translation>Write your reflections on this item; every keystroke is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="187"/>
        <source>写下本次学习会的心得体会，边写边自动保存。</source>
        <translation>Write your reflections on this session; every keystroke is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="192"/>
        <source>本次学习会</source>
        <translation>This Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="193"/>
        <source>心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="206"/>
        <source>（选择成员）</source>
        <translation>(choose member)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="209"/>
        <source>全部成员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="213"/>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="220"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="235"/>
        <source>（不在学习会中）</source>
        <translation>(no session)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="274"/>
        <location filename="../../desktop/ui/study_controls.py" line="280"/>
        <source>添加成员</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="274"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="339"/>
        <source>先选择或添加你自己：批注属于每位成员。</source>
        <translation>First choose or add yourself: annotations belong to each member.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="356"/>
        <source>先在文章中选中要划线的文字。</source>
        <translation>First select the text to highlight.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="378"/>
        <source>把光标放在一句标出的要求或表述里。</source>
        <translation>Put the cursor inside a marked requirement or statement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="402"/>
        <source>先选中文字，或把光标放在自己的划线上。</source>
        <translation>Select text first, or put the cursor on one of your highlights.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="415"/>
        <source>这是%1的批注，只有本人可以修改。</source>
        <translation>This is %1's annotation; only its author can change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="446"/>
        <source>已删除批注（Ctrl+Z 撤销）</source>
        <translation>Annotation deleted (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="474"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study_controls.py" line="552"/>
        <source>原文已不在：“%1”</source>
        <translation>The source text is gone: “%1”</translation>
    </message>
</context>
</TS>