<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AreaMatrix</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Area level</source>
        <translation>区域の階層</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>区域コード</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>総人口</translation>
    </message>
    <message>
        <source>Aged 65+</source>
        <translation>65 歳以上人口</translation>
    </message>
    <message>
        <source>Aged 75+</source>
        <translation>75 歳以上人口</translation>
    </message>
    <message>
        <source>Per 1,000 aged 65+</source>
        <translation>65 歳以上人口千人当たり</translation>
    </message>
    <message>
        <source>Per 1,000 aged 75+</source>
        <translation>75 歳以上人口千人当たり</translation>
    </message>
    <message>
        <source>Capacity per 1,000 aged 65+</source>
        <translation>定員（65 歳以上人口千人当たり）</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>時点不明</translation>
    </message>
    <message>
        <source>Population as of %1 (%2); rates count the resources of the rated categories per 1,000 residents of that age.</source>
        <translation>人口：%1時点（%2）。千人当たりの数は、対象の種別の資源数をその年齢の人口千人当たりで表したものです。</translation>
    </message>
    <message>
        <source>Area within %1 km (%)</source>
        <translation>%1 km 圏内の面積（%）</translation>
    </message>
    <message>
        <source>Residents within %1 km (%)</source>
        <translation>%1 km 圏内の人口（%）</translation>
    </message>
    <message>
        <source>Aged 65+ within %1 km (%)</source>
        <translation>%1 km 圏内の 65 歳以上人口（%）</translation>
    </message>
    <message>
        <source>Within %1 km: the share of each area&apos;s surface within %1 km (straight line) of at least one resource of the rated categories; residents by the population of the %2 level, each of its areas weighted by the covered share of its surface.</source>
        <translation>%1 km 圏内：各区域の面積のうち、集計する種別の資源のいずれかから直線で %1 km 以内にある割合。人口は%2 の人口から、その各区域の人口に面積の圏内割合を掛けて求めています。</translation>
    </message>
    <message>
        <source>Within %1 km: the share of each area&apos;s surface within %1 km (straight line) of at least one resource of the rated categories.</source>
        <translation>%1 km 圏内：各区域の面積のうち、集計する種別の資源のいずれかから直線で %1 km 以内にある割合。</translation>
    </message>
</context>
<context>
    <name>AreaReport</name>
    <message>
        <source>chosen by the user</source>
        <translation>ユーザーが指定</translation>
    </message>
    <message>
        <source>read from the file</source>
        <translation>ファイルから読み取り</translation>
    </message>
    <message>
        <source>unclosed rings were closed</source>
        <translation>閉じていないリングを閉じました</translation>
    </message>
    <message>
        <source>rings with fewer than three corners were removed</source>
        <translation>頂点が3つ未満のリングを削除しました</translation>
    </message>
    <message>
        <source>the outline crossed itself or was otherwise invalid and was repaired</source>
        <translation>輪郭が自己交差しているなど不正だったため修復しました</translation>
    </message>
    <message>
        <source>sliver parts smaller than about 1 m² were removed</source>
        <translation>約1 m²未満の細片を削除しました</translation>
    </message>
    <message>
        <source>only the polygons of a geometry collection were kept</source>
        <translation>ジオメトリコレクションのうちポリゴンだけを残しました</translation>
    </message>
    <message>
        <source>curves were replaced by straight segments</source>
        <translation>曲線を直線の線分に置き換えました</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>地物にジオメトリがありません</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>ジオメトリが空です</translation>
    </message>
    <message>
        <source>the geometry is not a polygon</source>
        <translation>ジオメトリがポリゴンではありません</translation>
    </message>
    <message>
        <source>the geometry could not be repaired</source>
        <translation>ジオメトリを修復できませんでした</translation>
    </message>
    <message>
        <source>nothing was left of the geometry after repair</source>
        <translation>修復後にジオメトリが何も残りませんでした</translation>
    </message>
    <message>
        <source>the feature could not be read from the file</source>
        <translation>ファイルから地物を読み取れませんでした</translation>
    </message>
    <message>
        <source>the coordinates could not be transformed to JGD2011</source>
        <translation>座標をJGD2011 に変換できませんでした</translation>
    </message>
    <message>
        <source>the name is empty; the code is used as the name</source>
        <translation>名称が空のため、コードを名称として使います</translation>
    </message>
    <message>
        <source>the code is empty; the feature number is used as the code</source>
        <translation>コードが空のため、地物の番号をコードとして使います</translation>
    </message>
    <message>
        <source>features with the same code were merged into one area</source>
        <translation>同じコードの地物を 1 つの区域に統合しました</translation>
    </message>
    <message>
        <source>no code field: the names are used as codes</source>
        <translation>コードのフィールドがないため、名称をコードとして使います</translation>
    </message>
    <message>
        <source>no code field and the names repeat: the feature numbers are used as codes</source>
        <translation>コードのフィールドがなく名称も重複しているため、地物の番号をコードとして使います</translation>
    </message>
    <message>
        <source>the name looks garbled (mojibake); check the encoding</source>
        <translation>名称が文字化けしているようです。文字コードを確認してください</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>地物 %1</translation>
    </message>
    <message>
        <source>File: %1 (%2), layer %3</source>
        <translation>ファイル：%1（%2）、レイヤー %3</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>レイヤー：%1</translation>
    </message>
    <message>
        <source>Features: %1; areas: %2</source>
        <translation>地物：%1、区域：%2</translation>
    </message>
    <message>
        <source>CRS: %1 %2 (%3)</source>
        <translation>座標参照系：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Extent (lon/lat): %1, %2 – %3, %4</source>
        <translation>範囲（経度/緯度）：%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>文字コード：%1（%2）</translation>
    </message>
    <message>
        <source>Name field: %1 (%2)</source>
        <translation>名称のフィールド：%1（%2）</translation>
    </message>
    <message>
        <source>Code field: %1 (%2)</source>
        <translation>コードのフィールド：%1（%2）</translation>
    </message>
    <message>
        <source>WARNING: the names look garbled (mojibake); the file&apos;s text was probably decoded with the wrong encoding before it was written, or the chosen encoding is wrong.</source>
        <translation>警告：名称が文字化けしているようです。ファイルが書き出される前に誤った文字コードで変換されたか、指定した文字コードが誤っています。</translation>
    </message>
    <message>
        <source>  field %1: %2 of %3 values look garbled, e.g. %4</source>
        <translation>  フィールド %1： %3 件中 %2 件の値が文字化けしているようです。例：%4</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>  (garbled?)</source>
        <translation>  （文字化け？）</translation>
    </message>
    <message>
        <source>Repaired:</source>
        <translation>修復：</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>除外：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注記：</translation>
    </message>
    <message>
        <source>Imported %1 areas into level %2.</source>
        <translation>%1 件の区域を階層 %2 に取り込みました。</translation>
    </message>
    <message>
        <source>No level above holds areas: these areas have no parent.</source>
        <translation>上位の階層に区域がないため、これらの区域には上位区域がありません。</translation>
    </message>
    <message>
        <source>Parents from level %1 (%2):</source>
        <translation>階層 %1 の上位区域（%2）：</translation>
    </message>
    <message>
        <source>split: %1</source>
        <translation>分割：%1</translation>
    </message>
    <message>
        <source>outside every area of the level above</source>
        <translation>上位階層のどの区域にも含まれません</translation>
    </message>
    <message>
        <source>parent code %1 is not in the level above</source>
        <translation>上位区域のコード %1 は上位階層にありません</translation>
    </message>
    <message>
        <source>%1 areas of level %2 got a new parent.</source>
        <translation>階層 %2 の %1 件の区域の上位区域を付け直しました。</translation>
    </message>
    <message>
        <source>Resources: %1 in an area, %2 outside every area, %3 without a location.</source>
        <translation>資源：区域内 %1 件、どの区域にも含まれない %2 件、位置なし %3 件。</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates are degrees around Japan, taken as JGD2011 (EPSG:6668); choose Tokyo datum (EPSG:4301) if the data is older than 2002</source>
        <translation>ファイルに座標参照系がありません。座標が日本付近の経緯度（度）のため JGD2011（EPSG:6668）とみなしました。2002年より前のデータなら日本測地系（EPSG:4301）を選んでください</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates are plane-rectangular metres, and zone %1 puts them nearest the project&apos;s data; check the zone</source>
        <translation>ファイルに座標参照系がありません。座標は平面直角座標（メートル）で、第%1系がプロジェクトのデータに最も近い位置になります。系を確認してください</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates are plane-rectangular metres; zone VII (Ishikawa) is assumed, choose the zone of the data&apos;s prefecture if it differs</source>
        <translation>ファイルに座標参照系がありません。座標は平面直角座標（メートル）です。第VII系（石川県など）とみなしました。データの都道府県の系が異なる場合は選び直してください</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates look like UTM metres; JGD2011 UTM is assumed, check the zone</source>
        <translation>ファイルに座標参照系がありません。座標は UTM（メートル）のようなので JGD2011 の UTM とみなしました。ゾーンを確認してください</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates look like Web Mercator metres (EPSG:3857)</source>
        <translation>ファイルに座標参照系がありません。座標はWeb メルカトル（EPSG:3857、メートル）のようです</translation>
    </message>
    <message>
        <source>%1 holds the name in the %2 layout</source>
        <translation>%2 の形式では %1 が名称です</translation>
    </message>
    <message>
        <source>the field is called %1, which looks like a name</source>
        <translation>フィールド名 %1 が名称らしいため</translation>
    </message>
    <message>
        <source>%1 is the first text field whose values are all different</source>
        <translation>%1 は値がすべて異なる最初の文字列フィールドです</translation>
    </message>
    <message>
        <source>%1 is the first text field</source>
        <translation>%1 は最初の文字列フィールドです</translation>
    </message>
    <message>
        <source>no field looks like a name</source>
        <translation>名称らしいフィールドがありません</translation>
    </message>
    <message>
        <source>%1 holds the code in the %2 layout</source>
        <translation>%2 の形式では %1 がコードです</translation>
    </message>
    <message>
        <source>the field is called %1, which looks like a code, and its values are filled in and mostly different; features sharing a code are merged</source>
        <translation>フィールド名 %1 がコードらしく、値がすべて入っていてほぼ重複しないため。同じコードの地物は統合します</translation>
    </message>
    <message>
        <source>no field looks like a code with values that are filled in and mostly different; codes are made from the names or the feature order</source>
        <translation>値がすべて入っていてほぼ重複しないコードらしいフィールドがないため、名称または地物の順番からコードを作ります</translation>
    </message>
    <message>
        <source>the .cpg file says %1</source>
        <translation>.cpg ファイルの指定（%1）</translation>
    </message>
    <message>
        <source>the text is plain ASCII</source>
        <translation>文字列はASCII だけです</translation>
    </message>
    <message>
        <source>chosen by the user, but some bytes are not valid %1</source>
        <translation>ユーザーが指定しましたが、一部のバイト列は %1 として正しくありません</translation>
    </message>
    <message>
        <source>%1 files are UTF-8</source>
        <translation>%1 ファイルは UTF-8 です</translation>
    </message>
    <message>
        <source>the index file %1 is missing; it was rebuilt from the .shp in memory (nothing was written)</source>
        <translation>インデックスファイル %1 がないため、.shp からメモリ上で作り直しました（ファイルには何も書き込んでいません）</translation>
    </message>
    <message>
        <source>the attribute file %1 is missing: only the geometry was read, the areas are numbered; rename them after the import</source>
        <translation>属性ファイル %1 がないため、図形だけを読み込み、区域には番号を付けました。取り込み後に名称を付けてください</translation>
    </message>
    <message>
        <source>the CRS file %1 does not describe a CRS and was ignored</source>
        <translation>座標参照系のファイル %1 は座標参照系を記述していないため、使いませんでした</translation>
    </message>
    <message>
        <source>the code-page file %1 does not name a text encoding and was ignored</source>
        <translation>文字コードのファイル %1 は文字コードを指定していないため、使いませんでした</translation>
    </message>
    <message>
        <source>the .shp holds %1 shapes but the .dbf %2 records: names and codes may not belong to their shapes</source>
        <translation>.shp の図形は %1 件、.dbf のレコードは %2 件です。名称とコードが図形と対応していない可能性があります</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates could be degrees, but not around Japan</source>
        <translation>ファイルに座標参照系がありません。座標は経緯度（度）の可能性がありますが、日本付近ではありません</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates look like metres, but read as plane-rectangular they do not land in Japan</source>
        <translation>ファイルに座標参照系がありません。座標はメートルのようですが、平面直角座標として読むと日本の位置になりません</translation>
    </message>
    <message>
        <source>the file has no CRS; its coordinates look like UTM metres, but not of a zone in Japan</source>
        <translation>ファイルに座標参照系がありません。座標は UTM（メートル）のようですが、日本のゾーンではありません</translation>
    </message>
    <message>
        <source>the file has no CRS and its coordinates fit no CRS of Japan</source>
        <translation>ファイルに座標参照系がなく、座標が日本のどの座標参照系にも当てはまりません</translation>
    </message>
    <message>
        <source>国土数値情報 A27 holds elementary-school districts</source>
        <translation>国土数値情報 A27 は小学校区です</translation>
    </message>
    <message>
        <source>国土数値情報 N03 holds municipalities</source>
        <translation>国土数値情報 N03 は行政区域（市区町村）です</translation>
    </message>
    <message>
        <source>the file or layer name says %1</source>
        <translation>ファイル名またはレイヤー名に「%1」とあります</translation>
    </message>
    <message>
        <source>most area names end with %1</source>
        <translation>ほとんどの区域名が「%1」で終わっています</translation>
    </message>
    <message>
        <source>the .cpg file says %1, but the bytes cannot be %2</source>
        <translation>.cpg ファイルの指定は %1 ですが、バイト列は %2 ではありえません</translation>
    </message>
    <message>
        <source>the DBF language id (LDID) %1 says %2</source>
        <translation>DBF の言語 ID（LDID）%1 の指定（%2）</translation>
    </message>
    <message>
        <source>the DBF language id (LDID) %1 says %2, but the bytes cannot be %2</source>
        <translation>DBF の言語 ID（LDID）%1 の指定は %2 ですが、バイト列は %2 ではありえません</translation>
    </message>
    <message>
        <source>no .cpg file or DBF language id</source>
        <translation>.cpg ファイルも DBF の言語 IDもありません</translation>
    </message>
    <message>
        <source>%1; the bytes read best as %2</source>
        <translation>%1。バイト列は %2 として最も自然に読めます</translation>
    </message>
    <message>
        <source>%1; the bytes are not clean text in any encoding CareAtlas knows; read as CP932, check the names</source>
        <translation>%1。バイト列は CareAtlas が知っているどの文字コードでも正しく読めないため、CP932 として読みました。名称を確認してください</translation>
    </message>
    <message>
        <source>国土数値情報 A27 (小学校区)</source>
        <translation>国土数値情報 A27（小学校区）</translation>
    </message>
    <message>
        <source>国土数値情報 A27 (小学校区, old layout)</source>
        <translation>国土数値情報 A27（小学校区・旧様式）</translation>
    </message>
    <message>
        <source>国土数値情報 A32 (中学校区)</source>
        <translation>国土数値情報 A32（中学校区）</translation>
    </message>
    <message>
        <source>国土数値情報 A32 (中学校区, old layout)</source>
        <translation>国土数値情報 A32（中学校区・旧様式）</translation>
    </message>
    <message>
        <source>国土数値情報 N03 (行政区域)</source>
        <translation>国土数値情報 N03（行政区域）</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>地物 %1（%2）</translation>
    </message>
    <message>
        <source>its outline could not be read, so its parent is not known</source>
        <translation>形が読み取れないため、上位区域がわかりません</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>Atlas of %1</source>
        <translation>%1 地図帳</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>No resources in this area.</source>
        <translation>この区域に資源はありません。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Resources (per 1,000 aged 65+; %1 residents aged 65+): %2</source>
        <translation>区域の資源（括弧内は 65 歳以上人口千人当たり、65 歳以上人口 %1 人）：%2</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>区域の資源：%1</translation>
    </message>
    <message>
        <source>population: %1 (%2)</source>
        <translation>人口：%1（%2）</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>時点不明</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>BaseMap</name>
    <message>
        <source>Base map server not reachable (%1): showing the tiles at hand.</source>
        <translation>背景地図のサーバーに接続できません（%1）。手元のタイルで表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n base map tile(s) of this view are not in the cache.</source>
        <translation>
            <numerusform>オフライン：この表示の背景地図タイル %Ln 枚がキャッシュにありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、列「%2」：%3</translation>
    </message>
