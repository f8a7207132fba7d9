<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../app/i18n/ErrorText.cpp" line="+14"/>
        <source>No error.</source>
        <translation>エラーはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作を取り消しました。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An argument is not valid.</source>
        <translation>引数が正しくありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be written.</source>
        <translation>ファイルに書き込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file already exists; CareAtlas does not overwrite it.</source>
        <translation>ファイルがすでにあります。CareAtlas は上書きしません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full.</source>
        <translation>ディスクの空き容量が足りません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a vector data source that GDAL can read.</source>
        <translation>GDAL で読み込めるベクターデータではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data source has no layer.</source>
        <translation>データにレイヤーがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer does not exist in the data source.</source>
        <translation>指定したレイヤーがデータにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field does not exist.</source>
        <translation>指定した項目（フィールド）がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate reference system is not valid.</source>
        <translation>座標参照系が正しくありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text encoding is not known.</source>
        <translation>文字コードが分かりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The geometry is not valid.</source>
        <translation>図形（ジオメトリ）が正しくありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a CSV text file.</source>
        <translation>CSV テキストファイルではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no columns that CareAtlas can use.</source>
        <translation>CareAtlas で使える列がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line of the file is too long.</source>
        <translation>ファイルの行が長すぎます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a CareAtlas store (GeoPackage).</source>
        <translation>CareAtlas のデータファイル（GeoPackage）ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store file is damaged.</source>
        <translation>データファイルが壊れています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store file is read-only.</source>
        <translation>データファイルは読み取り専用です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was written by a newer version of CareAtlas.</source>
        <translation>新しいバージョンの CareAtlas で作成されたデータファイルです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store could not be read or written.</source>
        <translation>データファイルの読み書きができませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item was not found.</source>
        <translation>該当するものが見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>An internal error occurred.</source>
        <translation>内部エラーが発生しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field %1</source>
        <translation>項目 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="+44"/>
        <source>CareAtlas stores (*.gpkg);;All files (*)</source>
        <translation>CareAtlas ストア (*.gpkg);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <location filename="../geo/render/MapRenderer.cpp" line="+126"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>careatlas::MainWindow</name>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="+32"/>
        <source>%1° N  %2° E</source>
        <translation>北緯 %1°  東経 %2°</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+162"/>
        <source>Scale 1:%1</source>
        <translation>縮尺 1:%1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったストア(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area &amp;Levels</source>
        <translation>区域レベル(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main Tool Bar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Store…</source>
        <translation>新規ストア(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty CareAtlas store</source>
        <translation>空の CareAtlas ストアを作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Store…</source>
        <translation>ストアを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CareAtlas store (.gpkg)</source>
        <translation>CareAtlas ストア (.gpkg) を開きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Data</source>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the bundled sample city (fictional data)</source>
        <translation>同梱のサンプル市（架空のデータ）を開きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Map as Image…</source>
        <translation>地図を画像として保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Extent</source>
        <translation>全体表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous view</source>
        <translation>前の表示範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next view</source>
        <translation>次の表示範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;gend</source>
        <translation>凡例(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster Crowded Resources</source>
        <translation>密集した資源をまとめて表示(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area &amp;Names</source>
        <translation>区域名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CareAtlas</source>
        <translation>CareAtlas について(&amp;A)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Drop a CareAtlas store (.gpkg) to open it.</source>
        <translation>CareAtlas ストア (.gpkg) をドロップすると開きます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open %1.</source>
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CareAtlas</source>
        <translation>CareAtlas</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n resource(s) on the map</source>
        <translation>
            <numerusform>地図上の資源 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n without location</source>
        <translation>
            <numerusform> · 位置未設定 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CareAtlas — Regional Resource Map</source>
        <translation>CareAtlas 地域資源マップ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New Store</source>
        <translation>新規ストア</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Could not create %1.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Store</source>
        <translation>ストアを開く</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The demo data is not available.</source>
        <translation>デモデータが見つかりません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Map as Image</source>
        <translation>地図を画像として保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save %1.</source>
        <translation>%1 を保存できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About CareAtlas</source>
        <translation>CareAtlas について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;CareAtlas %1&lt;/h3&gt;&lt;p&gt;A regional resource map for community-based integrated care: medical, care, housing and community resources on one map, to find, filter and share.&lt;/p&gt;&lt;p&gt;Built with Qt, GDAL/OGR (PROJ), SQLite and Boost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CareAtlas %1&lt;/h3&gt;&lt;p&gt;地域包括ケアのための地域資源マップ：医療・介護・住まい・地域の資源を一つの地図で探し、絞り込み、共有できます。&lt;/p&gt;&lt;p&gt;Qt、GDAL/OGR (PROJ)、SQLite、Boost を使用しています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>careatlas::MapCanvas</name>
    <message>
        <location filename="../app/canvas/MapCanvas.cpp" line="+383"/>
        <source>Tel.</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+48"/>
        <source>Try &apos;careatlas-cli %1 --help&apos;.</source>
        <translation>&apos;careatlas-cli %1 --help&apos; で使い方を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+17"/>
        <source>Usage: careatlas-cli [--lang ja|en] COMMAND [OPTIONS]
CareAtlas regional resource map, command-line interface.

Commands:
</source>
        <translation>使い方: careatlas-cli [--lang ja|en] コマンド [オプション]
CareAtlas 地域資源マップのコマンドライン版です。

コマンド:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
General options:
  --help       Show this help
  --version    Show the version
  --lang L     Language of messages (ja or en; default: system)

Run &apos;careatlas-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
共通オプション:
  --help       この説明を表示
  --version    バージョンを表示
  --lang L     メッセージの言語（ja または en。既定はシステムの設定）

コマンドごとのオプションは &apos;careatlas-cli コマンド --help&apos; で表示します。
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>careatlas-cli: unknown command &apos;%1&apos;</source>
        <translation>careatlas-cli: &apos;%1&apos; というコマンドはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdInit.cpp" line="+14"/>
        <source>Create an empty CareAtlas store (a GeoPackage) with the default catalogue.</source>
        <translation>既定の分類を入れた空の CareAtlas データファイル（GeoPackage）を作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of the new store file (.gpkg)</source>
        <translation>新しいデータファイルのパス（.gpkg）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/CmdRender.cpp" line="+28"/>
        <source>Print the result as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/CmdRender.cpp" line="+9"/>
        <source>expected exactly one STORE path</source>
        <translation>データファイルのパスを1つだけ指定してください</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Created %1 with %n categories.</source>
        <translation>
            <numerusform>%1 を作成しました（分類 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+14"/>
        <source>Create an empty store with the default catalogue</source>
        <translation>既定の分類を入れた空のデータファイルを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render a store&apos;s map to an image</source>
        <translation>ストアの地図を画像に描画する</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdRender.cpp" line="-18"/>
        <source>Render the map of a store (its full extent) to a PNG or JPEG image.</source>
        <translation>ストアの地図（全体）を PNG または JPEG 画像に描画します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file (.gpkg)</source>
        <translation>ストアファイル (.gpkg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image file to write (.png or .jpg)</source>
        <translation>書き出す画像ファイル (.png または .jpg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in pixels (default 1600)</source>
        <translation>幅（ピクセル、既定 1600）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels (default 1200)</source>
        <translation>高さ（ピクセル、既定 1200）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device pixel ratio, e.g. 2 for a HiDPI image (default 1)</source>
        <translation>デバイスピクセル比（高解像度画像なら 2 など、既定 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the legend</source>
        <translation>凡例を描く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw every resource, never counted clusters</source>
        <translation>資源をまとめず、すべて個別に描く</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out FILE is required</source>
        <translation>--out FILE を指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>width and height must be between 64 and 20000 pixels</source>
        <translation>幅と高さは 64〜20000 ピクセルで指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pixel ratio must be between 0.5 and 4</source>
        <translation>ピクセル比は 0.5〜4 で指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the output must be a .png or .jpg file</source>
        <translation>出力は .png または .jpg ファイルにしてください</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 を書き出しました（%2 × %3 ピクセル）。</translation>
    </message>
</context>
</TS>
