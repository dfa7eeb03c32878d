<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="38"/>
        <source>研读 Yandu</source>
        <translation>Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="65"/>
        <source>导入文件(&amp;I)…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68"/>
        <source>导入文件夹(&amp;D)…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>关于研读(&amp;A)</source>
        <translation>&amp;About Yandu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>%n 期</source>
        <translation><numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>%n 篇</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>文库是空的</source>
        <translation>The library is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>用“文件 → 导入文件…”或把简报文件、文件夹拖到窗口里。支持 .txt、.md、.html、.docx、.pdf。</source>
        <translation>Use File → Import Files… or drop bulletin files and folders on the window. Yandu reads .txt, .md, .html, .docx and .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>简讯</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>导入简报</source>
        <translation>Import Bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>简报 (*.txt *.md *.html *.htm *.docx *.pdf)</source>
        <translation>Bulletins (*.txt *.md *.html *.htm *.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>导入文件夹</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <location filename="../../desktop/ui/main_window.py" line="220"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>正在导入 %1 / %2：%3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>导入 %1 个文件，失败 %2 个。</source>
        <translation>Imported %1 files, %2 failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>关于研读</source>
        <translation>About Yandu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>&lt;h3&gt;研读 Yandu %1&lt;/h3&gt;&lt;p&gt;学习简报的阅读、批注与学习笔记工具。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yandu %1&lt;/h3&gt;&lt;p&gt;Read, mark and take study notes on bulletins.&lt;/p&gt;</translation>
    </message>
</context>
</TS>