</context>
<context>
    <name>ErrorDetail</name>
    <message>
        <source>It holds binary data (zero bytes), as images and spreadsheet files do.</source>
        <translation>画像や表計算ソフトのファイルのように、文字ではないデータ（値が 0 のバイト）を含んでいます。</translation>
    </message>
    <message>
        <source>Its text is neither UTF-8, UTF-16 nor CP932 (Shift_JIS).</source>
        <translation>文字コードが UTF-8・UTF-16・CP932（Shift_JIS）のどれでもありません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>It is not a file (a folder, say).</source>
        <translation>ファイルではありません（フォルダーなど）。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>ファイルが %1 MB より大きいです。</translation>
    </message>
    <message>
        <source>This system cannot write CP932 (Shift_JIS).</source>
        <translation>この環境では CP932（Shift_JIS）で書き出せません。</translation>
    </message>
    <message>
        <source>Each line needs a code and a name.</source>
        <translation>各行にコードと名称が必要です。</translation>
    </message>
    <message>
        <source>The code “%1” is given twice.</source>
        <translation>コード「%1」が 2 回あります。</translation>
    </message>
    <message>
        <source>No column holds the names. The headers are: %1</source>
        <translation>名称の列がありません。見出し：%1</translation>
    </message>
    <message>
        <source>The headers are not those of the layout %1. The headers are: %2</source>
        <translation>見出しが様式「%1」のものではありません。見出し：%2</translation>
    </message>
    <message>
        <source>Proposed: column %1 “%2” (%3)</source>
        <translation>候補：%1 列目「%2」（%3）</translation>
    </message>
    <message>
        <source>There is no category “%1”.</source>
        <translation>種別「%1」はありません。</translation>
    </message>
    <message>
        <source>No column gives the category (type, service or medical department), and no default category is chosen.</source>
        <translation>種別を表す列（種類・サービス・診療科など）がなく、既定の種別も指定されていません。</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>項目「%1」はありません。</translation>
    </message>
    <message>
        <source>The header given for “%1” is not text.</source>
        <translation>「%1」に指定した見出しが文字列ではありません。</translation>
    </message>
    <message>
        <source>It is not an address reference file: the columns 都道府県名, 市区町村名, 大字町丁目名, 緯度 and 経度 are needed.</source>
        <translation>位置参照情報のファイルではありません。都道府県名・市区町村名・大字町丁目名・緯度・経度の列が必要です。</translation>
    </message>
    <message>
        <source>The page size in the file&apos;s header is not valid.</source>
        <translation>ファイルの先頭に記録されたページサイズが正しくありません。</translation>
    </message>
    <message>
        <source>The file ends in the middle of a page: it was cut short.</source>
        <translation>ファイルがページの途中で終わっています。途中で切れています。</translation>
    </message>
    <message>
        <source>The file is shorter than its header says: it was cut short.</source>
        <translation>ファイルが先頭に記録された長さより短くなっています。途中で切れています。</translation>
    </message>
    <message>
        <source>It is an SQLite database, but not a GeoPackage.</source>
        <translation>SQLite のデータベースですが、GeoPackage ではありません。</translation>
    </message>
    <message>
        <source>It is a GeoPackage, but not a CareAtlas store.</source>
        <translation>GeoPackage ですが、CareAtlas のデータファイルではありません。</translation>
    </message>
    <message>
        <source>Store format version %1.</source>
        <translation>データファイルの形式の版：%1</translation>
    </message>
    <message>
        <source>A resource needs a name.</source>
        <translation>資源には名称が必要です。</translation>
    </message>
    <message>
        <source>A resource needs a category.</source>
        <translation>資源には種別が必要です。</translation>
    </message>
    <message>
        <source>The coordinates are out of range.</source>
        <translation>座標が範囲外です。</translation>
    </message>
    <message>
        <source>Resource ID %1.</source>
        <translation>資源 ID %1</translation>
    </message>
    <message>
        <source>Area level “%1”.</source>
        <translation>区域の階層「%1」</translation>
    </message>
    <message>
        <source>The shape data is damaged.</source>
        <translation>図形のデータが壊れています。</translation>
    </message>
    <message>
        <source>The shapes are empty.</source>
        <translation>図形が空です。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称が空です。</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>コードが空です。</translation>
    </message>
    <message>
        <source>The code “%1” is already used.</source>
        <translation>コード「%1」はすでに使われています。</translation>
    </message>
    <message>
        <source>The level code “%1” must start with a lower-case letter and hold only lower-case letters, digits and _.</source>
        <translation>階層のコード「%1」は、半角英小文字で始め、半角英小文字・数字・_ だけにしてください。</translation>
    </message>
    <message>
        <source>An area condition needs a level and a code.</source>
        <translation>区域の条件には階層とコードが必要です。</translation>
    </message>
    <message>
        <source>The centre&apos;s latitude or longitude, or the radius, is out of range.</source>
        <translation>中心の緯度・経度、または半径が範囲外です。</translation>
    </message>
    <message>
        <source>No area level is chosen.</source>
        <translation>区域の階層が選ばれていません。</translation>
    </message>
    <message>
        <source>Grouping by area needs areas in the store: add an area layer first.</source>
        <translation>区域ごとにまとめるには、データファイルに区域が必要です。先に区域レイヤーを追加してください。</translation>
    </message>
    <message>
        <source>--address needs a store (--store).</source>
        <translation>--address にはデータファイル（--store）の指定が必要です。</translation>
    </message>
    <message>
        <source>The resources&apos; coordinates could not be converted for the map.</source>
        <translation>資源の座標を地図用に変換できませんでした。</translation>
    </message>
    <message>
        <source>There is no conversion to EPSG:%1.</source>
        <translation>EPSG:%1 への座標変換がありません。</translation>
    </message>
    <message>
        <source>EPSG:%1 is not known.</source>
        <translation>EPSG:%1 は知られていない座標参照系です。</translation>
    </message>
    <message>
        <source>It has no georeference (no position on the earth).</source>
        <translation>地図上の位置の情報（ジオリファレンス）がありません。</translation>
    </message>
    <message>
        <source>A tile URL must start with http:// or https://: %1</source>
        <translation>タイル URL は http:// か https:// で始めてください：%1</translation>
    </message>
    <message>
        <source>A tile URL needs {z}, {x} and {y} (or {TileMatrix}, {TileCol} and {TileRow}): %1</source>
        <translation>タイル URL には {z}・{x}・{y}（または {TileMatrix}・{TileCol}・{TileRow}）が必要です：%1</translation>
    </message>
    <message>
        <source>“%2” is neither a preset (%1), a tile URL nor a package file.</source>
        <translation>「%2」は既定の地図（%1）・タイル URL・パッケージファイルのどれでもありません。</translation>
    </message>
    <message>
        <source>The source is already a package; use it as it is.</source>
        <translation>すでにパッケージです。そのまま使ってください。</translation>
    </message>
    <message>
        <source>%1 does not allow downloading its tiles in bulk (%2). Use a provider that allows offline packages, such as 地理院タイル.</source>
        <translation>%1 はタイルの一括ダウンロードを認めていません（%2）。地理院タイルなど、オフライン用パッケージを認める提供元を使ってください。</translation>
    </message>
    <message>
        <source>The zoom range must lie within %1–%2.</source>
        <translation>ズームの範囲は %1～%2 にしてください。</translation>
    </message>
    <message>
        <source>The area is empty.</source>
        <translation>範囲が空です。</translation>
    </message>
    <message>
        <source>%1 tiles are more than the %2 a package may hold; choose a smaller area or fewer zoom levels.</source>
        <translation>タイル %1 枚は、1 つのパッケージの上限 %2 枚を超えます。範囲を狭くするか、ズームの段階を減らしてください。</translation>
    </message>
    <message>
        <source>The finished package could not be renamed.</source>
        <translation>完成したパッケージの名前を変更できませんでした。</translation>
    </message>
    <message>
        <source>A tile package must be in Web Mercator (EPSG:3857); open other rasters as a background map.</source>
        <translation>タイルパッケージはウェブメルカトル（EPSG:3857）である必要があります。ほかのラスター地図は背景の地図として開いてください。</translation>
    </message>
    <message>
        <source>The first such feature is a 3D surface.</source>
        <translation>最初に見つかった地物は 3 次元の面です。</translation>
    </message>
    <message>
        <source>It is not a database file.</source>
        <translation>データベースのファイルではありません。</translation>
    </message>
    <message>
        <source>The database inside the file is damaged.</source>
        <translation>ファイル内のデータベースが壊れています。</translation>
    </message>
    <message>
        <source>Another program is using the file.</source>
        <translation>ほかのプログラムがファイルを使っています。</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>データベースのファイルを開けません。</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>ファイルは読み取り専用です。</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>ディスクの読み書きができませんでした。</translation>
    </message>
    <message>
        <source>There is no such file or folder.</source>
        <translation>そのファイルまたはフォルダーはありません。</translation>
    </message>
    <message>
        <source>You have no permission to use it.</source>
        <translation>使用する権限がありません。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクの空きがありません。</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>It is in no format that CareAtlas can read.</source>
        <translation>CareAtlas で読める形式ではありません。</translation>
    </message>
    <message>
        <source>The Shapefile&apos;s .shx file is missing or damaged; copy all files of the Shapefile (.shp, .shx, .dbf, .prj) together.</source>
        <translation>シェープファイルの .shx がないか壊れています。シェープファイルを構成するファイル（.shp・.shx・.dbf・.prj）をすべて同じフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>The Shapefile&apos;s .dbf file is missing or damaged; copy all files of the Shapefile (.shp, .shx, .dbf, .prj) together.</source>
        <translation>シェープファイルの .dbf がないか壊れています。シェープファイルを構成するファイル（.shp・.shx・.dbf・.prj）をすべて同じフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>The file is damaged or was cut short.</source>
        <translation>ファイルが壊れているか、途中で切れています。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>ファイルを開けません。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>点 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>ポリゴン %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mixed shape(s)</source>
        <translation>
            <numerusform>複合図形 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>線 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer holds: %1</source>
        <translation>レイヤーの内容：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1 text.</source>
        <translation>%1 の文字として読めないバイトがあります。</translation>
    </message>
    <message>
        <source>No row of the population table names an area of the chosen level “%1” by its name or code (rows such as %2). Check the table&apos;s area name or code column, and the level chosen.</source>
        <translation>人口の表のどの行も、選んだ階層の区域の名称やコードに当たりません（表の行の例：%2）。表の地域名・地域コードの列と、選んだ階層を確かめてください。</translation>
    </message>
    <message>
        <source>Problems the full check found: %1.</source>
        <translation>詳しい検査で見つかった問題：%1 件。</translation>
    </message>
    <message>
        <source>The level code “%2” is too long: it may have at most %1 characters.</source>
        <translation>階層のコード「%2」が長すぎます。%1 文字以内にしてください。</translation>
    </message>
    <message>
        <source>3D surface</source>
        <translation>3 次元の面</translation>
    </message>
    <message>
        <source>mixed shape</source>
        <translation>複合図形</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>line</source>
        <translation>線</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>エラーはありません。</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作を取り消しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>A character cannot be written in the chosen text encoding; choose UTF-8 or change the text.</source>
        <translation>選んだ文字コードでは書き出せない文字があります。UTF-8 を選ぶか、文字を変えてください。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>The file is not a zip archive (or tar archive), although its name says so; it may be damaged or only partly downloaded.</source>
        <translation>ファイル名は zip（または tar）ですが、zip アーカイブではありません。壊れているか、ダウンロードが途中で終わっている可能性があります。</translation>
    </message>
    <message>
        <source>The archive holds no Shapefile or other vector file, in any folder.</source>
        <translation>アーカイブのどのフォルダーにも、シェープファイルなどのベクターファイルがありません。</translation>
    </message>
    <message>
        <source>The file holds several layers; choose one (--layer on the command line).</source>
        <translation>ファイルに複数のレイヤーがあります。1 つ選んでください（コマンドラインでは --layer）。</translation>
    </message>
    <message>
        <source>The layer holds no features: there is nothing to import.</source>
        <translation>レイヤーに地物がないため、取り込むものがありません。</translation>
    </message>
    <message>
        <source>The layer has no geometry (it is a table, such as a CSV or a lone .dbf); area boundaries must be polygons.</source>
        <translation>レイヤーに図形がありません（CSV や .dbf 単体のような表です）。区域の境界はポリゴンである必要があります。</translation>
    </message>
    <message>
        <source>The layer holds no polygons, only points or lines; area boundaries must be polygons. Import points as resources instead.</source>
        <translation>レイヤーにはポリゴンがなく、点または線だけです。区域の境界はポリゴンである必要があります。点は資源として取り込んでください。</translation>
    </message>
    <message>
        <source>The layer holds 3D surfaces (MultiPatch, TIN or polyhedral surfaces), which CareAtlas cannot use as area boundaries; export them as polygons first.</source>
        <translation>レイヤーが 3 次元の面（マルチパッチ・不規則三角網・多面体）で、CareAtlas では区域の境界として使えません。GIS ソフトで先にポリゴンとして書き出してください。</translation>
    </message>
    <message>
        <source>CareAtlas cannot tell the coordinate reference system of this file; give it (--crs on the command line, or the coordinate reference system field of the window).</source>
        <translation>このファイルの座標参照系が分かりません。指定してください（コマンドラインでは --crs、ウィンドウでは「座標参照系」の欄）。</translation>
    </message>
    <message>
        <source>The coordinates lie outside the valid range of the file&apos;s coordinate reference system; the file or its CRS is wrong.</source>
        <translation>座標がファイルの座標参照系で有効な範囲の外にあります。ファイルか座標参照系が誤っています。</translation>
    </message>
    <message>
        <source>Some features cannot be read or used, so nothing was imported and the level is unchanged. Check them; to import the others without them, allow dropping them (--allow-dropped, or the checkbox in the window).</source>
        <translation>読み取れない、または使えない地物があるため、何も取り込まず、階層は変更していません。該当する地物を確認してください。それらを除いて取り込むには、除外を許可してください（--allow-dropped、またはウィンドウのチェックボックス）。</translation>
    </message>
    <message>
        <source>No column header names the resources&apos; names. CareAtlas proposes the column below; check it, then choose it as the name (in the Columns table, or with --mapping or --name-column) and import again.</source>
        <translation>名称を表す見出しの列がありません。CareAtlas が候補の列を下に示します。確認してから名称の列として選び（列の対応表、または --mapping か --name-column で指定）、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>There was not enough memory to finish; nothing was changed. Close other programs, or work on a smaller file or area, and try again.</source>
        <translation>メモリが足りないため、処理を完了できませんでした。何も変更していません。ほかのアプリケーションを閉じるか、より小さいファイルや区域で、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network connection and the address, or work offline.</source>
        <translation>サーバーに接続できませんでした。ネットワーク接続とアドレスを確認するか、オフラインで作業してください。</translation>
    </message>
    <message>
        <source>The disk is full (or the file reached its size limit); nothing was changed. Free some space and try again.</source>
        <translation>ディスクがいっぱいです（またはファイルの大きさの上限に達しました）。何も変更されていません。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The store file is damaged; CareAtlas does not write to it. “careatlas-cli check” lists what is wrong and “careatlas-cli recover” copies out what can be read.</source>
        <translation>データファイルが壊れています。CareAtlas はこのファイルに書き込みません。「careatlas-cli check」で問題点を確認し、「careatlas-cli recover」で読み取れる内容を新しいデータファイルに取り出してください。</translation>
    </message>
    <message>
        <source>The store is read-only (its folder cannot be written): it can be viewed but not changed. Copy it to a folder you can write to change it.</source>
        <translation>データファイルは読み取り専用です（フォルダーに書き込めません）。表示はできますが変更はできません。変更するには、書き込めるフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>The store is busy: another program (another CareAtlas window or an import) is writing to it. Nothing was changed; try again when it has finished.</source>
        <translation>データファイルは使用中です。別のプログラム（別の CareAtlas ウィンドウや取り込み）が書き込んでいます。何も変更されていません。終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Someone else changed this resource since you opened it; nothing was overwritten. Compare their values with yours and choose.</source>
        <translation>この資源は、開いた後にほかの人が変更しました。何も上書きしていません。相手の値と自分の値を比べて選んでください。</translation>
    </message>
    <message>
        <source>The search text has too many words (at most 16); use fewer words.</source>
        <translation>検索語が多すぎます（16 語まで）。語を減らしてください。</translation>
    </message>
    <message>
        <source>A value given is not valid; check it and try again.</source>
        <translation>指定した値が正しくありません。値を確かめて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file does not exist. Check the file&apos;s name and folder.</source>
        <translation>ファイルが見つかりません。ファイル名と保存場所を確かめてください。</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you may read it and that no other program holds it open.</source>
        <translation>ファイルを読み込めませんでした。読み取りの権限があるか、ほかのアプリケーションで開いていないかを確かめてください。</translation>
    </message>
    <message>
        <source>The file cannot be written. Choose a folder you can write to, and check that no other program holds the file open.</source>
        <translation>ファイルに書き込めませんでした。書き込めるフォルダーを選び、ほかのアプリケーションでファイルを開いていないかを確かめてください。</translation>
    </message>
    <message>
        <source>The file already exists; CareAtlas does not overwrite it. Choose another name, or delete the old file first.</source>
        <translation>ファイルがすでにあります。CareAtlas は上書きしません。別の名前にするか、先に元のファイルを削除してください。</translation>
    </message>
    <message>
        <source>The file is not map data that CareAtlas can read (Shapefile, GeoPackage, GeoJSON, KML, or a zip of them). Check that it is complete, or save it again in one of these formats.</source>
        <translation>CareAtlas で読める地図データ（シェープファイル・GeoPackage・GeoJSON・KML、またはそれらの zip）ではありません。ファイルが欠けていないかを確かめるか、これらの形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The file has no layer. Check that it is the file you meant.</source>
        <translation>ファイルにレイヤーがありません。目的のファイルかどうかを確かめてください。</translation>
    </message>
    <message>
        <source>The layer does not exist in the file. Choose one of the file&apos;s layers.</source>
        <translation>指定したレイヤーがファイルにありません。ファイルにあるレイヤーから選んでください。</translation>
    </message>
    <message>
        <source>The field does not exist. Choose one of the file&apos;s fields.</source>
        <translation>指定したフィールドがありません。ファイルにあるフィールドから選んでください。</translation>
    </message>
    <message>
        <source>The coordinate reference system is not valid. Give it as an EPSG code (EPSG:6668, say).</source>
        <translation>座標参照系が正しくありません。EPSG コード（例：EPSG:6668）で指定してください。</translation>
    </message>
    <message>
        <source>The text encoding is not known. Choose the encoding (UTF-8 or CP932) yourself.</source>
        <translation>文字コードを判別できませんでした。文字コード（UTF-8 または CP932）を指定してください。</translation>
    </message>
    <message>
        <source>The geometry is not valid. Repair it in a GIS program, or export it again.</source>
        <translation>図形（ジオメトリ）が正しくありません。GIS ソフトで修復するか、元のソフトで書き出し直してください。</translation>
    </message>
    <message>
        <source>The file is not a CSV text file. Save it as CSV (comma-separated text) in the spreadsheet program and import that file.</source>
        <translation>CSV テキストファイルではありません。表計算ソフトで CSV（カンマ区切り）形式で保存し直し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The file has no columns that CareAtlas can use. Check that its first line holds the column headers.</source>
        <translation>CareAtlas で使える列がありません。1 行目が列の見出しになっているかを確かめてください。</translation>
    </message>
    <message>
        <source>A line of the file is too long. Check that the file is a CSV text file.</source>
        <translation>ファイルの行が長すぎます。CSV テキストファイルかどうかを確かめてください。</translation>
    </message>
    <message>
        <source>The file is not a CareAtlas store (GeoPackage). Open a .gpkg file made by CareAtlas, or create a new store.</source>
        <translation>CareAtlas のデータファイル（GeoPackage）ではありません。CareAtlas で作成した .gpkg ファイルを開くか、新しいデータファイルを作成してください。</translation>
    </message>
    <message>
        <source>The store was written by a newer version of CareAtlas. Update CareAtlas to open it.</source>
        <translation>新しいバージョンの CareAtlas で作成されたデータファイルです。開くには CareAtlas を更新してください。</translation>
    </message>
    <message>
        <source>The store could not be read or written. Check the disk and the folder, then try again.</source>
        <translation>データファイルの読み書きができませんでした。ディスクとフォルダーを確かめてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The item was not found; it may have been deleted. Open the store again and retry.</source>
        <translation>対象が見つかりません。削除された可能性があります。データファイルを開き直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The provider&apos;s terms of use do not allow this; use another provider.</source>
        <translation>提供元の利用規約で認められていません。別の提供元を使ってください。</translation>
    </message>
    <message>
        <source>An internal error occurred. Try again; if it happens again, report it with the details.</source>
        <translation>内部エラーが発生しました。もう一度お試しください。繰り返し起きる場合は、詳細を添えてお知らせください。</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1
対象：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a known detail in the user&apos;s language</comment>
        <translation>%1
詳細：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a library&apos;s own untranslated text</comment>
        <translation>%1
詳細（原文）：%2</translation>
    </message>
    <message>
        <source>This resource belongs to another centre&apos;s area: your centre may change only resources in its own areas. Nothing was changed; ask that centre to make the change.</source>
        <translation>この資源は別のセンターの区域にあります。変更できるのは自センターの区域にある資源だけです。何も変更されていません。そのセンターに変更を依頼してください。</translation>
    </message>
    <message>
        <source>The server refused the change: your sign-in may not make it. Nothing was changed; ask the server&apos;s administrator for the right.</source>
        <translation>サーバーが変更を拒否しました。このサインインには変更の権限がありません。何も変更されていません。サーバーの管理者に権限を依頼してください。</translation>
    </message>
    <message>
        <source>The server could not carry out the request; nothing was changed. Try again; if it happens again, give the details to the server&apos;s administrator.</source>
        <translation>サーバーで処理を実行できませんでした。何も変更されていません。もう一度お試しください。繰り返し起きる場合は、詳細をサーバーの管理者に伝えてください。</translation>
    </message>
    <message>
        <source>The server database already holds a dataset; publishing fills an empty database only, so nothing was uploaded. Publish into a new database, or work with the one on the server.</source>
        <translation>サーバーのデータベースにはすでにデータがあります。公開できるのは空のデータベースだけのため、何もアップロードしていません。新しいデータベースに公開するか、サーバー上のデータで作業してください。</translation>
    </message>
    <message>
        <source>This store is not an offline copy of a server store, so it has nothing to sync. Make a copy with careatlas-cli replica and edit that copy.</source>
        <translation>このデータファイルはサーバーのデータのオフライン用の写しではないため、同期するものがありません。careatlas-cli replica で写しを作り、その写しを編集してください。</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>地物 %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>サーバー %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>%n resource(s) written.</source>
        <translation>
            <numerusform>資源 %Ln 件を書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that Shift_JIS cannot hold were written as “?” (first: %1).</source>
        <translation>
            <numerusform>Shift_JIS で表せない %Ln 文字を「?」として書き出しました（最初の文字：%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%Ln ページ。</numerusform>
        </translation>
    </message>
    <message>
        <source>Map written.</source>
        <translation>地図を書き出しました。</translation>
    </message>
