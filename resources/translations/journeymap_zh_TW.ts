<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="21" />
        <source>About JourneyMap</source>
        <translation>關於 JourneyMap</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="14" />
        <source>&lt;h3&gt;JourneyMap {version}&lt;/h3&gt;&lt;p&gt;A workbench for customer-experience journey mapping: map the journey, measure it, rank its pain points, plan the fixes.&lt;/p&gt;&lt;p&gt;Built with Qt for Python.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMap {version}&lt;/h3&gt;&lt;p&gt;客戶體驗旅程地圖工作臺：繪製旅程、度量旅程、為痛點排序、規劃改進。&lt;/p&gt;&lt;p&gt;基於 Qt for Python 構建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="17" />
        <source>&lt;p&gt;Errors are written to:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;錯誤日誌寫入：&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    </context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="64" />
        <source>&lt;b&gt;Suggested from the data&lt;/b&gt;</source>
        <translation>&lt;b&gt;資料中發現的建議&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="85" />
        <source>No suggestions: nothing in the data stands out that is not on the list already.</source>
        <translation>沒有建議：資料中沒有尚未列出的突出問題。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="114" />
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="114" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="115" />
        <source>Add it to the pain points (undoable)</source>
        <translation>將其加入痛點（可復原）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="116" />
        <source>Do not suggest it again (undoable)</source>
        <translation>不再建議此項（可復原）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="133" />
        <source>Accept suggested pain point</source>
        <translation>接受建議的痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="141" />
        <source>Dismiss suggested pain point</source>
        <translation>忽略建議的痛點</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="128" />
        <source>New stage</source>
        <translation>新環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="133" />
        <source>Add stage after %1</source>
        <translation>在 %1 之後新增環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="139" />
        <source>New pain point</source>
        <translation>新痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="141" />
        <source>Add pain point</source>
        <translation>新增痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="164" />
        <source>Name pain point</source>
        <translation>命名痛點</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="100" />
        <source>Save image…</source>
        <translation>儲存圖片…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="101" />
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="104" />
        <source>Copy table</source>
        <translation>複製表格</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="114" />
        <location filename="../../journeymap/ui/chart_view.py" line="121" />
        <source>Save image</source>
        <translation>儲存圖片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="115" />
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 圖片 (*.png);;JPEG 圖片 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="122" />
        <source>Could not write %1: check the folder exists and can be written.</source>
        <translation>無法寫入 %1：請檢查資料夾是否存在且可寫入。</translation>
    </message>
</context>
<context>
    <name>CommentSearch</name>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="33" />
        <source>All comments</source>
        <translation>全部意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="33" />
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="34" />
        <source>Employees</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="38" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="38" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="38" />
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="39" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="102" />
        <source>customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="102" />
        <source>employee</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="105" />
        <source>typed in the app</source>
        <translation>在應用中錄入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="109" />
        <source>%n of %1 comment(s)</source>
        <translation>
            <numerusform>%n 條（共 %1 條意見）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="115" />
        <source>Type to search the %n comment(s) of %1 (any language)…</source>
        <translation>
            <numerusform>輸入文字，搜尋 %1 的 %n 條意見（任何語言）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="118" />
        <source>Type to search all %n comment(s) of the journey (any language)…</source>
        <translation>
            <numerusform>輸入文字，搜尋此旅程的全部 %n 條意見（任何語言）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="119" />
        <source>Type to search all %n comment(s) of the journey (%1 holds none)…</source>
        <translation>
            <numerusform>輸入文字，搜尋此旅程的全部 %n 條意見（%1 中沒有意見）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectHandle</name>
    <message>
        <location filename="../../journeymap/ui/canvas/tools.py" line="27" />
        <source>Drag to another stage to connect</source>
        <translation>拖到另一個環節以建立連線</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <location filename="../../journeymap/ui/models/dataframe_model.py" line="208" />
        <source>%1 values, %2 empty (%3)</source>
        <translation>%1 個值，%2 個為空（%3）</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="40" />
        <source>%1 could not be read from %2; the file may be damaged: import it again, or open a backup (%3).</source>
        <translation>無法從 %2 讀取 %1；檔案可能已損壞：請重新匯入，或開啟備份（%3）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="78" />
        <source>The survey's periods</source>
        <translation>調查的期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="87" />
        <source>The stage metrics of survey %1</source>
        <translation>調查 %1 的環節指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="159" />
        <source>Copy (tab-separated)</source>
        <translation>複製（定位字元分隔）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="303" />
        <source>Filter rows…</source>
        <translation>篩選列…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="85" />
        <source>Dataset:</source>
        <translation>資料集：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="85" />
        <source>Segment:</source>
        <translation>客群：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="86" />
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="102" />
        <source>Stage metrics</source>
        <translation>環節指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="103" />
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="151" />
        <source>%1 (%2, %3 rows)</source>
        <translation>%1（%2，%3 列）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="157" />
        <source>This project is not saved yet. Save it, then bring data in with File &gt; Import…</source>
        <translation>此專案尚未儲存。請先儲存，再通過「檔案 &gt; 匯入…」匯入資料。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="160" />
        <source>No data yet. File &gt; Import… brings in a survey, operating data or comments; their rows and stage metrics show here.</source>
        <translation>尚無資料。「檔案 &gt; 匯入…」可匯入調查、營運數據或意見；其列和環節指標會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="217" />
        <source>Reading %1 rows…</source>
        <translation>正在讀取 %1 列…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="212" />
        <location filename="../../journeymap/ui/data_view.py" line="231" />
        <source>All segments</source>
        <translation>全部客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="105" />
        <source>Comments</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="213" />
        <location filename="../../journeymap/ui/data_view.py" line="232" />
        <source>All periods</source>
        <translation>全部期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="218" />
        <source>Dataset %1</source>
        <translation>資料集 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="236" />
        <source>Showing the first %1 rows while the rest are read…</source>
        <translation>正在顯示前 %1 列，其餘列讀取中…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="246" />
        <source>%1: stage %2, scale %3-%4, %5 is better</source>
        <translation>%1：環節 %2，量表 %3-%4，%5為佳</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="249" />
        <source>line in the imported file (the header is line 1)</source>
        <translation>匯入檔案中的行號（表頭為第 1 列）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="250" />
        <source>respondent id</source>
        <translation>受訪者編號</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="250" />
        <source>the outcome (0/1, scale or 0-10)</source>
        <translation>結果指標（0/1、量表或 0-10）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="302" />
        <source>Filter stages or metrics…</source>
        <translation>篩選環節或指標…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="318" />
        <source>%1 of %2 rows</source>
        <translation>%2 列中的 %1 列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="318" />
        <source>%1 of %2 stage metrics</source>
        <translation>%2 項環節指標中的 %1 項</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="338" />
        <source>Top-2-box (%)</source>
        <translation>前兩項占比 (%)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="344" />
        <source>satisfaction: respondents (weighted where the survey has weights), under 30 is flagged; operating: the period and segment values combined</source>
        <translation>滿意度：受訪者人數（調查有權重時為加權人數），少於 30 會標記；營運數據：期間和客群數值的合計</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="346" />
        <source>the metric's target, if one is set</source>
        <translation>指標的目標（如已設定）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="347" />
        <source>n&lt;30: few answers; no data: nothing rates the stage; off target</source>
        <translation>n&lt;30：回答較少；無資料：沒有題項評價該環節；未達標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="375" />
        <source>Could not read the data: %1</source>
        <translation>無法讀取資料：%1</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Id</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="199" />
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="199" />
        <source>Outcome</source>
        <translation>結果指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>Better</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>On target</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>Flags</source>
        <translation>標記</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="213" />
        <source>Survey metrics: no survey in this journey. Operating metrics: the stored values.</source>
        <translation>調查指標：此旅程沒有調查。營運指標：已儲存的數值。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="214" />
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 列）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="215" />
        <source>Survey metrics read from %1. Operating metrics: the stored values.</source>
        <translation>調查指標讀取自 %1。營運指標：已儲存的數值。</translation>
    </message>
    </context>
<context>
    <name>DriversModel</name>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Item</source>
        <translation>題項</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Weight %</source>
        <translation>權重 %</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="48" />
        <source>95% CI</source>
        <translation>95% 信賴區間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="48" />
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="48" />
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="49" />
        <source>Top-2-box</source>
        <translation>前兩項占比</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="49" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="50" />
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="52" />
        <source>The item's share of the explained variance (R²); they sum to 100</source>
        <translation>該題項在已解釋方差 (R²) 中所佔份額；合計為 100</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="53" />
        <source>95% bootstrap interval of the weight %</source>
        <translation>權重 % 的 95% 拔靴法區間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="54" />
        <source>Pearson correlation with the outcome</source>
        <translation>與結果指標的皮爾遜相關係數</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="55" />
        <source>Share answering in the top two boxes of the scale</source>
        <translation>回答落在量表最高兩檔的佔比</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="56" />
        <source>The item's mean on its own scale</source>
        <translation>該題項在自身量表上的均值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="57" />
        <source>Importance-performance quadrant; uncertain when the weight's interval straddles the importance cut line (it could fall on either side)</source>
        <translation>重要性-表現象限；當權重區間跨越重要性分界線時標為「不確定」（可能落在任一側）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="59" />
        <source>Answers to this item</source>
        <translation>該題項的回答數</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="101" />
        <source> (uncertain)</source>
        <translation>（不確定）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="112" />
        <source>Concentrate here</source>
        <translation>重點改進</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="112" />
        <source>Keep up the good work</source>
        <translation>繼續保持</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="113" />
        <source>Low priority</source>
        <translation>低優先順序</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="114" />
        <source>Possible overkill</source>
        <translation>可能過度投入</translation>
    </message>
</context>
<context>
    <name>DriversView</name>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="102" />
        <source>Relative weights</source>
        <translation>相對權重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="102" />
        <source>Shapley (LMG)</source>
        <translation>Shapley (LMG)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="103" />
        <source>Squared correlations</source>
        <translation>相關係數平方</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="107" />
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="107" />
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="108" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="108" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="127" />
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="194" />
        <source>All waves: %1</source>
        <translation>全部批次：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="202" />
        <source>All segments</source>
        <translation>全部客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="203" />
        <source>All periods</source>
        <translation>全部期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="247" />
        <source>This project has no journey yet. Add one on the map to analyse its survey.</source>
        <translation>此專案還沒有旅程。請先在地圖上新增旅程，再分析其調查資料。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="249" />
        <source>No survey data for this journey yet.

Import a survey with an overall outcome and rated items mapped to stages, then save the project: the key drivers appear here.</source>
        <translation>此旅程還沒有調查資料。

請匯入一份包含總體結果指標、且題項已對應到環節的調查，然後儲存專案：關鍵驅動因素會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="252" />
        <source>Save the project first: the analysis reads the survey's answers from the saved file.</source>
        <translation>請先儲存專案：分析從已儲存的檔案中讀取調查回答。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="289" />
        <source>The key-driver analysis could not run:

{0}</source>
        <translation>關鍵驅動因素分析無法執行：

