<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../app/i18n/ErrorText.cpp" line="+14" />
        <source>No error.</source>
        <translation>エラーはありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作を取り消しました。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An argument is not valid.</source>
        <translation>引数が正しくありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file cannot be written.</source>
        <translation>ファイルに書き込めません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file already exists; CareAtlas does not overwrite it.</source>
        <translation>ファイルがすでにあります。CareAtlas は上書きしません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The disk is full.</source>
        <translation>ディスクの空き容量が足りません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is not a vector data source that GDAL can read.</source>
        <translation>GDAL で読み込めるベクターデータではありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The data source has no layer.</source>
        <translation>データにレイヤーがありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The layer does not exist in the data source.</source>
        <translation>指定したレイヤーがデータにありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The field does not exist.</source>
        <translation>指定した項目（フィールド）がありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The coordinate reference system is not valid.</source>
        <translation>座標参照系が正しくありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The text encoding is not known.</source>
        <translation>文字コードが分かりません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The geometry is not valid.</source>
        <translation>図形（ジオメトリ）が正しくありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is not a CSV text file.</source>
        <translation>CSV テキストファイルではありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file has no columns that CareAtlas can use.</source>
        <translation>CareAtlas で使える列がありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A line of the file is too long.</source>
        <translation>ファイルの行が長すぎます。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is not a CareAtlas store (GeoPackage).</source>
        <translation>CareAtlas のデータファイル（GeoPackage）ではありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store file is damaged.</source>
        <translation>データファイルが壊れています。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store file is read-only.</source>
        <translation>データファイルは読み取り専用です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store was written by a newer version of CareAtlas.</source>
        <translation>新しいバージョンの CareAtlas で作成されたデータファイルです。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store could not be read or written.</source>
        <translation>データファイルの読み書きができませんでした。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The item was not found.</source>
        <translation>該当するものが見つかりません。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>An internal error occurred.</source>
        <translation>内部エラーが発生しました。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>field %1</source>
        <translation>項目 %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+48" />
        <source>Try 'careatlas-cli %1 --help'.</source>
        <translation>'careatlas-cli %1 --help' で使い方を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+17" />
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
        <location line="+6" />
        <source>
General options:
  --help       Show this help
  --version    Show the version
  --lang L     Language of messages (ja or en; default: system)

Run 'careatlas-cli COMMAND --help' for a command's options.
</source>
        <translation>
共通オプション:
  --help       この説明を表示
  --version    バージョンを表示
  --lang L     メッセージの言語（ja または en。既定はシステムの設定）

コマンドごとのオプションは 'careatlas-cli コマンド --help' で表示します。
</translation>
    </message>
    <message>
        <location line="+57" />
        <source>careatlas-cli: unknown command '%1'</source>
        <translation>careatlas-cli: '%1' というコマンドはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdInit.cpp" line="+14" />
        <source>Create an empty CareAtlas store (a GeoPackage) with the default catalogue.</source>
        <translation>既定の分類を入れた空の CareAtlas データファイル（GeoPackage）を作成します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Path of the new store file (.gpkg)</source>
        <translation>新しいデータファイルのパス（.gpkg）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the result as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected exactly one STORE path</source>
        <translation>データファイルのパスを1つだけ指定してください</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Created %1 with %n categories.</source>
        <translation><numerusform>%1 を作成しました（分類 %n 件）。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+13" />
        <source>Create an empty store with the default catalogue</source>
        <translation>既定の分類を入れた空のデータファイルを作成</translation>
    </message>
</context>
</TS>