</context>
<context>
    <name>ExportData</name>
    <message>
        <source>Resource list</source>
        <translation>資源一覧</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Imported %n area(s) as the level “%1”.</source>
        <translation>
            <numerusform>%Ln 件の区域を階層「%1」として取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The level is new.</source>
        <translation>この階層は新しく作成されました。</translation>
    </message>
    <message numerus="yes">
        <source>Layer: %1 (%n feature(s))</source>
        <translation>
            <numerusform>レイヤー：「%1」（%Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name field: %1 — %2</source>
        <translation>名称の項目：%1（%2）</translation>
    </message>
    <message>
        <source>Code field: %1 — %2</source>
        <translation>コードの項目：%1（%2）</translation>
    </message>
    <message>
        <source>Text encoding: %1 — %2</source>
        <translation>文字コード：%1（%2）</translation>
    </message>
    <message>
        <source>Coordinate system: %1 (%2) — %3</source>
        <translation>座標参照系：%1（%2、%3）</translation>
    </message>
    <message numerus="yes">
        <source>Parents found in the level “%1”; %n area(s) lie across more than one parent.</source>
        <translation>
            <numerusform>上位区域は階層「%1」から判定しました。%Ln 件の区域が複数の上位区域にまたがっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources inside these areas: %1; outside them: %2.</source>
        <translation>これらの区域内の資源：%1 件、区域外：%2 件。</translation>
    </message>
    <message>
        <source>Warning: the names look garbled (mojibake). Check the text encoding.</source>
        <translation>警告：名称が文字化けしているようです。文字コードを確認してください。</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>上位区域</translation>
    </message>
    <message>
        <source>only %1 % of it lies in %2</source>
        <translation>%2 に含まれるのは %1 % のみ</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>ファイル全体</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>The row has a different number of fields than the header; row not imported.</source>
        <translation>この行は見出しと列の数が違うため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>The name is empty; row not imported.</source>
        <translation>名称が空のため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>The type is not one of CareAtlas&apos;s categories; row not imported.</source>
        <translation>種別が CareAtlas の種別のどれにも当てはまらないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>The type is not known; the default category was used.</source>
        <translation>種別が分からないため、既定の種別にしました。</translation>
    </message>
    <message>
        <source>Latitude and longitude were swapped; fixed.</source>
        <translation>緯度と経度が入れ替わっていたため、修正しました。</translation>
    </message>
    <message>
        <source>Coordinates in degrees, minutes and seconds were converted to decimal degrees.</source>
        <translation>度分秒の座標を十進の度に変換しました。</translation>
    </message>
    <message>
        <source>The coordinates are 0,0; imported without a location.</source>
        <translation>座標が 0,0 のため、位置なしで取り込みました。</translation>
    </message>
    <message>
        <source>The coordinates are outside Japan; imported without a location.</source>
        <translation>座標が日本の範囲外のため、位置なしで取り込みました。</translation>
    </message>
    <message>
        <source>The coordinates are not numbers; imported without a location.</source>
        <translation>座標が数値ではないため、位置なしで取り込みました。</translation>
    </message>
    <message>
        <source>The value is not a number; left empty.</source>
        <translation>値が数値ではないため、空のままにしました。</translation>
    </message>
    <message>
        <source>The same resource is on an earlier line; merged into it.</source>
        <translation>同じ資源が前の行にあるため、その行にまとめました。</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>不明な問題です。</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>（%1 行目）</translation>
    </message>
    <message>
        <source>The coordinates are outside the prefecture of the row&apos;s prefecture code; imported without a location.</source>
        <translation>座標がその行の都道府県コードの都道府県の外にあります。位置なしで取り込みました。</translation>
    </message>
    <message>
        <source>The same official number for the same service is on an earlier line; merged into it.</source>
        <translation>同じサービスの同じ事業所番号が前の行にあります。その行にまとめました。</translation>
    </message>
    <message>
        <source>The web-site column holds an e-mail address or a phone number; kept in the notes.</source>
        <translation>URL の列にメールアドレスか電話番号が入っています。備考に残しました。</translation>
    </message>
    <message>
        <source>The capacity is 0; imported without a capacity.</source>
        <translation>定員が 0 です。定員なしで取り込みました。</translation>
    </message>
    <message>
        <source>The building name is already in the address; not added twice.</source>
        <translation>方書がすでに住所に含まれています。二重には付けていません。</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <extracomment>An issue&apos;s sentence, then the value of the file it is about.</extracomment>
        <translation>%1（値：「%2」）</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Detect from the headers</source>
        <translation>見出しから判定</translation>
    </message>
    <message>
        <source>自治体標準オープンデータセット (Digital Agency)</source>
        <translation>自治体標準オープンデータセット（デジタル庁）</translation>
    </message>
    <message>
        <source>推奨データセット (old standard layout)</source>
        <translation>推奨データセット（旧様式）</translation>
    </message>
    <message>
        <source>介護サービス情報公表システム (MHLW open data)</source>
        <translation>介護サービス情報公表システム（厚生労働省オープンデータ）</translation>
    </message>
    <message>
        <source>医療情報ネット (ナビイ)</source>
        <translation>医療情報ネット（ナビイ）</translation>
    </message>
    <message>
        <source>国土数値情報 P04/P14</source>
        <translation>国土数値情報 P04/P14</translation>
    </message>
    <message>
        <source>Care-map GeoJSON</source>
        <translation>ケアマップ GeoJSON</translation>
    </message>
    <message>
        <source>LinkData table</source>
        <translation>LinkData の表</translation>
    </message>
    <message>
        <source>Any table with a name column</source>
        <translation>名称の列がある表</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
        <source>Publisher&apos;s ID</source>
        <translation>公開元の ID</translation>
    </message>
    <message>
        <source>Address (second part)</source>
        <translation>住所（後半）</translation>
    </message>
    <message>
        <source>Address (prefecture)</source>
        <translation>住所（都道府県）</translation>
    </message>
    <message>
        <source>Address (city)</source>
        <translation>住所（市区町村）</translation>
    </message>
    <message>
        <source>Address (town)</source>
        <translation>住所（町字）</translation>
    </message>
    <message>
        <source>Address (block and number)</source>
        <translation>住所（番地以下）</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建物名</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>内線番号</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Open days</source>
        <translation>営業日</translation>
    </message>
    <message>
        <source>Notes on opening days</source>
        <translation>営業日の特記事項</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Location (latitude,longitude)</source>
        <translation>位置（緯度,経度）</translation>
    </message>
    <message>
        <source>Local government code</source>
        <translation>地方公共団体コード</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>種別の詳細</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>サービスの種類</translation>
    </message>
    <message>
        <source>Kind of medical institution</source>
        <translation>医療機関の種類</translation>
    </message>
    <message>
        <source>Medical institution code (国土数値情報)</source>
        <translation>医療機関の種類コード（国土数値情報）</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>診療科目</translation>
    </message>
    <message>
        <source>Institution class (ナビイ)</source>
        <translation>機関区分（ナビイ）</translation>
    </message>
    <message>
        <source>Welfare facility class code</source>
        <translation>福祉施設中分類コード</translation>
    </message>
    <message>
        <source>Welfare facility subclass code</source>
        <translation>福祉施設小分類コード</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>No resources shown.</source>
        <translation>表示している資源はありません。</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>その他（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CareAtlas stores (*.gpkg);;All files (*)</source>
        <translation>CareAtlas データファイル (*.gpkg);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <source>Resource map</source>
        <translation>資源マップ</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Data sources: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>the project&apos;s own records</source>
        <translation>独自調査</translation>
    </message>
    <message>
        <source>Made with CareAtlas</source>
        <translation>CareAtlas で作成</translation>
    </message>
    <message>
        <source>Not named on the map (no room): %1</source>
        <translation>地図に名前を表示できなかった区域：%1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: export as PDF for the whole list</source>
        <translation>
            <numerusform>ほか %n 件：一覧のすべては PDF で書き出してください</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (list, continued)</source>
        <translation>%1（一覧の続き）</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1&#xa0;m</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>(garbled name) %1</source>
        <translation>（文字化け）%1</translation>
    </message>
</context>
<context>
    <name>PdfList</name>
    <message>
        <source>Filter: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成日：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside every area</source>
        <translation>どの区域にも属さない</translation>
    </message>
    <message>
        <source>No resources match the filter.</source>
        <translation>条件に合う資源はありません。</translation>
    </message>
    <message>
        <source>Data sources: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>PopulationReport</name>
    <message>
        <source>municipal standard open data set (population by area and age)</source>
        <translation>自治体標準オープンデータセット（地域・年齢別人口）</translation>
    </message>
    <message>
        <source>basic resident register (population by age)</source>
        <translation>住民基本台帳（年齢別人口）</translation>
    </message>
    <message>
        <source>population per area</source>
        <translation>区域別人口</translation>
    </message>
    <message numerus="yes">
        <source>Population of %n area(s) imported from %1.</source>
        <translation>
            <numerusform>%1 から %n 区域の人口を取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: %1; text encoding: %2.</source>
        <translation>形式：%1。文字コード：%2。</translation>
    </message>
    <message>
        <source>As of: %1.</source>
        <translation>時点：%1。</translation>
    </message>
    <message>
        <source>As of: not stated in the file; give it (--as-of) so that rates can say when.</source>
        <translation>時点：ファイルに記載がありません。千人当たりの数に時点を示せるよう、時点（--as-of）を指定してください。</translation>
    </message>
    <message>
        <source>Aged 65+ and 75+ counted from: %1.</source>
        <translation>65 歳以上・75 歳以上の人口は次の列から数えました：%1。</translation>
    </message>
    <message>
        <source>The file gives no count of residents aged 65+: no rates per 1,000 aged 65+.</source>
        <translation>ファイルに 65 歳以上の人口がないため、65 歳以上人口千人当たりの数は出せません。</translation>
    </message>
    <message>
        <source>The file gives no count of residents aged 75+: no rates per 1,000 aged 75+.</source>
        <translation>ファイルに 75 歳以上の人口がないため、75 歳以上人口千人当たりの数は出せません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no area of this level and were left out: %1</source>
        <translation>
            <numerusform>この階層の区域に当たらない %n 行を除きました：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the level have no population: %1</source>
        <translation>
            <numerusform>人口のない区域が %n あります：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Several rows added together for: %1</source>
        <translation>複数の行を合算した区域：%1</translation>
    </message>
</context>
<context>
    <name>ResourceColumns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運営法人</translation>
    </message>
    <message>
        <source>Official number</source>
        <translation>事業所番号・医療機関コード</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>休業日</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>空き状況</translation>
    </message>
    <message>
        <source>Vacancies as of</source>
        <translation>空き状況の時点</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>通常の事業の実施地域</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>出典の時点</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>距離（m）</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」の追加</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>「%1」の削除</translation>
    </message>