{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="301" />
        <source>the outcome</source>
        <translation>結果指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="304" />
        <source>&lt;b&gt;n = {0}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;b&gt;R² = {1}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:#5F6368'&gt;key drivers of {2} · {3}&lt;/span&gt;</source>
        <translation>&lt;b&gt;n = {0}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;b&gt;R² = {1}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:#5F6368'&gt;{2}的關鍵驅動因素 · {3}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="310" />
        <source>read from %1</source>
        <translation>讀取自 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="311" />
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 列）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="326" />
        <source>survey</source>
        <translation>調查</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="89" />
        <source>Encoding and preview</source>
        <translation>編碼與預覽</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="90" />
        <source>Check that the headers and text read correctly; if not, choose another encoding.</source>
        <translation>請檢查表頭和文字是否正確顯示；若不正確，請選擇其他編碼。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="102" />
        <source>Encoding:</source>
        <translation>編碼：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="103" />
        <source>Detected:</source>
        <translation>檢測結果：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="104" />
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="121" />
        <source>Excel file: no text encoding (sheet %1)</source>
        <translation>Excel 檔案：無文字編碼（工作表 %1）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>bar</source>
        <translation>豎線</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="125" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="63" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="129" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="240" />
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="72" />
        <source>The data could not be read: {0}</source>
        <translation>無法讀取資料：{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="82" />
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="84" />
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="92" />
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="95" />
        <source>built-in 16:9 template</source>
        <translation>內建 16:9 範本</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="96" />
        <source>Template…</source>
        <translation>範本…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="98" />
        <source>Deck template</source>
        <translation>簡報範本</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="106" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="115" />
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="116" />
        <source>Copy the chart shown to the clipboard as an image</source>
        <translation>將當前顯示的圖表以圖片形式複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="133" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="297" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="309" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="152" />
        <source>No Chromium found: PNG, SVG and PDF images need one (Debian/Ubuntu: apt-get install chromium). The deck, workbook and report export without it.</source>
        <translation>未找到 Chromium：PNG、SVG 和 PDF 圖片需要它（Debian/Ubuntu：apt-get install chromium）。簡報、工作簿和報告無需它也可匯出。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="155" />
        <source>Save the project first: the export reads the survey's answers from the saved file.</source>
        <translation>請先儲存專案：匯出從已儲存的檔案中讀取調查回答。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="158" />
        <source>This project has no journey to export.</source>
        <translation>此專案沒有可匯出的旅程。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="195" />
        <source>Choose at least one format.</source>
        <translation>請至少選擇一種格式。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="198" />
        <source>The template {0} does not exist.</source>
        <translation>範本 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="211" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="247" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="215" />
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="223" />
        <source>1 file already in {0} would be replaced:</source>
        <translation>{0} 中已有 1 個檔案將被替換：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="224" />
        <source>{1} files already in {0} would be replaced:</source>
        <translation>{0} 中已有 {1} 個檔案將被替換：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="227" />
        <source>1 file there is from an earlier export of a journey with this name, and this export does not write it: it is left as it is and is not part of this export:</source>
        <translation>其中 1 個檔案來自同名旅程的早先匯出，本次匯出不寫入它：它保持原樣，不屬於本次匯出：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="230" />
        <source>{0} files there are from an earlier export of a journey with this name, and this export does not write them: they are left as they are and are not part of this export:</source>
        <translation>其中 {0} 個檔案來自同名旅程的早先匯出，本次匯出不寫入它們：它們保持原樣，不屬於本次匯出：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="235" />
        <source>Replace them?</source>
        <translation>替換這些檔案？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="235" />
        <source>Replace it?</source>
        <translation>替換該檔案？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="236" />
        <source>Replace</source>
        <translation>替換</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="238" />
        <source>Nothing in {0} would be replaced.</source>
        <translation>{0} 中沒有檔案會被替換。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="239" />
        <source>Export beside them?</source>
        <translation>仍匯出到此資料夾（與它們並存）？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="239" />
        <source>Export beside it?</source>
        <translation>仍匯出到此資料夾（與它並存）？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="241" />
        <source>Files already in the folder</source>
        <translation>資料夾中已有檔案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="261" />
        <source>Nothing was exported; the files in {0} are as they were.</source>
        <translation>未匯出任何內容；{0} 中的檔案保持原樣。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="266" />
        <source>… and {0} more</source>
        <translation>……另有 {0} 個</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="272" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="290" />
        <source>Drawing {0}</source>
        <translation>正在繪製{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="291" />
        <source>Making the charts</source>
        <translation>正在生成圖表</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="291" />
        <source>Writing the deck</source>
        <translation>正在寫入簡報</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="292" />
        <source>Writing the workbook</source>
        <translation>正在寫入工作簿</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="292" />
        <source>Writing the HTML report</source>
        <translation>正在寫入 HTML 報告</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="293" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="300" />
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="302" />
        <source>Wrote {0} files to {1}.</source>
        <translation>已將 {0} 個檔案寫入 {1}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="303" />
        <source>Left out: {0} ({1})</source>
        <translation>未包含：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="311" />
        <source>The export failed, nothing was written: {0}</source>
        <translation>匯出失敗，未寫入任何內容：{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="347" />
        <source>Copied the chart to the clipboard.</source>
        <translation>已將圖表複製到剪貼簿。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="363" />
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="368" />
        <source>PowerPoint template</source>
        <translation>PowerPoint 範本</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="369" />
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint 範本 (*.pptx *.potx)</translation>
    </message>
</context>
<context>
    <name>FileFlow</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="36" />
        <location filename="../../journeymap/ui/dialogs/files.py" line="51" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="96" />
        <source>Cannot open the project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="112" />
        <source>{name} was restored from the autosaved copy of {when}; the file it replaced is kept as {aside}.</source>
        <translation>已從 {when} 的自動儲存副本恢復 {name}；被替換的檔案保留為 {aside}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="132" />
        <source>Cannot recover the autosaved copy</source>
        <translation>無法恢復自動儲存的副本</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="133" />
        <source>{error}

The autosaved copy is kept: {copy}</source>
        <translation>{error}

自動儲存的副本已保留：{copy}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="115" />
        <source>{name} was gone: it was restored from the autosaved copy of {when}.</source>
        <translation>{name} 已不存在：已從 {when} 的自動儲存副本恢復。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="139" />
        <source>an unsaved project</source>
        <translation>未儲存的專案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="193" />
        <source>The project was not saved</source>
        <translation>專案未儲存</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="27" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="28" />
        <source>Choose the CSV or Excel file and what kind of data it holds.</source>
        <translation>選擇 CSV 或 Excel 檔案，以及其中包含的資料類型。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="30" />
        <source>a .csv, .txt or .xlsx file</source>
        <translation>.csv、.txt 或 .xlsx 檔案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="31" />
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="37" />
        <source>Survey: a row per respondent</source>
        <translation>調查：每列一位受訪者</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="38" />
        <source>Operations: a row per stage and period, or per event</source>
        <translation>營運數據：每列一個環節和期間，或一個事件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="39" />
        <source>Feedback: a row per comment</source>
        <translation>回饋：每列一條意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="46" />
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="47" />
        <source>Kind of data:</source>
        <translation>資料類型：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="48" />
        <source>Sheet (Excel):</source>
        <translation>工作表 (Excel)：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="56" />
        <source>Import data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="57" />
        <source>Data files (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>資料檔案 (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../journeymap/ui/history_view.py" line="15" />
        <source>Undo history</source>
        <translation>復原歷史</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/history_view.py" line="18" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;已開啟&gt;</translation>
    </message>
</context>
<context>
    <name>ImportPages</name>
    <message>
        <location filename="../../journeymap/ui/import_widgets.py" line="26" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="131" />
        <source>Import data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="112" />
        <location filename="../../journeymap/ui/import_wizard.py" line="139" />
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="314" />
        <source>No problems found.</source>
        <translation>未發現問題。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="330" />
        <source>Writing %1 into the project…</source>
        <translation>正在將 %1 寫入專案…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="340" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="349" />
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="354" />
        <source>Imported %1 rows as the dataset “%2”.</source>
        <translation>已匯入 %1 列，資料集為「%2」。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="357" />
        <source>New stages: %1.</source>
        <translation>新環節：%1。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="363" />
        <source>The import failed; the project is unchanged.
%1</source>
        <translation>匯入失敗；專案未更改。
%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="367" />
        <source>Import cancelled; the project is unchanged.</source>
        <translation>匯入已取消；專案未更改。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/encoding_choice.py" line="18" />
        <source>Which encoding?</source>
        <translation>使用哪種編碼？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/encoding_choice.py" line="19" />
        <source>The file is too short to tell its encoding. Pick the reading whose text is right:</source>
        <translation>檔案太短，無法判斷其編碼。請選擇文字顯示正確的那一種讀法：</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/import_preview.py" line="37" />
        <source>The file is too short to tell its encoding. Press Next again and pick the reading whose text is right.</source>
        <translation>檔案太短，無法判斷其編碼。請再次按「下一步」，選擇文字正確的那種讀法。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="47" />
        <source>picked among the readings of this short file</source>
        <translation>從這個短檔案的幾種讀法中選定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="66" />
        <source>The file cannot be read as %1 (%2). Choose another encoding above, such as gb18030, big5 or utf-16.</source>
        <translation>無法以 %1 讀取該檔案（%2）。請在上方選擇其他編碼，例如 gb18030、big5 或 utf-16。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="68" />
        <source>The file's line %1 cannot be read as %2 (bytes %3): it is in another encoding. Choose another encoding above, such as gb18030, big5 or utf-16.</source>
        <translation>檔案第 %1 列無法以 %2 讀取（位元組 %3）：檔案使用的是其他編碼。請在上方選擇其他編碼，例如 gb18030、big5 或 utf-16。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="81" />
        <source>given in the saved mapping</source>
        <translation>由已儲存的對應指定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="84" />
        <source>detected: %1</source>
        <translation>自動檢測：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="85" />
        <source>chosen on the Encoding page</source>
        <translation>在「編碼」頁選擇</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="107" />
        <source>Save the project before importing</source>
        <translation>匯入前請先儲存專案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="108" />
        <source>JourneyMap projects (*.jmap)</source>
        <translation>JourneyMap 專案 (*.jmap)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="112" />
        <source>The import writes to the project file. Save your changes first?</source>
        <translation>匯入會寫入專案檔案。先儲存您的更改嗎？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="119" />
        <source>The project was not saved</source>
        <translation>專案未儲存</translation>
    </message>
    </context>
<context>
    <name>InitiativeForm</name>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="74" />
        <source>Unlink</source>
        <translation>取消關聯</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="77" />
        <source>Link</source>
        <translation>關聯</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="84" />
        <source>&lt;b&gt;Pain points it addresses&lt;/b&gt;</source>
        <translation>&lt;b&gt;其針對的痛點&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="114" />
        <source>Select an initiative to edit it.</source>
        <translation>選擇一項改進舉措以進行編輯。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="143" />
        <location filename="../../journeymap/ui/initiative_form.py" line="145" />
        <source>item: {c}</source>
        <translation>題項：{c}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="146" />
        <source>metric: {m} (needs a stated link)</source>
        <translation>指標：{m}（需要宣告關聯）</translation>
    </message>
<message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Title</source><translation>標題</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Owner</source><translation>負責人</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Department</source><translation>部門</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Status</source><translation>狀態</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="28" /><source>Start (YYYY-MM-DD)</source><translation>開始日期 (YYYY-MM-DD)</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="28" /><source>Due (YYYY-MM-DD)</source><translation>截止日期 (YYYY-MM-DD)</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="28" /><source>Done on (YYYY-MM-DD)</source><translation>完成日期 (YYYY-MM-DD)</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="29" /><source>Effort (person-months)</source><translation>工作量（人月）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="29" /><source>Cost</source><translation>成本</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="29" /><source>Reach (customers a period)</source><translation>覆蓋面（每期客戶數）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="30" /><source>RICE impact</source><translation>RICE 影響</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="30" /><source>Confidence (0 to 1)</source><translation>信心（0 到 1）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="30" /><source>Uplift on</source><translation>提升對象</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="31" /><source>Expected uplift</source><translation>預期提升</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="31" /><source>Stated link: moves survey item</source><translation>宣告的關聯：影響的調查題項</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="32" /><source>Item points per unit (assumed)</source><translation>每單位帶來的題項分數（假設）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="32" /><source>Notes</source><translation>備註</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>idea</source><translation>構想</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>planned</source><translation>已計劃</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>in progress</source><translation>進行中</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>done</source><translation>已完成</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="36" /><source>dropped</source><translation>已放棄</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>-</source><translation>-</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>3 massive</source><translation>3 極大</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>2 high</source><translation>2 高</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>1 medium</source><translation>1 中</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>0.5 low</source><translation>0.5 低</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="34" /><source>0.25 minimal</source><translation>0.25 極小</translation></message></context>
<context>
    <name>InitiativesModel</name>
    <message>
        <location filename="../../journeymap/ui/roadmap_model.py" line="84" />
        <source>{due}  overdue</source>
        <translation>{due}  已逾期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_model.py" line="99" />
        <source>RICE needs {parts}</source>
        <translation>RICE 需要{parts}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_model.py" line="100" />
        <source>reach {r:,.0f} x impact {i:g} x confidence {c:g} / effort {e:g}</source>
        <translation>覆蓋面 {r:,.0f} × 影響 {i:g} × 信心 {c:g} / 工作量 {e:g}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_model.py" line="105" />
        <source>change of the outcome = the item's regression coefficient x the item's change</source>
        <translation>結果指標的變化 = 題項的回歸係數 × 題項的變化</translation>
    </message>
<message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Status</source><translation>狀態</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Initiative</source><translation>改進舉措</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Owner</source><translation>負責人</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Department</source><translation>部門</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Start</source><translation>開始</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Due</source><translation>截止日期</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Done</source><translation>完成</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Effort (pm)</source><translation>工作量（人月）</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>RICE</source><translation>RICE</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="18" /><source>Projected (95% CI)</source><translation>預測（95% 信賴區間）</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="18" /><source>Pain points</source><translation>痛點</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="19" /><source>Idea</source><translation>構想</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="19" /><source>Planned</source><translation>已計劃</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="19" /><source>In progress</source><translation>進行中</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="20" /><source>Dropped</source><translation>已放棄</translation></message></context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="28" />
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="28" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="64" />
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="29" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="78" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="30" />
        <source>Transition</source>
        <translation>流轉</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="31" />
        <source>Pain point</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="32" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="72" />
        <source>Persona</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="33" />
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="33" />
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="62" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="62" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="63" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="64" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="65" />
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="66" />
        <source>Owner (department)</source>
        <translation>負責人（部門）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="67" />
        <source>Customer action</source>
        <translation>客戶行為</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="68" />
        <source>Thinking</source>
        <translation>客戶想法</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="69" />
        <source>Emotion (-3 to +3)</source>
        <translation>情緒（-3 到 +3）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="70" />
        <source>Backstage</source>
        <translation>後臺</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="71" />
        <source>Opportunities</source>
        <translation>機會點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="72" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="73" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="73" />
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="74" />
        <source>Share (0 to 1)</source>
        <translation>佔比（0 到 1）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="74" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="75" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="75" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="76" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="77" />
        <source>Severity (1 to 5)</source>
        <translation>嚴重程度（1 到 5）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="78" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="79" />
        <source>Share affected (0 to 1)</source>
        <translation>受影響佔比（0 到 1）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="80" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="81" />
        <source>Value at risk</source>
        <translation>風險價值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="82" />
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="82" />
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="83" />
        <source>Customers per period</source>
        <translation>每期客戶數</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="84" />
        <source>Revenue per period</source>
        <translation>每期收入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="85" />
        <source>Value per customer</source>
        <translation>每位客戶價值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="86" />
        <source>Gap error (SE)</source>
        <translation>差距誤差 (SE)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="87" />
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="88" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="138" />
        <source>Emotion of {persona} (-3 to +3)</source>
        <translation>{persona}的情緒（-3 到 +3）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="205" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="291" />
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="311" />
        <source>A number is needed here.</source>
        <translation>此處需要一個數字。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="317" />
        <source>{value} is not allowed: it must be above {low:g}.</source>
        <translation>不允許 {value}：必須大於 {low:g}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="319" />
        <source>{value} is not allowed: it must be {low:g} or more.</source>
        <translation>不允許 {value}：必須不小於 {low:g}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="349" />
        <source>{text!r} is not a number (2,5 or 2.5; 2,500 or 2500).</source>
        <translation>{text!r} 不是數字（可寫 2,5 或 2.5；2,500 或 2500）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="352" />
        <source>{text!r} is not a number.</source>
        <translation>{text!r} 不是數字。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="357" />
        <source>{text!r} is not a whole number.</source>
        <translation>{text!r} 不是整數。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="321" />
        <source>{value} is outside {low:g} to {high:g}.</source>
        <translation>{value} 超出 {low:g} 到 {high:g} 的範圍。</translation>
    </message>
<message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>phone</source><translation>電話</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>web</source><translation>網站</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>app</source><translation>App</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>branch</source><translation>網點</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>agent</source><translation>代理人</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>chat</source><translation>線上客服</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>mail</source><translation>郵寄</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>email</source><translation>電子郵件</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>other</source><translation>其他</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>entry</source><translation>起點</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>step</source><translation>步驟</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>terminal</source><translation>終點</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>current</source><translation>現況</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>future</source><translation>未來狀態</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>normal</source><translation>常規</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>loop</source><translation>迴圈</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>handoff</source><translation>交接</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>drop-out</source><translation>流失</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>customer</source><translation>客戶</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>employee</source><translation>員工</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>workshop</source><translation>研討會</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>data</source><translation>資料</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>open</source><translation>待處理</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>candidate</source><translation>候選</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>accepted</source><translation>已接受</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>dismissed</source><translation>已忽略</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>merged</source><translation>已合併</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>resolved</source><translation>已解決</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>idea</source><translation>構想</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>planned</source><translation>已計劃</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>in progress</source><translation>進行中</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>done</source><translation>已完成</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>dropped</source><translation>已放棄</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>higher</source><translation>越高</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="44" /><source>lower</source><translation>越低</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="44" /><source>satisfaction</source><translation>滿意度</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="44" /><source>operating</source><translation>營運</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>financial</source><translation>財務</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>survey</source><translation>調查</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>operations</source><translation>營運</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>feedback</source><translation>回饋</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="46" /><source>month</source><translation>月</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="46" /><source>quarter</source><translation>季度</translation></message></context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="117" />
        <source>{n} items selected</source>
        <translation>已選擇 {n} 項</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="118" />
        <source>Select one item to edit its properties.</source>
        <translation>請只選擇一項以編輯其屬性。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="122" />
        <source>Nothing selected: these are the journey's properties. Pick a stage on the map or in the navigator.</source>
        <translation>未選擇任何內容：以下是旅程的屬性。請在地圖或導航中選擇一個環節。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="126" />
        <source>Nothing selected</source>
        <translation>未選擇</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="134" />
        <source>Initiative</source>
        <translation>改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="175" />
        <source>Pain points ({n})</source>
        <translation>痛點（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="176" />
        <source>No pain points on this stage.</source>
        <translation>此環節沒有痛點。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="182" />
        <source>{title}  (severity {sev}, {dots} votes)</source>
        <translation>{title}（嚴重程度 {sev}，{dots} 票）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="197" />
        <source>Metrics, {period}</source>
        <translation>指標，{period}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="198" />
        <source>Metrics, latest period</source>
        <translation>指標，最近期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="200" />
        <source>{title}, segment {segment}</source>
        <translation>{title}，客群 {segment}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="202" />
        <source>No metrics for this stage in segment {segment}.</source>
        <translation>客群 {segment} 中此環節沒有指標。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="204" />
        <source>No metrics for this stage yet.</source>
        <translation>此環節還沒有指標。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="241" />
        <source>A name cannot be empty.</source>
        <translation>名稱不能為空。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="245" />
        <source>Another journey is called {name!r}: journey names must differ.</source>
        <translation>已有另一個旅程名為 {name!r}：旅程名稱必須不同。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="27" />
        <source>Align left</source>
        <translation>左對齊</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="28" />
        <source>Align top</source>
        <translation>頂端對齊</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="29" />
        <source>Distribute evenly</source>
        <translation>均勻分佈</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="76" />
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="77" />
        <source>Inspector</source>
        <translation>屬性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="82" />
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="204" />
        <source>Compare</source>
        <translation>對比</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="204" />
        <source>Future state</source>
        <translation>未來狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="205" />
        <source>Fit</source>
        <translation>適應視窗</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="205" />
        <source>Pain point</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="206" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="210" />
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="213" />
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="286" />
        <source>not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="287" />
        <source>● modified</source>
        <translation>● 已修改</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="287" />
        <source>saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="293" />
        <source>future state</source>
        <translation>未來狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="293" />
        <source>current state</source>
        <translation>現況</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="295" />
        <source>No journey</source>
        <translation>無旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="297" />
        <source>Journey: {name}</source>
        <translation>旅程：{name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="299" />
        <source>Journey: {name} ({state})</source>
        <translation>旅程：{name}（{state}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="310" />
        <source>Zoom {pct}%</source>
        <translation>縮放 {pct}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/main_window.py" line="330" />
        <source>%n selected</source>
        <translation>
            <numerusform>已選擇 %n 項</numerusform>
        </translation>
    </message>
<message>
        <location filename="../../journeymap/ui/main_window.py" line="103" />
        <source>&amp;New from template…</source>
        <translation>從範本新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="104" />
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="105" />
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="106" />
        <source>Save &amp;as…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="107" />
        <source>&amp;Import data…</source>
        <translation>匯入資料(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="108" />
        <source>A survey, operating data or comments from CSV or XLSX</source>
        <translation>來自 CSV 或 XLSX 的調查、營運數據或意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="109" />
        <source>&amp;Export map…</source>
        <translation>匯出地圖(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="110" />
        <source>The whole journey as PNG, SVG or PDF</source>
        <translation>將整個旅程匯出為 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="111" />
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="112" />
        <source>The deck (PowerPoint), workbook (Excel), HTML report and chart images</source>
        <translation>簡報 (PowerPoint)、工作簿 (Excel)、HTML 報告和圖表圖片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="113" />
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="114" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="115" />
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="117" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="121" />
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="122" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="124" />
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="124" />
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="126" />
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="127" />
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="128" />
        <source>Select &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="129" />
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="130" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="131" />
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="132" />
        <source>&amp;Fit the journey</source>
        <translation>適應整個旅程(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="133" />
        <source>Add &amp;stage</source>
        <translation>新增環節(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="134" />
        <source>Add &amp;pain point</source>
        <translation>新增痛點(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="136" />
        <source>Auto-&amp;layout</source>
        <translation>自動佈局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="141" />
        <source>F&amp;ull screen</source>
        <translation>全螢幕(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="142" />
        <source>The map on the whole screen, for a projector (F11 or Escape to leave)</source>
        <translation>地圖全螢幕顯示，用於投影（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="146" />
        <source>&amp;Reasons and keyword rules…</source>
        <translation>原因與關鍵詞規則(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="147" />
        <source>The reason taxonomy and the keyword rules that code comments</source>
        <translation>原因分類及為意見編碼的關鍵詞規則</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="148" />
        <source>Make &amp;future state</source>
        <translation>建立未來狀態(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="149" />
        <source>A copy of this journey to redesign; its stages remember what they replace</source>
        <translation>複製此旅程用於重新設計；其環節會記住所替代的內容</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="150" />
        <source>&amp;Compare with current state</source>
        <translation>與現況對比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="151" />
        <source>&amp;Toggle current / future</source>
        <translation>切換現況 / 未來狀態(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="152" />
        <source>&amp;Dark colours</source>
        <translation>深色配色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="153" />
        <source>&amp;About JourneyMap</source>
        <translation>關於 JourneyMap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="176" />
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="178" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="180" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="185" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="187" />
        <source>&amp;Align</source>
        <translation>對齊(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="191" />
        <source>La&amp;nes</source>
        <translation>泳道(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="194" />
        <source>&amp;Journey</source>
        <translation>旅程(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="201" />
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    </context>
<context>
    <name>MapArea</name>
    <message>
        <location filename="../../journeymap/ui/views.py" line="138" />
        <source>Current state: %1</source>
        <translation>現況：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="139" />
        <source>Future state: %1 (new, changed and removed stages marked)</source>
        <translation>未來狀態：%1（已標出新增、變更和刪除的環節）</translation>
    </message>
</context>
<context>
    <name>MapDataBar</name>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="64" />
        <source>Data on the map</source>
        <translation>地圖上的資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="76" />
        <source>Badge</source>
        <translation>徽標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="74" />
        <source>Show this metric's value on each stage card</source>
        <translation>在每張環節卡片上顯示此指標的數值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="77" />
        <source>Heatmap</source>
        <translation>熱力圖</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="75" />
        <source>Colour each stage by this metric against its target</source>
        <translation>按此指標相對目標的情況為每個環節著色</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="78" />
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="78" />
        <source>Show one segment's data everywhere</source>
        <translation>在所有位置顯示某一客群的資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="79" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="79" />
        <source>Show one period's data everywhere</source>
        <translation>在所有位置顯示某一期間的資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="140" />
        <source>Survey %1 could not be read: its metrics are not on the map</source>
        <translation>無法讀取調查 %1：其指標未顯示在地圖上</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="141" />
        <source>The rows of survey %1 could not be read from %2 (%3). The file may be damaged: import the survey again, or open a backup.</source>
        <translation>無法從 %2 讀取調查 %1 的列（%3）。檔案可能已損壞：請重新匯入調查，或開啟備份。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="143" />
        <source>the project file</source>
        <translation>專案檔案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="168" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="172" />
        <source>All segments</source>
        <translation>全部客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="174" />
        <source>Latest / all periods</source>
        <translation>最近 / 全部期間</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="146" />
        <source>Mapping</source>
        <translation>對應</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="147" />
        <source>Say what each column means. Suggestions are pre-filled: confirm them.</source>
        <translation>說明每一欄的含義。建議已預先填好：請確認。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="152" />
        <source>Create stages the journey lacks</source>
        <translation>建立旅程中缺少的環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="156" />
        <source>Saved mapping:</source>
        <translation>已儲存的對應：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="157" />
        <source>Dataset name:</source>
        <translation>資料集名稱：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="158" />
        <source>Journey:</source>
        <translation>旅程：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="177" />
        <source>yes/no (binary)</source>
        <translation>是/否（二元）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="177" />
        <source>rating scale</source>
        <translation>評分量表</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="178" />
        <source>0-10 recommend (NPS)</source>
        <translation>0-10 推薦意願 (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="181" />
        <source>values that count as positive, comma-separated</source>
        <translation>視為正面的值，以逗號分隔</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="187" />
        <source>Id</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="187" />
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="188" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="188" />
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="191" />
        <source>Outcome:</source>
        <translation>結果指標：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="192" />
        <source>Columns:</source>
        <translation>欄：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="194" />
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="194" />
        <location filename="../../journeymap/ui/import_pages.py" line="246" />
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="194" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="195" />
        <source>Scale from</source>
        <translation>量表起點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="195" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="195" />
        <location filename="../../journeymap/ui/import_pages.py" line="247" />
        <source>Better</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="196" />
        <source>Why suggested</source>
        <translation>建議理由</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="196" />
        <source>Missing codes</source>
        <translation>缺失值代碼</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="198" />
        <source>Values that mean 'no answer' or 'not applicable' (e.g. 0, 9, 99, -1), comma-separated: read as missing, not as ratings</source>
        <translation>表示「未回答」或「不適用」的值（如 0、9、99、-1），以逗號分隔：讀作缺失值，而非評分</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="203" />
        <source>e.g. 0, 99</source>
        <translation>如 0, 99</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="204" />
        <source>Missing codes to set on every item at once</source>
        <translation>一次性為所有題項設定的缺失值代碼</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="205" />
        <source>Apply to all items</source>
        <translation>應用到所有題項</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="214" />
        <source>Missing codes for all items:</source>
        <translation>所有題項的缺失值代碼：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="221" />
        <source>Rated items (one per stage question):</source>
        <translation>評分題項（每個環節一個問題）：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="243" />
        <source>Operating data</source>
        <translation>營運數據</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="246" />
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="246" />
        <source>Aggregate</source>
        <translation>彙總方式</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="250" />
        <source>Stage column:</source>
        <translation>環節欄：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="251" />
        <source>Date column:</source>
        <translation>日期欄：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="256" />
        <source>Comments</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="261" />
        <source>Comment text:</source>
        <translation>意見文字：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="261" />
        <source>Reason code:</source>
        <translation>原因代碼：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="262" />
        <source>Score:</source>
        <translation>評分：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="262" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="263" />
        <source>Default stage:</source>
        <translation>預設環節：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="263" />
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="273" />
        <source>(a new mapping)</source>
        <translation>（新對應）</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="90" />
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="124" />
        <source>target {target} ({better} is better)</source>
        <translation>目標 {target}（{better}為佳）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="126" />
        <source>higher</source>
        <translation>越高</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="126" />
        <source>lower</source>
        <translation>越低</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="128" />
        <source>{period}: {value} (n = {n})</source>
        <translation>{period}：{value}（n = {n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="129" />
        <source>all periods</source>
        <translation>全部期間</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <location filename="../../journeymap/ui/canvas/minimap.py" line="22" />
        <source>Overview of the map: click or drag to move the view</source>
        <translation>地圖概覽：點選或拖動以移動檢視</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../journeymap/core/names.py" line="31" />
        <location filename="../../journeymap/core/names.py" line="59" />
        <source>persona</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="31" />
        <source>personas</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="32" />
        <source>journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="32" />
        <source>journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="33" />
        <source>phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="33" />
        <source>phases</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="34" />
        <source>lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="34" />
        <source>lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="35" />
        <source>stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="35" />
        <source>stages</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="36" />
        <source>transition</source>
        <translation>流轉</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="36" />
        <source>transitions</source>
        <translation>流轉</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="37" />
        <source>pain point</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="37" />
        <source>pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="38" />
        <source>evidence item</source>
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="38" />
        <source>evidence items</source>
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="39" />
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="39" />
        <source>votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="40" />
        <source>voting round</source>
        <translation>投票輪次</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="40" />
        <source>voting rounds</source>
        <translation>投票輪次</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="41" />
        <source>initiative</source>
        <translation>改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="41" />
        <source>initiatives</source>
        <translation>改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="42" />
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="42" />
        <source>metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="43" />
        <source>dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="43" />
        <source>datasets</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="44" />
        <source>metric value</source>
        <translation>指標值</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="44" />
        <source>metric values</source>
        <translation>指標值</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="45" />
        <source>survey item</source>
        <translation>調查題項</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="45" />
        <source>survey items</source>
        <translation>調查題項</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="46" />
        <source>saved mapping</source>
        <translation>已儲存的對應</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="46" />
        <source>saved mappings</source>
        <translation>已儲存的對應</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="47" />
        <source>comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="47" />
        <source>comments</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="48" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="48" />
        <source>reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="53" />
        <source>owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="54" />
        <source>done date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="55" />
        <source>share affected</source>
        <translation>受影響佔比</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="56" />
        <source>customer action</source>
        <translation>客戶行為</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="57" />
        <source>value at risk</source>
        <translation>風險價值</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="58" />
        <source>gap error</source>
        <translation>差距誤差</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="60" />
        <location filename="../../journeymap/core/names.py" line="61" />
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="62" />
        <source>lane text</source>
        <translation>泳道文字</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="63" />
        <source>emotion per persona</source>
        <translation>各人物誌的情緒</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="67" />
        <source>department</source>
        <translation>部門</translation>
    </message>
<message>
        <location filename="../../journeymap/core/names.py" line="103" />
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="74" />
        <source>Delete {noun} '{title}'</source>
        <translation>刪除{noun}「{title}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="77" />
        <source>Delete {n} {nouns}</source>
        <translation>刪除 {n} 個{nouns}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="186" />
        <source>Change {fields} of the project</source>
        <translation>更改專案的{fields}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="207" />
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="249" />
        <location filename="../../journeymap/core/structure.py" line="216" />
        <source>Move stage</source>
        <translation>移動環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="254" />
        <source>Move {n} stages</source>
        <translation>移動 {n} 個環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="279" />
        <source>Connect stages</source>
        <translation>連線環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="304" />
        <source>Rename {noun} '{old}' to '{new}'</source>
        <translation>將{noun}「{old}」重新命名為「{new}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="306" />
        <source>Change {fields} of {noun} '{title}'</source>
        <translation>更改{noun}「{title}」的{fields}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="312" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="316" />
        <source>Add {noun} '{title}'</source>
        <translation>新增{noun}「{title}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="318" />
        <source>Add {n} {nouns}</source>
        <translation>新增 {n} 個{nouns}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="319" />
        <source>Add {noun} and {n} more</source>
        <translation>新增{noun}及另外 {n} 項</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/future_state.py" line="25" />
        <source>Future state of {name}: the journey as it is redesigned.</source>
        <translation>{name} 的未來狀態：重新設計後的旅程。</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="47" />
        <source>{what} {value!r} is not a date like 2027-03-31</source>
        <translation>{what} {value!r} 不是形如 2027-03-31 的日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="63" />
        <source>Fix: {title}</source>
        <translation>解決：{title}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="64" />
        <source>Fix {n} pain points: {title} …</source>
        <translation>解決 {n} 個痛點：{title}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="69" />
        <source>New initiative from a pain point</source>
        <translation>由痛點新建改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="70" />
        <source>New initiative from {n} pain points</source>
        <translation>由 {n} 個痛點新建改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="82" />
        <source>Link pain point to initiative</source>
        <translation>將痛點關聯到改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="90" />
        <source>Unlink pain point from initiative</source>
        <translation>取消痛點與改進舉措的關聯</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="106" />
        <source>Reschedule initiative</source>
        <translation>調整改進舉措的日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="118" />
        <source>{title!r}: a done initiative needs its done date (when did it go live?)</source>
        <translation>{title!r}：已完成的改進舉措需要完成日期（何時上線的？）</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="143" />
        <source>an initiative needs a title</source>
        <translation>改進舉措需要標題</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="155" />
        <source>{name} {value!r} is not a number</source>
        <translation>{name} {value!r} 不是數字</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="158" />
        <source>confidence {number:g} must be between 0 and 1</source>
        <translation>信心 {number:g} 必須在 0 到 1 之間</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="160" />
        <source>{name} {number:g} cannot be negative</source>
        <translation>{name} {number:g} 不能為負數</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="163" />
        <source>effort 0 would make RICE infinite: give person-months &gt; 0, or leave it empty</source>
        <translation>工作量為 0 會使 RICE 無窮大：請填寫大於 0 的人月數，或留空</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="183" />
        <source>due {due} is before start {start}</source>
        <translation>截止日期 {due} 早於開始日期 {start}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="191" />
        <source>done on {date}: the initiative is not done (set its status to done first)</source>
        <translation>完成日期 {date}：該改進舉措尚未完成（請先把狀態設為完成）</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="194" />
        <source>done on {date} is in the future: it is the day it went live</source>
        <translation>完成日期 {date} 在未來：完成日期是上線的那一天</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/merge.py" line="53" />
        <source>Merge '{other}' into '{title}'</source>
        <translation>將「{other}」合併到「{title}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/merge.py" line="56" />
        <source>Merge {n} pain points into '{title}'</source>
        <translation>將 {n} 個痛點合併到「{title}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="27" />
        <source>a {what} needs a name</source>
        <translation>{what}需要名稱</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="43" />
        <source>Add phase '{name}'</source>
        <translation>新增階段「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="49" />
        <source>Rename phase '{old}' to '{new}'</source>
        <translation>將階段「{old}」重新命名為「{new}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="59" />
        <source>Move phase '{name}' to position {n}</source>
        <translation>將階段「{name}」移到第 {n} 位</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="68" />
        <source>phase '{name}' holds {n} stages: choose a phase to move them to, or move them first</source>
        <translation>階段「{name}」包含 {n} 個環節：請選擇要移入的階段，或先移走這些環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="73" />
        <source>the stages of '{name}' must move to another phase of its journey</source>
        <translation>「{name}」的環節必須移到其旅程的另一個階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="85" />
        <source>Delete phase '{name}', its stages to '{to}'</source>
        <translation>刪除階段「{name}」，其環節移至「{to}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="87" />
        <source>Delete phase '{name}'</source>
        <translation>刪除階段「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="95" />
        <source>no stages to move</source>
        <translation>沒有要移動的環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="98" />
        <source>that phase belongs to another journey</source>
        <translation>該階段屬於另一個旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="104" />
        <source>no phase</source>
        <translation>無階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="105" />
        <source>Move stage '{name}' to phase '{phase}'</source>
        <translation>將環節「{name}」移到階段「{phase}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="107" />
        <source>Move {n} stages to phase '{phase}'</source>
        <translation>將 {n} 個環節移到階段「{phase}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="121" />
        <source>Add lane '{name}'</source>
        <translation>新增泳道「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="127" />
        <source>Rename lane '{old}' to '{new}'</source>
        <translation>將泳道「{old}」重新命名為「{new}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="134" />
        <source>Move lane '{name}' to position {n}</source>
        <translation>將泳道「{name}」移到第 {n} 位</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="146" />
        <source>Delete lane '{name}'</source>
        <translation>刪除泳道「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="157" />
        <source>Change {lane} of stage '{name}'</source>
        <translation>更改環節「{name}」的{lane}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="111" />
        <source>Open voting round '{name}'</source>
        <translation>開啟投票輪次「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="172" />
        <source>{who}: {n} dot on '{title}'</source>
        <translation>{who}：在「{title}」上貼 {n} 個圓點</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="172" />
        <source>{who}: {n} dots on '{title}'</source>
        <translation>{who}：在「{title}」上貼 {n} 個圓點</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="191" />
        <source>Take back {who}'s dot on '{title}'</source>
        <translation>收回{who}在「{title}」上的圓點</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="192" />
        <source>Take back {n} of {who}'s dots on '{title}'</source>
        <translation>收回{who}在「{title}」上的 {n} 個圓點</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="204" />
        <source>Close voting round '{name}'</source>
        <translation>結束投票輪次「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="209" />
        <source>Voting round '{name}'</source>
        <translation>投票輪次「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="220" />
        <source>Delete voting round '{name}'</source>
        <translation>刪除投票輪次「{name}」</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting_batch.py" line="91" />
        <source>{n} dots from phones</source>
        <translation>來自手機的 {n} 個圓點</translation>
    </message>
<message><location filename="../../journeymap/core/names.py" line="73" /><source>backstage</source><translation>後臺</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>better</source><translation>方向</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>candidates</source><translation>候選項</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>cast at</source><translation>投票時間</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>channel</source><translation>通路</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>closed at</source><translation>結束時間</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>coded by</source><translation>編碼方式</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>color</source><translation>顏色</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>column</source><translation>欄</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>confidence</source><translation>信心</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>cost</source><translation>成本</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>created</source><translation>建立時間</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>customers</source><translation>客戶數</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>date</source><translation>日期</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>derived from</source><translation>來源旅程</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>description</source><translation>描述</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>done</source><translation>已完成</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>dots</source><translation>圓點數</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>due</source><translation>截止日期</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>effort</source><translation>工作量</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>emotion</source><translation>情緒</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>encoding</source><translation>編碼</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>expected uplift</source><translation>預期提升</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>file name</source><translation>檔名</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>gap</source><translation>差距</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>hide tally</source><translation>隱藏計票</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>impact</source><translation>影響</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>imported at</source><translation>匯入時間</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>keywords</source><translation>關鍵詞</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>kind</source><translation>類型</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>label</source><translation>標籤</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>link item</source><translation>關聯題項</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>link slope</source><translation>關聯斜率</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>mapping</source><translation>對應</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>max per item</source><translation>單項上限</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>merged into</source><translation>合併到</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>missing</source><translation>缺失值代碼</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>n</source><translation>n</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>name</source><translation>名稱</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>note</source><translation>備註</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>notes</source><translation>備註</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>number</source><translation>數值</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>opened at</source><translation>開啟時間</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>opportunities</source><translation>機會點</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>participant</source><translation>參與者</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>participants</source><translation>參與者</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>period</source><translation>期間</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>priority</source><translation>優先順序</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>question</source><translation>問題</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>reach</source><translation>覆蓋面</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>ref</source><translation>引用</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>revenue</source><translation>收入</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>role</source><translation>角色</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>round</source><translation>輪次</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>rows</source><translation>列數</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>scale max</source><translation>量表上限</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>scale min</source><translation>量表下限</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>score</source><translation>評分</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>segment</source><translation>客群</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>severity</source><translation>嚴重程度</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>share</source><translation>佔比</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>source</source><translation>來源</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>start</source><translation>開始日期</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>state</source><translation>狀態</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>status</source><translation>狀態</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>target</source><translation>目標</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>text</source><translation>文字</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>thinking</source><translation>客戶想法</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>timer s</source><translation>計時（秒）</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>title</source><translation>標題</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>unit</source><translation>單位</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>uplift stage</source><translation>提升環節</translation></message><message><location filename="../../journeymap/core/names.py" line="84" /><source>uplift target</source><translation>提升對象</translation></message><message><location filename="../../journeymap/core/names.py" line="84" /><source>value</source><translation>數值</translation></message><message><location filename="../../journeymap/core/names.py" line="84" /><source>value per customer</source><translation>每位客戶價值</translation></message></context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="60" />
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="63" />
        <source>Personas</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="66" />
        <source>Datasets</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="84" />
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="110" />
        <source>{name}: {kind}, {rows} rows from {file}</source>
        <translation>{name}：{kind}，來自 {file} 的 {rows} 列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="113" />
        <source>future state</source>
        <translation>未來狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="113" />
        <source>current state</source>
        <translation>現況</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="118" />
        <source>future</source>
        <translation>未來</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="118" />
        <source>current</source>
        <translation>現況</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="73" />
        <source>New period</source>
        <translation>新期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="80" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="85" />
        <source>next file for this mapping</source>
        <translation>此對應的下一個檔案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="87" />
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="94" />
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="98" />
        <source>Each file is read with the mapping saved in the project and becomes a dataset named after the period. All files are checked before any is written.</source>
        <translation>每個檔案按專案中儲存的對應讀取，併成為以期間命名的資料集。寫入任何檔案前會先檢查所有檔案。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="106" />
        <source>This journey has no saved mappings yet: import a file once with the import wizard; its mapping is saved for next month.</source>
        <translation>此旅程還沒有已儲存的對應：請先用匯入精靈匯入一次檔案，其對應會儲存下來供下個月使用。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="145" />
        <source>Next month's file</source>
        <translation>下個月的檔案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="146" />
        <source>Data files (*.csv *.xlsx *.txt)</source>
        <translation>資料檔案 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="167" />
        <source>Nothing was imported: {why}</source>
        <translation>未匯入任何內容：{why}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="170" />
        <source>Imported {names}.</source>
        <translation>已匯入 {names}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="175" />
        <source>Save the project first: a new period is imported into its file.</source>
        <translation>請先儲存專案：新期間會匯入到專案檔案中。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="177" />
        <source>Save the project first: importing reopens it from its file.</source>
        <translation>請先儲存專案：匯入時會從檔案重新開啟專案。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="179" />
        <source>Name the period like 2027-01 (a month) or 2027-Q1 (a quarter).</source>
        <translation>期間名稱形如 2027-01（月）或 2027-Q1（季度）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="181" />
        <source>Pick at least one file.</source>
        <translation>請至少選擇一個檔案。</translation>
    </message>
</context>
<context>
    <name>NewProject</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="9" />
        <source>Blank: one empty journey</source>
        <translation>空白：一個空旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="10" />
        <source>Insurance: quote to claim</source>
        <translation>保險：從報價到理賠</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="11" />
        <source>Retail: online order</source>
        <translation>零售：線上訂單</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="18" />
        <source>New project from template</source>
        <translation>從範本新建專案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="23" />
        <source>the template's title</source>
        <translation>範本的標題</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="28" />
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="29" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
</context>
<context>
    <name>PainPointsModel</name>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="100" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="100" />
        <source>Range</source>
        <translation>區間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="100" />
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="101" />
        <source>Pain point</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="101" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="101" />
        <source>Room</source>
        <translation>現場</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="102" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="102" />
        <source>Weighted parts</source>
        <translation>加權分項</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="102" />
        <source>Flags</source>
        <translation>標記</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="103" />
        <source>Stability</source>
        <translation>穩定性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="103" />
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="104" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="104" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="104" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="329" />
        <source>discuss</source>
        <translation>討論</translation>
    </message>
</context>
<context>
    <name>PainPointsText</name>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="42" />
        <source>Share of the ±20% moves of one weight under which this rank holds</source>
        <translation>單一權重 ±20% 變動時保持此排名的比例</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="44" />
        <source>90% of the ranks this pain point takes when the survey data, the gaps' sampling error and every weight (±20%) are resampled {0} times</source>
        <translation>對調查資料、差距的抽樣誤差及每個權重（±20%）重抽樣 {0} 次後，此痛點所得排名的 90% 區間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="50" />
        <source>score {0:.3f} = sum of the weighted parts:</source>
        <translation>得分 {0:.3f} = 各加權分項之和：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="53" />
        <source>{0}: {1:.3f} (part {2:.2f} × weight {3:g})</source>
        <translation>{0}：{1:.3f}（分項 {2:.2f} × 權重 {3:g}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="60" />
        <source>Rank by the data parts alone (reach, importance, measured gap and value): {0}
Rank by the room's judgment alone (votes, severity, typed-in gap and value): {1}</source>
        <translation>僅按資料分項排名（覆蓋面、重要性、實測差距和價值）：{0}
僅按現場判斷排名（投票、嚴重程度、手填差距和價值）：{1}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="68" />
        <source>Discuss: top 5 by the data, bottom half by the room</source>
        <translation>待討論：資料排名前 5，現場判斷排名後半</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="69" />
        <source>Discuss: top 5 by the room, bottom half by the data</source>
        <translation>待討論：現場判斷排名前 5，資料排名後半</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="75" />
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="80" />
        <source>no {0}</source>
        <translation>無{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="81" />
        <source>unscored</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="81" />
        <source>gap clipped at 0</source>
        <translation>差距截斷為 0</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="82" />
        <source>reach capped at the journey's customers</source>
        <translation>覆蓋面以旅程客戶數為上限</translation>
    </message>
</context>
<context>
    <name>PainPointsView</name>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="332" />
        <source>Merged “{0}” into “{1}”, which kept all its own values. Ctrl+Z undoes it; edit the title to keep another wording.</source>
        <translation>已將「{0}」合併到「{1}」，它保留了自己的全部資料。按 Ctrl+Z 可復原；如想保留另一種說法，可修改標題。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="329" />
        <source>Merged “{0}” into “{1}”; it took over {2} from them. Ctrl+Z undoes it; edit the title to keep another wording.</source>
        <translation>已將「{0}」合併到「{1}」；它從中補上了{2}。按 Ctrl+Z 可復原；如想保留另一種說法，可修改標題。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="139" />
        <source>Merge selected</source>
        <translation>合併所選</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="140" />
        <source>Merge duplicates into the one with the most data; it takes over what it lacks (undoable)</source>
        <translation>將重複項合併到資料最多的一項；它會補上自己缺少的資料（可復原）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="144" />
        <source>New initiative from selected</source>
        <translation>由所選項新建改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="145" />
        <source>One initiative addressing the selected pain points (edit it in the Roadmap view; undoable)</source>
        <translation>一項針對所選痛點的改進舉措（在路線圖檢視中編輯；可復原）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="152" />
        <source>Order kept while you edit (ranks are current); it re-sorts when you leave the table.</source>
        <translation>編輯期間保持當前順序（排名為最新）；離開表格後重新排序。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="197" />
        <source>no survey data</source>
        <translation>無調查資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="198" />
        <source>the project is not saved yet</source>
        <translation>專案尚未儲存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="227" />
        <source>Importance: the stage's share of R² by {0} (n = {1:,}).</source>
        <translation>重要性：按{0}計算的環節 R² 份額（n = {1:,}）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="231" />
        <source>Importance is not known ({0}): it is left out of every score and flagged.</source>
        <translation>重要性未知（{0}）：不計入任何得分並已標記。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="255" />
        <source>The ranking could not be computed: {0}</source>
        <translation>無法計算排名：{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="260" />
        <source>&lt;b&gt;score&lt;/b&gt; = Σ w&lt;sub&gt;i&lt;/sub&gt;·part&lt;sub&gt;i&lt;/sub&gt; / Σ w&lt;sub&gt;i&lt;/sub&gt; over the parts present &amp;nbsp;=&amp;nbsp; ({0}) / Σ w. &amp;nbsp;&lt;span style='color:#5F6368'&gt;Each part is on a fixed 0..1 scale (share of the journey's customers, share of R², a reference value…), so a score does not move when other pain points come or go; a missing part is left out and flagged, never counted as 0. Range = 90% rank interval; Data / Room = rank by the data alone / by the room's judgment alone; tinted rows are where they disagree.&lt;/span&gt;</source>
        <translation>&lt;b&gt;得分&lt;/b&gt; = Σ w&lt;sub&gt;i&lt;/sub&gt;·分項&lt;sub&gt;i&lt;/sub&gt; / Σ w&lt;sub&gt;i&lt;/sub&gt;（對現有分項） &amp;nbsp;=&amp;nbsp; ({0}) / Σ w。 &amp;nbsp;&lt;span style='color:#5F6368'&gt;每個分項都在固定的 0..1 尺度上（佔旅程客戶的比例、R² 份額、參考值…），因此其他痛點增減時得分不變；缺失的分項不計入並標記，絕不按 0 計。區間 = 排名的 90% 區間；資料 / 現場 = 僅按資料 / 僅按現場判斷的排名；著色列表示兩者不一致。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="301" />
        <source>Made the initiative “{0}”: give it an owner and a due date in the Roadmap view.</source>
        <translation>已建立改進舉措「{0}」：請在路線圖檢視中為其指定負責人和截止日期。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="339" />
        <source>&lt;p style='color:#5F6368'&gt;Select a pain point to see its evidence and how its score is made up.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#5F6368'&gt;選擇一個痛點，檢視其證據及得分構成。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="345" />
        <source>data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="345" />
        <source>judgment</source>
        <translation>判斷</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="350" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="350" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="351" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="351" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="352" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="361" />
        <source>&lt;p&gt;&lt;b&gt;Score {0:.3f}&lt;/b&gt; (rank {1}) = {2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;得分 {0:.3f}&lt;/b&gt;（第 {1} 名）= {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="363" />
        <source>&lt;p&gt;By the data alone: rank {0}; by the room alone: rank {1}.{2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;僅按資料：第 {0} 名；僅按現場：第 {1} 名。{2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="371" />
        <source>&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;證據&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="373" />
        <source>&lt;p style='color:#5F6368'&gt;No evidence linked yet.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#5F6368'&gt;尚未關聯證據。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="43" />
        <source>Stage-level Shapley</source>
        <translation>環節級 Shapley</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="44" />
        <source>Sum of item weights</source>
        <translation>題項權重之和</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="48" />
        <source>Reach</source>
        <translation>覆蓋面</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="48" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="49" />
        <source>Reach × gap</source>
        <translation>覆蓋面 × 差距</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="50" />
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="51" />
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="51" />
        <source>Value per customer</source>
        <translation>每位客戶價值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="52" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="29" />
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="91" />
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="107" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="93" />
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="96" />
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="107" />
        <source>JourneyMap could not start again. Start it yourself: the new language is saved.</source>
        <translation>JourneyMap 無法重新啟動。請手動啟動：新語言已儲存。</translation>
    </message>
    <message><location filename="../../journeymap/ui/dialogs/preferences.py" line="20" /><source>The new language applies when JourneyMap starts again. Restart now? Your project is reopened; you are asked about unsaved changes first.</source><translation>新語言將在 JourneyMap 重新啟動後生效。立即重新啟動嗎？專案會重新開啟；如有未儲存的更改，會先詢問您。</translation></message><message><location filename="../../journeymap/ui/dialogs/preferences.py" line="19" /><source>Light</source><translation>淺色</translation></message><message><location filename="../../journeymap/ui/dialogs/preferences.py" line="19" /><source>Dark</source><translation>深色</translation></message></context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="72" />
        <source>JourneyMap presentation</source>
        <translation>JourneyMap 演示</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="152" />
        <source>%1 of %2: %3</source>
        <translation>第 %1 / %2 個：%3</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="219" />
        <source>JourneyMap presenter</source>
        <translation>JourneyMap 演講者檢視</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="242" />
        <source>The whole journey</source>
        <translation>整個旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="243" />
        <source>Right arrow: the first phase. Esc ends the presentation.</source>
        <translation>右箭頭：第一個階段。按 Esc 結束演示。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/prompts.py" line="9" />
        <source>JourneyMap project (*.jmap)</source>
        <translation>JourneyMap 專案 (*.jmap)</translation>
    </message>
<message><location filename="../../journeymap/ui/dialogs/prompts.py" line="18" /><source>Unsaved changes</source><translation>未儲存的更改</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="22" /><source>If you don't save, your changes since the last save are lost.</source><translation>如果不儲存，上次儲存以來的更改將會丟失。</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="31" /><source>Recover unsaved changes?</source><translation>恢復未儲存的更改？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="41" /><source>Restore the project?</source><translation>恢復專案？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="66" /><source>Open project</source><translation>開啟專案</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="71" /><source>Save project as</source><translation>專案另存為</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="79" /><source>Export map</source><translation>匯出地圖</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="78" /><source>PNG image (*.png)</source><translation>PNG 圖片 (*.png)</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="78" /><source>SVG drawing (*.svg)</source><translation>SVG 向量圖 (*.svg)</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="78" /><source>PDF document (*.pdf)</source><translation>PDF 文件 (*.pdf)</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="19" /><source>Save the changes to {name} first?</source><translation>先儲存對 {name} 的更改嗎？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="32" /><source>JourneyMap has an autosaved copy of {name} from {when}, newer than the file. It may hold changes that were not saved.

Open the autosaved copy?</source><translation>JourneyMap 有一份 {name} 的自動儲存副本（{when}），比檔案更新，其中可能有未儲存的更改。

開啟自動儲存的副本嗎？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="42" /><source>{name} is gone, but JourneyMap has an autosaved copy of it from {when}.

Restore {name} from the autosaved copy?</source><translation>{name} 已不存在，但 JourneyMap 儲存有它在 {when} 的自動儲存副本。

要從自動儲存副本恢復 {name} 嗎？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="53" /><source>Restore {name} from the autosaved copy of {when}? The current {name} is kept beside it under another name.</source><translation>要從 {when} 的自動儲存副本恢復 {name} 嗎？當前的 {name} 會以另一個名稱保留在旁邊。</translation></message></context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../journeymap/ui/qt_strings.py" line="12" />
        <source>&amp;Look in:</source>
        <translation>查詢範圍(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/qt_strings.py" line="13" />
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="31" />
        <source>Reasons and keyword rules</source>
        <translation>原因與關鍵詞規則</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Keywords (comma-separated)</source>
        <translation>關鍵詞（以逗號分隔）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="49" />
        <source>Add reason</source>
        <translation>新增原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="50" />
        <source>Remove reason</source>
        <translation>刪除原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="59" />
        <source>Type a comment to see which reason it codes to</source>
        <translation>輸入一條意見，檢視它會被編碼為哪個原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="63" />
        <source>Test a comment:</source>
        <translation>測試意見：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="67" />
        <source>Recode comments</source>
        <translation>重新編碼意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="69" />
        <source>Recode the comments by these rules when you press OK</source>
        <translation>按「確定」時按這些規則重新編碼意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="71" />
        <source>Keep codes from a file column or set by hand</source>
        <translation>保留來自檔案欄或手動設定的代碼</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="99" />
        <source>(any stage)</source>
        <translation>（任意環節）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="105" />
        <source>New reason</source>
        <translation>新原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="164" />
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="165" />
        <source>No reason matches</source>
        <translation>沒有匹配的原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="174" />
        <source>On OK the comments will be recoded: %1</source>
        <translation>按「確定」後將重新編碼意見：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="175" />
        <source>no comments</source>
        <translation>無意見</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="197" />
        <source>Edit reasons</source>
        <translation>編輯原因</translation>
    </message>
<message><location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="173" /><source>Uncoded</source><translation>未編碼</translation></message></context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="38" />
        <source>Results of %1</source>
        <translation>%1 的結果</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="45" />
        <source>Before the round</source>
        <translation>投票前</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="46" />
        <source>After the round</source>
        <translation>投票後</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="49" />
        <source>Handout PDF…</source>
        <translation>講義 PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="50" />
        <source>A0 poster PDF…</source>
        <translation>A0 海報 PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="75" />
        <source>Could not save: %1</source>
        <translation>無法儲存：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="99" />
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="49" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="77" />
        <location filename="../../journeymap/ui/review_view.py" line="109" />
        <source>Review</source>
        <translation>回顧</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="78" />
        <source>&lt;p&gt;Save the project and import a survey or operating data: the review compares a period with the one before it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;請儲存專案並匯入調查或營運數據：回顧會將某一期間與上一期間進行比較。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="81" />
        <source>Review: computing…</source>
        <translation>回顧：正在計算…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="89" />
        <source>Review of {period} against {previous}: {journey}</source>
        <translation>{period} 與 {previous} 對比回顧：{journey}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="90" />
        <source>nothing before it</source>
        <translation>之前無資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="123" />
        <source>A metric moved when its change is beyond noise: its test passes a false discovery rate of 5% over all the tests of this review.</source>
        <translation>當指標變化超出雜訊時即視為有變動：其檢驗在本次回顧的全部檢驗中通過 5% 的錯誤發現率。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="125" />
        <source>Overdue judged on {0}. {1}</source>
        <translation>逾期判定日期 {0}。{1}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="128" />
        <source>What moved</source>
        <translation>哪些指標有變動</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="130" />
        <source>NPS</source>
        <translation>淨推薦值 (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="131" />
        <source>Initiatives overdue ({n})</source>
        <translation>逾期的改進舉措（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="133" />
        <source>Due in {p} ({n})</source>
        <translation>{p} 內到期（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="135" />
        <source>Recurring, unowned ({n})</source>
        <translation>反覆出現、無負責人（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="137" />
        <source>Rank changes</source>
        <translation>排名變化</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="138" />
        <source>New pain points ({n})</source>
        <translation>新痛點（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <source>verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <location filename="../../journeymap/ui/review_view.py" line="199" />
        <source>stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <location filename="../../journeymap/ui/review_view.py" line="162" />
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <location filename="../../journeymap/ui/review_view.py" line="162" />
        <source>after</source>
        <translation>之後</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="156" />
        <source>n before / after</source>
        <translation>之前 / 之後 n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="156" />
        <source>test</source>
        <translation>檢驗</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="162" />
        <source>question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="165" />
        <source>Wald test</source>
        <translation>Wald 檢驗</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>initiative</source>
        <translation>改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="170" />
        <source>no owner</source>
        <translation>無負責人</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="176" />
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="176" />
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="179" />
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="179" />
        <location filename="../../journeymap/ui/review_view.py" line="195" />
        <location filename="../../journeymap/ui/review_view.py" line="199" />
        <source>pain point</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="179" />
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="190" />
        <source>“{0}” has no owner: set one in the Roadmap view</source>
        <translation>「{0}」沒有負責人：請在路線圖檢視中指定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="191" />
        <source>“{0}” has no due date: set one in the Roadmap view</source>
        <translation>「{0}」沒有截止日期：請在路線圖檢視中設定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="195" />
        <source>from</source>
        <translation>原排名</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="195" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="196" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="199" />
        <source>created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="216" />
        <source>Made the initiative “{0}”: give it an owner and a due date in the Roadmap view.</source>
        <translation>已建立改進舉措「{0}」：請在路線圖檢視中為其指定負責人和截止日期。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="230" />
        <source>{n} earlier changes</source>
        <translation>此前 {n} 次變化</translation>
    </message>
<message><location filename="../../journeymap/ui/review_view.py" line="147" /><source>none</source><translation>無</translation></message><message><location filename="../../journeymap/ui/review_view.py" line="187" /><source>Make an initiative</source><translation>新建改進舉措</translation></message></context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="69" />
        <source>Timeline by department</source>
        <translation>按部門的時間線</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="70" />
        <source>Timeline by quarter</source>
        <translation>按季度的時間線</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="72" />
        <source>New period…</source>
        <translation>新期間…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="73" />
        <source>Import next month's files with the mappings saved in the project, in one step</source>
        <translation>一步匯入下個月的檔案，使用專案中儲存的對應</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="108" />
        <source>Impact and effort</source>
        <translation>影響與工作量</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="109" />
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="110" />
        <source>Did it work?</source>
        <translation>是否見效？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="123" />
        <source>Initiative</source>
        <translation>改進舉措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="127" />
        <source>What if</source>
        <translation>假設分析</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="142" />
        <source>the project is not saved yet</source>
        <translation>專案尚未儲存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="154" />
        <source>No journey</source>
        <translation>無旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="163" />
        <source>Roadmap: {journey}</source>
        <translation>路線圖：{journey}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="165" />
        <source>{n} overdue</source>
        <translation>{n} 項逾期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="254" />
        <source>&lt;p&gt;No initiative is done yet: once one is, its stage's metrics before and after its done date show here, with a test.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚無已完成的改進舉措：完成後，其環節在完成日期前後的指標會顯示在這裡，並附檢驗結果。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RoundController</name>
    <message>
        <location filename="../../journeymap/ui/workshop/rounds.py" line="97" />
        <source>Choose who is voting first.</source>
        <translation>請先選擇投票人。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="116" />
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="117" />
        <source>Written in one step: if it is cancelled or fails, the project stays as it was.</source>
        <translation>一步寫入：若取消或失敗，專案保持原樣。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="121" />
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="29" />
        <source>Colour scheme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="30" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="32" />
        <source>Show the minimap</source>
        <translation>顯示縮圖</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="33" />
        <source>Show the undo history</source>
        <translation>顯示復原歷史</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="34" />
        <source>Autosave every (minutes, 0 = off)</source>
        <translation>自動儲存間隔（分鐘，0 = 關閉）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="35" />
        <source>Recent files</source>
        <translation>最近的檔案</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="36" />
        <source>Number of recent files</source>
        <translation>最近檔案數量</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="37" />
        <source>Last folder used</source>
        <translation>上次使用的資料夾</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="38" />
        <source>Window position</source>
        <translation>視窗位置</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="39" />
        <source>Dock layout</source>
        <translation>停靠視窗布局</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="96" />
        <source>The map was not changed</source>
        <translation>地圖未更改</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="118" />
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="130" />
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="168" />
        <source>The phase was not deleted</source>
        <translation>階段未刪除</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="169" />
        <source>'{name}' is the only phase and holds {n} stages.</source>
        <translation>「{name}」是唯一的階段，包含 {n} 個環節。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="181" />
        <source>Delete phase</source>
        <translation>刪除階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="182" />
        <source>'{name}' holds {n} stages. Move them to:</source>
        <translation>「{name}」包含 {n} 個環節。將它們移到：</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/structure_actions.py" line="30" />
        <source>Add p&amp;hase</source>
        <translation>新增階段(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="31" />
        <source>Rename phase</source>
        <translation>重新命名階段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="32" />
        <source>Move phase &amp;left</source>
        <translation>階段左移(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="33" />
        <source>Move phase &amp;right</source>
        <translation>階段右移(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="34" />
        <source>Delete phase…</source>
        <translation>刪除階段…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="35" />
        <source>Add la&amp;ne</source>
        <translation>新增泳道(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="36" />
        <source>Rename lane</source>
        <translation>重新命名泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="37" />
        <source>Move lane up</source>
        <translation>泳道上移</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="38" />
        <source>Move lane down</source>
        <translation>泳道下移</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="39" />
        <source>Delete lane</source>
        <translation>刪除泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="45" />
        <source>&amp;Move stage to phase</source>
        <translation>將環節移到階段(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="22" />
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="23" />
        <source>Nothing has been written yet. Problems are listed by line (the header is line 1).</source>
        <translation>尚未寫入任何內容。問題按行列出（表頭為第 1 列）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="30" />
        <source>Skip the rows with problems and import the rest</source>
        <translation>跳過有問題的列，匯入其餘列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="31" />
        <source>Replace the dataset of the same name</source>
        <translation>替換同名資料集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="32" />
        <source>Missing codes?</source>
        <translation>缺失值代碼？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="34" />
        <source>Treat as missing in these items</source>
        <translation>在這些題項中視為缺失</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="35" />
        <source>Treat as missing in every item</source>
        <translation>在所有題項中視為缺失</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="50" />
        <source>Problems per column:</source>
        <translation>各欄問題：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="51" />
        <source>Problems by line (the first 1,000):</source>
        <translation>按行列出的問題（前 1,000 個）：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="67" />
        <source>Reading and checking the file…</source>
        <translation>正在讀取並檢查檔案…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="79" />
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="79" />
        <location filename="../../journeymap/ui/import_check_page.py" line="81" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="79" />
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="80" />
        <source>First lines</source>
        <translation>首次出現的列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="80" />
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="80" />
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="81" />
        <source>Values and lines</source>
        <translation>值與列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="95" />
        <source>%1 in “%2” (%3 rows)</source>
        <translation>「%2」中的 %1（%3 列）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="98" />
        <source>These values lie off their item's scale and look like codes for 'not applicable' or 'don't know': %1. Read them as missing answers instead of dropping the rows?</source>
        <translation>這些值超出其題項的量表範圍，看起來是「不適用」或「不知道」的代碼：%1。是否將它們讀作缺失回答，而不是丟棄這些列？</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../journeymap/ui/views.py" line="30" />
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="31" />
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="32" />
        <source>Drivers</source>
        <translation>驅動因素</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="34" />
        <source>Pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="36" />
        <source>Roadmap</source>
        <translation>路線圖</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="38" />
        <source>Review</source>
        <translation>回顧</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="39" />
        <source>Workshop</source>
        <translation>研討會</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="35" />
        <source>Rounds:</source>
        <translation>輪次：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="58" />
        <source>New voting round</source>
        <translation>新投票輪次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="62" />
        <source>Which pain points hurt customers most?</source>
        <translation>哪些痛點最困擾客戶？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="64" />
        <source>All open pain points</source>
        <translation>所有未關閉的痛點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="64" />
        <source>The selected stickies</source>
        <translation>所選便利貼</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="66" />
        <source>Ann, Bo, Cy (or leave empty)</source>
        <translation>張三, 李四, 王五（或留空）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="72" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="76" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="77" />
        <source>no timer</source>
        <translation>不計時</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="78" />
        <source>Hide the tally until the round closes</source>
        <translation>輪次結束前隱藏計票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="79" />
        <source>Open round</source>
        <translation>開啟輪次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="81" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="81" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="82" />
        <source>Candidates</source>
        <translation>候選項</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="82" />
        <source>Participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="83" />
        <source>Dots each</source>
        <translation>每人圓點數</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="83" />
        <source>Most on one sticky</source>
        <translation>單張便利貼上限</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="84" />
        <source>Timer</source>
        <translation>計時</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="91" />
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="101" />
        <source>Who is voting?</source>
        <translation>誰在投票？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="115" />
        <source>Phone voting</source>
        <translation>手機投票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="123" />
        <source>Close round</source>
        <translation>結束輪次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="125" />
        <source>Results…</source>
        <translation>結果…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="127" />
        <source>Replay the votes</source>
        <translation>回放投票過程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="130" />
        <source>Next (anonymous)</source>
        <translation>下一位（匿名）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="131" />
        <source>The next person at the screen votes as Voter N, without a name</source>
        <translation>螢幕前的下一位以「投票人 N」身份匿名投票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="134" />
        <source>Voting now:</source>
        <translation>正在投票：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="161" />
        <source>Open a journey first.</source>
        <translation>請先開啟一個旅程。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="166" />
        <source>Select the stickies to vote on first (Ctrl+click on the map).</source>
        <translation>請先選擇要投票的便利貼（在地圖上按 Ctrl+按一下）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="185" />
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="187" />
        <source>Voter %1</source>
        <translation>投票人 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="225" />
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="243" />
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="225" />
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="243" />
        <source>closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="229" />
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 還剩 %2 / %3 個圓點</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="241" />
        <source>(a new round)</source>
        <translation>（新輪次）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="251" />
        <source>Close the open round first.</source>
        <translation>請先結束進行中的輪次。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="271" />
        <source>The tally is hidden until the round closes.</source>
        <translation>輪次結束前不顯示計票。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="283" />
        <source>Time!</source>
        <translation>時間到！</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="91" />
        <source>sd · influence</source>
        <translation>標準差 · 影響力</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="96" />
        <source>Reset to equal weights</source>
        <translation>重置為等權重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="97" />
        <source>Weight 1 on every basic part; reach × gap off</source>
        <translation>每個基本分項權重為 1；覆蓋面 × 差距關閉</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="99" />
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="101" />
        <source>Set the weights so that every part in use has the same influence on the order (weight × spread equal); undoable</source>
        <translation>設定權重，使每個在用分項對排序的影響力相同（權重 × 離散度相等）；可復原</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="109" />
        <source>&lt;b&gt;Weights&lt;/b&gt;</source>
        <translation>&lt;b&gt;權重&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="128" />
        <source>Stage-level Shapley: a stage's survey items enter together as one player, so a stage asked about more does not get more importance. Sum of item weights: the items' relative weights added up.</source>
        <translation>環節級 Shapley：一個環節的調查題項作為一個整體參與，因此被問得多的環節不會獲得更高的重要性。題項權重之和：各題項的相對權重相加。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="133" />
        <source>journey's revenue per customer</source>
        <translation>旅程的每位客戶收入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="134" />
        <source>The value per affected customer that scores 0.5; empty: the journey's revenue per customer (else the segments' value per customer)</source>
        <translation>得分為 0.5 時每位受影響客戶的價值；留空：使用旅程的每位客戶收入（否則使用客群的每位客戶價值）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="140" />
        <source>Stage importance</source>
        <translation>環節重要性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="141" />
        <source>Value reference</source>
        <translation>價值參考值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="154" />
        <source>The value reference must be above 0 (or empty for the default).</source>
        <translation>價值參考值必須大於 0（或留空使用預設值）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="183" />
        <source>from the data</source>
        <translation>來自資料</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="183" />
        <source>the room's judgment</source>
        <translation>現場判斷</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="211" />
        <source>Nothing to balance: no pain points are ranked.</source>
        <translation>無可平衡的內容：沒有已排名的痛點。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="216" />
        <source>The parts already have equal influence.</source>
        <translation>各分項的影響力已相同。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="233" />
        <source>Spread: the standard deviation of this part across the pain points. Influence: weight × spread as a share of all parts' — how much of the order this part decides.</source>
        <translation>離散度：該分項在各痛點間的標準差。影響力：權重 × 離散度佔所有分項之和的比例——即該分項決定排序的程度。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="238" />
        <source>The parts in use have about equal influence ({0:.0%}–{1:.0%} each).</source>
        <translation>在用分項的影響力大致相同（各 {0:.0%}–{1:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="241" />
        <source>&lt;b&gt;{0}&lt;/b&gt; decides most of the order ({1:.0%}).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 決定了大部分排序（{1:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="252" />
        <source>At least one part needs a weight above 0.</source>
        <translation>至少需要一個分項的權重大於 0。</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="43" />
        <source>Stage (future state)</source>
        <translation>環節（未來狀態）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="43" />
        <source>Now</source>
        <translation>當前</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="43" />
        <source>What if</source>
        <translation>假設分析</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="44" />
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="53" />
        <source>&lt;b&gt;What if these deliver&lt;/b&gt;</source>
        <translation>&lt;b&gt;如果這些舉措見效&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="87" />
        <source>No projection: {why}</source>
        <translation>無法預測：{why}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="87" />
        <source>no survey</source>
        <translation>無調查</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="96" />
        <source>&lt;b&gt;{outcome}&lt;/b&gt;: {now} → &lt;b&gt;{then}&lt;/b&gt; ({effect:+.3f}, 95% CI {low:+.3f} to {high:+.3f})&lt;br&gt;&lt;span style='color:#5F6368'&gt;{n} of {total} initiatives ticked; coefficients from {ds} (n = {nobs:,}); now = {period}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt;：{now} → &lt;b&gt;{then}&lt;/b&gt;（{effect:+.3f}，95% 信賴區間 {low:+.3f} 至 {high:+.3f}）&lt;br&gt;&lt;span style='color:#5F6368'&gt;已勾選 {total} 項改進舉措中的 {n} 項；係數來自 {ds}（n = {nobs:,}）；當前 = {period}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="103" />
        <source>not projected: {s}</source>
        <translation>未預測：{s}</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="202" />
        <source>The map was not exported</source>
        <translation>地圖未匯出</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="204" />
        <source>Exported the map to {path}</source>
        <translation>已將地圖匯出到 {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="214" />
        <source>{name} is a future state already.</source>
        <translation>{name} 已經是未來狀態。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="219" />
        <source>{current} has a future state already: {future}, opened.</source>
        <translation>{current} 已有未來狀態：已開啟 {future}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="222" />
        <source>{name} (future state)</source>
        <translation>{name}（未來狀態）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="227" />
        <source>Make future state</source>
        <translation>建立未來狀態</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="247" />
        <source>This journey has no current/future pair to compare.</source>
        <translation>此旅程沒有可對比的現況/未來狀態配對。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="291" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>WindowEditing</name>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="111" />
        <source>The whole journey, too small to read: Fit again to read it.</source>
        <translation>整個旅程，太小無法閱讀：再次「適應視窗」即可閱讀。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="114" />
        <source>Fitted to the lanes' height, readable; Fit again for the whole journey.</source>
        <translation>已適應泳道高度，可閱讀；再次「適應視窗」顯示整個旅程。</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../journeymap/ui/window_layout.py" line="127" />
        <source>Full screen: F11 or Escape to leave</source>
        <translation>全螢幕：按 F11 或 Esc 退出</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../journeymap/ui/workshop/view.py" line="27" />
        <source>Tab: stage after the selected one · Enter: pain point under it · type, Enter to keep · Esc: take it back · drag a sticky onto its duplicate to merge · F5: present</source>
        <translation>Tab：在所選環節後新增環節 · Enter：在其下新增痛點 · 輸入後按 Enter 保留 · Esc：撤回 · 將便利貼拖到其重複項上即可合併 · F5：演示</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="144" />
        <location filename="../../journeymap/ui/workshop/view.py" line="44" />
        <source>Present (F5)</source>
        <translation>演示 (F5)</translation>
    </message>
</context>
<context><name>Canvas</name><message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="47" />
        <source>New stage</source>
        <translation>新環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="67" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="133" />
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="140" />
        <source>Move stage</source>
        <translation>移動環節</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="144" />
        <source>Auto-layout</source>
        <translation>自動佈局</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="177" />
        <source>New pain point</source>
        <translation>新痛點</translation>
    </message>
    </context><context><name>Arrow</name><message>
        <location filename="../../journeymap/ui/canvas/items/arrow.py" line="50" />
        <source>Loop</source>
        <translation>迴圈</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/arrow.py" line="50" />
        <source>Handoff</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/arrow.py" line="51" />
        <source>Drop-out</source>
        <translation>流失</translation>
    </message>
    </context><context><name>EmotionCurve</name><message>
        <location filename="../../journeymap/ui/canvas/items/emotion_curve.py" line="98" />
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
    </context><context><name>StageCard</name><message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="69" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="113" />
        <source>Channel: %1</source>
        <translation>通路：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="115" />
        <source>Owner: %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="202" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="202" />
        <source>Removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="202" />
        <source>Changed</source>
        <translation>已變更</translation>
    </message>
    </context><context><name>Sticky</name><message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="48" />
        <source>Severity %1</source>
        <translation>嚴重程度 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="67" />
        <source>1 vote</source>
        <translation>1 票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="67" />
        <source>%1 votes</source>
        <translation>%1 票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="72" />
        <source>S%1</source>
        <translation>嚴重%1</translation>
    </message>
    </context><context><name>HeatLegend</name><message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="38" />
        <source>best third</source>
        <translation>最好的三分之一</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="38" />
        <source>middle</source>
        <translation>中間</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="38" />
        <source>worst third</source>
        <translation>最差的三分之一</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="39" />
        <source>%1 (no target: stages compared)</source>
        <translation>%1（無目標：環節間比較）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="42" />
        <source>on target</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="42" />
        <source>within 10% of target</source>
        <translation>距目標 10% 以內</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="42" />
        <source>off target</source>
        <translation>未達標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="43" />
        <source>%1 against target %2</source>
        <translation>%1 對比目標 %2</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="50" />
        <source>no data (%1)</source>
        <translation>無資料（%1）</translation>
    </message>
    </context><context><name>DidItWork</name><message>
        <location filename="../../journeymap/ui/did_it_work.py" line="25" />
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="25" />
        <source>top-2-box</source>
        <translation>前兩項占比</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="25" />
        <source>NPS</source>
        <translation>淨推薦值 (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="26" />
        <source>Welch t-test</source>
        <translation>Welch t 檢定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="26" />
        <source>two-proportion test</source>
        <translation>兩比例檢定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="26" />
        <source>Wald test</source>
        <translation>Wald 檢定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="27" />
        <source>improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="27" />
        <source>worsened</source>
        <translation>變差</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="27" />
        <source>no change</source>
        <translation>無變化</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="28" />
        <source>per period</source>
        <translation>每期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="35" />
        <source>per period ({unit})</source>
        <translation>每期（{unit}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="41" />
        <source>done {done} · stage {stage} · before: {before} · after: {after}</source>
        <translation>完成於 {done} · 環節：{stage} · 之前：{before} · 之後：{after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>metric of the stage</source>
        <translation>環節的指標</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>after</source>
        <translation>之後</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>n before / after</source>
        <translation>之前 / 之後 n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>test</source>
        <translation>檢定</translation>
    </message>
    </context><context><name>Lanes</name><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="33" /><source>Customer actions</source><translation>客戶行為</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="33" /><source>Stages</source><translation>環節</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="34" /><source>Thinking</source><translation>客戶想法</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="34" /><source>Emotion</source><translation>情緒</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="35" /><source>Pain points</source><translation>痛點</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="35" /><source>Opportunities</source><translation>機會點</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="36" /><source>Backstage</source><translation>後臺</translation></message></context><context><name>Crash</name><message><location filename="../../journeymap/ui/crash.py" line="96" /><source>Something went wrong</source><translation>出現了問題</translation></message><message><location filename="../../journeymap/ui/crash.py" line="102" /><source>Continue</source><translation>繼續</translation></message><message><location filename="../../journeymap/ui/crash.py" line="101" /><source>Save my work</source><translation>儲存我的工作</translation></message><message><location filename="../../journeymap/ui/crash.py" line="97" /><source>JourneyMap hit an error it did not expect:
{error}</source><translation>JourneyMap 遇到了意外錯誤：
{error}</translation></message><message><location filename="../../journeymap/ui/crash.py" line="99" /><source>Your work is probably intact, but save it now to be safe. The details were written to {path} (Help &gt; About shows where).</source><translation>您的工作很可能完好無損，但為安全起見請立即儲存。詳細資訊已寫入 {path}（「幫助 &gt; 關於」中可檢視位置）。</translation></message></context><context><name>FileLock</name><message><location filename="../../journeymap/ui/file_lock.py" line="43" /><source>The project is open elsewhere</source><translation>專案已在別處開啟</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="54" /><source>The project changed on disk</source><translation>磁碟上的專案已被更改</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="167" /><source>The project was not saved</source><translation>專案未儲存</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="44" /><source>{name} is {who}.

Open it read-only, or take it over (their next save will be refused, so nothing they saved is lost)?</source><translation>{name}{who}。

以只讀方式開啟，還是接管它（對方下一次儲存會被拒絕，因此對方已儲存的內容不會丟失）？</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="46" /><source>Open read-only</source><translation>以只讀方式開啟</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="46" /><source>Take over</source><translation>接管</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="47" /><source>Cancel</source><translation>取消</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="55" /><source>{name} was changed by another program or window since you opened it. Your unsaved edits were made to the older version.

Reload it (your edits since the last save are dropped), or keep your version on screen and save it under another name?</source><translation>自您開啟以來，{name} 已被其他程序或視窗更改。您未儲存的編輯是基於舊版本的。

重新載入（放棄上次儲存以來的編輯），還是保留螢幕上的版本並另存為其他名稱？</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="59" /><source>Reload</source><translation>重新載入</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="59" /><source>Keep mine</source><translation>保留我的版本</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="142" /><source>open elsewhere</source><translation>已在別處開啟</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="150" /><source>taken over by another window</source><translation>已被另一個視窗接管</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="144" /><source>{name} is open read-only here: it is {who}. Save it under another name with Save As.</source><translation>{name} 在此以只讀方式開啟：它{who}。請用「另存為」儲存為其他名稱。</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="152" /><source>{name} was taken over: it is now {who}. Nothing was written; save your version under another name with Save As.</source><translation>{name} 已被接管：它現在{who}。未寫入任何內容；請用「另存為」將您的版本儲存為其他名稱。</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="191" /><source>{name} was changed on disk; reloaded it.</source><translation>磁碟上的 {name} 已被更改；已重新載入。</translation></message></context><context><name>Salvage</name><message><location filename="../../journeymap/ui/salvage.py" line="19" /><source>The project is damaged</source><translation>專案已損壞</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="22" /><source>Open what can be read as an untitled copy? The damaged file is left as it is; save the copy under a new name.</source><translation>將能讀取的內容作為未命名副本開啟嗎？損壞的檔案保持原樣；請將副本另存為新名稱。</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="29" /><source>Opened what could be read</source><translation>已開啟能讀取的內容</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="30" /><source>These were left out:</source><translation>以下內容未能讀取：</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="47" /><source>Nothing could be read</source><translation>沒有可讀取的內容</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="28" /><source>... and {n} more</source><translation>……另有 {n} 項</translation></message></context></TS>