<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- QGIS widgets the console shows whose own translations (package qgis-common) are not
     installed on a workstation that has only the QGIS libraries. Contexts are QGIS class names. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QgsMessageBar</name>
    <message>
        <source>Close All</source>
        <translation>全部关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>unread messages</comment>
        <translation>
            <numerusform>还有 %n 条</numerusform>
        </translation>
    </message>
</context>
</TS>