</context>
<context>
    <name>ResourceImportReport</name>
    <message>
        <source>No header names the name column. Proposed: column %1 「%2」 — %3 of %4 values filled, %5 different, %6 with a word of a facility&apos;s name</source>
        <translation>名称を表す見出しの列がありません。候補：%1 列目「%2」（%4 件中 %3 件に値あり、%5 種類、%6 件が施設名らしい語を含む）</translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation>（例：%1）</translation>
    </message>
    <message>
        <source>Metadata lines (#…) skipped: %1</source>
        <translation>読み飛ばしたメタデータ行（#…）：%1</translation>
    </message>
    <message>
        <source>Categories, and the column and value that decided them:</source>
        <translation>種別と、それを決めた列と値：</translation>
    </message>
    <message>
        <source>%1 「%2」: %3</source>
        <translation>「%1」が「%2」：%3 件</translation>
    </message>
    <message>
        <source>  %1: %2 — %3</source>
        <translation>  %1：%2 件（%3）</translation>
    </message>
    <message>
        <source>Against the previous release of %1: %2 gone (retired and hidden), %3 moved more than 50 m, %4 renamed.</source>
        <translation>前回の %1 との比較：なくなった資源 %2 件（廃止として非表示）、50 m を超えて移動 %3 件、名称変更 %4 件。</translation>
    </message>
    <message>
        <source>  gone: %1</source>
        <translation>  なくなった資源：%1</translation>
    </message>
    <message>
        <source>  moved %1 m: %2</source>
        <translation>  %1&#xa0;m 移動：%2</translation>
    </message>
    <message>
        <source>  renamed: %1 → %2</source>
        <translation>  名称変更：%1 → %2</translation>
    </message>
    <message>
        <source>Data checks (取込チェック結果):</source>
        <translation>取込チェック結果：</translation>
    </message>
    <message>
        <source>  No problems found.</source>
        <translation>  問題はありませんでした。</translation>
    </message>
    <message>
        <source>  %1 %2 row(s): lines %3</source>
        <translation>  %1 %2 行：%3 行目</translation>
    </message>
    <message>
        <source>  new service: %1, %2 → %3 (kept as the same resource)</source>
        <translation>  サービス変更：%1、%2 → %3（同じ資源として更新）</translation>
    </message>
    <message>
        <source>Changes per area (%1):</source>
        <translation>区域ごとの変更（%1）：</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 gone, %4 moved, %5 renamed, %6 new service</source>
        <translation>  %1：新規 %2、廃止 %3、移転 %4、名称変更 %5、サービス変更 %6</translation>
    </message>
    <message>
        <source>(outside every area)</source>
        <translation>（区域外）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>／</translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <source> (continued)</source>
        <translation>（続き）</translation>
    </message>
</context>
<context>
    <name>ShortlistSheet</name>
    <message>
        <source>Referral shortlist</source>
        <translation>紹介候補リスト</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>(deleted resource %1)</source>
        <translation>（削除された資源 %1）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>変更日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>FAX</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認欄</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>休業日：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>距離（m）</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>利用者：%1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>作成者：%1</translation>
    </message>
    <message>
        <source>around %1, %2</source>
        <translation>北緯%1度・東経%2度付近</translation>
    </message>
    <message>
        <source>Shortlist: %1    Centre: %2    Candidates: %3</source>
        <translation>候補リスト：%1&#x3000;&#x3000;中心：%2&#x3000;&#x3000;候補：%3 件</translation>
    </message>
    <message>
        <source>Distances are straight-line distances from the centre. Please confirm vacancies and hours by telephone.</source>
        <translation>距離は中心からの直線距離です。空き状況と営業時間は電話で確認してください。</translation>
    </message>
    <message>
        <source>The numbers on the map are the numbers (No.) of the table. ◎ marks the centre (to about 100 m).</source>
        <translation>地図の番号は表の No. と同じです。◎ は中心です（約 100 m 単位）。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（続き）</translation>
    </message>
    <message>
        <source>The shortlist is empty.</source>
        <translation>候補リストは空です。</translation>
    </message>
</context>
<context>
    <name>ShortlistStatus</name>
    <message>
        <source>Not contacted</source>
        <translation>未連絡</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>照会中</translation>
    </message>
    <message>
        <source>Can accept</source>
        <translation>受入可</translation>
    </message>
    <message>
        <source>Cannot accept</source>
        <translation>受入不可</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>Resources per area: %1</source>
        <translation>区域別の資源数：%1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成：%1</translation>
    </message>
    <message>
        <source>0: none in the area</source>
        <translation>0：区域内になし</translation>
    </message>
</context>
<context>
    <name>StatisticsMap</name>
    <message>
        <source>No colours</source>
        <translation>色分けなし</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>資源数</translation>
    </message>
    <message>
        <source>Per 1,000 aged 65+</source>
        <translation>65歳以上人口千人当たり</translation>
    </message>
    <message>
        <source>Per 1,000 aged 75+</source>
        <translation>75歳以上人口千人当たり</translation>
    </message>
    <message>
        <source>Capacity per 1,000 aged 65+</source>
        <translation>定員（65歳以上人口千人当たり）</translation>
    </message>
    <message>
        <source>Yellow–blue</source>
        <translation>黄〜青</translation>
    </message>
    <message>
        <source>Orange–red</source>
        <translation>橙〜赤</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>ビリディス（黄〜紫）</translation>
    </message>
    <message>
        <source>Greys (for black-and-white print)</source>
        <translation>灰色（白黒印刷用）</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>すべての資源</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(population as of %1)</source>
        <translation>（人口は%1時点）</translation>
    </message>
    <message>
        <source>0 (none)</source>
        <translation>0（なし）</translation>
    </message>
    <message>
        <source>More than %1 km from any resource shown</source>
        <translation>表示中の資源から %1 km 圏外</translation>
    </message>
    <message>
        <source>More than %1 km from %2</source>
        <translation>%2から %1 km 圏外</translation>
    </message>
</context>
<context>
    <name>careatlas</name>
    <message>
        <source>CareAtlas — regional resource map</source>
        <translation>CareAtlas 地域資源マップ</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示します</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>バージョンを表示します</translation>
    </message>
    <message>
        <source>Language: ja or en</source>
        <translation>表示言語：ja（日本語）または en（英語）</translation>
    </message>
    <message>
        <source>Open STORE, save a screenshot of the window to FILE once the map is drawn, and quit</source>
        <translation>STORE を開き、地図を描き終えたらウィンドウの画像を FILE に保存して終了します</translation>
    </message>
    <message>
        <source>Start with the filter in FILE (JSON, as saved presets are: categories, flags, text, area, near)</source>
        <translation>FILE の絞り込み条件で始めます（保存した条件と同じ JSON：種別、対応、文字、区域、距離）</translation>
    </message>
    <message>
        <source>Show the Statistics panel in front</source>
        <translation>統計パネルを前面に表示します</translation>
    </message>
    <message>
        <source>no store to take a screenshot of (give STORE; the demo data was not found)</source>
        <translation>画像にするデータファイルがありません（STORE を指定してください。デモデータが見つかりませんでした）</translation>
    </message>
    <message>
        <source>Store to open (.gpkg, or a server: postgresql://… or service=NAME); default: the last one, else the demo data</source>
        <translation>開くデータファイル（.gpkg）、またはサーバーのアドレス（postgresql://…）かサービス名。省略すると前回のファイル、なければデモデータ</translation>
    </message>
</context>
<context>
    <name>careatlas::AddAreaLayerDialog</name>
    <message>
        <source>Add Area Layer</source>
        <translation>区域レイヤーを追加</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n feature(s), %2)</source>
        <translation>
            <numerusform>%1（%Ln 件、%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>レイヤー(&amp;L):</translation>
    </message>
    <message>
        <source>New level…</source>
        <translation>新しい階層…</translation>
    </message>
    <message>
        <source>e.g. 民生委員地区</source>
        <translation>例：民生委員地区</translation>
    </message>
    <message>
        <source>e.g. welfare_district</source>
        <translation>例：「welfare_district」</translation>
    </message>
    <message>
        <source>&amp;Name field:</source>
        <translation>名称の項目(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Code field:</source>
        <translation>コードの項目(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Parent field:</source>
        <translation>上位区域の項目(&amp;P):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>From the file, or guessed (e.g. EPSG:6675)</source>
        <translation>ファイルの指定、または推定（例：EPSG:6675）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Give the new level a name and a code (lower-case letters, digits and _).</source>
        <translation>新しい階層の名前とコード（英小文字・数字・_）を入力してください。</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>（自動）</translation>
    </message>
    <message>
        <source>(none: by surface, from the level above)</source>
        <translation>（なし：上の階層から面積で判定）</translation>
    </message>
    <message>
        <source>Name field: %1</source>
        <translation>名称の項目：%1</translation>
    </message>
    <message>
        <source>Code field: %1</source>
        <translation>コードの項目：%1</translation>
    </message>
    <message>
        <source>Text encoding: %1 — %2</source>
        <translation>文字コード：%1（%2）</translation>
    </message>
    <message>
        <source>The values of %1 look garbled (mojibake), e.g. %2. Try another text encoding; if none helps, the file was damaged before it reached you.</source>
        <translation>%1 の値が文字化けしているようです（例：%2）。別の文字コードを試してください。どれでも直らない場合は、ファイルが届く前に壊れています。</translation>
    </message>
    <message>
        <source>This layer holds %1 geometries, not polygons.</source>
        <translation>このレイヤーはポリゴンではなく %1 です。</translation>
    </message>
    <message>
        <source>Coordinate &amp;reference system:</source>
        <translation>座標参照系(&amp;R):</translation>
    </message>
    <message>
        <source>Import even if some features cannot be read or used (they are listed when an import is refused)</source>
        <translation>読み取れない・使えない地物があっても取り込む（取り込みを断ったときに一覧を表示します）</translation>
    </message>
    <message>
        <source>Without this, a file with unreadable or unusable features is refused and the level stays as it was.</source>
        <translation>チェックしない場合、読み取れない・使えない地物のあるファイルは取り込まず、階層はそのままです。</translation>
    </message>
    <message>
        <source>Level: recognised as %1 — %2</source>
        <translation>区域の階層：%1 と判断しました（%2）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記：%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Import as le&amp;vel:</source>
        <translation>取り込む階層(&amp;V):</translation>
    </message>
    <message>
        <source>New level&apos;s na&amp;me:</source>
        <translation>新しい階層の名前(&amp;M):</translation>
    </message>
    <message>
        <source>New level&apos;s co&amp;de:</source>
        <translation>新しい階層のコード(&amp;D):</translation>
    </message>
</context>
<context>
    <name>careatlas::AreaTreePanel</name>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>該当数</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての区域</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名称を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename Area</source>
        <translation>区域の名称を変更</translation>
    </message>
    <message>
        <source>New name of the area %1:</source>
        <translation>区域 %1 の新しい名称:</translation>
    </message>
    <message>
        <source>Change &amp;Code…</source>
        <translation>コードを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Change Area Code</source>
        <translation>区域のコードを変更</translation>
    </message>
    <message>
        <source>New code of the area “%1”:</source>
        <translation>区域「%1」の新しいコード:</translation>
    </message>
</context>
<context>
    <name>careatlas::BaseMapMenu</name>
    <message>
        <source>The base map&apos;s tile cache was emptied.</source>
        <translation>背景地図のタイルキャッシュを空にしました。</translation>
    </message>
    <message>
        <source>GSI Tiles: Standard Map (地理院タイル 標準地図)</source>
        <translation>地理院タイル 標準地図</translation>
    </message>
    <message>
        <source>GSI Tiles: Pale Map (地理院タイル 淡色地図)</source>
        <translation>地理院タイル 淡色地図</translation>
    </message>
    <message>
        <source>GSI Tiles: Photographs (地理院タイル 写真)</source>
        <translation>地理院タイル 写真</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>Custom Tile URL…</source>
        <translation>タイル URL を指定…</translation>
    </message>
    <message>
        <source>Offline Package…</source>
        <translation>オフライン用パッケージ…</translation>
    </message>
    <message>
        <source>Tiles from an MBTiles or GeoPackage file, for computers without internet</source>
        <translation>MBTiles・GeoPackage ファイルのタイルを使う（インターネットのないパソコン用）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Work Offline</source>
        <translation>オフラインで使う</translation>
    </message>
    <message>
        <source>Use only tiles already in the cache; ask no server</source>
        <translation>キャッシュ済みのタイルだけを使い、サーバーには接続しない</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Empty the Tile Cache</source>
        <translation>タイルキャッシュを空にする</translation>
    </message>
    <message>
        <source>The base map %1 could not be used: %2</source>
        <translation>背景地図 %1 を使えませんでした：%2</translation>
    </message>
    <message>
        <source>Custom Tile URL</source>
        <translation>タイル URL の指定</translation>
    </message>
    <message>
        <source>Tile URL with {z}, {x} and {y} (XYZ; start with tms: for TMS rows), or a WMTS REST URL with {TileMatrix}, {TileRow} and {TileCol}:</source>
        <translation>{z}・{x}・{y} を含むタイル URL（XYZ。TMS の行番号なら先頭に tms: を付ける）、または {TileMatrix}・{TileRow}・{TileCol} を含む WMTS（REST）の URL:</translation>
    </message>
    <message>
        <source>Credit line the provider asks for (drawn on every map):</source>
        <translation>提供元が求める出典表示（すべての地図に描きます）:</translation>
    </message>
    <message>
        <source>Offline Base Map Package</source>
        <translation>背景地図のオフライン用パッケージ</translation>
    </message>
    <message>
        <source>Tile packages (*.mbtiles *.gpkg);;All files (*)</source>
        <translation>タイルパッケージ (*.mbtiles *.gpkg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Base M&amp;ap</source>
        <translation>背景地図(&amp;A)</translation>
    </message>
</context>
<context>
    <name>careatlas::DetailsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Place on Map</source>
        <translation>地図上に配置</translation>
    </message>
    <message>
        <source>Then click the map where the resource is</source>
        <translation>続けて、資源のある位置を地図上でクリックします</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Click a resource on the map or in the list to see its details.</source>
        <translation>地図上または一覧の資源をクリックすると、詳しい情報が表示されます。</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Last confirmed by an import</source>
        <translation>取り込みで最後に確認した日</translation>
    </message>
    <message>
        <source>Add to Shortlist</source>
        <translation>候補リストに追加</translation>
    </message>
    <message>
        <source>Adds the resource to the list shown in the Shortlist panel (Ctrl+Shift+L)</source>
        <translation>候補リスト パネルに表示中のリストにこの資源を追加します（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Care service information (MHLW)</source>
        <translation>介護サービス情報公表</translation>
    </message>
    <message>
        <source>open (the number is copied)</source>
        <translation>開く（事業所番号をコピーします）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Left its source&apos;s list on %1 (kept, not current)</source>
        <translation>%1 に出典の一覧から外れました（記録として残しています）</translation>
    </message>
</context>
<context>
    <name>careatlas::EditConflictDialog</name>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>(not placed)</source>
        <translation>（位置なし）</translation>
    </message>
    <message>
        <source>Someone Else Changed This Resource</source>
        <translation>ほかの人がこの資源を変更しました</translation>
    </message>
    <message>
        <source>“%1” was changed and saved by someone else (another window or an import) while you were editing it. Where you both changed a field, choose which value to keep. Your other changes are kept; nothing has been saved yet.</source>
        <translation>編集している間に、「%1」がほかの人（別のウィンドウや取り込み）によって変更・保存されました。双方が変更した項目について、残す値を選んでください。それ以外のあなたの変更はそのまま残ります。まだ何も保存していません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;項目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs (saved)&lt;/b&gt;</source>
        <translation>&lt;b&gt;相手の値（保存済み）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <translation>&lt;b&gt;自分の値&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep Theirs Only</source>
        <translation>相手の値だけを残す</translation>
    </message>
</context>
<context>
    <name>careatlas::EditController</name>
    <message>
        <source>Entered by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>先に資源を選択してください。</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo brings it back.</source>
        <translation>「%1」を削除しました。編集 ▸ 元に戻す で戻せます。</translation>
    </message>
    <message>
        <source>Click the map where “%1” is.</source>
        <translation>「%1」のある位置を地図上でクリックしてください。</translation>
    </message>
    <message>
        <source>Your change was not saved; the resource shows the other change.</source>
        <translation>変更は保存していません。資源にはほかの人の変更が表示されています。</translation>
    </message>
    <message>
        <source>The Store Is Busy</source>
        <translation>データファイルは使用中です</translation>
    </message>
    <message>
        <source>Another program is writing to the store (another CareAtlas window, or an import). Your change “%1” is kept but not saved yet.</source>
        <translation>別のプログラム（別の CareAtlas ウィンドウや取り込み）がデータファイルに書き込んでいます。この変更（%1）は保持されていますが、まだ保存されていません。</translation>
    </message>
    <message>
        <source>Try again when the other program has finished. Discarding the change reads the store again.</source>
        <translation>別のプログラムの処理が終わってから「再試行」を押してください。「変更を破棄」を押すと、データファイルを読み込み直します。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>The change was discarded; the store was read again.</source>
        <translation>変更を破棄し、データファイルを読み込み直しました。</translation>
    </message>
    <message>
        <source>Saving the change again…</source>
        <translation>変更をもう一度保存しています…</translation>
    </message>
</context>
<context>
    <name>careatlas::EditResourceDialog</name>
    <message>
        <source>Edit Resource</source>
        <translation>資源の編集</translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation>資源の追加</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kana:</source>
        <translation>フリガナ(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>種別(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>運営法人(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>郵便番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>電話番号(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>FAX(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>ウェブサイト(&amp;W):</translation>
    </message>
    <message>
        <source>empty: not placed yet</source>
        <translation>空欄：位置未設定</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>緯度(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>営業時間(&amp;H):</translation>
    </message>
    <message>
        <source>Closed &amp;days:</source>
        <translation>休業日(&amp;D):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>&amp;Vacancies:</source>
        <translation>空き状況(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Service area:</source>
        <translation>通常の事業の実施地域(&amp;S):</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>出典(&amp;R):</translation>
    </message>
    <message>
        <source>A resource needs a name.</source>
        <translation>資源には名称が必要です。</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>緯度と経度は両方入力するか、両方空欄にしてください。</translation>
    </message>
    <message>
        <source>Official n&amp;umber:</source>
        <translation>事業所番号・医療機関コード(&amp;U):</translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <translation>経度(&amp;G):</translation>
    </message>
    <message>
        <source>Capacit&amp;y:</source>
        <translation>定員(&amp;Y):</translation>
    </message>
    <message>
        <source>Vacanc&amp;ies as of:</source>
        <translation>空き状況の時点(&amp;I):</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>備考(&amp;E):</translation>
    </message>
</context>
<context>
    <name>careatlas::ExportController</name>
    <message>
        <source>resources</source>
        <translation>資源一覧</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Exported %1. %2</source>
        <translation>%1 を書き出しました。%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 に書き出しています…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>書き出しをキャンセルしました。ファイルは作成していません。</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>%1 に書き出せませんでした。</translation>
    </message>
    <message>
        <source>Preparing the map for printing…</source>
        <translation>印刷する地図を準備しています…</translation>
    </message>
    <message>
        <source>Could not print the map.</source>
        <translation>地図を印刷できませんでした。</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>地図の印刷</translation>
    </message>
    <message>
        <source>Save Map as Image</source>
        <translation>地図を画像として保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 を保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>careatlas::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) match the filter and will be exported.</source>
        <translation>
            <numerusform>条件に合う資源 %Ln 件を書き出します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource list (PDF)</source>
        <translation>資源一覧（PDF）</translation>
    </message>
    <message>
        <source>Resource list (CSV for Excel)</source>
        <translation>資源一覧（Excel 用 CSV）</translation>
    </message>
    <message>
        <source>Map layout (PDF, PNG or SVG)</source>
        <translation>地図（PDF、PNG、SVG）</translation>
    </message>
    <message>
        <source>Atlas: a page for every area of a level (PDF)</source>
        <translation>地図帳：階層の区域ごとに 1 ページ（PDF）</translation>
    </message>
    <message>
        <source>GIS data (GeoPackage, GeoJSON or Shapefile)</source>
        <translation>GIS データ（GeoPackage、GeoJSON、Shapefile）</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W):</translation>
    </message>
    <message>
        <source>Resource list</source>
        <translation>資源一覧</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>向き(&amp;O):</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>まとめない</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>種別ごと</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>区域ごと</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>まとめ方(&amp;G):</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel opens it as it is)</source>
        <translation>UTF-8（BOM 付き、Excel でそのまま開けます）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Area &amp;level:</source>
        <translation>区域の階層(&amp;L):</translation>
    </message>
    <message>
        <source>The current view</source>
        <translation>今の表示範囲</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>&amp;Map shows:</source>
        <translation>地図の範囲(&amp;M):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 画像 (*.png);;SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>Write “?” for characters Shift_JIS cannot hold (otherwise the export stops and names them)</source>
        <translation>Shift_JIS で表せない文字を「?」にして書き出す（オフのときは書き出しを中止し、その文字を示します）</translation>
    </message>
    <message>
        <source>Map to hand out</source>
        <translation>配布用の地図</translation>
    </message>
    <message>
        <source>&amp;Number the symbols and print the numbered list (no count rings)</source>
        <translation>記号に番号を付け、番号付きの一覧を印刷する（件数の円にまとめない）(&amp;N)</translation>
    </message>
    <message>
        <source>Name every area of the area level (list the names that find no room)</source>
        <translation>区域の階層のすべての区域名を表示する（入らない名前は一覧にする）</translation>
    </message>
    <message>
        <source>Large p&amp;rint (list at 12 pt, larger symbols)</source>
        <translation>大きな文字（一覧は 12 pt、記号も大きく）(&amp;R)</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe symbol colours</source>
        <translation>色覚の多様性に配慮した記号の色(&amp;B)</translation>
    </message>
</context>
<context>
    <name>careatlas::FilterPanel</name>
    <message>
        <source>Radius:</source>
        <translation>半径:</translation>
    </message>
    <message>
        <source>Search name, kana, address, operator… (Ctrl+F)</source>
        <translation>名称・フリガナ・住所・運営法人で検索…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>条件をクリア</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>All Areas</source>
        <translation>全区域</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>地図で指定</translation>
    </message>
    <message>
        <source>Click the map where the client lives</source>
        <translation>利用者の自宅の位置を地図上でクリックします</translation>
    </message>
    <message>
        <source>At Selection</source>
        <translation>選択した資源</translation>
    </message>
    <message>
        <source>Measure from the selected resource</source>
        <translation>選択した資源からの距離で絞り込みます</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. 本町2丁目5-13</source>
        <translation>利用者の住所（例：本町2丁目5-13）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find the address in the address reference (File ▸ Import Address Reference…)</source>
        <translation>住所を位置参照情報から探します（ファイル ▸ 位置参照情報を取り込む…）</translation>
    </message>
    <message>
        <source>Every area (choose one in the area tree)</source>
        <translation>全区域（区域ツリーで選択できます）</translation>
    </message>
    <message>
        <source>Within %1 km of %2</source>
        <translation>%2 から %1&#xa0;km 以内</translation>
    </message>
    <message>
        <source>No centre: pick the client&apos;s home on the map, or a resource.</source>
        <translation>中心なし：利用者の自宅を地図で指定するか、資源を選んでください。</translation>
    </message>
    <message>
        <source>%1 of %2 resources</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Not confirmed for</source>
        <translation>未確認の期間</translation>
    </message>
    <message>
        <source>Only resources whose source has not confirmed them for this long (the last import of the source that had them, else the source&apos;s date)</source>
        <translation>この期間、出典で確認されていない資源だけを表示します（その資源を含んだ最後の取り込み、なければ出典の日付で判断）</translation>
    </message>
    <message>
        <source> months or more</source>
        <translation> か月以上</translation>
    </message>
    <message>
        <source>Find a category, e.g. 訪問看護</source>
        <translation>種別を検索（例：訪問看護）</translation>
    </message>
    <message>
        <source>Right-click: only this category, only this group</source>
        <translation>右クリック：この種別だけ・この分野だけ</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>「%1」だけ</translation>
    </message>
    <message>
        <source>Only the Group “%1”</source>
        <translation>分野「%1」だけ</translation>
    </message>
    <message>
        <source>All Categories</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Retired:</source>
        <translation>廃止した資源：</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <source>Shown too</source>
        <translation>あわせて表示</translation>
    </message>
    <message>
        <source>Only retired</source>
        <translation>廃止のみ</translation>
    </message>
    <message>
        <source>Resources that an import of their source&apos;s whole list no longer had: kept with the date they left, hidden unless shown here</source>
        <translation>出典の全件の取り込みでなくなった資源です。なくなった日付とともに残し、ここで選んだときだけ表示します</translation>
    </message>
</context>
<context>
    <name>careatlas::ImportController</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>取り込みをキャンセルしました。何も変更していません。</translation>
    </message>
    <message>
        <source>Could not import %1; nothing was changed.</source>
        <translation>%1 を取り込めませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Add Area Layer</source>
        <translation>区域レイヤーを追加</translation>
    </message>
    <message>
        <source>Boundary files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.gml);;All files (*)</source>
        <translation>境界ファイル (*.shp *.zip *.gpkg *.geojson *.json *.kml *.gml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Importing areas from %1…</source>
        <translation>%1 から区域を取り込んでいます…</translation>
    </message>
    <message>
        <source>Area Import Report</source>
        <translation>区域の取り込み結果</translation>
    </message>
    <message>
        <source>Import Resources</source>
        <translation>資源を取り込む</translation>
    </message>
    <message>
        <source>Resource lists (*.csv *.txt *.geojson *.json *.shp *.zip *.gpkg);;All files (*)</source>
        <translation>資源の一覧 (*.csv *.txt *.geojson *.json *.shp *.zip *.gpkg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing resources from %1…</source>
        <translation>%1 から資源を取り込んでいます…</translation>
    </message>
    <message>
        <source>Checked %1 (nothing was written).</source>
        <translation>%1 を確認しました（書き込んでいません）。</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 を取り込みました。</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>様式：%1</translation>
    </message>
    <message>
        <source>Text encoding: %1 (detected)</source>
        <translation>文字コード：%1（自動判定）</translation>
    </message>
    <message>
        <source>Text encoding: %1</source>
        <translation>文字コード：%1</translation>
    </message>
    <message>
        <source>Rows read: %1 — added %2, updated %3, unchanged %4, rejected %5, merged duplicates %6.</source>
        <translation>読み込んだ行：%1（追加 %2、更新 %3、変更なし %4、取り込み不可 %5、重複を統合 %6）。</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) have no location yet.</source>
        <translation>
            <numerusform>%Ln 件の資源にまだ位置がありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <extracomment>Between the quoted column names of &quot;Columns not used: …&quot;.</extracomment>
        <translation>使わなかった列：%1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>%1 行目、%2</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>取り込み不可</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Resource Import Report</source>
        <translation>資源の取り込み結果</translation>
    </message>
    <message>
        <source>Import Address Reference</source>
        <translation>位置参照情報を取り込む</translation>
    </message>
    <message>
        <source>位置参照情報 CSV (*.csv);;All files (*)</source>
        <translation>位置参照情報 CSV (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <source>Imported %1 reference points for %2 (%3 rows skipped). Type a client&apos;s address under Distance in the filter panel.</source>
        <translation>%2 の参照点 %1 件を取り込みました（%3 行は読み飛ばし）。絞り込みパネルの「距離」に利用者の住所を入力できます。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>careatlas::ImportResourcesDialog</name>
    <message>
        <source>Import Resources</source>
        <translation>資源を取り込む</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>様式(&amp;L):</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>(reject rows of an unknown type)</source>
        <translation>（種別が不明な行は取り込まない）</translation>
    </message>
    <message>
        <source>Unknown types become:</source>
        <translation>不明な種別の扱い:</translation>
    </message>
    <message>
        <source>the first layer</source>
        <translation>最初のレイヤー</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>レイヤー(&amp;Y):</translation>
    </message>
    <message>
        <source>Columns (each header of the file and the field it fills)</source>
        <translation>列（ファイルの見出しと、それが入る項目）</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>ファイルの見出し</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>対応表を読み込む…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>対応表を保存…</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation>プレビュー：取り込まれるとおりの最初の行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Only &amp;check the file; write nothing</source>
        <translation>ファイルの確認のみ（書き込まない）(&amp;C)</translation>
    </message>
    <message>
        <source>All rows are imported or none: a problem in the file leaves the store as it was. Resources already in the store (same official number, or same name and address) are updated.</source>
        <translation>全行を取り込むか、まったく取り込まないかのどちらかです。ファイルに問題があればデータファイルは元のままです。データファイルにすでにある資源（事業所番号が同じもの、または名称と住所が同じもの）は更新されます。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>(automatic: %1)</source>
        <translation>（自動：%1）</translation>
    </message>
    <message>
        <source>(automatic: not used)</source>
        <translation>（自動：使わない）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(rejected)</source>
        <translation>（取り込み不可）</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>様式：%1</translation>
    </message>
    <message>
        <source>Text encoding: %1 (detected)</source>
        <translation>文字コード：%1（自動判定）</translation>
    </message>
    <message>
        <source>Text encoding: %1</source>
        <translation>文字コード：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>ファイルの行数 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>対応表を読み込む</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列の対応表 (*.json)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>対応表を保存</translation>
    </message>
    <message>
        <source>This file is the &amp;whole list of its source: retire resources of the source it no longer has</source>
        <translation>このファイルは出典の全件：ファイルにない同じ出典の資源を廃止にする(&amp;W)</translation>
    </message>
    <message>
        <source>Retired resources are kept in the store with the date they left, and hidden from the map and lists.</source>
        <translation>廃止にした資源はなくなった日付とともにデータファイルに残し、地図と一覧には表示しません。</translation>
    </message>
    <message>
        <source>It is chosen in the Columns table (highlighted): check it, or choose another column, before importing.</source>
        <translation>列の対応表で選んであります（色付きの行）。取り込む前に確認し、違う場合は別の列を選んでください。</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Between the parts of the import dialog&apos;s status line (&quot;Layout: … · Text encoding: …&quot;).</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>careatlas::LayerPanel</name>
    <message>
        <source>Outline Colour</source>
        <translation>境界線の色</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>Area levels (drag to change the draw order):</source>
        <translation>区域の階層（ドラッグで描画順を変更）:</translation>
    </message>
    <message>
        <source>Style of the selected level:</source>
        <translation>選択した階層のスタイル:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>境界線:</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>境界線の色</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Fill areas with pale tints</source>
        <translation>区域を淡い色で塗る</translation>
    </message>
    <message>
        <source>Area names</source>
        <translation>区域名</translation>
    </message>
    <message>
        <source>Reset Styles</source>
        <translation>スタイルを既定に戻す</translation>
    </message>
</context>
<context>
    <name>careatlas::MainWindow</name>
    <message>
        <source>Click the map where the client lives.</source>
        <translation>利用者の自宅の位置を地図上でクリックしてください。</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>先に資源を選択してください。</translation>
    </message>
    <message>
        <source>The selected resource has no location.</source>
        <translation>選択した資源には位置がありません。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>変更を保存できませんでした。</translation>
    </message>
    <message>
        <source>%1° N  %2° E</source>
        <translation>北緯 %1°  東経 %2°</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>縮尺 1:%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Area &amp;Levels</source>
        <translation>区域の階層(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>新規データファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty CareAtlas store</source>
        <translation>空の CareAtlas データファイルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>データファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CareAtlas store (.gpkg)</source>
        <translation>CareAtlas データファイル（.gpkg）を開きます</translation>
    </message>
    <message>
        <source>Open &amp;Demo Data</source>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open the bundled sample city (fictional data)</source>
        <translation>同梱のサンプル市（架空のデータ）を開きます</translation>
    </message>
    <message>
        <source>&amp;Save Map as Image…</source>
        <translation>地図を画像として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the filtered resources: list (PDF, CSV), map layout, atlas, GIS data</source>
        <translation>絞り込んだ資源を書き出します：一覧（PDF、CSV）、地図、地図帳、GIS データ</translation>
    </message>
    <message>
        <source>&amp;Print Map…</source>
        <translation>地図を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;Area Layer…</source>
        <translation>区域レイヤーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Import area boundaries (Shapefile, GeoPackage, GeoJSON, KML, zip) as a level</source>
        <translation>区域の境界（Shapefile、GeoPackage、GeoJSON、KML、zip）を階層として取り込みます</translation>
    </message>
    <message>
        <source>&amp;Import Resources…</source>
        <translation>資源を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import resources from open-data CSV files or point layers</source>
        <translation>オープンデータの CSV やポイントレイヤーから資源を取り込みます</translation>
    </message>
    <message>
        <source>Import 位置参照情報 (MLIT address reference points) to find clients&apos; homes by address</source>
        <translation>位置参照情報（国土交通省）を取り込み、利用者の自宅を住所で探せるようにします</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Previous view</source>
        <translation>前の表示範囲</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Next view</source>
        <translation>次の表示範囲</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>凡例(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cluster Crowded Resources</source>
        <translation>密集した資源をまとめて表示(&amp;C)</translation>
    </message>
    <message>
        <source>Area &amp;Names</source>
        <translation>区域名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About CareAtlas</source>
        <translation>CareAtlas について(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>絞り込み(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add Resource…</source>
        <translation>資源を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Resource…</source>
        <translation>資源を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Resource</source>
        <translation>資源を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place Resource on Map</source>
        <translation>資源を地図上に配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>条件をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Filter as Preset…</source>
        <translation>条件を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>保存した条件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>資源一覧</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Open or create a store first, then drop boundary or resource files on it.</source>
        <translation>先にデータファイルを開くか作成してから、境界や資源のファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message>
        <source>CareAtlas</source>
        <translation>CareAtlas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resource(s) match</source>
        <translation>
            <numerusform>%Ln 件中 %1 件が該当</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) on the map</source>
        <translation>
            <numerusform>地図上の資源 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without location</source>
        <translation>
            <numerusform>（位置未設定 %Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>CareAtlas — Regional Resource Map</source>
        <translation>CareAtlas 地域資源マップ</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>新規データファイル</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The address could not be looked up.</source>
        <translation>住所を検索できませんでした。</translation>
    </message>
    <message>
        <source>The store has no address reference yet: File ▸ Import Address Reference…</source>
        <translation>このデータファイルにはまだ位置参照情報がありません：ファイル ▸ 位置参照情報を取り込む…</translation>
    </message>
    <message>
        <source>“%1” was not found in the address reference.</source>
        <translation>「%1」は位置参照情報に見つかりませんでした。</translation>
    </message>
    <message>
        <source>Which Address?</source>
        <translation>どの住所ですか？</translation>
    </message>
    <message>
        <source>Addresses that fit “%1”:</source>
        <translation>「%1」に当てはまる住所:</translation>
    </message>
    <message>
        <source>This resource has no location yet.</source>
        <translation>この資源にはまだ位置がありません。</translation>
    </message>
    <message>
        <source>Save Filter as Preset</source>
        <translation>条件を保存</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>保存する条件の名前:</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>条件「%1」を保存しました。</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used.</source>
        <translation>保存した条件「%1」は使えません。</translation>
    </message>
    <message>
        <source>Delete a Preset…</source>
        <translation>保存した条件を削除…</translation>
    </message>
    <message>
        <source>Delete a Preset</source>
        <translation>保存した条件を削除</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>保存した条件:</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <source>The demo data is not available.</source>
        <translation>デモデータが見つかりません。</translation>
    </message>
    <message>
        <source>About CareAtlas</source>
        <translation>CareAtlas について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CareAtlas %1&lt;/h3&gt;&lt;p&gt;A regional resource map for community-based integrated care: medical, care, housing and community resources on one map, to find, filter and share.&lt;/p&gt;&lt;p&gt;Built with Qt, GDAL/OGR (PROJ), SQLite and Boost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CareAtlas %1&lt;/h3&gt;&lt;p&gt;地域包括ケアのための地域資源マップ：医療・介護・住まい・地域の資源を一つの地図で探し、絞り込み、共有できます。&lt;/p&gt;&lt;p&gt;Qt、GDAL/OGR（PROJ）、SQLite、Boost を使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Click points to measure; double-click or right-click ends the line, Esc ends measuring.</source>
        <translation>地図上の点をクリックして計測します。ダブルクリックか右クリックで線を終え、Esc で計測を終了します。</translation>
    </message>
    <message>
        <source>Click the centre, then the edge of the circle; Esc ends.</source>
        <translation>円の中心、次に円周上の点をクリックします。Esc で終了します。</translation>
    </message>
    <message>
        <source>The background map %1 could not be opened: %2</source>
        <translation>ラスター地図 %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>選択範囲にズーム(&amp;S)</translation>
    </message>
    <message>
        <source>Show the selected resources whole</source>
        <translation>選択した資源がすべて見えるように表示します</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>距離を計測(&amp;M)</translation>
    </message>
    <message>
        <source>Measure a distance on the ground by clicking points</source>
        <translation>点をクリックして地上の距離を計測します</translation>
    </message>
    <message>
        <source>&amp;Radius Circle</source>
        <translation>半径の円(&amp;R)</translation>
    </message>
    <message>
        <source>Draw a circle of a given distance around a clicked point</source>
        <translation>クリックした点を中心に指定距離の円を描きます</translation>
    </message>
    <message>
        <source>Show a local raster map (GeoTIFF, MBTiles) under the areas</source>
        <translation>手元のラスター地図（GeoTIFF・MBTiles）を区域の下に表示します</translation>
    </message>
    <message>
        <source>The selected resources have no location.</source>
        <translation>選択した資源には位置がありません。</translation>
    </message>
    <message>
        <source>Background Map</source>
        <translation>手元のラスター地図</translation>
    </message>
    <message>
        <source>Raster maps (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;All files (*)</source>
        <translation>ラスター地図 (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not use %1 as the background map.</source>
        <translation>%1 をラスター地図として使えませんでした。</translation>
    </message>
    <message>
        <source>Another task is still running; wait for it or cancel it first.</source>
        <translation>ほかの処理を実行中です。終わるまで待つか、キャンセルしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: %1 cannot be changed here (its file or folder cannot be written). You can view, filter, export and print. To edit, save a copy to a folder you can write.</source>
        <translation>&lt;b&gt;読み取り専用&lt;/b&gt;：%1 はここでは変更できません（ファイルまたはフォルダーに書き込めません）。表示・絞り込み・書き出し・印刷はできます。編集するには、書き込めるフォルダーにコピーを保存してください。</translation>
    </message>
    <message>
        <source>Save a Copy to Edit…</source>
        <translation>コピーを保存して編集…</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-コピー</translation>
    </message>
    <message>
        <source>Save a Copy of the Store</source>
        <translation>データファイルのコピーを保存</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>%1 のコピーを保存しています…</translation>
    </message>
    <message>
        <source>Could not save a copy to %1.</source>
        <translation>%1 にコピーを保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved a copy to %1; it is open for editing.</source>
        <translation>%1 にコピーを保存し、編集できるように開きました。</translation>
    </message>
    <message>
        <source>block (番地)</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>chōme (丁目)</source>
        <translation>丁目</translation>
    </message>
    <message>
        <source>town (町)</source>
        <translation>町</translation>
    </message>
    <message>
        <source>Found “%1” to the %2: the distances are measured from its point.</source>
        <translation>「%1」が%2 まで見つかりました。距離はこの地点から測ります。</translation>
    </message>
    <message>
        <source>“%1” was found only to the %2 “%3”: the distances are measured from that point.</source>
        <translation>「%1」は%2 まで（「%3」）見つかりました。距離はその地点から測ります。</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>言語(&amp;U)</translation>
    </message>
    <message>
        <source>Import Address Re&amp;ference…</source>
        <translation>位置参照情報を取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>Full E&amp;xtent</source>
        <translation>全体表示(&amp;X)</translation>
    </message>
    <message>
        <source>Bac&amp;kground Map…</source>
        <translation>手元のラスター地図(&amp;K)…</translation>
    </message>
    <message>
        <source>Cl&amp;ear Background Map</source>
        <translation>ラスター地図を消す(&amp;E)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The window&apos;s title: the open file, then the product (&quot;demo.gpkg - CareAtlas 地域資源マップ&quot; in Japanese).</extracomment>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>careatlas::MapCanvas</name>
    <message>
        <source>Tel.</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1&#xa0;m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>距離：%1</translation>
    </message>
    <message>
        <source> (segment %1)</source>
        <translation>（区間 %1）</translation>
    </message>
    <message>
        <source>Radius: %1</source>
        <translation>半径：%1</translation>
    </message>
</context>
<context>
    <name>careatlas::ReportDialog</name>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>結果をコピー</translation>
    </message>
</context>
<context>
    <name>careatlas::ResourceEditor</name>
    <message>
        <source>Edit “%1”</source>
        <translation>「%1」の編集</translation>
    </message>
    <message>
        <source>Place “%1”</source>
        <translation>「%1」の配置</translation>
    </message>
    <message>
        <source>Rename area “%1”</source>
        <translation>区域の名称を「%1」に変更</translation>
    </message>
    <message>
        <source>Change area code %1 to %2</source>
        <translation>区域のコード %1 を %2 に変更</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」の追加</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>「%1」の削除</translation>
    </message>
</context>
<context>
    <name>careatlas::ResourceTableModel</name>
    <message>
        <source>No location yet</source>
        <translation>位置が未設定です</translation>
    </message>
    <message>
        <source>Retired: left its source&apos;s list on %1</source>
        <translation>廃止：%1 に出典の一覧から外れました</translation>
    </message>
</context>
<context>
    <name>careatlas::ServerController</name>
    <message>
        <source>Open Ser&amp;ver…</source>
        <translation>サーバーを開く(&amp;V)…</translation>
    </message>
    <message>
        <source>Open a store on a PostgreSQL server (postgresql://… or service=NAME)</source>
        <translation>PostgreSQL サーバーのデータを開きます（postgresql://… または service=名前）</translation>
    </message>
    <message>
        <source>&amp;Work Offline…</source>
        <translation>オフライン作業(&amp;W)…</translation>
    </message>
    <message>
        <source>Save a copy of the server&apos;s store to work where the server cannot be reached; sync it later</source>
        <translation>サーバーにつながらない場所で作業するために、サーバーのデータの写しを保存します。あとで同期します</translation>
    </message>
    <message>
        <source>Open Server</source>
        <translation>サーバーを開く</translation>
    </message>
    <message>
        <source>The server&apos;s address (postgresql://host/database) or service=NAME. The password comes from ~/.pgpass or the service file, never from here.</source>
        <translation>サーバーのアドレス（postgresql://ホスト/データベース）または service=名前。パスワードは ~/.pgpass またはサービスファイルから読みます。ここには入力しません。</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>「%1」はサーバーのアドレスではありません。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Could not open the server %1.</source>
        <translation>サーバー %1 を開けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: File ▸ Resolve Sync Conflicts.</source>
        <translation>
            <numerusform>競合 %n 件が選択を待っています。ファイル ▸ 同期の競合を解決 を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: your edits are kept in this copy and sent when it can.</source>
        <translation>サーバーに接続できません。編集はこの写しに保存され、接続できたときに送られます。</translation>
    </message>
    <message>
        <source>The changes could not be exchanged with the server.</source>
        <translation>サーバーと変更をやり取りできませんでした。</translation>
    </message>
    <message>
        <source>CareAtlas</source>
        <translation>CareAtlas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not saved on the server and were undone.</source>
        <translation>
            <numerusform>変更 %n 件はサーバーに保存されず、元に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>サーバーに保存しました。</translation>
    </message>
    <message>
        <source>Server %1 · signed in as %2 · online</source>
        <translation>サーバー %1 ・ サインイン %2 ・ オンライン</translation>
    </message>
    <message>
        <source>Server %1 · signed in as %2 · offline</source>
        <translation>サーバー %1 ・ サインイン %2 ・ オフライン</translation>
    </message>
    <message>
        <source>Working copy: %1</source>
        <translation>作業用の写し：%1</translation>
    </message>
    <message>
        <source>Work Offline</source>
        <translation>オフライン作業</translation>
    </message>
    <message>
        <source>GeoPackage store (*.gpkg)</source>
        <translation>GeoPackage データファイル (*.gpkg)</translation>
    </message>
    <message>
        <source>Making an offline copy of %1…</source>
        <translation>%1 のオフライン用の写しを作っています…</translation>
    </message>
    <message>
        <source>No offline copy was made.</source>
        <translation>オフライン用の写しは作られませんでした。</translation>
    </message>
    <message>
        <source>The offline copy could not be made.</source>
        <translation>オフライン用の写しを作れませんでした。</translation>
    </message>
    <message>
        <source>Saved an offline copy to %1 (resources: %2, areas: %3).</source>
        <translation>オフライン用の写しを %1 に保存しました（資源：%2、区域：%3）。</translation>
    </message>
    <message>
        <source>Open it to work where the server cannot be reached; File ▸ Sync with Server sends your edits back.</source>
        <translation>サーバーにつながらない場所ではこの写しを開いて作業してください。ファイル ▸ サーバーと同期 で編集をサーバーに送り返します。</translation>
    </message>
</context>
<context>
    <name>careatlas::ShortlistCompareDialog</name>
    <message>
        <source>Compare Candidates</source>
        <translation>候補の比較</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>最終確認日</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s)</source>
        <translation>
            <numerusform>%1：候補 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1（%2 時点）</translation>
    </message>
</context>
<context>
    <name>careatlas::ShortlistController</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Delete Shortlist</source>
        <translation>候補リストの削除</translation>
    </message>
    <message>
        <source>Delete the shortlist 「%1」 and its notes?</source>
        <translation>候補リスト「%1」とそのメモを削除しますか？</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>候補リスト</translation>
    </message>
    <message>
        <source>Shor&amp;tlist</source>
        <translation>候補リスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add to Shortlist</source>
        <translation>候補リストに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected resources to the shortlist shown in the Shortlist panel</source>
        <translation>選択した資源を、候補リスト パネルに表示中のリストに追加します</translation>
    </message>
    <message>
        <source>&amp;New Shortlist…</source>
        <translation>新しい候補リスト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Compare Candidates…</source>
        <translation>候補の比較(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Referral Shortlist Sheet (PDF/CSV)…</source>
        <translation>紹介候補リストの書き出し(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>テキストでコピー(&amp;T)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>リストを削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>紹介候補リスト</translation>
    </message>
    <message>
        <source>The referral shortlist sheet (紹介候補リスト) as PDF or CSV</source>
        <translation>紹介候補リストを PDF または CSV で書き出します</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>テキストでコピー</translation>
    </message>
    <message>
        <source>Copies the list as tab-separated text, for e-mail or chat</source>
        <translation>リストをタブ区切りのテキストでコピーします（メールやチャット用）</translation>
    </message>
    <message>
        <source>Undoes the last change to the shortlist&apos;s entries (Shortlist ▸ Undo)</source>
        <translation>候補リストの最後の変更を元に戻します（候補リスト ▸ 元に戻す）</translation>
    </message>
    <message>
        <source>The shortlists could not be read.</source>
        <translation>候補リストを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The shortlist could not be read.</source>
        <translation>候補リストを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Double-click to change the status</source>
        <translation>ダブルクリックで状況を変更します</translation>
    </message>
    <message>
        <source>Double-click to write a note, e.g. 「空き2名、月水金」</source>
        <translation>ダブルクリックでメモを書きます（例：「空き2名、月水金」）</translation>
    </message>
    <message>
        <source>The shortlist could not be made.</source>
        <translation>候補リストを作成できませんでした。</translation>
    </message>
    <message>
        <source>Shortlist 「%1」 made.</source>
        <translation>候補リスト「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Select a resource first, on the map or in the list.</source>
        <translation>先に地図か一覧で資源を選択してください。</translation>
    </message>
    <message>
        <source>Add to the Shortlist</source>
        <translation>候補リストへの追加</translation>
    </message>
    <message>
        <source>The resource could not be added to the shortlist.</source>
        <translation>資源を候補リストに追加できませんでした。</translation>
    </message>
    <message>
        <source>Already in 「%1」: nothing was added.</source>
        <translation>すでに「%1」にあります。追加していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n added to 「%1」; %2 already in it.</source>
        <translation>
            <numerusform>「%1」に %n 件追加しました。%2 件はすでにあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to 「%1」.</source>
        <translation>
            <numerusform>「%1」に %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>変更を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>Remove from the Shortlist</source>
        <translation>候補リストから外す</translation>
    </message>
    <message>
        <source>The entry could not be removed.</source>
        <translation>候補を外せませんでした。</translation>
    </message>
    <message>
        <source>Move in the Shortlist</source>
        <translation>候補リスト内の移動</translation>
    </message>
    <message>
        <source>The entry could not be moved.</source>
        <translation>候補を移動できませんでした。</translation>
    </message>
    <message>
        <source>Change the Status</source>
        <translation>状況の変更</translation>
    </message>
    <message>
        <source>The status could not be saved.</source>
        <translation>状況を保存できませんでした。</translation>
    </message>
    <message>
        <source>Change the Note</source>
        <translation>メモの変更</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>メモを保存できませんでした。</translation>
    </message>
    <message>
        <source>The shortlist could not be deleted.</source>
        <translation>候補リストを削除できませんでした。</translation>
    </message>
    <message>
        <source>The shortlist was copied as text (tab-separated).</source>
        <translation>候補リストをテキスト（タブ区切り）でコピーしました。</translation>
    </message>
    <message>
        <source>Referral Shortlist Sheet</source>
        <translation>紹介候補リスト</translation>
    </message>
    <message>
        <source>shortlist.pdf</source>
        <translation>紹介候補リスト.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The shortlist could not be written.</source>
        <translation>候補リストを書き出せませんでした。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <source>Writing the referral shortlist…</source>
        <translation>紹介候補リストを書き出しています…</translation>
    </message>
    <message>
        <source>The referral shortlist could not be written.</source>
        <translation>紹介候補リストを書き出せませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add 「%1」 to the Shortlist</source>
        <translation>「%1」を候補リストに追加</translation>
    </message>
</context>
<context>
    <name>careatlas::ShortlistLabelDialog</name>
    <message>
        <source>New Shortlist</source>
        <translation>新しい候補リスト</translation>
    </message>
    <message>
        <source>e.g. April home-visit nursing A</source>
        <translation>例：4月 訪問看護 ケースA</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ラベル：</translation>
    </message>
    <message>
        <source>Do not use the client&apos;s name or address as the label: the label is kept in the data file. Use a case number or a word only you can match, e.g. 「ケースA」.</source>
        <translation>利用者の氏名や住所をラベルにしないでください。ラベルはデータファイルに保存されます。ケース番号など、ご自身だけが照合できる語を使ってください（例：「ケースA」）。</translation>
    </message>
    <message>
        <source>Use the filter&apos;s centre (kept as the 町丁目, or rounded to about 100 m)</source>
        <translation>絞り込みの中心を使う（町丁目名、または約100 m 単位に丸めて保存）</translation>
    </message>
</context>
<context>
    <name>careatlas::ShortlistPrintDialog</name>
    <message>
        <source>Referral Shortlist Sheet</source>
        <translation>紹介候補リスト</translation>
    </message>
    <message>
        <source>Map of the centre with numbered markers</source>
        <translation>中心の地図（番号付き）</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>表題：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>作成者：</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>利用者：</translation>
    </message>
    <message>
        <source>The client is printed on the sheet only: it is not kept in the data file or anywhere else.</source>
        <translation>利用者は用紙に印刷するだけで、データファイルにもほかのどこにも保存しません。</translation>
    </message>
</context>
<context>
    <name>careatlas::StatisticsController</name>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Import population per area (total, aged 65+, aged 75+) for rates per 1,000 older residents</source>
        <translation>区域別の人口（総人口・65 歳以上・75 歳以上）を取り込み、高齢者人口千人当たりの数を出します</translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation>人口の取り込み</translation>
    </message>
    <message>
        <source>Population tables (*.csv *.txt);;All files (*)</source>
        <translation>人口の表 (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The figures are as of:</source>
        <translation>人口の時点：</translation>
    </message>
    <message>
        <source>Area level:</source>
        <translation>区域の階層：</translation>
    </message>
    <message>
        <source>Without a date, the date the file states (調査年月日, 「令和6年3月末現在」) is used.</source>
        <translation>時点を指定しない場合は、ファイルに書かれた時点（調査年月日、「令和6年3月末現在」など）を使います。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <source>Import Pop&amp;ulation…</source>
        <translation>人口の取り込み(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>careatlas::StatisticsModel</name>
    <message>
        <source>None in %1: %2</source>
        <translation>%1 に「%2」はありません</translation>
    </message>
    <message>
        <source>Click to show these resources</source>
        <translation>クリックでこれらの資源を表示</translation>
    </message>
</context>
<context>
    <name>careatlas::StatisticsPanel</name>
    <message>
        <source>Area level:</source>
        <translation>区域の階層：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>地図：</translation>
    </message>
    <message>
        <source>Colour the areas of the level on the map (choropleth); areas with none are hatched</source>
        <translation>地図上でこの階層の区域を色分けします（階級区分図）。0 の区域は斜線で示します</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>等間隔</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>自然な区切り（ジェンクス）</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 書き出し</translation>
    </message>
    <message>
        <source>Export the table as CSV for Excel (UTF-8 with BOM, or Shift_JIS)</source>
        <translation>表を Excel 用の CSV（BOM 付き UTF-8 または Shift_JIS）で書き出します</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF 書き出し</translation>
    </message>
    <message>
        <source>Export the table as a PDF to print</source>
        <translation>表を印刷用の PDF で書き出します</translation>
    </message>
    <message>
        <source>Rates count every category.</source>
        <translation>千人当たりの数はすべての種別を数えています。</translation>
    </message>
    <message>
        <source>Rates count: %1.</source>
        <translation>千人当たりの数の対象：%1。</translation>
    </message>
    <message>
        <source>No population for this level: import it with File ▸ Import Population… to see rates per 1,000 aged 65+.</source>
        <translation>この階層の人口がありません。65 歳以上人口千人当たりの数を見るには、ファイル ▸ 人口の取り込み… で取り込んでください。</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (*.csv)</source>
        <translation>CSV、BOM 付き UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (*.csv)</source>
        <translation>CSV、Shift_JIS (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>統計の書き出し</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>圏内の距離:</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Distance coverage: the share of each area (and of its residents, where a finer level has population) within this distance of a resource of the filter&apos;s categories</source>
        <translation>整備状況（距離）：各区域の面積（より細かい階層に人口があれば人口も）のうち、絞り込みの種別の資源からこの距離以内にある割合</translation>
    </message>
    <message>
        <source>Uncovered on map</source>
        <translation>圏外を地図に表示</translation>
    </message>
    <message>
        <source>Draw the parts of the areas beyond this distance grey and hatched on the map</source>
        <translation>この距離より離れた部分を地図に灰色の斜線で示します</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 に書き出しています…</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>配色:</translation>
    </message>
    <message>
        <source>The choropleth&apos;s colours; every palette is colour-blind safe</source>
        <translation>色分け地図の配色（どれも色覚の多様性に配慮した配色です）</translation>
    </message>
    <message>
        <source>Computing the distance coverage…</source>
        <translation>整備状況（距離）を計算しています…</translation>
    </message>
    <message>
        <source>Distance Coverage</source>
        <translation>整備状況（距離）</translation>
    </message>
</context>
<context>
    <name>careatlas::SyncController</name>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>サーバーと同期(&amp;Y)…</translation>
    </message>
    <message>
        <source>Send this offline copy&apos;s edits to its server and bring in the server&apos;s changes</source>
        <translation>このオフライン用の写しの編集をサーバーに送り、サーバーでの変更を取り込みます</translation>
    </message>
    <message>
        <source>Resolve Sync &amp;Conflicts…</source>
        <translation>同期の競合を解決(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose between your value and the server&apos;s for each field both changed</source>
        <translation>双方が変更した項目ごとに、自分の値とサーバーの値のどちらを残すか選びます</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>%1 と同期しました。</translation>
    </message>
    <message numerus="yes">
        <source>From the server: %n change(s)</source>
        <translation>
            <numerusform>サーバーから：変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>削除 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n edit(s)</source>
        <translation>
            <numerusform>送信：編集 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with other changes</source>
        <translation>
            <numerusform>うち %n 件はほかの変更と統合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy figure(s) older than the server&apos;s were kept in its history only.</source>
        <translation>
            <numerusform>サーバーの値より古い空き状況 %n 件は、サーバーの履歴にだけ残しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) you deleted had been changed on the server and were brought back.</source>
        <translation>
            <numerusform>削除した資源のうち %n 件はサーバーで変更されていたため、元に戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were refused by the server (another centre&apos;s area, or no right to write); they stay in the copy.</source>
        <translation>
            <numerusform>編集 %n 件はサーバーに拒否されました（別のセンターの区域か、書き込みの権限がありません）。写しには残っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice.</source>
        <translation>
            <numerusform>競合 %n 件が選択を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>サーバーと同期しています…</translation>
    </message>
    <message>
        <source>The copy could not be synced with the server. Run Sync again when the server can be reached.</source>
        <translation>写しをサーバーと同期できませんでした。サーバーに接続できるときに、もう一度同期してください。</translation>
    </message>
    <message>
        <source>Synced with the server.</source>
        <translation>サーバーと同期しました。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>The conflicts could not be read.</source>
        <translation>競合を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Sync Conflict</source>
        <translation>同期の競合</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server while you edited it in this copy.</source>
        <translation>「%1」は、この写しで編集している間にサーバーで削除されました。</translation>
    </message>
    <message>
        <source>Keep your version (it is added to the server again at the next sync), or accept the deletion?</source>
        <translation>自分の版を残しますか（次の同期でサーバーに再び追加されます）、それとも削除を受け入れますか？</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Accept Deletion</source>
        <translation>削除を受け入れる</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>The choice could not be saved in the copy.</source>
        <translation>選択を写しに保存できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved; the choices are sent at the next sync.</source>
        <translation>
            <numerusform>競合 %n 件を解決しました。選択は次の同期で送信されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;careatlas-cli %1 --help&apos;.</source>
        <translation>&apos;careatlas-cli %1 --help&apos; で使い方を確認してください。</translation>
    </message>
    <message>
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
        <source>careatlas-cli: unknown command &apos;%1&apos;</source>
        <translation>careatlas-cli: &apos;%1&apos; というコマンドはありません</translation>
    </message>
    <message>
        <source>Create an empty CareAtlas store (a GeoPackage) with the default catalogue.</source>
        <translation>既定の種別一覧を入れた空の CareAtlas データファイル（GeoPackage）を作成します。</translation>
    </message>
    <message>
        <source>Path of the new store file (.gpkg)</source>
        <translation>新しいデータファイルのパス（.gpkg）</translation>
    </message>
    <message>
        <source>Import the areas of a boundary file into a store as one level (replacing that level&apos;s areas), find each area&apos;s parent in the level above, and assign the store&apos;s resources to them. All or nothing.</source>
        <translation>境界ファイルの区域をデータファイルの 1 つの階層として取り込み（その階層の区域を置き換え）、各区域の上位区域を上の階層から求め、データファイルの資源を区域に割り当てます。すべて成功するか、何も変更しません。</translation>
    </message>
    <message>
        <source>The store (.gpkg)</source>
        <translation>データファイル（.gpkg）</translation>
    </message>
    <message>
        <source>Level: city, welfare_area, daily_life_area, school_district, or a new code [a-z][a-z0-9_]*</source>
        <translation>階層：city、welfare_area、daily_life_area、school_district、または新しいコード [a-z][a-z0-9_]*</translation>
    </message>
    <message>
        <source>Label of a new level (default: its code)</source>
        <translation>新しい階層の表示名（既定：そのコード）</translation>
    </message>
    <message>
        <source>--level is required</source>
        <translation>--level は必須です</translation>
    </message>
    <message>
        <source>Recompute which area of every level each resource of the store lies in.</source>
        <translation>データファイルの各資源がすべての階層でどの区域にあるかを計算し直します。</translation>
    </message>
    <message>
        <source>Layer to read (default: the first)</source>
        <translation>読み込むレイヤー（既定：最初のレイヤー）</translation>
    </message>
    <message>
        <source>Field holding the area&apos;s name (default: guessed)</source>
        <translation>区域の名称のフィールド（既定：推定）</translation>
    </message>
    <message>
        <source>Field holding the area&apos;s code (default: guessed)</source>
        <translation>区域のコードのフィールド（既定：推定）</translation>
    </message>
    <message>
        <source>Field holding the code of the parent area (default: parents by surface)</source>
        <translation>上位区域のコードのフィールド（既定：面積の重なりで上位区域を決める）</translation>
    </message>
    <message>
        <source>Text encoding of the attributes, e.g. CP932 or UTF-8 (default: .cpg, DBF language id or detected)</source>
        <translation>属性の文字コード。例：CP932、UTF-8（既定：.cpg、DBF の言語 ID、または自動判定）</translation>
    </message>
    <message>
        <source>CRS of the coordinates, e.g. EPSG:6675 (default: the file&apos;s, or guessed)</source>
        <translation>座標の座標参照系。例：EPSG:6675（既定：ファイルの指定、または推定）</translation>
    </message>
    <message>
        <source>Print the result as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <source>Export the resources of a store: a CSV table, a PDF list, a map layout (PDF, PNG, SVG), an atlas of every area of a level (PDF) or a GIS layer (GeoPackage, GeoJSON, Shapefile). The kind follows the extension of --out.</source>
        <translation>データファイルの資源を書き出します：CSV 表、PDF 一覧、地図（PDF・PNG・SVG）、ある階層の全区域の地図帳（PDF）、GIS レイヤー（GeoPackage・GeoJSON・Shapefile）。種類は --out の拡張子で決まります。</translation>
    </message>
    <message>
        <source>File to write: .csv .pdf .png .svg .gpkg .geojson .shp</source>
        <translation>書き出すファイル：.csv .pdf .png .svg .gpkg .geojson .shp</translation>
    </message>
    <message>
        <source>Title printed on PDF and map pages</source>
        <translation>PDF と地図に印刷する表題</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or a3</source>
        <translation>用紙サイズ：a4（既定）または a3</translation>
    </message>
    <message>
        <source>Landscape pages (maps are landscape unless --portrait)</source>
        <translation>横向きのページ（地図は --portrait を付けない限り横向き）</translation>
    </message>
    <message>
        <source>Portrait pages</source>
        <translation>縦向きのページ</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (with BOM, default), utf-8-nobom or cp932</source>
        <translation>CSV の文字コード：utf-8（BOM 付き、既定）、utf-8-nobom、cp932</translation>
    </message>
    <message>
        <source>In CP932, write &apos;?&apos; for characters it cannot hold instead of failing</source>
        <translation>CP932 で表せない文字があっても止めずに「?」で書き出す</translation>
    </message>
    <message>
        <source>Columns of a CSV or PDF list, comma-separated keys (default: all for CSV, the table&apos;s for PDF)</source>
        <translation>CSV・PDF 一覧の列（キーをカンマ区切りで。既定：CSV はすべて、PDF は一覧表の列）</translation>
    </message>
    <message>
        <source>Make a map layout (.pdf, .png or .svg) instead of a list</source>
        <translation>一覧ではなく地図（.pdf・.png・.svg）を作る</translation>
    </message>
    <message>
        <source>Show this area (code or name, any level) on the map layout (default: the --area of the filter, else everything)</source>
        <translation>地図にこの区域（コードまたは名称、どの階層でも）を表示する（既定：絞り込みの --area、なければ全域）</translation>
    </message>
    <message>
        <source>Resolution of a PNG map layout (default 150)</source>
        <translation>PNG 地図の解像度（既定 150）</translation>
    </message>
    <message>
        <source>Make an atlas PDF: one page per area of this level</source>
        <translation>地図帳 PDF を作る：この階層の区域ごとに 1 ページ</translation>
    </message>
    <message>
        <source>Group a PDF list by category or area</source>
        <translation>PDF 一覧を種別（category）または区域（area）でまとめる</translation>
    </message>
    <message>
        <source>Area level of the Area column and of --group-by area (default: daily-life areas)</source>
        <translation>「区域」列と --group-by area に使う区域の階層（既定：日常生活圏域）</translation>
    </message>
    <message>
        <source>expected exactly one STORE path</source>
        <translation>データファイルのパスを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>an atlas is a .pdf file</source>
        <translation>地図帳は .pdf ファイルです</translation>
    </message>
    <message>
        <source>a map layout is a .pdf, .png or .svg file</source>
        <translation>地図は .pdf・.png・.svg ファイルです</translation>
    </message>
    <message>
        <source>unknown output kind &apos;.%1&apos;: use .csv .pdf .png .svg .gpkg .geojson or .shp</source>
        <translation>不明な出力の種類「.%1」：.csv .pdf .png .svg .gpkg .geojson .shp のいずれかにしてください</translation>
    </message>
    <message>
        <source>--paper must be a4 or a3</source>
        <translation>--paper は a4 か a3 です</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-nobom or cp932</source>
        <translation>--encoding は utf-8、utf-8-nobom、cp932 のいずれかです</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation>不明な列「%1」</translation>
    </message>
    <message>
        <source>--group-by must be category or area</source>
        <translation>--group-by は category か area です</translation>
    </message>
    <message>
        <source>--dpi must be between 36 and 600</source>
        <translation>--dpi は 36〜600 で指定してください</translation>
    </message>
    <message>
        <source>--group-by area needs areas in the store</source>
        <translation>--group-by area にはデータファイルに区域が必要です</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n resource(s).</source>
        <translation>
            <numerusform>%1 を書き出しました：%Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) CP932 cannot hold were written as &apos;?&apos; (first: %1).</source>
        <translation>
            <numerusform>CP932 で表せない %Ln 文字を「?」で書き出しました（最初：%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n resource(s)</source>
        <translation>
            <numerusform>%1 を書き出しました：%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%Ln ページ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s)</source>
        <translation>
            <numerusform>%1 を書き出しました：%Ln 区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the map %1: %n resource(s).</source>
        <translation>
            <numerusform>地図 %1 を書き出しました：%Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n feature(s)</source>
        <translation>
            <numerusform>%1 を書き出しました：%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a location (empty geometry)</source>
        <translation>
            <numerusform>位置のない %Ln 件（ジオメトリなし）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 areas; %3 resources in an area, %4 outside, %5 without a location.</source>
        <translation>%1: 区域 %2 件。資源は区域内 %3 件、区域外 %4 件、位置なし %5 件。</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n categories.</source>
        <translation>
            <numerusform>%1 を作成しました（種別 %Ln 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty store with the default catalogue</source>
        <translation>既定の種別一覧を入れた空のデータファイルを作成</translation>
    </message>
    <message>
        <source>Inspect an area boundary file</source>
        <translation>区域の境界ファイルを調べる</translation>
    </message>
    <message>
        <source>Import area boundaries into a store as one level</source>
        <translation>区域の境界をデータファイルに 1 つの階層として取り込む</translation>
    </message>
    <message>
        <source>Recompute which area each resource lies in</source>
        <translation>各資源がどの区域にあるかを計算し直す</translation>
    </message>
    <message>
        <source>Import resources from a CSV file or a point layer</source>
        <translation>CSV ファイルまたはポイントレイヤーから資源を取り込む</translation>
    </message>
    <message>
        <source>Import address reference points (位置参照情報)</source>
        <translation>位置参照情報を取り込む</translation>
    </message>
    <message>
        <source>Find an address&apos;s coordinates</source>
        <translation>住所の座標を調べる</translation>
    </message>
    <message>
        <source>Print the resources that match a filter</source>
        <translation>条件に合う資源を表示する</translation>
    </message>
    <message>
        <source>Count resources per area and category</source>
        <translation>区域別・種別ごとに資源を数える</translation>
    </message>
    <message>
        <source>Render a store&apos;s map to an image</source>
        <translation>データファイルの地図を画像に描画する</translation>
    </message>
    <message>
        <source>Export resources as CSV, a PDF list, a map layout, an atlas or a GIS layer</source>
        <translation>資源を CSV、PDF 一覧、地図、地図帳、GIS レイヤーに書き出す</translation>
    </message>
    <message>
        <source>Render the map of a store (its full extent) to a PNG or JPEG image.</source>
        <translation>データファイルの地図（全体）を PNG または JPEG 画像に描画します。</translation>
    </message>
    <message>
        <source>Print the resources that match a filter (nearest first with --near).</source>
        <translation>条件に合う資源を表示します（--near を指定すると近い順）。</translation>
    </message>
    <message>
        <source>Import address reference points (国土交通省 位置参照情報 CSV, town or block level) so addresses can be found.</source>
        <translation>住所から位置を探せるように、国土交通省の位置参照情報 CSV（大字・町丁目または街区レベル）を取り込みます。</translation>
    </message>
    <message>
        <source>The store file (.gpkg)</source>
        <translation>データファイル（.gpkg）</translation>
    </message>
    <message>
        <source>位置参照情報 CSV (Shift_JIS as published)</source>
        <translation>位置参照情報 CSV（公開されたままの Shift_JIS）</translation>
    </message>
    <message>
        <source>Imported %1 reference points (%2 level, %3) for %4; %5 rows skipped.</source>
        <translation>%4 の参照点 %1 件を取り込みました（種類 %2、文字コード %3）。%5 行は読み飛ばしました。</translation>
    </message>
    <message>
        <source>Find an address in the store&apos;s address reference and print its coordinates.</source>
        <translation>データファイルの位置参照情報で住所を探し、座標を表示します。</translation>
    </message>
    <message>
        <source>An address, e.g. 本町二丁目5番13号</source>
        <translation>住所（例：本町二丁目5番13号）</translation>
    </message>
    <message>
        <source>expected a STORE and an ADDRESS</source>
        <translation>STORE と ADDRESS を指定してください</translation>
    </message>
    <message>
        <source>Output format: csv or json (default csv)</source>
        <translation>出力形式：csv または json（既定 csv）</translation>
    </message>
    <message>
        <source>the format must be csv or json</source>
        <translation>形式は csv または json で指定してください</translation>
    </message>
    <message>
        <source>Count resources per area of a level and per category, rolled up to the levels above.</source>
        <translation>階層の区域ごと・種別ごとに資源を数え、上の階層にも集計します。</translation>
    </message>
    <message>
        <source>Area level code (e.g. school_district, daily_life_area)</source>
        <translation>区域の階層コード（例：school_district、daily_life_area）</translation>
    </message>
    <message>
        <source>--level LEVEL is required</source>
        <translation>--level LEVEL を指定してください</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (the store has: %2)</source>
        <translation>階層「%1」はありません（データファイルにある階層：%2）</translation>
    </message>
    <message>
        <source>Image file to write (.png or .jpg)</source>
        <translation>書き出す画像ファイル（.png または .jpg）</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600)</source>
        <translation>幅（ピクセル、既定 1600）</translation>
    </message>
    <message>
        <source>Height in pixels (default 1200)</source>
        <translation>高さ（ピクセル、既定 1200）</translation>
    </message>
    <message>
        <source>Device pixel ratio, e.g. 2 for a HiDPI image (default 1)</source>
        <translation>デバイスピクセル比（高解像度画像なら 2 など、既定 1）</translation>
    </message>
    <message>
        <source>Draw the legend</source>
        <translation>凡例を描く</translation>
    </message>
    <message>
        <source>Draw every resource, never counted clusters</source>
        <translation>資源をまとめず、すべて個別に描く</translation>
    </message>
    <message>
        <source>A raster map drawn under the areas (GeoTIFF, MBTiles…)</source>
        <translation>区域の下に描くラスター地図（GeoTIFF、MBTiles…）</translation>
    </message>
    <message>
        <source>Centre of the view as LAT,LON (default: the store&apos;s full extent)</source>
        <translation>表示の中心（緯度,経度）（既定：データファイル全体）</translation>
    </message>
    <message>
        <source>Scale denominator with --centre, e.g. 10000 for 1:10,000 (default 25000)</source>
        <translation>--centre と使う縮尺の分母（例: 1:10,000 なら 10000、既定 25000）</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE を指定してください</translation>
    </message>
    <message>
        <source>width and height must be between 64 and 20000 pixels</source>
        <translation>幅と高さは 64〜20000 ピクセルで指定してください</translation>
    </message>
    <message>
        <source>the pixel ratio must be between 0.5 and 4</source>
        <translation>ピクセル比は 0.5〜4 で指定してください</translation>
    </message>
    <message>
        <source>the output must be a .png or .jpg file</source>
        <translation>出力は .png または .jpg ファイルにしてください</translation>
    </message>
    <message>
        <source>--centre must be LAT,LON in degrees, e.g. 36.56,136.65</source>
        <translation>--centre は度単位の 緯度,経度 で指定してください（例: 36.56,136.65）</translation>
    </message>
    <message>
        <source>the scale must be between 200 and 50000000</source>
        <translation>縮尺は 200 から 50000000 の間で指定してください</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 を書き出しました（%2 × %3 ピクセル）。</translation>
    </message>
    <message>
        <source>Inspect an area boundary file (Shapefile, zip, GeoPackage, GeoJSON, KML, folder): layers, fields, guessed name and code fields, encoding, CRS, and what would be repaired or dropped. Writes nothing.</source>
        <translation>区域の境界ファイル（Shapefile、zip、GeoPackage、GeoJSON、KML、フォルダー）を調べます：レイヤー、フィールド、推定した名称とコードのフィールド、文字コード、座標参照系、修復または除外される地物。何も書き込みません。</translation>
    </message>
    <message>
        <source>The vector file or folder</source>
        <translation>ベクターファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>expected exactly one FILE</source>
        <translation>FILE を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>%1 行目、%2</translation>
    </message>
    <message>
        <source>%1: format %2</source>
        <translation>%1: 形式 %2</translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation>文字コード %1（自動判別）</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>文字コード %1</translation>
    </message>
    <message>
        <source>  rows read: %1; added %2, updated %3, unchanged %4, rejected %5, merged duplicates %6</source>
        <translation>  読み込んだ行：%1、追加 %2、更新 %3、変更なし %4、取り込み不可 %5、重複としてまとめた行 %6</translation>
    </message>
    <message>
        <source>  without a location (place them on the map): %1</source>
        <translation>  位置のない資源（地図上で配置してください）：%1</translation>
    </message>
    <message>
        <source>  columns not used: %1</source>
        <translation>  使わなかった列：%1</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>取り込まなかった行：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>試行のみ：何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Import resources from a CSV file or a point layer into a store, all or nothing.</source>
        <translation>CSV ファイルまたはポイントレイヤーから資源をデータファイルに取り込みます（すべて取り込むか、何も取り込まないかのどちらかです）。</translation>
    </message>
    <message>
        <source>The store (.gpkg) to import into</source>
        <translation>取り込み先のデータファイル（.gpkg）</translation>
    </message>
    <message>
        <source>CSV file, or a point layer GDAL reads (GeoJSON, Shapefile, …)</source>
        <translation>CSV ファイル、またはGDAL で読めるポイントレイヤー（GeoJSON、シェープファイルなど）</translation>
    </message>
    <message>
        <source>Layout of the file: auto, standard, standard-old, mhlw, navii, ksj, caremap or csv (default: auto)</source>
        <translation>ファイルの形式：auto、standard、standard-old、mhlw、navii、ksj、caremap、csv のいずれか（既定：auto）</translation>
    </message>
    <message>
        <source>Text encoding: auto, utf-8, cp932 or utf-16 (default: auto)</source>
        <translation>文字コード：auto、utf-8、cp932、utf-16 のいずれか（既定：auto）</translation>
    </message>
    <message>
        <source>JSON file mapping fields to the file&apos;s headers, e.g. {&quot;name&quot;: &quot;施設名&quot;, &quot;latitude&quot;: &quot;Y&quot;}</source>
        <translation>項目とファイルの見出しの対応を書いたJSON ファイル（例：{&quot;name&quot;: &quot;施設名&quot;, &quot;latitude&quot;: &quot;Y&quot;}）</translation>
    </message>
    <message>
        <source>Category for rows whose type is unknown (otherwise they are rejected)</source>
        <translation>種別が分からない行に使う種別（指定しない場合、その行は取り込みません）</translation>
    </message>
    <message>
        <source>Layer of a vector file (default: the first)</source>
        <translation>ベクターファイルのレイヤー（既定：最初のレイヤー）</translation>
    </message>
    <message>
        <source>Read and check the file, report, and write nothing</source>
        <translation>ファイルを読んで確認し、結果を表示するだけで何も書き込まない</translation>
    </message>
    <message>
        <source>Print the report as JSON</source>
        <translation>結果をJSONで出力する</translation>
    </message>
    <message>
        <source>expected a STORE and a FILE</source>
        <translation>STORE と FILE を指定してください</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>不明な形式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>不明な文字コード &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  level %1: %2 resources in its areas, %3 outside them</source>
        <translation>  階層 %1：区域内 %2 件、区域外 %3 件</translation>
    </message>
    <message>
        <source>Only this category (code; repeat for several)</source>
        <translation>この種別だけ（コード。複数指定可）</translation>
    </message>
    <message>
        <source>Only resources with this flag (code; repeat: all of them)</source>
        <translation>この対応がある資源だけ（コード。複数指定ですべてを満たすもの）</translation>
    </message>
    <message>
        <source>Only resources whose name, kana, address, operator or notes contain the words</source>
        <translation>名称・フリガナ・住所・運営法人・備考にこの語を含む資源だけ</translation>
    </message>
    <message>
        <source>Only resources inside this area (name or code, any level)</source>
        <translation>この区域内の資源だけ（名称またはコード、どの階層でも）</translation>
    </message>
    <message>
        <source>Centre for --radius-km, as LAT,LON</source>
        <translation>--radius-km の中心（緯度,経度）</translation>
    </message>
    <message>
        <source>Only resources within this distance of --near (default 2)</source>
        <translation>--near からこの距離（km）以内の資源だけ（既定 2）</translation>
    </message>
    <message>
        <source>Centre for --radius-km, as an address found in the store&apos;s address reference</source>
        <translation>--radius-km の中心を、データファイルの位置参照情報にある住所で指定</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>種別「%1」はありません</translation>
    </message>
    <message>
        <source>unknown flag &apos;%1&apos;</source>
        <translation>対応「%1」はありません</translation>
    </message>
    <message>
        <source>no area is called &apos;%1&apos;</source>
        <translation>「%1」という区域はありません</translation>
    </message>
    <message>
        <source>several areas are called &apos;%1&apos;; give its code</source>
        <translation>「%1」という区域が複数あります。コードで指定してください</translation>
    </message>
    <message>
        <source>--near must be LAT,LON in degrees, e.g. 36.56,136.65</source>
        <translation>--near は度単位の「緯度,経度」で指定してください（例：36.56,136.65）</translation>
    </message>
    <message>
        <source>--radius-km must be a distance in kilometres above 0</source>
        <translation>--radius-km は 0 より大きい km 単位の距離で指定してください</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; is not in the store&apos;s address reference (import it with import-addresses)</source>
        <translation>住所「%1」はデータファイルの位置参照情報にありません（import-addresses で取り込んでください）</translation>
    </message>
    <message>
        <source>--radius-km needs --near</source>
        <translation>--radius-km には --near が必要です</translation>
    </message>
    <message>
        <source>The area level (e.g. school_district)</source>
        <translation>区域の階層（例：school_district）</translation>
    </message>
    <message>
        <source>Give the area a new code instead of a new name</source>
        <translation>名称ではなく、区域に新しいコードを付ける</translation>
    </message>
    <message>
        <source>expected %1 arguments</source>
        <translation>引数を %1 個指定してください</translation>
    </message>
    <message>
        <source>Rename one area of a level (e.g. a garbled name), or with --code give it a new code; one transaction.</source>
        <translation>階層の区域1つの名称を変更します（文字化けした名称など）。--code を指定すると新しいコードを付けます。1 つのトランザクションで行います。</translation>
    </message>
    <message>
        <source>The area&apos;s code</source>
        <translation>区域のコード</translation>
    </message>
    <message>
        <source>Its new name (not with --code)</source>
        <translation>新しい名称（--code のときは不要）</translation>
    </message>
    <message>
        <source>The area %1 of level %2 now has the code %3.</source>
        <translation>階層 %2 の区域 %1 のコードを %3 にしました。</translation>
    </message>
    <message>
        <source>The area %1 of level %2 is now named %3.</source>
        <translation>階層 %2 の区域 %1 の名称を %3 にしました。</translation>
    </message>
    <message>
        <source>Replace the names of a level&apos;s areas from a table (CSV: code, name; a header line is optional). All or nothing: a code the level does not have changes nothing.</source>
        <translation>表（CSV: コード, 名称。見出し行は任意）から階層の区域の名称を置き換えます。すべて置き換えるか何もしないかのどちらかで、階層にないコードがあれば何も変更しません。</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>codes not in level %1: %2</source>
        <translation>階層 %1 にないコード：%2</translation>
    </message>
    <message>
        <source>Renamed %1 areas of level %2.</source>
        <translation>階層 %2 の区域 %1 件の名称を変更しました。</translation>
    </message>
    <message>
        <source>Import even if some features cannot be read or used (look at them first with `careatlas-cli areas FILE`); without it such a file is refused and the level stays as it was</source>
        <translation>読み取れない・使えない地物があっても取り込む（先に `careatlas-cli areas FILE` で確認してください）。指定しない場合、そのようなファイルは取り込まず、階層はそのままです</translation>
    </message>
    <message>
        <source>Rename an area, or change its code</source>
        <translation>区域の名称またはコードを変更する</translation>
    </message>
    <message>
        <source>Replace a level&apos;s area names from a CSV table</source>
        <translation>CSV の表から階層の区域名を置き換える</translation>
    </message>
    <message>
        <source>Base map tiles under map layouts and atlas pages: a preset (gsi-std, gsi-pale, gsi-photo, osm), a tile URL or an .mbtiles/.gpkg package</source>
        <translation>地図と地図帳のページに敷く背景地図：既定の地図（gsi-std、gsi-pale、gsi-photo、osm）、タイル URL、または .mbtiles・.gpkg パッケージ</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>  metadata lines skipped (#…): %1</source>
        <translation>  読み飛ばしたメタデータ行（#…）：%1</translation>
    </message>
    <message>
        <source>  No header names the name column. Proposed: column %1 &quot;%2&quot; (%3). Confirm it with --name-column &quot;%2&quot; to import.</source>
        <translation>  名称を表す見出しの列がありません。候補：%1 列目「%2」（%3）。取り込むには --name-column &quot;%2&quot; で確定してください。</translation>
    </message>
    <message>
        <source>Categories (and what decided them):</source>
        <translation>種別（とそれを決めたもの）：</translation>
    </message>
    <message>
        <source>Against the previous release of %1: %2 gone (retired), %3 moved more than 50 m, %4 renamed</source>
        <translation>前回の %1 との比較：なくなった資源 %2 件（廃止）、50 m を超えて移動 %3 件、名称変更 %4 件</translation>
    </message>
    <message>
        <source>  gone: %1 (%2)</source>
        <translation>  なくなった資源：%1（%2）</translation>
    </message>
    <message>
        <source>  moved %1 m: %2 (line %3)</source>
        <translation>  %1&#xa0;m 移動：%2（%3 行目）</translation>
    </message>
    <message>
        <source>  renamed: %1 → %2 (line %3)</source>
        <translation>  名称変更：%1 → %2（%3 行目）</translation>
    </message>
    <message>
        <source>Data checks (取込チェック結果):</source>
        <translation>取込チェック結果：</translation>
    </message>
    <message>
        <source>  no problems found</source>
        <translation>  問題はありませんでした</translation>
    </message>
    <message>
        <source>Header of the column that holds the names (confirms a proposed column)</source>
        <translation>名称が入っている列の見出し（候補の列を確定します）</translation>
    </message>
    <message>
        <source>The file is the whole list of its source: retire (keep, hide) resources of the source it no longer has</source>
        <translation>このファイルは出典の全件：ファイルにない同じ出典の資源を廃止にする（残したまま非表示）</translation>
    </message>
    <message>
        <source>Name of the source across releases (default: the layout and the file name)</source>
        <translation>版をまたいで同じ出典を表す名前（既定：形式とファイル名）</translation>
    </message>
    <message>
        <source>Base map tiles under the areas: a preset (gsi-std, gsi-pale, gsi-photo, osm), a tile URL or an .mbtiles/.gpkg package</source>
        <translation>区域の下に敷く背景地図：既定の地図（gsi-std、gsi-pale、gsi-photo、osm）、タイル URL、または .mbtiles・.gpkg パッケージ</translation>
    </message>
    <message>
        <source>With --basemap: only tiles already in the cache, no network</source>
        <translation>--basemap と使う: キャッシュ済みのタイルだけを使い、ネットワークに接続しない</translation>
    </message>
    <message>
        <source>Make an offline base map package (MBTiles) of an area from a tile service, for computers without internet.</source>
        <translation>タイル配信サービスから、ある範囲の背景地図のオフライン用パッケージ（MBTiles）を作ります。インターネットのないパソコンで使うためのものです。</translation>
    </message>
    <message>
        <source>A preset (gsi-std, gsi-pale, gsi-photo) or a tile URL with {z}/{x}/{y}</source>
        <translation>既定の地図（gsi-std、gsi-pale、gsi-photo）または {z}/{x}/{y} を含むタイル URL</translation>
    </message>
    <message>
        <source>The area of the store (--store) by name or code, e.g. 金沢市</source>
        <translation>データファイル（--store）の区域の名称またはコード（例：金沢市）</translation>
    </message>
    <message>
        <source>The store whose area --area names</source>
        <translation>--area の区域を含むデータファイル</translation>
    </message>
    <message>
        <source>The area as WEST,SOUTH,EAST,NORTH in degrees</source>
        <translation>範囲（度単位の 西,南,東,北）</translation>
    </message>
    <message>
        <source>Zoom levels, e.g. 10-16 (default 10-16)</source>
        <translation>ズームレベル（例：10-16、既定 10-16）</translation>
    </message>
    <message>
        <source>The package to write (.mbtiles)</source>
        <translation>書き出すパッケージ（.mbtiles）</translation>
    </message>
    <message>
        <source>The credit line a custom source&apos;s provider asks for (stored in the package)</source>
        <translation>独自に指定した配信元が求める出典表示（パッケージに記録します）</translation>
    </message>
    <message>
        <source>--source and --out are required</source>
        <translation>--source と --out を指定してください</translation>
    </message>
    <message>
        <source>give either --area NAME (with --store) or --bbox W,S,E,N</source>
        <translation>--area NAME（--store と一緒に）か --bbox W,S,E,N のどちらかを指定してください</translation>
    </message>
    <message>
        <source>--zoom must be MIN-MAX between 0 and 22, e.g. 10-16</source>
        <translation>--zoom は 0〜22 の 最小-最大 で指定してください（例: 10-16）</translation>
    </message>
    <message>
        <source>the output must be an .mbtiles file</source>
        <translation>出力は .mbtiles ファイルにしてください</translation>
    </message>
    <message>
        <source>--bbox must be WEST,SOUTH,EAST,NORTH in degrees, e.g. 136.5,36.4,136.8,36.7</source>
        <translation>--bbox は度単位の 西,南,東,北 で指定してください（例: 136.5,36.4,136.8,36.7）</translation>
    </message>
    <message>
        <source>--area needs --store STORE</source>
        <translation>--area には --store STORE が必要です</translation>
    </message>
    <message>
        <source>Fetching %1 tiles from %2 (credit: %3)…</source>
        <translation>%2 から %1 枚のタイルを取得しています（出典：%3）…</translation>
    </message>
    <message>
        <source>Wrote %1: %2 of %3 tiles (%4 KB); %5 not available.</source>
        <translation>%1 を書き出しました：%3 枚中 %2 枚（%4 KB）。取得できなかったタイル %5 枚。</translation>
    </message>
    <message>
        <source>Usage: careatlas-cli tiles package --source SOURCE (--area NAME --store STORE | --bbox W,S,E,N) --zoom MIN-MAX --out FILE.mbtiles</source>
        <translation>使い方: careatlas-cli tiles package --source SOURCE (--area NAME --store STORE | --bbox W,S,E,N) --zoom MIN-MAX --out FILE.mbtiles</translation>
    </message>
    <message>
        <source>unknown subcommand %1 (try: package)</source>
        <translation>%1 というサブコマンドはありません（package を使ってください）</translation>
    </message>
    <message>
        <source>Make an offline base map package (MBTiles) for computers without internet</source>
        <translation>インターネットのないパソコン用に背景地図のオフライン用パッケージ（MBTiles）を作る</translation>
    </message>
    <message>
        <source>Path of the store file (.gpkg)</source>
        <translation>データファイル（.gpkg）のパス</translation>
    </message>
    <message>
        <source>Check a store for damage (every page, index and spatial index) and say what is wrong. Reads only.</source>
        <translation>データファイルの破損（すべてのページ、索引、空間索引）を調べ、問題点を表示します。読み取りだけを行います。</translation>
    </message>
    <message>
        <source>%1: no damage found.</source>
        <translation>%1: 破損は見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 は壊れています：</translation>
    </message>
    <message>
        <source>Copy out what can be read with: careatlas-cli recover %1 --out NEW.gpkg</source>
        <translation>読み取れる内容は次のコマンドで取り出せます：careatlas-cli recover %1 --out NEW.gpkg</translation>
    </message>
    <message>
        <source>Copy what a damaged store still holds (areas, resources, labels) into a new store. The damaged file is only read.</source>
        <translation>壊れたデータファイルから読み取れる内容（区域、資源、表示名）を新しいデータファイルにコピーします。壊れたファイルは読み取るだけです。</translation>
    </message>
    <message>
        <source>Path of the new store</source>
        <translation>新しいデータファイルのパス</translation>
    </message>
    <message>
        <source>--out NEW is required</source>
        <translation>--out NEW を指定してください</translation>
    </message>
    <message>
        <source>Recovered %1 resources and %2 areas into %3.</source>
        <translation>資源 %1 件と区域 %2 件を %3 に取り出しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable part(s) of the damaged file were skipped: compare the count with what you expect.</source>
        <translation>
            <numerusform>壊れたファイルの読み取れない部分 %Ln か所を飛ばしました。件数が想定どおりか確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>コピーできなかったもの：%1</translation>
    </message>
    <message>
        <source>Check a store for damage and say what is wrong</source>
        <translation>データファイルの破損を調べ、問題点を表示する</translation>
    </message>
    <message>
        <source>Copy what a damaged store still holds into a new store</source>
        <translation>壊れたデータファイルの読み取れる内容を新しいデータファイルにコピーする</translation>
    </message>
    <message>
        <source>careatlas-cli: unknown language &apos;%1&apos; (use ja or en)</source>
        <translation>careatlas-cli: 不明な言語 &apos;%1&apos;（ja または en を指定してください）</translation>
    </message>
    <message>
        <source>Only resources not confirmed for at least N months (by an import of their source, else their source&apos;s date)</source>
        <translation>N か月以上確認されていない資源だけ（その出典の取り込みで最後に確認された日、なければ出典の日付で判断）</translation>
    </message>
    <message>
        <source>--not-confirmed-months must be a number of months from 1 to 1200</source>
        <translation>--not-confirmed-months には 1～1200 の月数を指定してください</translation>
    </message>
    <message>
        <source>  new service: %1, %2 → %3 (line %4; kept as the same resource)</source>
        <translation>  サービス変更：%1、%2 → %3（%4 行目。同じ資源として更新）</translation>
    </message>
    <message>
        <source>Import population per area (total, aged 65+, aged 75+) for one area level, for rates per 1,000 older residents. Reads CSV tables by area code or name, including 住民基本台帳 年齢別人口 lists and the 自治体標準オープンデータセット 地域・年齢別人口; 5-year age bands are added up.</source>
        <translation>区域の階層 1 つについて、区域別の人口（総人口・65 歳以上・75 歳以上）を取り込み、高齢者人口千人当たりの数を出せるようにします。区域コードまたは名称の CSV 表を読みます（住民基本台帳の年齢別人口、自治体標準オープンデータセットの地域・年齢別人口を含む）。5 歳階級は合計します。</translation>
    </message>
    <message>
        <source>Population CSV (UTF-8 or CP932)</source>
        <translation>人口の CSV（UTF-8 または CP932）</translation>
    </message>
    <message>
        <source>The date the figures are for (YYYY-MM-DD); default: the date the file states</source>
        <translation>人口の時点（YYYY-MM-DD）。既定：ファイルに書かれた時点</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2026-03-31</source>
        <translation>--as-of は 2026-03-31 のような日付で指定してください</translation>
    </message>
    <message>
        <source>One row per area and one column per category (or group), with totals, capacity and, where population is imported, rates per 1,000 aged 65+ and 75+; headers in the interface language</source>
        <translation>区域ごとに 1 行、種別（または分野）ごとに 1 列の表。合計・定員と、人口を取り込んだ階層では 65 歳以上・75 歳以上人口千人当たりの数も出します。見出しは表示言語です</translation>
    </message>
    <message>
        <source>Matrix columns: category (default) or group</source>
        <translation>表の列：category（種別、既定）または group（分野）</translation>
    </message>
    <message>
        <source>Write the matrix to FILE (.csv or .pdf) instead of printing it</source>
        <translation>表を表示せずにファイル（.csv または .pdf）に書き出す</translation>
    </message>
    <message>
        <source>CSV encoding of --out: utf-8 (with BOM, default), utf-8-nobom or cp932</source>
        <translation>--out の CSV の文字コード：utf-8（BOM 付き、既定）、utf-8-nobom、cp932</translation>
    </message>
    <message>
        <source>Paper of a PDF: a4 or a3 (default: a4, a3 for more than 24 columns)</source>
        <translation>PDF の用紙：a4 または a3（既定：a4、列が 24 を超えるときは a3）</translation>
    </message>
    <message>
        <source>--group-by must be category or group</source>
        <translation>--group-by は category か group です</translation>
    </message>
    <message>
        <source>--out must name a .csv or .pdf file</source>
        <translation>--out には .csv か .pdf のファイルを指定してください</translation>
    </message>
    <message>
        <source>Import population per area (total, 65+, 75+) for rates</source>
        <translation>区域別の人口（総人口・65 歳以上・75 歳以上）を取り込む</translation>
    </message>
    <message>
        <source>Changes per area (%1):</source>
        <translation>区域ごとの変更（%1）：</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 gone, %4 moved, %5 renamed, %6 new service</source>
        <translation>  %1：新規 %2、廃止 %3、移転 %4、名称変更 %5、サービス変更 %6</translation>
    </message>
    <message>
        <source>(outside every area)</source>
        <translation>（区域外）</translation>
    </message>
    <message>
        <source>Keep referral shortlists (候補リスト) in a store: candidates in order, each with a status, the date of the last change and a note; print them as a 紹介候補リスト.

  create LABEL [--area NAME] [--near LAT,LON]   a new list (the label must not be the client&apos;s name)
  add LIST ID... [--at N]                       add resources (by id) to a list
  remove LIST ID                                take a resource off a list
  move LIST ID N                                move an entry to position N
  status LIST ID STATUS [--note TEXT]           not_contacted, inquiring, accepting, declined, on_hold (or 未連絡 …)
  note LIST ID TEXT                             change an entry&apos;s note
  list [LIST]                                   the lists, or one list&apos;s entries
  export LIST --out FILE.pdf|.csv|.txt [--client LABEL] [--prepared-by NAME] [--title T] [--no-map]
  delete LIST                                   delete a list
LIST is a list&apos;s id or its label.</source>
        <translation>候補リストをデータファイルに保存します。候補は順番に並び、それぞれ状況・最終変更日・メモを持ちます。紹介候補リストとして印刷できます。

  create LABEL [--area NAME] [--near LAT,LON]   新しいリスト（ラベルに利用者の氏名は使わないでください）
  add LIST ID... [--at N]                       資源（ID）をリストに追加
  remove LIST ID                                資源をリストから外す
  move LIST ID N                                候補を N 番目に移動
  status LIST ID STATUS [--note TEXT]           not_contacted・inquiring・accepting・declined・on_hold（または 未連絡 …）
  note LIST ID TEXT                             候補のメモを変更
  list [LIST]                                   リストの一覧、または 1 つのリストの候補
  export LIST --out FILE.pdf|.csv|.txt [--client LABEL] [--prepared-by NAME] [--title T] [--no-map]
  delete LIST                                   リストを削除
LIST はリストの ID かラベルです。</translation>
    </message>
    <message>
        <source>create, add, remove, move, status, note, list, export or delete</source>
        <translation>create・add・remove・move・status・note・list・export・delete のいずれか</translation>
    </message>
    <message>
        <source>The centre&apos;s 町丁目 (e.g. 本町二丁目), never a full address</source>
        <translation>中心の町丁目（例：本町二丁目）。番地まで含む住所は入れないでください</translation>
    </message>
    <message>
        <source>The centre as LAT,LON (stored rounded to about 100 m)</source>
        <translation>中心の緯度,経度（約 100 m 単位に丸めて保存）</translation>
    </message>
    <message>
        <source>The position to add at (1 = first)</source>
        <translation>追加する位置（1 = 先頭）</translation>
    </message>
    <message>
        <source>A note for the entry</source>
        <translation>候補のメモ</translation>
    </message>
    <message>
        <source>The file to write (.pdf, .csv or .txt)</source>
        <translation>書き出すファイル（.pdf・.csv・.txt）</translation>
    </message>
    <message>
        <source>The client label printed on the sheet (never stored)</source>
        <translation>用紙に印刷する利用者の表記（保存しません）</translation>
    </message>
    <message>
        <source>Who prepared the sheet</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>The sheet&apos;s title (default: 紹介候補リスト)</source>
        <translation>表題（既定：紹介候補リスト）</translation>
    </message>
    <message>
        <source>Print without the map</source>
        <translation>地図なしで印刷</translation>
    </message>
    <message>
        <source>expected a STORE and an ACTION</source>
        <translation>STORE と ACTION を指定してください</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>不明な操作「%1」です</translation>
    </message>
    <message>
        <source>create takes one LABEL</source>
        <translation>create には LABEL を 1 つ指定してください</translation>
    </message>
    <message>
        <source>--near takes LAT,LON, e.g. 36.5613,136.6562</source>
        <translation>--near には 緯度,経度 を指定してください（例：36.5613,136.6562）</translation>
    </message>
    <message>
        <source>Created list %1 「%2」.</source>
        <translation>リスト %1「%2」を作成しました。</translation>
    </message>
    <message>
        <source>%1 needs a LIST</source>
        <translation>%1 には LIST を指定してください</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export には --out FILE を指定してください</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .csv or .txt</source>
        <translation>--out は .pdf・.csv・.txt のいずれかで終わる名前にしてください</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 candidates).</source>
        <translation>%1 を書き出しました（候補 %2 件）。</translation>
    </message>
    <message>
        <source>Deleted list %1.</source>
        <translation>リスト %1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 needs a resource ID</source>
        <translation>%1 には資源の ID を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resource id</source>
        <translation>「%1」は資源の ID ではありません</translation>
    </message>
    <message>
        <source>--at takes a position from 1</source>
        <translation>--at には 1 以上の位置を指定してください</translation>
    </message>
    <message>
        <source>Resource %1 is already in 「%2」 (No. %3); nothing was added.</source>
        <translation>資源 %1 はすでに「%2」にあります（No. %3）。追加していません。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n resource(s) to 「%1」.</source>
        <translation>
            <numerusform>「%1」に資源を %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>move takes LIST ID N (N from 1)</source>
        <translation>move には LIST ID N（N は 1 以上）を指定してください</translation>
    </message>
    <message>
        <source>status takes LIST ID STATUS</source>
        <translation>status には LIST ID STATUS を指定してください</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use not_contacted, inquiring, accepting, declined or on_hold)</source>
        <translation>不明な状況「%1」です（not_contacted・inquiring・accepting・declined・on_hold、または 未連絡・照会中・受入可・受入不可・保留）</translation>
    </message>
    <message>
        <source>note takes LIST ID TEXT</source>
        <translation>note には LIST ID TEXT を指定してください</translation>
    </message>
    <message>
        <source>Keep referral shortlists (候補リスト) and print a 紹介候補リスト</source>
        <translation>候補リストを保存し、紹介候補リストを印刷します</translation>
    </message>
    <message>
        <source>Removed resource %1 from 「%2」.</source>
        <translation>「%2」から資源 %1 を外しました。</translation>
    </message>
    <message>
        <source>Moved resource %1 in 「%2」.</source>
        <translation>「%2」の資源 %1 の順番を変えました。</translation>
    </message>
    <message>
        <source>Changed the status of resource %1 in 「%2」.</source>
        <translation>「%2」の資源 %1 の状況を変更しました。</translation>
    </message>
    <message>
        <source>Changed the note of resource %1 in 「%2」.</source>
        <translation>「%2」の資源 %1 のメモを変更しました。</translation>
    </message>
    <message>
        <source>Resources retired by a newer whole list of their source: hide (default), include or only</source>
        <translation>出典の新しい全件の取り込みで廃止になった資源：hide（表示しない、既定）、include（含める）、only（廃止のみ）</translation>
    </message>
    <message>
        <source>--retired must be hide, include or only</source>
        <translation>--retired には hide、include、only のいずれかを指定してください</translation>
    </message>
    <message>
        <source>A map to hand out: numbered symbols with the numbered list, every daily-life area named (or listed), colour-blind-safe symbols</source>
        <translation>配布用の地図：記号に番号を付けて番号付きの一覧を添え、日常生活圏域の名前をすべて表示し（入らない名前は一覧に）、色覚の多様性に配慮した色で描きます</translation>
    </message>
    <message>
        <source>Number every symbol and print the numbered list beside (landscape) or under (portrait) the map</source>
        <translation>すべての記号に番号を付け、番号付きの一覧を地図の横（横向き）または下（縦向き）に印刷します</translation>
    </message>
    <message>
        <source>Large print: the list at 12 pt, larger symbols and numbers</source>
        <translation>大きな文字：一覧は 12 pt、記号と番号も大きくします</translation>
    </message>
    <message>
        <source>Symbols in colour-blind-safe colours (Okabe–Ito, by group)</source>
        <translation>記号を色覚の多様性に配慮した色（Okabe–Ito、分野ごと）で描きます</translation>
    </message>
    <message>
        <source>Name every area of this level on the map, listing those that find no room (--handout: daily_life_area)</source>
        <translation>この階層のすべての区域名を地図に表示し、入らない名前は一覧にします（--handout では daily_life_area）</translation>
    </message>
    <message>
        <source>With --handout: count rings where symbols crowd instead of numbers</source>
        <translation>--handout で、番号の代わりに混み合う記号を件数の円にまとめます</translation>
    </message>
    <message>
        <source>--handout, --numbered, --large-print, --colour-blind-safe and --name-level are for map layouts (--map, .png, .svg)</source>
        <translation>--handout、--numbered、--large-print、--colour-blind-safe、--name-level は地図（--map、.png、.svg）にだけ使えます</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>階層「%1」はありません</translation>
    </message>
    <message>
        <source>Listed beside the map (no room for their names): %1</source>
        <translation>地図に名前を表示できず横の一覧に載せた区域：%1</translation>
    </message>
    <message>
        <source>Add the share of each area (and of its residents, where a finer level has population) within KM kilometres of a resource of the filter&apos;s categories</source>
        <translation>各区域の面積（より細かい階層に人口があれば人口も）のうち、絞り込みの種別の資源から KM キロメートル以内にある割合を加えます</translation>
    </message>
    <message>
        <source>--coverage-km must be a distance in kilometres above 0 and up to 100</source>
        <translation>--coverage-km には 0 より大きく 100 以下の距離（km）を指定してください</translation>
    </message>
    <message>
        <source>Create or update the CareAtlas schema on a PostgreSQL/PostGIS server and upload a store&apos;s area levels, areas and resources into its empty database, all or nothing. SERVER is a libpq connection string: a URL (postgresql://host/database?sslmode=verify-full) or service=NAME. Passwords come from ~/.pgpass or the service file, never from the command line.</source>
        <translation>PostgreSQL/PostGIS サーバーに CareAtlas のスキーマを作成または更新し、データファイルの区域の階層・区域・資源を空のデータベースにアップロードします（すべて成功するか、何も変更しないかのどちらかです）。SERVER は libpq の接続文字列です：URL（postgresql://ホスト/データベース?sslmode=verify-full）または service=名前。パスワードは ~/.pgpass またはサービスファイルから読み取り、コマンドラインでは受け付けません。</translation>
    </message>
    <message>
        <source>The server database (postgresql://… or service=NAME)</source>
        <translation>サーバーのデータベース（postgresql://… または service=名前）</translation>
    </message>
    <message>
        <source>Only create or update the schema; upload nothing</source>
        <translation>スキーマの作成・更新だけを行い、データはアップロードしない</translation>
    </message>
    <message>
        <source>expected a STORE path and a SERVER connection string</source>
        <translation>STORE（データファイルのパス）と SERVER（接続文字列）を指定してください</translation>
    </message>
    <message>
        <source>SERVER must be a postgresql:// URL or libpq words such as service=NAME</source>
        <translation>SERVER には postgresql:// で始まる URL か、service=名前 のような libpq の接続指定を指定してください</translation>
    </message>
    <message>
        <source>%1: the CareAtlas schema is at version %2.</source>
        <translation>%1：CareAtlas のスキーマはバージョン %2 です。</translation>
    </message>
    <message>
        <source>Published %1 to %2 (resources: %3, areas: %4, area levels: %5).</source>
        <translation>%1 を %2 に公開しました（資源：%3、区域：%4、区域の階層：%5）。</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (resources: %3, areas: %4).</source>
        <translation>%1 を %2 に写しました（資源：%3、区域：%4）。</translation>
    </message>
    <message>
        <source>Put a store on a PostgreSQL/PostGIS server for a team (schema, areas, resources)</source>
        <translation>データファイルをチームで共有する PostgreSQL/PostGIS サーバーに公開する（スキーマ・区域・資源）</translation>
    </message>
    <message>
        <source>Make a GeoPackage copy of a server store to work where the server cannot be reached</source>
        <translation>サーバーにつながらない場所で使うため、サーバーのデータを GeoPackage のデータファイルに写す</translation>
    </message>
    <message>
        <source>Make a GeoPackage copy of a server store (what your sign-in may read) to work with where the server cannot be reached. The copy is read from one moment of the server and written whole or not at all. Edits made in the copy are recorded; careatlas-cli sync sends them back.</source>
        <translation>サーバーのデータ（このサインインで読めるもの）を GeoPackage のデータファイルに写し、サーバーにつながらない場所でも使えるようにします。写しはサーバーのある一時点の内容で、すべて書き込めたときだけ作られます。写しでの編集は記録され、careatlas-cli sync でサーバーに送り返せます。</translation>
    </message>
    <message>
        <source>Sync an offline copy (made by careatlas-cli replica) with its server: first the server&apos;s changes are brought into the copy, then the copy&apos;s edits are sent in batches that are never applied twice. Edits to other fields merge; the same field changed on both sides is kept in the copy as a conflict to resolve in the window. Run it again after a dropped connection.</source>
        <translation>オフライン用の写し（careatlas-cli replica で作成）をサーバーと同期します。まずサーバーでの変更を写しに取り込み、次に写しでの編集を、二重には適用されないまとまりごとに送信します。別の項目への編集は統合し、双方が同じ項目を変更した場合は競合として写しに残し、ウィンドウで解決します。接続が切れたときは、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Path of the offline copy (.gpkg)</source>
        <translation>オフライン用の写しのパス（.gpkg）</translation>
    </message>
    <message>
        <source>The server to sync with, if not the one the copy was made from</source>
        <translation>同期するサーバー（写しの作成元と異なる場合）</translation>
    </message>
    <message>
        <source>expected the path of an offline copy</source>
        <translation>オフライン用の写しのパスを指定してください</translation>
    </message>
    <message>
        <source>Synced %1 with %2: %3 changes from the server (%4 deleted), %5 edits sent (%6 merged), %7 deletions sent.</source>
        <translation>%1 を %2 と同期しました：サーバーからの変更 %3 件（削除 %4 件）、送信した編集 %5 件（統合 %6 件）、送信した削除 %7 件。</translation>
    </message>
    <message>
        <source>%1 edits were refused by the server (another centre&apos;s area, or no right to write); they stay in the copy.</source>
        <translation>編集 %1 件はサーバーに拒否されました（別のセンターの区域か、書き込みの権限がありません）。写しには残っています。</translation>
    </message>
    <message>
        <source>%1 resources deleted here had been changed on the server; they were brought back.</source>
        <translation>ここで削除した資源のうち %1 件はサーバーで変更されていたため、元に戻しました。</translation>
    </message>
    <message>
        <source>Define a centre on a server store: its role, the areas whose resources it writes (these replace its earlier areas) and the people (existing sign-ins, made with createuser) who work for it. --reader gives a sign-in read access only. Run as the database&apos;s administrator; CareAtlas never works as the tables&apos; owner.</source>
        <translation>サーバーのデータにセンターを定義します：そのロール、資源を書き込める区域（以前の区域を置き換えます）、所属する職員（createuser で作成済みのサインイン）。--reader はサインインに読み取りだけを許可します。データベースの管理者として実行してください。CareAtlas がテーブルの所有者として動作することはありません。</translation>
    </message>
    <message>
        <source>The centre&apos;s code: lower-case letters, digits and _ (e.g. north)</source>
        <translation>センターのコード：英小文字・数字・_（例：north）</translation>
    </message>
    <message>
        <source>An area the centre writes, as LEVEL:CODE (repeatable)</source>
        <translation>センターが書き込める区域（LEVEL:CODE の形、繰り返し指定可）</translation>
    </message>
    <message>
        <source>A sign-in that works for the centre (repeatable)</source>
        <translation>センターに所属するサインイン（繰り返し指定可）</translation>
    </message>
    <message>
        <source>A sign-in that may only read (repeatable)</source>
        <translation>読み取りだけを許可するサインイン（繰り返し指定可）</translation>
    </message>
    <message>
        <source>expected a centre CODE (only --reader works without one)</source>
        <translation>センターの CODE を指定してください（CODE なしで使えるのは --reader だけです）</translation>
    </message>
    <message>
        <source>--area takes LEVEL:CODE, e.g. welfare_area:01</source>
        <translation>--area には LEVEL:CODE を指定します（例：welfare_area:01）</translation>
    </message>
    <message>
        <source>name at least one --area LEVEL:CODE the centre writes</source>
        <translation>センターが書き込める区域を --area LEVEL:CODE で 1 つ以上指定してください</translation>
    </message>
    <message numerus="yes">
        <source>Centre %1 (role %2) writes %n area(s); members: %3.</source>
        <translation>
            <numerusform>センター %1（ロール %2）は %n 区域に書き込めます。所属：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>May read (role %1): %2.</source>
        <translation>読み取りのみ（ロール %1）：%2。</translation>
    </message>
    <message>
        <source>Sync an offline copy with its server: bring in the server&apos;s changes, send the copy&apos;s edits</source>
        <translation>オフライン用の写しをサーバーと同期する（サーバーでの変更を取り込み、写しでの編集を送る）</translation>
    </message>
    <message>
        <source>Define a centre on a server store: its areas and who works for it</source>
        <translation>サーバーのデータにセンターを定義する（区域と所属する職員）</translation>
    </message>
    <message>
        <source>%1 conflicts are kept in the copy: open it in the window and choose File ▸ Resolve Sync Conflicts.</source>
        <translation>競合 %1 件を写しに残しています。ウィンドウで写しを開き、ファイル ▸ 同期の競合を解決 で解決してください。</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示します</translation>
    </message>
    <message>
        <source>--choropleth and --coverage-km are for map layouts (--map, .png, .svg) and atlases (--atlas)</source>
        <translation>--choropleth と --coverage-km は地図レイアウト（--map、.png、.svg）と区域カルテ集（--atlas）に使います</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <extracomment>The full stop ending a sentence of the command line&apos;s summary.</extracomment>
        <translation>。</translation>
    </message>
    <message>
        <source>Colour the areas of --choropleth-level by count, per1000_65, per1000_75 or capacity_per1000_65 of the filter&apos;s categories (areas with none hatched, a legend with the class limits)</source>
        <translation>--choropleth-level の区域を、絞り込みの種別の資源数（count）、65歳以上人口千人当たり（per1000_65）、75歳以上人口千人当たり（per1000_75）または定員の65歳以上人口千人当たり（capacity_per1000_65）で色分けします（0の区域は斜線、凡例に階級の境界）</translation>
    </message>
    <message>
        <source>The area level coloured and measured by --choropleth and --coverage-km (default: daily-life areas)</source>
        <translation>--choropleth と --coverage-km で色分け・計測する区域の階層（既定：日常生活圏域）</translation>
    </message>
    <message>
        <source>How the choropleth&apos;s classes are made: quantile (default), equal-interval or natural-breaks</source>
        <translation>色分けの階級の作り方：quantile（分位数、既定）、equal-interval（等間隔）、natural-breaks（自然な区切り）</translation>
    </message>
    <message>
        <source>The choropleth&apos;s colours, all colour-blind safe: ylgnbu (default), orrd, viridis or greys</source>
        <translation>色分けの配色（どれも色覚の多様性に配慮）：ylgnbu（黄〜青、既定）、orrd（橙〜赤）、viridis、greys（灰色）</translation>
    </message>
    <message>
        <source>Draw the parts of the areas more than KM kilometres from every resource of the filter grey and hatched</source>
        <translation>絞り込みのどの資源からも KM キロメートルより遠い部分を灰色の斜線で描きます</translation>
    </message>
    <message>
        <source>--choropleth must be count, per1000_65, per1000_75 or capacity_per1000_65</source>
        <translation>--choropleth には count、per1000_65、per1000_75、capacity_per1000_65 のどれかを指定してください</translation>
    </message>
    <message>
        <source>--classes must be quantile, equal-interval or natural-breaks</source>
        <translation>--classes には quantile、equal-interval、natural-breaks のどれかを指定してください</translation>
    </message>
    <message>
        <source>--palette must be ylgnbu, orrd, viridis or greys</source>
        <translation>--palette には ylgnbu、orrd、viridis、greys のどれかを指定してください</translation>
    </message>
    <message>
        <source>--choropleth-level, --classes and --palette go with --choropleth or --coverage-km</source>
        <translation>--choropleth-level、--classes、--palette は --choropleth または --coverage-km と一緒に指定してください</translation>
    </message>
    <message>
        <source>--choropleth and --coverage-km need areas in the store</source>
        <translation>--choropleth と --coverage-km にはデータファイルに区域が必要です</translation>
    </message>
    <message>
        <source>Working copy of %1 (signed in as %2): %3</source>
        <translation>%1 の作業用の写し（サインイン %2）：%3</translation>
    </message>
    <message>
        <source>%1 conflicts are kept in the copy: open the server in the window to resolve them.</source>
        <translation>写しに競合が %1 件残っています。ウィンドウでサーバーを開いて解決してください。</translation>
    </message>
    <message>
        <source>careatlas-cli: this command needs the part of careatlas-cli that reads GIS files and draws maps (careatlas-cli-gis), which could not be loaded: %1. Install CareAtlas again.</source>
        <translation>careatlas-cli: このコマンドには、GIS ファイルを読み込み地図を描く部分（careatlas-cli-gis）が必要ですが、読み込めませんでした：%1。CareAtlas をインストールし直してください。</translation>
    </message>
</context>
</TS>
