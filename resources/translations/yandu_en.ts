<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="294"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/article_view.py" line="294"/>
        <source>表述</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>DirectiveModel</name>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="64"/>
        <source>未识别发言人</source>
        <translation>Speaker not identified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="71"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directive_model.py" line="71"/>
        <source>表述</source>
        <translation>Statement</translation>
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
        <location filename="../../desktop/ui/main_window.py" line="45"/>
        <source>研读 Yandu</source>
        <translation>Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>导入文件(&amp;I)…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>导入文件夹(&amp;D)…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>搜索全部文章（一个字起）</source>
        <translation>Search all items (from one character)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <source>要点：谁提出了什么</source>
        <translation>Directives: who laid down what</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>下一处(&amp;N)</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>上一处(&amp;P)</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <source>放大(&amp;+)</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>缩小(&amp;-)</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>原始大小(&amp;0)</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>标出要求</source>
        <translation>Mark Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>标出表述</source>
        <translation>Mark Statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>标出关键词</source>
        <translation>Mark Key Phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>关于研读(&amp;A)</source>
        <translation>&amp;About Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>界面语言</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>跟随系统</source>
        <translation>As the System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>重新打开研读后生效。</source>
        <translation>Takes effect when Yandu is opened again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>%n 期</source>
        <translation><numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>%n 篇</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <source>文库是空的</source>
        <translation>The library is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>用“文件 → 导入文件…”或把简报文件、文件夹拖到窗口里。支持 .txt、.md、.html、.docx、.pdf。</source>
        <translation>Use File → Import Files… or drop bulletin files and folders on the window. Yandu reads .txt, .md, .html, .docx and .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>本文没有识别出要求或表述。</source>
        <translation>No requirements or statements were found in this item.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>找到 %n 篇</source>
        <translation><numerusform>%n item found</numerusform><numerusform>%n items found</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>没有文章包含“%1”</source>
        <translation>No item contains “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>第 %1/%2 处（F3 下一处）</source>
        <translation>Match %1 of %2 (F3: next)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>导入简报</source>
        <translation>Import Bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>简报 (*.txt *.md *.html *.htm *.docx *.pdf)</source>
        <translation>Bulletins (*.txt *.md *.html *.htm *.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <source>导入文件夹</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source>正在导入，请稍候…</source>
        <translation>An import is running, please wait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="378"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="378"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <location filename="../../desktop/ui/main_window.py" line="417"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>正在导入 %1 / %2：%3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="412"/>
        <source>导入 %1 个文件，失败 %2 个。</source>
        <translation>Imported %1 files, %2 failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="426"/>
        <source>关于研读</source>
        <translation>About Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="427"/>
        <source>&lt;h3&gt;研读 Yandu %1&lt;/h3&gt;&lt;p&gt;学习简报的阅读、批注与学习笔记工具。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yandu %1&lt;/h3&gt;&lt;p&gt;Read, mark and take study notes on bulletins.&lt;/p&gt;</translation>
    </message>
</context>
</TS>