<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Atlas</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaseMap</name>
    <message numerus="yes">
        <source>Offline: %n base map tile(s) of this view are not in the cache.</source>
        <translation>
            <numerusform>Offline: %n base map tile of this view is not in the cache.</numerusform>
            <numerusform>Offline: %n base map tiles of this view are not in the cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDetail</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s)</source>
        <translation type="unfinished">
            <numerusform>%n polygon</numerusform>
            <numerusform>%n polygons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mixed shape(s)</source>
        <translation type="unfinished">
            <numerusform>%n mixed shape</numerusform>
            <numerusform>%n mixed shapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>%n resource(s) written.</source>
        <translation type="unfinished">
            <numerusform>%n resource written.</numerusform>
            <numerusform>%n resources written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that Shift_JIS cannot hold were written as “?” (first: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation type="unfinished">
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Imported %n area(s) as the level “%1”.</source>
        <translation type="unfinished">
            <numerusform>Imported %n area as the level “%1”.</numerusform>
            <numerusform>Imported %n areas as the level “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Layer: %1 (%n feature(s))</source>
        <translation type="unfinished">
            <numerusform>Layer: %1 (%n feature)</numerusform>
            <numerusform>Layer: %1 (%n features)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parents found in the level “%1”; %n area(s) lie across more than one parent.</source>
        <translation type="unfinished">
            <numerusform>Parents found in the level “%1”; %n area lie across more than one parent.</numerusform>
            <numerusform>Parents found in the level “%1”; %n areas lie across more than one parent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more: export as PDF for the whole list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfList</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationReport</name>
    <message numerus="yes">
        <source>Population of %n area(s) imported from %1.</source>
        <translation>
            <numerusform>Population of %n area imported from %1.</numerusform>
            <numerusform>Population of %n areas imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no area of this level and were left out: %1</source>
        <translation>
            <numerusform>%n row names no area of this level and was left out: %1</numerusform>
            <numerusform>%n rows name no area of this level and were left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the level have no population: %1</source>
        <translation>
            <numerusform>%n area of the level has no population: %1</numerusform>
            <numerusform>%n areas of the level have no population: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::AddAreaLayerDialog</name>
    <message numerus="yes">
        <source>%1 (%n feature(s), %2)</source>
        <translation>
            <numerusform>%1 (%n feature, %2)</numerusform>
            <numerusform>%1 (%n features, %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::ExportDialog</name>
    <message numerus="yes">
        <source>%n resource(s) match the filter and will be exported.</source>
        <translation>
            <numerusform>%n resource match the filter and will be exported.</numerusform>
            <numerusform>%n resources match the filter and will be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::ImportController</name>
    <message numerus="yes">
        <source>%n resource(s) have no location yet.</source>
        <translation type="unfinished">
            <numerusform>%n resource have no location yet.</numerusform>
            <numerusform>%n resources have no location yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::ImportResourcesDialog</name>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>%n row in the file</numerusform>
            <numerusform>%n rows in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n resource(s) match</source>
        <translation>
            <numerusform>%1 of %n resource match</numerusform>
            <numerusform>%1 of %n resources match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) on the map</source>
        <translation>
            <numerusform>%n resource on the map</numerusform>
            <numerusform>%n resources on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without location</source>
        <translation>
            <numerusform> · %n without location</numerusform>
            <numerusform> · %n without location</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::ServerController</name>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: File ▸ Resolve Sync Conflicts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not saved on the server and were undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::ShortlistCompareDialog</name>
    <message numerus="yes">
        <source>%1: %n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::ShortlistController</name>
    <message numerus="yes">
        <source>%n added to 「%1」; %2 already in it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to 「%1」.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careatlas::SyncController</name>
    <message numerus="yes">
        <source>From the server: %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n edit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with other changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy figure(s) older than the server&apos;s were kept in its history only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) you deleted had been changed on the server and were brought back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were refused by the server (another centre&apos;s area, or no right to write); they stay in the copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved; the choices are sent at the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Created %1 with %n categories.</source>
        <translation>
            <numerusform>Created %1 with %n categories.</numerusform>
            <numerusform>Created %1 with %n categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n resource(s).</source>
        <translation>
            <numerusform>Wrote %1: %n resource.</numerusform>
            <numerusform>Wrote %1: %n resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) CP932 cannot hold were written as &apos;?&apos; (first: %1).</source>
        <translation>
            <numerusform>%n character CP932 cannot hold were written as &apos;?&apos; (first: %1).</numerusform>
            <numerusform>%n characters CP932 cannot hold were written as &apos;?&apos; (first: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n resource(s)</source>
        <translation>
            <numerusform>Wrote %1: %n resource</numerusform>
            <numerusform>Wrote %1: %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s)</source>
        <translation>
            <numerusform>Wrote %1: %n area</numerusform>
            <numerusform>Wrote %1: %n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the map %1: %n resource(s).</source>
        <translation>
            <numerusform>Wrote the map %1: %n resource.</numerusform>
            <numerusform>Wrote the map %1: %n resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n feature(s)</source>
        <translation>
            <numerusform>Wrote %1: %n feature</numerusform>
            <numerusform>Wrote %1: %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a location (empty geometry)</source>
        <translation>
            <numerusform>%n without a location (empty geometry)</numerusform>
            <numerusform>%n without a location (empty geometry)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable part(s) of the damaged file were skipped: compare the count with what you expect.</source>
        <translation>
            <numerusform>%n unreadable part of the damaged file was skipped: compare the count with what you expect.</numerusform>
            <numerusform>%n unreadable parts of the damaged file were skipped: compare the count with what you expect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n resource(s) to 「%1」.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Centre %1 (role %2) writes %n area(s); members: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
