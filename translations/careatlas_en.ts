<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>careatlas::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/window/MainWindow.cpp" line="+394"/>
        <source>%n resource(s) on the map</source>
        <translation>
            <numerusform>%n resource on the map</numerusform>
            <numerusform>%n resources on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n without location</source>
        <translation>
            <numerusform> · %n without location</numerusform>
            <numerusform> · %n without location</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../app/cli/CmdInit.cpp" line="+42"/>
        <source>Created %1 with %n categories.</source>
        <translation>
            <numerusform>Created %1 with %n categories.</numerusform>
            <numerusform>Created %1 with %n categories.</numerusform>
        </translation>
    </message>
</context>
</TS>
