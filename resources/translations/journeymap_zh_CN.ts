<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="21" />
        <source>About JourneyMap</source>
        <translation>关于 JourneyMap</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="14" />
        <source>&lt;h3&gt;JourneyMap {version}&lt;/h3&gt;&lt;p&gt;A workbench for customer-experience journey mapping: map the journey, measure it, rank its pain points, plan the fixes.&lt;/p&gt;&lt;p&gt;Built with Qt for Python.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMap {version}&lt;/h3&gt;&lt;p&gt;客户体验旅程地图工作台：绘制旅程、度量旅程、为痛点排序、规划改进。&lt;/p&gt;&lt;p&gt;基于 Qt for Python 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="17" />
        <source>&lt;p&gt;Errors are written to:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;错误日志写入：&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    </context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="64" />
        <source>&lt;b&gt;Suggested from the data&lt;/b&gt;</source>
        <translation>&lt;b&gt;数据中发现的建议&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="85" />
        <source>No suggestions: nothing in the data stands out that is not on the list already.</source>
        <translation>没有建议：数据中没有尚未列出的突出问题。</translation>
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
        <translation>将其加入痛点（可撤销）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="116" />
        <source>Do not suggest it again (undoable)</source>
        <translation>不再建议此项（可撤销）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="133" />
        <source>Accept suggested pain point</source>
        <translation>接受建议的痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/candidates_panel.py" line="141" />
        <source>Dismiss suggested pain point</source>
        <translation>忽略建议的痛点</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="128" />
        <source>New stage</source>
        <translation>新环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="133" />
        <source>Add stage after %1</source>
        <translation>在 %1 之后添加环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="139" />
        <source>New pain point</source>
        <translation>新痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="141" />
        <source>Add pain point</source>
        <translation>添加痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/capture.py" line="164" />
        <source>Name pain point</source>
        <translation>命名痛点</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="100" />
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="101" />
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="104" />
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="114" />
        <location filename="../../journeymap/ui/chart_view.py" line="121" />
        <source>Save image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="115" />
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 图片 (*.png);;JPEG 图片 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/chart_view.py" line="122" />
        <source>Could not write %1: check the folder exists and can be written.</source>
        <translation>无法写入 %1：请检查文件夹是否存在且可写入。</translation>
    </message>
</context>
<context>
    <name>CommentSearch</name>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="33" />
        <source>All comments</source>
        <translation>全部意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="33" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="34" />
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="38" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="38" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="38" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="39" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="102" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="102" />
        <source>employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/comment_search.py" line="105" />
        <source>typed in the app</source>
        <translation>在应用中录入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="109" />
        <source>%n of %1 comment(s)</source>
        <translation>
            <numerusform>%n 条（共 %1 条意见）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="115" />
        <source>Type to search the %n comment(s) of %1 (any language)…</source>
        <translation>
            <numerusform>输入文字，搜索 %1 的 %n 条意见（任何语言）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="118" />
        <source>Type to search all %n comment(s) of the journey (any language)…</source>
        <translation>
            <numerusform>输入文字，搜索此旅程的全部 %n 条意见（任何语言）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/comment_search.py" line="119" />
        <source>Type to search all %n comment(s) of the journey (%1 holds none)…</source>
        <translation>
            <numerusform>输入文字，搜索此旅程的全部 %n 条意见（%1 中没有意见）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectHandle</name>
    <message>
        <location filename="../../journeymap/ui/canvas/tools.py" line="27" />
        <source>Drag to another stage to connect</source>
        <translation>拖到另一个环节以建立连接</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <location filename="../../journeymap/ui/models/dataframe_model.py" line="208" />
        <source>%1 values, %2 empty (%3)</source>
        <translation>%1 个值，%2 个为空（%3）</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="40" />
        <source>%1 could not be read from %2; the file may be damaged: import it again, or open a backup (%3).</source>
        <translation>无法从 %2 读取 %1；文件可能已损坏：请重新导入，或打开备份（%3）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="78" />
        <source>The survey's periods</source>
        <translation>调查的期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="87" />
        <source>The stage metrics of survey %1</source>
        <translation>调查 %1 的环节指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="159" />
        <source>Copy (tab-separated)</source>
        <translation>复制（制表符分隔）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="303" />
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="85" />
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="85" />
        <source>Segment:</source>
        <translation>客群：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="86" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="102" />
        <source>Stage metrics</source>
        <translation>环节指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="103" />
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="151" />
        <source>%1 (%2, %3 rows)</source>
        <translation>%1（%2，%3 行）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="157" />
        <source>This project is not saved yet. Save it, then bring data in with File &gt; Import…</source>
        <translation>此项目尚未保存。请先保存，再通过“文件 &gt; 导入…”导入数据。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="160" />
        <source>No data yet. File &gt; Import… brings in a survey, operating data or comments; their rows and stage metrics show here.</source>
        <translation>尚无数据。“文件 &gt; 导入…”可导入调查、运营数据或意见；其行和环节指标会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="217" />
        <source>Reading %1 rows…</source>
        <translation>正在读取 %1 行…</translation>
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
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="213" />
        <location filename="../../journeymap/ui/data_view.py" line="232" />
        <source>All periods</source>
        <translation>全部期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="218" />
        <source>Dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="236" />
        <source>Showing the first %1 rows while the rest are read…</source>
        <translation>正在显示前 %1 行，其余行读取中…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="246" />
        <source>%1: stage %2, scale %3-%4, %5 is better</source>
        <translation>%1：环节 %2，量表 %3-%4，%5为佳</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="249" />
        <source>line in the imported file (the header is line 1)</source>
        <translation>导入文件中的行号（表头为第 1 行）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="250" />
        <source>respondent id</source>
        <translation>受访者编号</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="250" />
        <source>the outcome (0/1, scale or 0-10)</source>
        <translation>结果指标（0/1、量表或 0-10）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="302" />
        <source>Filter stages or metrics…</source>
        <translation>筛选环节或指标…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="318" />
        <source>%1 of %2 rows</source>
        <translation>%2 行中的 %1 行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="318" />
        <source>%1 of %2 stage metrics</source>
        <translation>%2 项环节指标中的 %1 项</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="338" />
        <source>Top-2-box (%)</source>
        <translation>前两项占比 (%)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="344" />
        <source>satisfaction: respondents (weighted where the survey has weights), under 30 is flagged; operating: the period and segment values combined</source>
        <translation>满意度：受访者人数（调查有权重时为加权人数），少于 30 会标记；运营数据：期间和客群数值的合计</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="346" />
        <source>the metric's target, if one is set</source>
        <translation>指标的目标（如已设置）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="347" />
        <source>n&lt;30: few answers; no data: nothing rates the stage; off target</source>
        <translation>n&lt;30：回答较少；无数据：没有题项评价该环节；未达标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="375" />
        <source>Could not read the data: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="198" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="199" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="199" />
        <source>Outcome</source>
        <translation>结果指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="204" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>Better</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="205" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="213" />
        <source>Survey metrics: no survey in this journey. Operating metrics: the stored values.</source>
        <translation>调查指标：此旅程没有调查。运营指标：已存储的数值。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="214" />
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view_reads.py" line="215" />
        <source>Survey metrics read from %1. Operating metrics: the stored values.</source>
        <translation>调查指标读取自 %1。运营指标：已存储的数值。</translation>
    </message>
    </context>
<context>
    <name>DriversModel</name>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Item</source>
        <translation>题项</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="48" />
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
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
        <translation>前两项占比</translation>
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
        <translation>该题项在已解释方差 (R²) 中所占份额；合计为 100</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="53" />
        <source>95% bootstrap interval of the weight %</source>
        <translation>权重 % 的 95% 自助法区间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="54" />
        <source>Pearson correlation with the outcome</source>
        <translation>与结果指标的皮尔逊相关系数</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="55" />
        <source>Share answering in the top two boxes of the scale</source>
        <translation>回答落在量表最高两档的占比</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="56" />
        <source>The item's mean on its own scale</source>
        <translation>该题项在自身量表上的均值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="57" />
        <source>Importance-performance quadrant; uncertain when the weight's interval straddles the importance cut line (it could fall on either side)</source>
        <translation>重要性-表现象限；当权重区间跨越重要性分界线时标为“不确定”（可能落在任一侧）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="59" />
        <source>Answers to this item</source>
        <translation>该题项的回答数</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="101" />
        <source> (uncertain)</source>
        <translation>（不确定）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="112" />
        <source>Concentrate here</source>
        <translation>重点改进</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="112" />
        <source>Keep up the good work</source>
        <translation>继续保持</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="113" />
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="114" />
        <source>Possible overkill</source>
        <translation>可能过度投入</translation>
    </message>
</context>
<context>
    <name>DriversView</name>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="102" />
        <source>Relative weights</source>
        <translation>相对权重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="102" />
        <source>Shapley (LMG)</source>
        <translation>Shapley (LMG)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="103" />
        <source>Squared correlations</source>
        <translation>相关系数平方</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="107" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="107" />
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="108" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="108" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="127" />
        <source>Computing…</source>
        <translation>正在计算…</translation>
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
        <translation>全部期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="247" />
        <source>This project has no journey yet. Add one on the map to analyse its survey.</source>
        <translation>此项目还没有旅程。请先在地图上添加旅程，再分析其调查数据。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="249" />
        <source>No survey data for this journey yet.

Import a survey with an overall outcome and rated items mapped to stages, then save the project: the key drivers appear here.</source>
        <translation>此旅程还没有调查数据。

请导入一份包含总体结果指标、且题项已映射到环节的调查，然后保存项目：关键驱动因素会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="252" />
        <source>Save the project first: the analysis reads the survey's answers from the saved file.</source>
        <translation>请先保存项目：分析从已保存的文件中读取调查回答。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="289" />
        <source>The key-driver analysis could not run:

{0}</source>
        <translation>关键驱动因素分析无法运行：

{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="301" />
        <source>the outcome</source>
        <translation>结果指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="304" />
        <source>&lt;b&gt;n = {0}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;b&gt;R² = {1}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:#5F6368'&gt;key drivers of {2} · {3}&lt;/span&gt;</source>
        <translation>&lt;b&gt;n = {0}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;b&gt;R² = {1}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:#5F6368'&gt;{2}的关键驱动因素 · {3}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="310" />
        <source>read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="311" />
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="326" />
        <source>survey</source>
        <translation>调查</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="89" />
        <source>Encoding and preview</source>
        <translation>编码与预览</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="90" />
        <source>Check that the headers and text read correctly; if not, choose another encoding.</source>
        <translation>请检查表头和文本是否正确显示；若不正确，请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="102" />
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="103" />
        <source>Detected:</source>
        <translation>检测结果：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="104" />
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="121" />
        <source>Excel file: no text encoding (sheet %1)</source>
        <translation>Excel 文件：无文本编码（工作表 %1）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="124" />
        <source>bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="125" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="63" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="129" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="240" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="72" />
        <source>The data could not be read: {0}</source>
        <translation>无法读取数据：{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="82" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="84" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="92" />
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="95" />
        <source>built-in 16:9 template</source>
        <translation>内置 16:9 模板</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="96" />
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="98" />
        <source>Deck template</source>
        <translation>演示文稿模板</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="106" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="115" />
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="116" />
        <source>Copy the chart shown to the clipboard as an image</source>
        <translation>将当前显示的图表以图片形式复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="133" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="297" />
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="309" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="152" />
        <source>No Chromium found: PNG, SVG and PDF images need one (Debian/Ubuntu: apt-get install chromium). The deck, workbook and report export without it.</source>
        <translation>未找到 Chromium：PNG、SVG 和 PDF 图片需要它（Debian/Ubuntu：apt-get install chromium）。演示文稿、工作簿和报告无需它也可导出。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="155" />
        <source>Save the project first: the export reads the survey's answers from the saved file.</source>
        <translation>请先保存项目：导出从已保存的文件中读取调查回答。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="158" />
        <source>This project has no journey to export.</source>
        <translation>此项目没有可导出的旅程。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="195" />
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="198" />
        <source>The template {0} does not exist.</source>
        <translation>模板 {0} 不存在。</translation>
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
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="223" />
        <source>1 file already in {0} would be replaced:</source>
        <translation>{0} 中已有 1 个文件将被替换：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="224" />
        <source>{1} files already in {0} would be replaced:</source>
        <translation>{0} 中已有 {1} 个文件将被替换：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="227" />
        <source>1 file there is from an earlier export of a journey with this name, and this export does not write it: it is left as it is and is not part of this export:</source>
        <translation>其中 1 个文件来自同名旅程的早先导出，本次导出不写入它：它保持原样，不属于本次导出：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="230" />
        <source>{0} files there are from an earlier export of a journey with this name, and this export does not write them: they are left as they are and are not part of this export:</source>
        <translation>其中 {0} 个文件来自同名旅程的早先导出，本次导出不写入它们：它们保持原样，不属于本次导出：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="235" />
        <source>Replace them?</source>
        <translation>替换这些文件？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="235" />
        <source>Replace it?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="236" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="238" />
        <source>Nothing in {0} would be replaced.</source>
        <translation>{0} 中没有文件会被替换。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="239" />
        <source>Export beside them?</source>
        <translation>仍导出到此文件夹（与它们并存）？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="239" />
        <source>Export beside it?</source>
        <translation>仍导出到此文件夹（与它并存）？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="241" />
        <source>Files already in the folder</source>
        <translation>文件夹中已有文件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="261" />
        <source>Nothing was exported; the files in {0} are as they were.</source>
        <translation>未导出任何内容；{0} 中的文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="266" />
        <source>… and {0} more</source>
        <translation>……另有 {0} 个</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="272" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="290" />
        <source>Drawing {0}</source>
        <translation>正在绘制{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="291" />
        <source>Making the charts</source>
        <translation>正在生成图表</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="291" />
        <source>Writing the deck</source>
        <translation>正在写入演示文稿</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="292" />
        <source>Writing the workbook</source>
        <translation>正在写入工作簿</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="292" />
        <source>Writing the HTML report</source>
        <translation>正在写入 HTML 报告</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="293" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="300" />
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="302" />
        <source>Wrote {0} files to {1}.</source>
        <translation>已将 {0} 个文件写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="303" />
        <source>Left out: {0} ({1})</source>
        <translation>未包含：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="311" />
        <source>The export failed, nothing was written: {0}</source>
        <translation>导出失败，未写入任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="347" />
        <source>Copied the chart to the clipboard.</source>
        <translation>已将图表复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="363" />
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="368" />
        <source>PowerPoint template</source>
        <translation>PowerPoint 模板</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/export_dialog.py" line="369" />
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint 模板 (*.pptx *.potx)</translation>
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
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="112" />
        <source>{name} was restored from the autosaved copy of {when}; the file it replaced is kept as {aside}.</source>
        <translation>已从 {when} 的自动保存副本恢复 {name}；被替换的文件保留为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="132" />
        <source>Cannot recover the autosaved copy</source>
        <translation>无法恢复自动保存的副本</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="133" />
        <source>{error}

The autosaved copy is kept: {copy}</source>
        <translation>{error}

自动保存的副本已保留：{copy}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="115" />
        <source>{name} was gone: it was restored from the autosaved copy of {when}.</source>
        <translation>{name} 已不存在：已从 {when} 的自动保存副本恢复。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="139" />
        <source>an unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="193" />
        <source>The project was not saved</source>
        <translation>项目未保存</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="27" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="28" />
        <source>Choose the CSV or Excel file and what kind of data it holds.</source>
        <translation>选择 CSV 或 Excel 文件，以及其中包含的数据类型。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="30" />
        <source>a .csv, .txt or .xlsx file</source>
        <translation>.csv、.txt 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="31" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="37" />
        <source>Survey: a row per respondent</source>
        <translation>调查：每行一位受访者</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="38" />
        <source>Operations: a row per stage and period, or per event</source>
        <translation>运营数据：每行一个环节和期间，或一个事件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="39" />
        <source>Feedback: a row per comment</source>
        <translation>反馈：每行一条意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="46" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="47" />
        <source>Kind of data:</source>
        <translation>数据类型：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="48" />
        <source>Sheet (Excel):</source>
        <translation>工作表 (Excel)：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="56" />
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="57" />
        <source>Data files (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>数据文件 (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../journeymap/ui/history_view.py" line="15" />
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/history_view.py" line="18" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
</context>
<context>
    <name>ImportPages</name>
    <message>
        <location filename="../../journeymap/ui/import_widgets.py" line="26" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="131" />
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="112" />
        <location filename="../../journeymap/ui/import_wizard.py" line="139" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="314" />
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="330" />
        <source>Writing %1 into the project…</source>
        <translation>正在将 %1 写入项目…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="340" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="349" />
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="354" />
        <source>Imported %1 rows as the dataset “%2”.</source>
        <translation>已导入 %1 行，数据集为“%2”。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="357" />
        <source>New stages: %1.</source>
        <translation>新环节：%1。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="363" />
        <source>The import failed; the project is unchanged.
%1</source>
        <translation>导入失败；项目未更改。
%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="367" />
        <source>Import cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未更改。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/encoding_choice.py" line="18" />
        <source>Which encoding?</source>
        <translation>使用哪种编码？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/encoding_choice.py" line="19" />
        <source>The file is too short to tell its encoding. Pick the reading whose text is right:</source>
        <translation>文件太短，无法判断其编码。请选择文本显示正确的那一种读法：</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/import_preview.py" line="37" />
        <source>The file is too short to tell its encoding. Press Next again and pick the reading whose text is right.</source>
        <translation>文件太短，无法判断其编码。请再次按“下一步”，选择文字正确的那种读法。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="47" />
        <source>picked among the readings of this short file</source>
        <translation>从这个短文件的几种读法中选定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="66" />
        <source>The file cannot be read as %1 (%2). Choose another encoding above, such as gb18030, big5 or utf-16.</source>
        <translation>无法以 %1 读取该文件（%2）。请在上方选择其他编码，例如 gb18030、big5 或 utf-16。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="68" />
        <source>The file's line %1 cannot be read as %2 (bytes %3): it is in another encoding. Choose another encoding above, such as gb18030, big5 or utf-16.</source>
        <translation>文件第 %1 行无法以 %2 读取（字节 %3）：文件使用的是其他编码。请在上方选择其他编码，例如 gb18030、big5 或 utf-16。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="81" />
        <source>given in the saved mapping</source>
        <translation>由已保存的映射指定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="84" />
        <source>detected: %1</source>
        <translation>自动检测：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_preview.py" line="85" />
        <source>chosen on the Encoding page</source>
        <translation>在“编码”页选择</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="107" />
        <source>Save the project before importing</source>
        <translation>导入前请先保存项目</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="108" />
        <source>JourneyMap projects (*.jmap)</source>
        <translation>JourneyMap 项目 (*.jmap)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="112" />
        <source>The import writes to the project file. Save your changes first?</source>
        <translation>导入会写入项目文件。先保存您的更改吗？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="119" />
        <source>The project was not saved</source>
        <translation>项目未保存</translation>
    </message>
    </context>
<context>
    <name>InitiativeForm</name>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="74" />
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="77" />
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="84" />
        <source>&lt;b&gt;Pain points it addresses&lt;/b&gt;</source>
        <translation>&lt;b&gt;其针对的痛点&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="114" />
        <source>Select an initiative to edit it.</source>
        <translation>选择一项改进举措以进行编辑。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="143" />
        <location filename="../../journeymap/ui/initiative_form.py" line="145" />
        <source>item: {c}</source>
        <translation>题项：{c}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/initiative_form.py" line="146" />
        <source>metric: {m} (needs a stated link)</source>
        <translation>指标：{m}（需要声明关联）</translation>
    </message>
<message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Title</source><translation>标题</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Owner</source><translation>负责人</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Department</source><translation>部门</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="27" /><source>Status</source><translation>状态</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="28" /><source>Start (YYYY-MM-DD)</source><translation>开始日期 (YYYY-MM-DD)</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="28" /><source>Due (YYYY-MM-DD)</source><translation>截止日期 (YYYY-MM-DD)</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="28" /><source>Done on (YYYY-MM-DD)</source><translation>完成日期 (YYYY-MM-DD)</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="29" /><source>Effort (person-months)</source><translation>工作量（人月）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="29" /><source>Cost</source><translation>成本</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="29" /><source>Reach (customers a period)</source><translation>覆盖面（每期客户数）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="30" /><source>RICE impact</source><translation>RICE 影响</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="30" /><source>Confidence (0 to 1)</source><translation>信心（0 到 1）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="30" /><source>Uplift on</source><translation>提升对象</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="31" /><source>Expected uplift</source><translation>预期提升</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="31" /><source>Stated link: moves survey item</source><translation>声明的关联：影响的调查题项</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="32" /><source>Item points per unit (assumed)</source><translation>每单位带来的题项分数（假设）</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="32" /><source>Notes</source><translation>备注</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>idea</source><translation>构想</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>planned</source><translation>已计划</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>in progress</source><translation>进行中</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="35" /><source>done</source><translation>已完成</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="36" /><source>dropped</source><translation>已放弃</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>-</source><translation>-</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>3 massive</source><translation>3 极大</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>2 high</source><translation>2 高</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>1 medium</source><translation>1 中</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="33" /><source>0.5 low</source><translation>0.5 低</translation></message><message><location filename="../../journeymap/ui/initiative_form.py" line="34" /><source>0.25 minimal</source><translation>0.25 极小</translation></message></context>
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
        <translation>覆盖面 {r:,.0f} × 影响 {i:g} × 信心 {c:g} / 工作量 {e:g}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_model.py" line="105" />
        <source>change of the outcome = the item's regression coefficient x the item's change</source>
        <translation>结果指标的变化 = 题项的回归系数 × 题项的变化</translation>
    </message>
<message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Status</source><translation>状态</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Initiative</source><translation>改进举措</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Owner</source><translation>负责人</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="16" /><source>Department</source><translation>部门</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Start</source><translation>开始</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Due</source><translation>截止日期</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Done</source><translation>完成</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>Effort (pm)</source><translation>工作量（人月）</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="17" /><source>RICE</source><translation>RICE</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="18" /><source>Projected (95% CI)</source><translation>预测（95% 置信区间）</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="18" /><source>Pain points</source><translation>痛点</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="19" /><source>Idea</source><translation>构想</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="19" /><source>Planned</source><translation>已计划</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="19" /><source>In progress</source><translation>进行中</translation></message><message><location filename="../../journeymap/ui/roadmap_model.py" line="20" /><source>Dropped</source><translation>已放弃</translation></message></context>
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
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="29" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="78" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="30" />
        <source>Transition</source>
        <translation>流转</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="31" />
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="32" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="72" />
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="33" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="33" />
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="62" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="62" />
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="66" />
        <source>Owner (department)</source>
        <translation>负责人（部门）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="67" />
        <source>Customer action</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="68" />
        <source>Thinking</source>
        <translation>客户想法</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="69" />
        <source>Emotion (-3 to +3)</source>
        <translation>情绪（-3 到 +3）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="70" />
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="71" />
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="72" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="73" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="73" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="74" />
        <source>Share (0 to 1)</source>
        <translation>占比（0 到 1）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="74" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="75" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="75" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="76" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="77" />
        <source>Severity (1 to 5)</source>
        <translation>严重程度（1 到 5）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="78" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="79" />
        <source>Share affected (0 to 1)</source>
        <translation>受影响占比（0 到 1）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="80" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="81" />
        <source>Value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="82" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="82" />
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="83" />
        <source>Customers per period</source>
        <translation>每期客户数</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="84" />
        <source>Revenue per period</source>
        <translation>每期收入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="85" />
        <source>Value per customer</source>
        <translation>每位客户价值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="86" />
        <source>Gap error (SE)</source>
        <translation>差距误差 (SE)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="87" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="88" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="138" />
        <source>Emotion of {persona} (-3 to +3)</source>
        <translation>{persona}的情绪（-3 到 +3）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="205" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="291" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="311" />
        <source>A number is needed here.</source>
        <translation>此处需要一个数字。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="317" />
        <source>{value} is not allowed: it must be above {low:g}.</source>
        <translation>不允许 {value}：必须大于 {low:g}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="319" />
        <source>{value} is not allowed: it must be {low:g} or more.</source>
        <translation>不允许 {value}：必须不小于 {low:g}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="349" />
        <source>{text!r} is not a number (2,5 or 2.5; 2,500 or 2500).</source>
        <translation>{text!r} 不是数字（可写 2,5 或 2.5；2,500 或 2500）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="352" />
        <source>{text!r} is not a number.</source>
        <translation>{text!r} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="357" />
        <source>{text!r} is not a whole number.</source>
        <translation>{text!r} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="321" />
        <source>{value} is outside {low:g} to {high:g}.</source>
        <translation>{value} 超出 {low:g} 到 {high:g} 的范围。</translation>
    </message>
<message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>phone</source><translation>电话</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>web</source><translation>网站</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>app</source><translation>App</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>branch</source><translation>网点</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="36" /><source>agent</source><translation>代理人</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>chat</source><translation>在线客服</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>mail</source><translation>邮寄</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>email</source><translation>电子邮件</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>other</source><translation>其他</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="37" /><source>entry</source><translation>起点</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>step</source><translation>步骤</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>terminal</source><translation>终点</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>current</source><translation>现状</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="38" /><source>future</source><translation>未来状态</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>normal</source><translation>常规</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>loop</source><translation>循环</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>handoff</source><translation>交接</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="39" /><source>drop-out</source><translation>流失</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>customer</source><translation>客户</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>employee</source><translation>员工</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>workshop</source><translation>研讨会</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="40" /><source>data</source><translation>数据</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>open</source><translation>待处理</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>candidate</source><translation>候选</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>accepted</source><translation>已接受</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="41" /><source>dismissed</source><translation>已忽略</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>merged</source><translation>已合并</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>resolved</source><translation>已解决</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>idea</source><translation>构想</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="42" /><source>planned</source><translation>已计划</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>in progress</source><translation>进行中</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>done</source><translation>已完成</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>dropped</source><translation>已放弃</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="43" /><source>higher</source><translation>越高</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="44" /><source>lower</source><translation>越低</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="44" /><source>satisfaction</source><translation>满意度</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="44" /><source>operating</source><translation>运营</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>financial</source><translation>财务</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>survey</source><translation>调查</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>operations</source><translation>运营</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="45" /><source>feedback</source><translation>反馈</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="46" /><source>month</source><translation>月</translation></message><message><location filename="../../journeymap/ui/inspector_fields.py" line="46" /><source>quarter</source><translation>季度</translation></message></context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="117" />
        <source>{n} items selected</source>
        <translation>已选择 {n} 项</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="118" />
        <source>Select one item to edit its properties.</source>
        <translation>请只选择一项以编辑其属性。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="122" />
        <source>Nothing selected: these are the journey's properties. Pick a stage on the map or in the navigator.</source>
        <translation>未选择任何内容：以下是旅程的属性。请在地图或导航中选择一个环节。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="126" />
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="134" />
        <source>Initiative</source>
        <translation>改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="175" />
        <source>Pain points ({n})</source>
        <translation>痛点（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="176" />
        <source>No pain points on this stage.</source>
        <translation>此环节没有痛点。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="182" />
        <source>{title}  (severity {sev}, {dots} votes)</source>
        <translation>{title}（严重程度 {sev}，{dots} 票）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="197" />
        <source>Metrics, {period}</source>
        <translation>指标，{period}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="198" />
        <source>Metrics, latest period</source>
        <translation>指标，最近期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="200" />
        <source>{title}, segment {segment}</source>
        <translation>{title}，客群 {segment}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="202" />
        <source>No metrics for this stage in segment {segment}.</source>
        <translation>客群 {segment} 中此环节没有指标。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="204" />
        <source>No metrics for this stage yet.</source>
        <translation>此环节还没有指标。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="241" />
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="245" />
        <source>Another journey is called {name!r}: journey names must differ.</source>
        <translation>已有另一个旅程名为 {name!r}：旅程名称必须不同。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="27" />
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="28" />
        <source>Align top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="29" />
        <source>Distribute evenly</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="76" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="77" />
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="82" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="204" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="204" />
        <source>Future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="205" />
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="205" />
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="206" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="210" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="213" />
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="286" />
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="287" />
        <source>● modified</source>
        <translation>● 已修改</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="287" />
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="293" />
        <source>future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="293" />
        <source>current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="295" />
        <source>No journey</source>
        <translation>无旅程</translation>
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
        <translation>缩放 {pct}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/main_window.py" line="330" />
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
<message>
        <location filename="../../journeymap/ui/main_window.py" line="103" />
        <source>&amp;New from template…</source>
        <translation>从模板新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="104" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="105" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="106" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="107" />
        <source>&amp;Import data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="108" />
        <source>A survey, operating data or comments from CSV or XLSX</source>
        <translation>来自 CSV 或 XLSX 的调查、运营数据或意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="109" />
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="110" />
        <source>The whole journey as PNG, SVG or PDF</source>
        <translation>将整个旅程导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="111" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="112" />
        <source>The deck (PowerPoint), workbook (Excel), HTML report and chart images</source>
        <translation>演示文稿 (PowerPoint)、工作簿 (Excel)、HTML 报告和图表图片</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="113" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="114" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="115" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="117" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="121" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="122" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="124" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="124" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="126" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="127" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="128" />
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="129" />
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="130" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="131" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="132" />
        <source>&amp;Fit the journey</source>
        <translation>适应整个旅程(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="133" />
        <source>Add &amp;stage</source>
        <translation>添加环节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="134" />
        <source>Add &amp;pain point</source>
        <translation>添加痛点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="136" />
        <source>Auto-&amp;layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="141" />
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="142" />
        <source>The map on the whole screen, for a projector (F11 or Escape to leave)</source>
        <translation>地图全屏显示，用于投影（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="146" />
        <source>&amp;Reasons and keyword rules…</source>
        <translation>原因与关键词规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="147" />
        <source>The reason taxonomy and the keyword rules that code comments</source>
        <translation>原因分类及为意见编码的关键词规则</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="148" />
        <source>Make &amp;future state</source>
        <translation>创建未来状态(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="149" />
        <source>A copy of this journey to redesign; its stages remember what they replace</source>
        <translation>复制此旅程用于重新设计；其环节会记住所替代的内容</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="150" />
        <source>&amp;Compare with current state</source>
        <translation>与现状对比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="151" />
        <source>&amp;Toggle current / future</source>
        <translation>切换现状 / 未来状态(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="152" />
        <source>&amp;Dark colours</source>
        <translation>深色配色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="153" />
        <source>&amp;About JourneyMap</source>
        <translation>关于 JourneyMap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="176" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="178" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="180" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="185" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="187" />
        <source>&amp;Align</source>
        <translation>对齐(&amp;A)</translation>
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
        <translation>帮助(&amp;H)</translation>
    </message>
    </context>
<context>
    <name>MapArea</name>
    <message>
        <location filename="../../journeymap/ui/views.py" line="138" />
        <source>Current state: %1</source>
        <translation>现状：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="139" />
        <source>Future state: %1 (new, changed and removed stages marked)</source>
        <translation>未来状态：%1（已标出新增、变更和删除的环节）</translation>
    </message>
</context>
<context>
    <name>MapDataBar</name>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="64" />
        <source>Data on the map</source>
        <translation>地图上的数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="76" />
        <source>Badge</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="74" />
        <source>Show this metric's value on each stage card</source>
        <translation>在每张环节卡片上显示此指标的数值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="77" />
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="75" />
        <source>Colour each stage by this metric against its target</source>
        <translation>按此指标相对目标的情况为每个环节着色</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="78" />
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="78" />
        <source>Show one segment's data everywhere</source>
        <translation>在所有位置显示某一客群的数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="79" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="79" />
        <source>Show one period's data everywhere</source>
        <translation>在所有位置显示某一期间的数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="140" />
        <source>Survey %1 could not be read: its metrics are not on the map</source>
        <translation>无法读取调查 %1：其指标未显示在地图上</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="141" />
        <source>The rows of survey %1 could not be read from %2 (%3). The file may be damaged: import the survey again, or open a backup.</source>
        <translation>无法从 %2 读取调查 %1 的行（%3）。文件可能已损坏：请重新导入调查，或打开备份。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="143" />
        <source>the project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="168" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="172" />
        <source>All segments</source>
        <translation>全部客群</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="174" />
        <source>Latest / all periods</source>
        <translation>最近 / 全部期间</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="146" />
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="147" />
        <source>Say what each column means. Suggestions are pre-filled: confirm them.</source>
        <translation>说明每一列的含义。建议已预先填好：请确认。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="152" />
        <source>Create stages the journey lacks</source>
        <translation>创建旅程中缺少的环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="156" />
        <source>Saved mapping:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="157" />
        <source>Dataset name:</source>
        <translation>数据集名称：</translation>
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
        <translation>评分量表</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="178" />
        <source>0-10 recommend (NPS)</source>
        <translation>0-10 推荐意愿 (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="181" />
        <source>values that count as positive, comma-separated</source>
        <translation>视为正面的值，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="187" />
        <source>Id</source>
        <translation>编号</translation>
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
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="191" />
        <source>Outcome:</source>
        <translation>结果指标：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="192" />
        <source>Columns:</source>
        <translation>列：</translation>
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
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="194" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="195" />
        <source>Scale from</source>
        <translation>量表起点</translation>
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
        <translation>建议理由</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="196" />
        <source>Missing codes</source>
        <translation>缺失值代码</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="198" />
        <source>Values that mean 'no answer' or 'not applicable' (e.g. 0, 9, 99, -1), comma-separated: read as missing, not as ratings</source>
        <translation>表示“未回答”或“不适用”的值（如 0、9、99、-1），以逗号分隔：读作缺失值，而非评分</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="203" />
        <source>e.g. 0, 99</source>
        <translation>如 0, 99</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="204" />
        <source>Missing codes to set on every item at once</source>
        <translation>一次性为所有题项设置的缺失值代码</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="205" />
        <source>Apply to all items</source>
        <translation>应用到所有题项</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="214" />
        <source>Missing codes for all items:</source>
        <translation>所有题项的缺失值代码：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="221" />
        <source>Rated items (one per stage question):</source>
        <translation>评分题项（每个环节一个问题）：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="243" />
        <source>Operating data</source>
        <translation>运营数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="246" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="246" />
        <source>Aggregate</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="250" />
        <source>Stage column:</source>
        <translation>环节列：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="251" />
        <source>Date column:</source>
        <translation>日期列：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="256" />
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="261" />
        <source>Comment text:</source>
        <translation>意见文本：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="261" />
        <source>Reason code:</source>
        <translation>原因代码：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="262" />
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="262" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="263" />
        <source>Default stage:</source>
        <translation>默认环节：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="263" />
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="273" />
        <source>(a new mapping)</source>
        <translation>（新映射）</translation>
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
        <translation>目标 {target}（{better}为佳）</translation>
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
        <translation>全部期间</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <location filename="../../journeymap/ui/canvas/minimap.py" line="22" />
        <source>Overview of the map: click or drag to move the view</source>
        <translation>地图概览：点击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../journeymap/core/names.py" line="31" />
        <location filename="../../journeymap/core/names.py" line="59" />
        <source>persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="31" />
        <source>personas</source>
        <translation>用户画像</translation>
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
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="33" />
        <source>phases</source>
        <translation>阶段</translation>
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
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="35" />
        <source>stages</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="36" />
        <source>transition</source>
        <translation>流转</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="36" />
        <source>transitions</source>
        <translation>流转</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="37" />
        <source>pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="37" />
        <source>pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="38" />
        <source>evidence item</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="38" />
        <source>evidence items</source>
        <translation>证据</translation>
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
        <translation>投票轮次</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="40" />
        <source>voting rounds</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="41" />
        <source>initiative</source>
        <translation>改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="41" />
        <source>initiatives</source>
        <translation>改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="42" />
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="42" />
        <source>metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="43" />
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="43" />
        <source>datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="44" />
        <source>metric value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="44" />
        <source>metric values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="45" />
        <source>survey item</source>
        <translation>调查题项</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="45" />
        <source>survey items</source>
        <translation>调查题项</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="46" />
        <source>saved mapping</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="46" />
        <source>saved mappings</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="47" />
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="47" />
        <source>comments</source>
        <translation>意见</translation>
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
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="54" />
        <source>done date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="55" />
        <source>share affected</source>
        <translation>受影响占比</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="56" />
        <source>customer action</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="57" />
        <source>value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="58" />
        <source>gap error</source>
        <translation>差距误差</translation>
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
        <translation>泳道文本</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="63" />
        <source>emotion per persona</source>
        <translation>各用户画像的情绪</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="67" />
        <source>department</source>
        <translation>部门</translation>
    </message>
<message>
        <location filename="../../journeymap/core/names.py" line="103" />
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="74" />
        <source>Delete {noun} '{title}'</source>
        <translation>删除{noun}“{title}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="77" />
        <source>Delete {n} {nouns}</source>
        <translation>删除 {n} 个{nouns}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="186" />
        <source>Change {fields} of the project</source>
        <translation>更改项目的{fields}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="207" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="249" />
        <location filename="../../journeymap/core/structure.py" line="216" />
        <source>Move stage</source>
        <translation>移动环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="254" />
        <source>Move {n} stages</source>
        <translation>移动 {n} 个环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="279" />
        <source>Connect stages</source>
        <translation>连接环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="304" />
        <source>Rename {noun} '{old}' to '{new}'</source>
        <translation>将{noun}“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="306" />
        <source>Change {fields} of {noun} '{title}'</source>
        <translation>更改{noun}“{title}”的{fields}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="312" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="316" />
        <source>Add {noun} '{title}'</source>
        <translation>添加{noun}“{title}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="318" />
        <source>Add {n} {nouns}</source>
        <translation>添加 {n} 个{nouns}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="319" />
        <source>Add {noun} and {n} more</source>
        <translation>添加{noun}及另外 {n} 项</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/future_state.py" line="25" />
        <source>Future state of {name}: the journey as it is redesigned.</source>
        <translation>{name} 的未来状态：重新设计后的旅程。</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="47" />
        <source>{what} {value!r} is not a date like 2027-03-31</source>
        <translation>{what} {value!r} 不是形如 2027-03-31 的日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="63" />
        <source>Fix: {title}</source>
        <translation>解决：{title}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="64" />
        <source>Fix {n} pain points: {title} …</source>
        <translation>解决 {n} 个痛点：{title}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="69" />
        <source>New initiative from a pain point</source>
        <translation>由痛点新建改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="70" />
        <source>New initiative from {n} pain points</source>
        <translation>由 {n} 个痛点新建改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="82" />
        <source>Link pain point to initiative</source>
        <translation>将痛点关联到改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="90" />
        <source>Unlink pain point from initiative</source>
        <translation>取消痛点与改进举措的关联</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="106" />
        <source>Reschedule initiative</source>
        <translation>调整改进举措的日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="118" />
        <source>{title!r}: a done initiative needs its done date (when did it go live?)</source>
        <translation>{title!r}：已完成的改进举措需要完成日期（何时上线的？）</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="143" />
        <source>an initiative needs a title</source>
        <translation>改进举措需要标题</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="155" />
        <source>{name} {value!r} is not a number</source>
        <translation>{name} {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="158" />
        <source>confidence {number:g} must be between 0 and 1</source>
        <translation>信心 {number:g} 必须在 0 到 1 之间</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="160" />
        <source>{name} {number:g} cannot be negative</source>
        <translation>{name} {number:g} 不能为负数</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="163" />
        <source>effort 0 would make RICE infinite: give person-months &gt; 0, or leave it empty</source>
        <translation>工作量为 0 会使 RICE 无穷大：请填写大于 0 的人月数，或留空</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="183" />
        <source>due {due} is before start {start}</source>
        <translation>截止日期 {due} 早于开始日期 {start}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="191" />
        <source>done on {date}: the initiative is not done (set its status to done first)</source>
        <translation>完成日期 {date}：该改进举措尚未完成（请先把状态设为完成）</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/initiatives.py" line="194" />
        <source>done on {date} is in the future: it is the day it went live</source>
        <translation>完成日期 {date} 在未来：完成日期是上线的那一天</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/merge.py" line="53" />
        <source>Merge '{other}' into '{title}'</source>
        <translation>将“{other}”合并到“{title}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/merge.py" line="56" />
        <source>Merge {n} pain points into '{title}'</source>
        <translation>将 {n} 个痛点合并到“{title}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="27" />
        <source>a {what} needs a name</source>
        <translation>{what}需要名称</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="43" />
        <source>Add phase '{name}'</source>
        <translation>添加阶段“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="49" />
        <source>Rename phase '{old}' to '{new}'</source>
        <translation>将阶段“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="59" />
        <source>Move phase '{name}' to position {n}</source>
        <translation>将阶段“{name}”移到第 {n} 位</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="68" />
        <source>phase '{name}' holds {n} stages: choose a phase to move them to, or move them first</source>
        <translation>阶段“{name}”包含 {n} 个环节：请选择要移入的阶段，或先移走这些环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="73" />
        <source>the stages of '{name}' must move to another phase of its journey</source>
        <translation>“{name}”的环节必须移到其旅程的另一个阶段</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="85" />
        <source>Delete phase '{name}', its stages to '{to}'</source>
        <translation>删除阶段“{name}”，其环节移至“{to}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="87" />
        <source>Delete phase '{name}'</source>
        <translation>删除阶段“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="95" />
        <source>no stages to move</source>
        <translation>没有要移动的环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="98" />
        <source>that phase belongs to another journey</source>
        <translation>该阶段属于另一个旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="104" />
        <source>no phase</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="105" />
        <source>Move stage '{name}' to phase '{phase}'</source>
        <translation>将环节“{name}”移到阶段“{phase}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="107" />
        <source>Move {n} stages to phase '{phase}'</source>
        <translation>将 {n} 个环节移到阶段“{phase}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="121" />
        <source>Add lane '{name}'</source>
        <translation>添加泳道“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="127" />
        <source>Rename lane '{old}' to '{new}'</source>
        <translation>将泳道“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="134" />
        <source>Move lane '{name}' to position {n}</source>
        <translation>将泳道“{name}”移到第 {n} 位</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="146" />
        <source>Delete lane '{name}'</source>
        <translation>删除泳道“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="157" />
        <source>Change {lane} of stage '{name}'</source>
        <translation>更改环节“{name}”的{lane}</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="111" />
        <source>Open voting round '{name}'</source>
        <translation>开启投票轮次“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="172" />
        <source>{who}: {n} dot on '{title}'</source>
        <translation>{who}：在“{title}”上贴 {n} 个圆点</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="172" />
        <source>{who}: {n} dots on '{title}'</source>
        <translation>{who}：在“{title}”上贴 {n} 个圆点</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="191" />
        <source>Take back {who}'s dot on '{title}'</source>
        <translation>收回{who}在“{title}”上的圆点</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="192" />
        <source>Take back {n} of {who}'s dots on '{title}'</source>
        <translation>收回{who}在“{title}”上的 {n} 个圆点</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="204" />
        <source>Close voting round '{name}'</source>
        <translation>结束投票轮次“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="209" />
        <source>Voting round '{name}'</source>
        <translation>投票轮次“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting.py" line="220" />
        <source>Delete voting round '{name}'</source>
        <translation>删除投票轮次“{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/core/voting_batch.py" line="91" />
        <source>{n} dots from phones</source>
        <translation>来自手机的 {n} 个圆点</translation>
    </message>
<message><location filename="../../journeymap/core/names.py" line="73" /><source>backstage</source><translation>后台</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>better</source><translation>方向</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>candidates</source><translation>候选项</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>cast at</source><translation>投票时间</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>channel</source><translation>渠道</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>closed at</source><translation>结束时间</translation></message><message><location filename="../../journeymap/core/names.py" line="73" /><source>coded by</source><translation>编码方式</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>color</source><translation>颜色</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>column</source><translation>列</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>confidence</source><translation>信心</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>cost</source><translation>成本</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>created</source><translation>创建时间</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>customers</source><translation>客户数</translation></message><message><location filename="../../journeymap/core/names.py" line="74" /><source>date</source><translation>日期</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>derived from</source><translation>来源旅程</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>description</source><translation>描述</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>done</source><translation>已完成</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>dots</source><translation>圆点数</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>due</source><translation>截止日期</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>effort</source><translation>工作量</translation></message><message><location filename="../../journeymap/core/names.py" line="75" /><source>emotion</source><translation>情绪</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>encoding</source><translation>编码</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>expected uplift</source><translation>预期提升</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>file name</source><translation>文件名</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>gap</source><translation>差距</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>hide tally</source><translation>隐藏计票</translation></message><message><location filename="../../journeymap/core/names.py" line="76" /><source>impact</source><translation>影响</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>imported at</source><translation>导入时间</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>keywords</source><translation>关键词</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>kind</source><translation>类型</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>label</source><translation>标签</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>link item</source><translation>关联题项</translation></message><message><location filename="../../journeymap/core/names.py" line="77" /><source>link slope</source><translation>关联斜率</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>mapping</source><translation>映射</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>max per item</source><translation>单项上限</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>merged into</source><translation>合并到</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>missing</source><translation>缺失值代码</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>n</source><translation>n</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>name</source><translation>名称</translation></message><message><location filename="../../journeymap/core/names.py" line="78" /><source>note</source><translation>备注</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>notes</source><translation>备注</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>number</source><translation>数值</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>opened at</source><translation>开启时间</translation></message><message><location filename="../../journeymap/core/names.py" line="79" /><source>opportunities</source><translation>机会点</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>participant</source><translation>参与者</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>participants</source><translation>参与者</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>period</source><translation>期间</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>priority</source><translation>优先级</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>question</source><translation>问题</translation></message><message><location filename="../../journeymap/core/names.py" line="80" /><source>reach</source><translation>覆盖面</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>ref</source><translation>引用</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>revenue</source><translation>收入</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>role</source><translation>角色</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>round</source><translation>轮次</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>rows</source><translation>行数</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>scale max</source><translation>量表上限</translation></message><message><location filename="../../journeymap/core/names.py" line="81" /><source>scale min</source><translation>量表下限</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>score</source><translation>评分</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>segment</source><translation>客群</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>severity</source><translation>严重程度</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>share</source><translation>占比</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>source</source><translation>来源</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>start</source><translation>开始日期</translation></message><message><location filename="../../journeymap/core/names.py" line="82" /><source>state</source><translation>状态</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>status</source><translation>状态</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>target</source><translation>目标</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>text</source><translation>文本</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>thinking</source><translation>客户想法</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>timer s</source><translation>计时（秒）</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>title</source><translation>标题</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>unit</source><translation>单位</translation></message><message><location filename="../../journeymap/core/names.py" line="83" /><source>uplift stage</source><translation>提升环节</translation></message><message><location filename="../../journeymap/core/names.py" line="84" /><source>uplift target</source><translation>提升对象</translation></message><message><location filename="../../journeymap/core/names.py" line="84" /><source>value</source><translation>数值</translation></message><message><location filename="../../journeymap/core/names.py" line="84" /><source>value per customer</source><translation>每位客户价值</translation></message></context>
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
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="66" />
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="84" />
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="110" />
        <source>{name}: {kind}, {rows} rows from {file}</source>
        <translation>{name}：{kind}，来自 {file} 的 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="113" />
        <source>future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="113" />
        <source>current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="118" />
        <source>future</source>
        <translation>未来</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="118" />
        <source>current</source>
        <translation>现状</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="73" />
        <source>New period</source>
        <translation>新期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="80" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="85" />
        <source>next file for this mapping</source>
        <translation>此映射的下一个文件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="87" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="94" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="98" />
        <source>Each file is read with the mapping saved in the project and becomes a dataset named after the period. All files are checked before any is written.</source>
        <translation>每个文件按项目中保存的映射读取，并成为以期间命名的数据集。写入任何文件前会先检查所有文件。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="106" />
        <source>This journey has no saved mappings yet: import a file once with the import wizard; its mapping is saved for next month.</source>
        <translation>此旅程还没有已保存的映射：请先用导入向导导入一次文件，其映射会保存下来供下个月使用。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="145" />
        <source>Next month's file</source>
        <translation>下个月的文件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="146" />
        <source>Data files (*.csv *.xlsx *.txt)</source>
        <translation>数据文件 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="167" />
        <source>Nothing was imported: {why}</source>
        <translation>未导入任何内容：{why}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="170" />
        <source>Imported {names}.</source>
        <translation>已导入 {names}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="175" />
        <source>Save the project first: a new period is imported into its file.</source>
        <translation>请先保存项目：新期间会导入到项目文件中。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="177" />
        <source>Save the project first: importing reopens it from its file.</source>
        <translation>请先保存项目：导入时会从文件重新打开项目。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="179" />
        <source>Name the period like 2027-01 (a month) or 2027-Q1 (a quarter).</source>
        <translation>期间名称形如 2027-01（月）或 2027-Q1（季度）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/new_period.py" line="181" />
        <source>Pick at least one file.</source>
        <translation>请至少选择一个文件。</translation>
    </message>
</context>
<context>
    <name>NewProject</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="9" />
        <source>Blank: one empty journey</source>
        <translation>空白：一个空旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="10" />
        <source>Insurance: quote to claim</source>
        <translation>保险：从报价到理赔</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="11" />
        <source>Retail: online order</source>
        <translation>零售：线上订单</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="18" />
        <source>New project from template</source>
        <translation>从模板新建项目</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="23" />
        <source>the template's title</source>
        <translation>模板的标题</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="28" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="29" />
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="100" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="101" />
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="101" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="101" />
        <source>Room</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="102" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="102" />
        <source>Weighted parts</source>
        <translation>加权分项</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="102" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="103" />
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="103" />
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="104" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="104" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="104" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="329" />
        <source>discuss</source>
        <translation>讨论</translation>
    </message>
</context>
<context>
    <name>PainPointsText</name>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="42" />
        <source>Share of the ±20% moves of one weight under which this rank holds</source>
        <translation>单一权重 ±20% 变动时保持此排名的比例</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="44" />
        <source>90% of the ranks this pain point takes when the survey data, the gaps' sampling error and every weight (±20%) are resampled {0} times</source>
        <translation>对调查数据、差距的抽样误差及每个权重（±20%）重抽样 {0} 次后，此痛点所得排名的 90% 区间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="50" />
        <source>score {0:.3f} = sum of the weighted parts:</source>
        <translation>得分 {0:.3f} = 各加权分项之和：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="53" />
        <source>{0}: {1:.3f} (part {2:.2f} × weight {3:g})</source>
        <translation>{0}：{1:.3f}（分项 {2:.2f} × 权重 {3:g}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="60" />
        <source>Rank by the data parts alone (reach, importance, measured gap and value): {0}
Rank by the room's judgment alone (votes, severity, typed-in gap and value): {1}</source>
        <translation>仅按数据分项排名（覆盖面、重要性、实测差距和价值）：{0}
仅按现场判断排名（投票、严重程度、手填差距和价值）：{1}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="68" />
        <source>Discuss: top 5 by the data, bottom half by the room</source>
        <translation>待讨论：数据排名前 5，现场判断排名后半</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="69" />
        <source>Discuss: top 5 by the room, bottom half by the data</source>
        <translation>待讨论：现场判断排名前 5，数据排名后半</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="75" />
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="80" />
        <source>no {0}</source>
        <translation>无{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="81" />
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="81" />
        <source>gap clipped at 0</source>
        <translation>差距截断为 0</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_text.py" line="82" />
        <source>reach capped at the journey's customers</source>
        <translation>覆盖面以旅程客户数为上限</translation>
    </message>
</context>
<context>
    <name>PainPointsView</name>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="332" />
        <source>Merged “{0}” into “{1}”, which kept all its own values. Ctrl+Z undoes it; edit the title to keep another wording.</source>
        <translation>已将“{0}”合并到“{1}”，它保留了自己的全部数据。按 Ctrl+Z 可撤销；如想保留另一种说法，可修改标题。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="329" />
        <source>Merged “{0}” into “{1}”; it took over {2} from them. Ctrl+Z undoes it; edit the title to keep another wording.</source>
        <translation>已将“{0}”合并到“{1}”；它从中补上了{2}。按 Ctrl+Z 可撤销；如想保留另一种说法，可修改标题。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="139" />
        <source>Merge selected</source>
        <translation>合并所选</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="140" />
        <source>Merge duplicates into the one with the most data; it takes over what it lacks (undoable)</source>
        <translation>将重复项合并到数据最多的一项；它会补上自己缺少的数据（可撤销）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="144" />
        <source>New initiative from selected</source>
        <translation>由所选项新建改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="145" />
        <source>One initiative addressing the selected pain points (edit it in the Roadmap view; undoable)</source>
        <translation>一项针对所选痛点的改进举措（在路线图视图中编辑；可撤销）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="152" />
        <source>Order kept while you edit (ranks are current); it re-sorts when you leave the table.</source>
        <translation>编辑期间保持当前顺序（排名为最新）；离开表格后重新排序。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="197" />
        <source>no survey data</source>
        <translation>无调查数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="198" />
        <source>the project is not saved yet</source>
        <translation>项目尚未保存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="227" />
        <source>Importance: the stage's share of R² by {0} (n = {1:,}).</source>
        <translation>重要性：按{0}计算的环节 R² 份额（n = {1:,}）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="231" />
        <source>Importance is not known ({0}): it is left out of every score and flagged.</source>
        <translation>重要性未知（{0}）：不计入任何得分并已标记。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="255" />
        <source>The ranking could not be computed: {0}</source>
        <translation>无法计算排名：{0}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="260" />
        <source>&lt;b&gt;score&lt;/b&gt; = Σ w&lt;sub&gt;i&lt;/sub&gt;·part&lt;sub&gt;i&lt;/sub&gt; / Σ w&lt;sub&gt;i&lt;/sub&gt; over the parts present &amp;nbsp;=&amp;nbsp; ({0}) / Σ w. &amp;nbsp;&lt;span style='color:#5F6368'&gt;Each part is on a fixed 0..1 scale (share of the journey's customers, share of R², a reference value…), so a score does not move when other pain points come or go; a missing part is left out and flagged, never counted as 0. Range = 90% rank interval; Data / Room = rank by the data alone / by the room's judgment alone; tinted rows are where they disagree.&lt;/span&gt;</source>
        <translation>&lt;b&gt;得分&lt;/b&gt; = Σ w&lt;sub&gt;i&lt;/sub&gt;·分项&lt;sub&gt;i&lt;/sub&gt; / Σ w&lt;sub&gt;i&lt;/sub&gt;（对现有分项） &amp;nbsp;=&amp;nbsp; ({0}) / Σ w。 &amp;nbsp;&lt;span style='color:#5F6368'&gt;每个分项都在固定的 0..1 尺度上（占旅程客户的比例、R² 份额、参考值…），因此其他痛点增减时得分不变；缺失的分项不计入并标记，绝不按 0 计。区间 = 排名的 90% 区间；数据 / 现场 = 仅按数据 / 仅按现场判断的排名；着色行表示两者不一致。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="301" />
        <source>Made the initiative “{0}”: give it an owner and a due date in the Roadmap view.</source>
        <translation>已创建改进举措“{0}”：请在路线图视图中为其指定负责人和截止日期。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="339" />
        <source>&lt;p style='color:#5F6368'&gt;Select a pain point to see its evidence and how its score is made up.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#5F6368'&gt;选择一个痛点，查看其证据及得分构成。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="345" />
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="345" />
        <source>judgment</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="350" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="350" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="351" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="351" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="352" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="361" />
        <source>&lt;p&gt;&lt;b&gt;Score {0:.3f}&lt;/b&gt; (rank {1}) = {2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;得分 {0:.3f}&lt;/b&gt;（第 {1} 名）= {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="363" />
        <source>&lt;p&gt;By the data alone: rank {0}; by the room alone: rank {1}.{2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;仅按数据：第 {0} 名；仅按现场：第 {1} 名。{2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="371" />
        <source>&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;证据&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="373" />
        <source>&lt;p style='color:#5F6368'&gt;No evidence linked yet.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#5F6368'&gt;尚未关联证据。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="43" />
        <source>Stage-level Shapley</source>
        <translation>环节级 Shapley</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="44" />
        <source>Sum of item weights</source>
        <translation>题项权重之和</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="48" />
        <source>Reach</source>
        <translation>覆盖面</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="48" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="49" />
        <source>Reach × gap</source>
        <translation>覆盖面 × 差距</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="50" />
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="51" />
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="51" />
        <source>Value per customer</source>
        <translation>每位客户价值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="52" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="29" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="91" />
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="107" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="93" />
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="96" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="107" />
        <source>JourneyMap could not start again. Start it yourself: the new language is saved.</source>
        <translation>JourneyMap 无法重新启动。请手动启动：新语言已保存。</translation>
    </message>
    <message><location filename="../../journeymap/ui/dialogs/preferences.py" line="20" /><source>The new language applies when JourneyMap starts again. Restart now? Your project is reopened; you are asked about unsaved changes first.</source><translation>新语言将在 JourneyMap 重新启动后生效。立即重新启动吗？项目会重新打开；如有未保存的更改，会先询问您。</translation></message><message><location filename="../../journeymap/ui/dialogs/preferences.py" line="19" /><source>Light</source><translation>浅色</translation></message><message><location filename="../../journeymap/ui/dialogs/preferences.py" line="19" /><source>Dark</source><translation>深色</translation></message></context>
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
        <translation>第 %1 / %2 个：%3</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="219" />
        <source>JourneyMap presenter</source>
        <translation>JourneyMap 演讲者视图</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="242" />
        <source>The whole journey</source>
        <translation>整个旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/presentation.py" line="243" />
        <source>Right arrow: the first phase. Esc ends the presentation.</source>
        <translation>右箭头：第一个阶段。按 Esc 结束演示。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/prompts.py" line="9" />
        <source>JourneyMap project (*.jmap)</source>
        <translation>JourneyMap 项目 (*.jmap)</translation>
    </message>
<message><location filename="../../journeymap/ui/dialogs/prompts.py" line="18" /><source>Unsaved changes</source><translation>未保存的更改</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="22" /><source>If you don't save, your changes since the last save are lost.</source><translation>如果不保存，上次保存以来的更改将会丢失。</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="31" /><source>Recover unsaved changes?</source><translation>恢复未保存的更改？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="41" /><source>Restore the project?</source><translation>恢复项目？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="66" /><source>Open project</source><translation>打开项目</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="71" /><source>Save project as</source><translation>项目另存为</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="79" /><source>Export map</source><translation>导出地图</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="78" /><source>PNG image (*.png)</source><translation>PNG 图片 (*.png)</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="78" /><source>SVG drawing (*.svg)</source><translation>SVG 矢量图 (*.svg)</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="78" /><source>PDF document (*.pdf)</source><translation>PDF 文档 (*.pdf)</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="19" /><source>Save the changes to {name} first?</source><translation>先保存对 {name} 的更改吗？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="32" /><source>JourneyMap has an autosaved copy of {name} from {when}, newer than the file. It may hold changes that were not saved.

Open the autosaved copy?</source><translation>JourneyMap 有一份 {name} 的自动保存副本（{when}），比文件更新，其中可能有未保存的更改。

打开自动保存的副本吗？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="42" /><source>{name} is gone, but JourneyMap has an autosaved copy of it from {when}.

Restore {name} from the autosaved copy?</source><translation>{name} 已不存在，但 JourneyMap 保存有它在 {when} 的自动保存副本。

要从自动保存副本恢复 {name} 吗？</translation></message><message><location filename="../../journeymap/ui/dialogs/prompts.py" line="53" /><source>Restore {name} from the autosaved copy of {when}? The current {name} is kept beside it under another name.</source><translation>要从 {when} 的自动保存副本恢复 {name} 吗？当前的 {name} 会以另一个名称保留在旁边。</translation></message></context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../journeymap/ui/qt_strings.py" line="12" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/qt_strings.py" line="13" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="31" />
        <source>Reasons and keyword rules</source>
        <translation>原因与关键词规则</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Keywords (comma-separated)</source>
        <translation>关键词（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="49" />
        <source>Add reason</source>
        <translation>添加原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="50" />
        <source>Remove reason</source>
        <translation>删除原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="59" />
        <source>Type a comment to see which reason it codes to</source>
        <translation>输入一条意见，查看它会被编码为哪个原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="63" />
        <source>Test a comment:</source>
        <translation>测试意见：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="67" />
        <source>Recode comments</source>
        <translation>重新编码意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="69" />
        <source>Recode the comments by these rules when you press OK</source>
        <translation>按“确定”时按这些规则重新编码意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="71" />
        <source>Keep codes from a file column or set by hand</source>
        <translation>保留来自文件列或手动设置的代码</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="99" />
        <source>(any stage)</source>
        <translation>（任意环节）</translation>
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
        <translation>没有匹配的原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="174" />
        <source>On OK the comments will be recoded: %1</source>
        <translation>按“确定”后将重新编码意见：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="175" />
        <source>no comments</source>
        <translation>无意见</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="197" />
        <source>Edit reasons</source>
        <translation>编辑原因</translation>
    </message>
<message><location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="173" /><source>Uncoded</source><translation>未编码</translation></message></context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="38" />
        <source>Results of %1</source>
        <translation>%1 的结果</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="45" />
        <source>Before the round</source>
        <translation>投票前</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="46" />
        <source>After the round</source>
        <translation>投票后</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="49" />
        <source>Handout PDF…</source>
        <translation>讲义 PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="50" />
        <source>A0 poster PDF…</source>
        <translation>A0 海报 PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="75" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/results.py" line="99" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="49" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="77" />
        <location filename="../../journeymap/ui/review_view.py" line="109" />
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="78" />
        <source>&lt;p&gt;Save the project and import a survey or operating data: the review compares a period with the one before it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请保存项目并导入调查或运营数据：回顾会将某一期间与上一期间进行比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="81" />
        <source>Review: computing…</source>
        <translation>回顾：正在计算…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="89" />
        <source>Review of {period} against {previous}: {journey}</source>
        <translation>{period} 与 {previous} 对比回顾：{journey}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="90" />
        <source>nothing before it</source>
        <translation>之前无数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="123" />
        <source>A metric moved when its change is beyond noise: its test passes a false discovery rate of 5% over all the tests of this review.</source>
        <translation>当指标变化超出噪声时即视为有变动：其检验在本次回顾的全部检验中通过 5% 的错误发现率。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="125" />
        <source>Overdue judged on {0}. {1}</source>
        <translation>逾期判定日期 {0}。{1}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="128" />
        <source>What moved</source>
        <translation>哪些指标有变动</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="130" />
        <source>NPS</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="131" />
        <source>Initiatives overdue ({n})</source>
        <translation>逾期的改进举措（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="133" />
        <source>Due in {p} ({n})</source>
        <translation>{p} 内到期（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="135" />
        <source>Recurring, unowned ({n})</source>
        <translation>反复出现、无负责人（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="137" />
        <source>Rank changes</source>
        <translation>排名变化</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="138" />
        <source>New pain points ({n})</source>
        <translation>新痛点（{n}）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <location filename="../../journeymap/ui/review_view.py" line="199" />
        <source>stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="155" />
        <source>metric</source>
        <translation>指标</translation>
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
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="156" />
        <source>n before / after</source>
        <translation>之前 / 之后 n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="156" />
        <source>test</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="162" />
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="165" />
        <source>Wald test</source>
        <translation>Wald 检验</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>initiative</source>
        <translation>改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="169" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="170" />
        <source>no owner</source>
        <translation>无负责人</translation>
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
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="179" />
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="190" />
        <source>“{0}” has no owner: set one in the Roadmap view</source>
        <translation>“{0}”没有负责人：请在路线图视图中指定</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="191" />
        <source>“{0}” has no due date: set one in the Roadmap view</source>
        <translation>“{0}”没有截止日期：请在路线图视图中设置</translation>
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
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="216" />
        <source>Made the initiative “{0}”: give it an owner and a due date in the Roadmap view.</source>
        <translation>已创建改进举措“{0}”：请在路线图视图中为其指定负责人和截止日期。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/review_view.py" line="230" />
        <source>{n} earlier changes</source>
        <translation>此前 {n} 次变化</translation>
    </message>
<message><location filename="../../journeymap/ui/review_view.py" line="147" /><source>none</source><translation>无</translation></message><message><location filename="../../journeymap/ui/review_view.py" line="187" /><source>Make an initiative</source><translation>新建改进举措</translation></message></context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="69" />
        <source>Timeline by department</source>
        <translation>按部门的时间线</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="70" />
        <source>Timeline by quarter</source>
        <translation>按季度的时间线</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="72" />
        <source>New period…</source>
        <translation>新期间…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="73" />
        <source>Import next month's files with the mappings saved in the project, in one step</source>
        <translation>一步导入下个月的文件，使用项目中保存的映射</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="108" />
        <source>Impact and effort</source>
        <translation>影响与工作量</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="109" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="110" />
        <source>Did it work?</source>
        <translation>是否见效？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="123" />
        <source>Initiative</source>
        <translation>改进举措</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="127" />
        <source>What if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="142" />
        <source>the project is not saved yet</source>
        <translation>项目尚未保存</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="154" />
        <source>No journey</source>
        <translation>无旅程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="163" />
        <source>Roadmap: {journey}</source>
        <translation>路线图：{journey}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="165" />
        <source>{n} overdue</source>
        <translation>{n} 项逾期</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/roadmap_view.py" line="254" />
        <source>&lt;p&gt;No initiative is done yet: once one is, its stage's metrics before and after its done date show here, with a test.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无已完成的改进举措：完成后，其环节在完成日期前后的指标会显示在这里，并附检验结果。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RoundController</name>
    <message>
        <location filename="../../journeymap/ui/workshop/rounds.py" line="97" />
        <source>Choose who is voting first.</source>
        <translation>请先选择投票人。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="116" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="117" />
        <source>Written in one step: if it is cancelled or fails, the project stays as it was.</source>
        <translation>一步写入：若取消或失败，项目保持原样。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="121" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="32" />
        <source>Show the minimap</source>
        <translation>显示缩略图</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="33" />
        <source>Show the undo history</source>
        <translation>显示撤销历史</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="34" />
        <source>Autosave every (minutes, 0 = off)</source>
        <translation>自动保存间隔（分钟，0 = 关闭）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="35" />
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="36" />
        <source>Number of recent files</source>
        <translation>最近文件数量</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="37" />
        <source>Last folder used</source>
        <translation>上次使用的文件夹</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="38" />
        <source>Window position</source>
        <translation>窗口位置</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="39" />
        <source>Dock layout</source>
        <translation>停靠窗口布局</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="96" />
        <source>The map was not changed</source>
        <translation>地图未更改</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="118" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="130" />
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="168" />
        <source>The phase was not deleted</source>
        <translation>阶段未删除</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="169" />
        <source>'{name}' is the only phase and holds {n} stages.</source>
        <translation>“{name}”是唯一的阶段，包含 {n} 个环节。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="181" />
        <source>Delete phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="182" />
        <source>'{name}' holds {n} stages. Move them to:</source>
        <translation>“{name}”包含 {n} 个环节。将它们移到：</translation>
    </message>
<message>
        <location filename="../../journeymap/ui/structure_actions.py" line="30" />
        <source>Add p&amp;hase</source>
        <translation>添加阶段(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="31" />
        <source>Rename phase</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="32" />
        <source>Move phase &amp;left</source>
        <translation>阶段左移(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="33" />
        <source>Move phase &amp;right</source>
        <translation>阶段右移(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="34" />
        <source>Delete phase…</source>
        <translation>删除阶段…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="35" />
        <source>Add la&amp;ne</source>
        <translation>添加泳道(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="36" />
        <source>Rename lane</source>
        <translation>重命名泳道</translation>
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
        <translation>删除泳道</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/structure_actions.py" line="45" />
        <source>&amp;Move stage to phase</source>
        <translation>将环节移到阶段(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="22" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="23" />
        <source>Nothing has been written yet. Problems are listed by line (the header is line 1).</source>
        <translation>尚未写入任何内容。问题按行列出（表头为第 1 行）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="30" />
        <source>Skip the rows with problems and import the rest</source>
        <translation>跳过有问题的行，导入其余行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="31" />
        <source>Replace the dataset of the same name</source>
        <translation>替换同名数据集</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="32" />
        <source>Missing codes?</source>
        <translation>缺失值代码？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="34" />
        <source>Treat as missing in these items</source>
        <translation>在这些题项中视为缺失</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="35" />
        <source>Treat as missing in every item</source>
        <translation>在所有题项中视为缺失</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="50" />
        <source>Problems per column:</source>
        <translation>各列问题：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="51" />
        <source>Problems by line (the first 1,000):</source>
        <translation>按行列出的问题（前 1,000 个）：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="67" />
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="79" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="79" />
        <location filename="../../journeymap/ui/import_check_page.py" line="81" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="79" />
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="80" />
        <source>First lines</source>
        <translation>首次出现的行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="80" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="80" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="81" />
        <source>Values and lines</source>
        <translation>值与行</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="95" />
        <source>%1 in “%2” (%3 rows)</source>
        <translation>“%2”中的 %1（%3 行）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/import_check_page.py" line="98" />
        <source>These values lie off their item's scale and look like codes for 'not applicable' or 'don't know': %1. Read them as missing answers instead of dropping the rows?</source>
        <translation>这些值超出其题项的量表范围，看起来是“不适用”或“不知道”的代码：%1。是否将它们读作缺失回答，而不是丢弃这些行？</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../journeymap/ui/views.py" line="30" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="31" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="32" />
        <source>Drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="34" />
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="36" />
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="38" />
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="39" />
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="35" />
        <source>Rounds:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="58" />
        <source>New voting round</source>
        <translation>新投票轮次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="62" />
        <source>Which pain points hurt customers most?</source>
        <translation>哪些痛点最困扰客户？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="64" />
        <source>All open pain points</source>
        <translation>所有未关闭的痛点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="64" />
        <source>The selected stickies</source>
        <translation>所选便利贴</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="66" />
        <source>Ann, Bo, Cy (or leave empty)</source>
        <translation>张三, 李四, 王五（或留空）</translation>
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
        <translation>不计时</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="78" />
        <source>Hide the tally until the round closes</source>
        <translation>轮次结束前隐藏计票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="79" />
        <source>Open round</source>
        <translation>开启轮次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="81" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="81" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="82" />
        <source>Candidates</source>
        <translation>候选项</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="82" />
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="83" />
        <source>Dots each</source>
        <translation>每人圆点数</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="83" />
        <source>Most on one sticky</source>
        <translation>单张便利贴上限</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="84" />
        <source>Timer</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="91" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="101" />
        <source>Who is voting?</source>
        <translation>谁在投票？</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="115" />
        <source>Phone voting</source>
        <translation>手机投票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="123" />
        <source>Close round</source>
        <translation>结束轮次</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="125" />
        <source>Results…</source>
        <translation>结果…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="127" />
        <source>Replay the votes</source>
        <translation>回放投票过程</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="130" />
        <source>Next (anonymous)</source>
        <translation>下一位（匿名）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="131" />
        <source>The next person at the screen votes as Voter N, without a name</source>
        <translation>屏幕前的下一位以“投票人 N”身份匿名投票</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="134" />
        <source>Voting now:</source>
        <translation>正在投票：</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="161" />
        <source>Open a journey first.</source>
        <translation>请先打开一个旅程。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="166" />
        <source>Select the stickies to vote on first (Ctrl+click on the map).</source>
        <translation>请先选择要投票的便利贴（在地图上按 Ctrl+单击）。</translation>
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
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="225" />
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="243" />
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="229" />
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 还剩 %2 / %3 个圆点</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="241" />
        <source>(a new round)</source>
        <translation>（新轮次）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="251" />
        <source>Close the open round first.</source>
        <translation>请先结束进行中的轮次。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="271" />
        <source>The tally is hidden until the round closes.</source>
        <translation>轮次结束前不显示计票。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/workshop/voting_panel.py" line="283" />
        <source>Time!</source>
        <translation>时间到！</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="91" />
        <source>sd · influence</source>
        <translation>标准差 · 影响力</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="96" />
        <source>Reset to equal weights</source>
        <translation>重置为等权重</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="97" />
        <source>Weight 1 on every basic part; reach × gap off</source>
        <translation>每个基本分项权重为 1；覆盖面 × 差距关闭</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="99" />
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="101" />
        <source>Set the weights so that every part in use has the same influence on the order (weight × spread equal); undoable</source>
        <translation>设置权重，使每个在用分项对排序的影响力相同（权重 × 离散度相等）；可撤销</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="109" />
        <source>&lt;b&gt;Weights&lt;/b&gt;</source>
        <translation>&lt;b&gt;权重&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="128" />
        <source>Stage-level Shapley: a stage's survey items enter together as one player, so a stage asked about more does not get more importance. Sum of item weights: the items' relative weights added up.</source>
        <translation>环节级 Shapley：一个环节的调查题项作为一个整体参与，因此被问得多的环节不会获得更高的重要性。题项权重之和：各题项的相对权重相加。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="133" />
        <source>journey's revenue per customer</source>
        <translation>旅程的每位客户收入</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="134" />
        <source>The value per affected customer that scores 0.5; empty: the journey's revenue per customer (else the segments' value per customer)</source>
        <translation>得分为 0.5 时每位受影响客户的价值；留空：使用旅程的每位客户收入（否则使用客群的每位客户价值）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="140" />
        <source>Stage importance</source>
        <translation>环节重要性</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="141" />
        <source>Value reference</source>
        <translation>价值参考值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="154" />
        <source>The value reference must be above 0 (or empty for the default).</source>
        <translation>价值参考值必须大于 0（或留空使用默认值）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="183" />
        <source>from the data</source>
        <translation>来自数据</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="183" />
        <source>the room's judgment</source>
        <translation>现场判断</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="211" />
        <source>Nothing to balance: no pain points are ranked.</source>
        <translation>无可平衡的内容：没有已排名的痛点。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="216" />
        <source>The parts already have equal influence.</source>
        <translation>各分项的影响力已相同。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="233" />
        <source>Spread: the standard deviation of this part across the pain points. Influence: weight × spread as a share of all parts' — how much of the order this part decides.</source>
        <translation>离散度：该分项在各痛点间的标准差。影响力：权重 × 离散度占所有分项之和的比例——即该分项决定排序的程度。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="238" />
        <source>The parts in use have about equal influence ({0:.0%}–{1:.0%} each).</source>
        <translation>在用分项的影响力大致相同（各 {0:.0%}–{1:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="241" />
        <source>&lt;b&gt;{0}&lt;/b&gt; decides most of the order ({1:.0%}).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 决定了大部分排序（{1:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="252" />
        <source>At least one part needs a weight above 0.</source>
        <translation>至少需要一个分项的权重大于 0。</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="43" />
        <source>Stage (future state)</source>
        <translation>环节（未来状态）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="43" />
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="43" />
        <source>What if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="44" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="53" />
        <source>&lt;b&gt;What if these deliver&lt;/b&gt;</source>
        <translation>&lt;b&gt;如果这些举措见效&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="87" />
        <source>No projection: {why}</source>
        <translation>无法预测：{why}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="87" />
        <source>no survey</source>
        <translation>无调查</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="96" />
        <source>&lt;b&gt;{outcome}&lt;/b&gt;: {now} → &lt;b&gt;{then}&lt;/b&gt; ({effect:+.3f}, 95% CI {low:+.3f} to {high:+.3f})&lt;br&gt;&lt;span style='color:#5F6368'&gt;{n} of {total} initiatives ticked; coefficients from {ds} (n = {nobs:,}); now = {period}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt;：{now} → &lt;b&gt;{then}&lt;/b&gt;（{effect:+.3f}，95% 置信区间 {low:+.3f} 至 {high:+.3f}）&lt;br&gt;&lt;span style='color:#5F6368'&gt;已勾选 {total} 项改进举措中的 {n} 项；系数来自 {ds}（n = {nobs:,}）；当前 = {period}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/whatif_panel.py" line="103" />
        <source>not projected: {s}</source>
        <translation>未预测：{s}</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="202" />
        <source>The map was not exported</source>
        <translation>地图未导出</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="204" />
        <source>Exported the map to {path}</source>
        <translation>已将地图导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="214" />
        <source>{name} is a future state already.</source>
        <translation>{name} 已经是未来状态。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="219" />
        <source>{current} has a future state already: {future}, opened.</source>
        <translation>{current} 已有未来状态：已打开 {future}。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="222" />
        <source>{name} (future state)</source>
        <translation>{name}（未来状态）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="227" />
        <source>Make future state</source>
        <translation>创建未来状态</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="247" />
        <source>This journey has no current/future pair to compare.</source>
        <translation>此旅程没有可对比的现状/未来状态配对。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="291" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>WindowEditing</name>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="111" />
        <source>The whole journey, too small to read: Fit again to read it.</source>
        <translation>整个旅程，太小无法阅读：再次“适应窗口”即可阅读。</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window_commands.py" line="114" />
        <source>Fitted to the lanes' height, readable; Fit again for the whole journey.</source>
        <translation>已适应泳道高度，可阅读；再次“适应窗口”显示整个旅程。</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../journeymap/ui/window_layout.py" line="127" />
        <source>Full screen: F11 or Escape to leave</source>
        <translation>全屏：按 F11 或 Esc 退出</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../journeymap/ui/workshop/view.py" line="27" />
        <source>Tab: stage after the selected one · Enter: pain point under it · type, Enter to keep · Esc: take it back · drag a sticky onto its duplicate to merge · F5: present</source>
        <translation>Tab：在所选环节后添加环节 · Enter：在其下添加痛点 · 输入后按 Enter 保留 · Esc：撤回 · 将便利贴拖到其重复项上即可合并 · F5：演示</translation>
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
        <translation>新环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="67" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="133" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="140" />
        <source>Move stage</source>
        <translation>移动环节</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="144" />
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="177" />
        <source>New pain point</source>
        <translation>新痛点</translation>
    </message>
    </context><context><name>Arrow</name><message>
        <location filename="../../journeymap/ui/canvas/items/arrow.py" line="50" />
        <source>Loop</source>
        <translation>循环</translation>
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
        <translation>全部客户</translation>
    </message>
    </context><context><name>StageCard</name><message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="69" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="113" />
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="115" />
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="202" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="202" />
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="202" />
        <source>Changed</source>
        <translation>已变更</translation>
    </message>
    </context><context><name>Sticky</name><message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="48" />
        <source>Severity %1</source>
        <translation>严重程度 %1</translation>
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
        <translation>严重%1</translation>
    </message>
    </context><context><name>HeatLegend</name><message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="38" />
        <source>best third</source>
        <translation>最好的三分之一</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="38" />
        <source>middle</source>
        <translation>中间</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="38" />
        <source>worst third</source>
        <translation>最差的三分之一</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="39" />
        <source>%1 (no target: stages compared)</source>
        <translation>%1（无目标：环节间比较）</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="42" />
        <source>on target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="42" />
        <source>within 10% of target</source>
        <translation>距目标 10% 以内</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="42" />
        <source>off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="43" />
        <source>%1 against target %2</source>
        <translation>%1 对比目标 %2</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="50" />
        <source>no data (%1)</source>
        <translation>无数据（%1）</translation>
    </message>
    </context><context><name>DidItWork</name><message>
        <location filename="../../journeymap/ui/did_it_work.py" line="25" />
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="25" />
        <source>top-2-box</source>
        <translation>前两项占比</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="25" />
        <source>NPS</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="26" />
        <source>Welch t-test</source>
        <translation>Welch t 检验</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="26" />
        <source>two-proportion test</source>
        <translation>两比例检验</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="26" />
        <source>Wald test</source>
        <translation>Wald 检验</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="27" />
        <source>improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="27" />
        <source>worsened</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="27" />
        <source>no change</source>
        <translation>无变化</translation>
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
        <translation>完成于 {done} · 环节：{stage} · 之前：{before} · 之后：{after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>metric of the stage</source>
        <translation>环节的指标</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>n before / after</source>
        <translation>之前 / 之后 n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/did_it_work.py" line="54" />
        <source>test</source>
        <translation>检验</translation>
    </message>
    </context><context><name>Lanes</name><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="33" /><source>Customer actions</source><translation>客户行为</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="33" /><source>Stages</source><translation>环节</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="34" /><source>Thinking</source><translation>客户想法</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="34" /><source>Emotion</source><translation>情绪</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="35" /><source>Pain points</source><translation>痛点</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="35" /><source>Opportunities</source><translation>机会点</translation></message><message><location filename="../../journeymap/ui/canvas/items/lanes.py" line="36" /><source>Backstage</source><translation>后台</translation></message></context><context><name>Crash</name><message><location filename="../../journeymap/ui/crash.py" line="96" /><source>Something went wrong</source><translation>出现了问题</translation></message><message><location filename="../../journeymap/ui/crash.py" line="102" /><source>Continue</source><translation>继续</translation></message><message><location filename="../../journeymap/ui/crash.py" line="101" /><source>Save my work</source><translation>保存我的工作</translation></message><message><location filename="../../journeymap/ui/crash.py" line="97" /><source>JourneyMap hit an error it did not expect:
{error}</source><translation>JourneyMap 遇到了意外错误：
{error}</translation></message><message><location filename="../../journeymap/ui/crash.py" line="99" /><source>Your work is probably intact, but save it now to be safe. The details were written to {path} (Help &gt; About shows where).</source><translation>您的工作很可能完好无损，但为安全起见请立即保存。详细信息已写入 {path}（“帮助 &gt; 关于”中可查看位置）。</translation></message></context><context><name>FileLock</name><message><location filename="../../journeymap/ui/file_lock.py" line="43" /><source>The project is open elsewhere</source><translation>项目已在别处打开</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="54" /><source>The project changed on disk</source><translation>磁盘上的项目已被更改</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="167" /><source>The project was not saved</source><translation>项目未保存</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="44" /><source>{name} is {who}.

Open it read-only, or take it over (their next save will be refused, so nothing they saved is lost)?</source><translation>{name}{who}。

以只读方式打开，还是接管它（对方下一次保存会被拒绝，因此对方已保存的内容不会丢失）？</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="46" /><source>Open read-only</source><translation>以只读方式打开</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="46" /><source>Take over</source><translation>接管</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="47" /><source>Cancel</source><translation>取消</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="55" /><source>{name} was changed by another program or window since you opened it. Your unsaved edits were made to the older version.

Reload it (your edits since the last save are dropped), or keep your version on screen and save it under another name?</source><translation>自您打开以来，{name} 已被其他程序或窗口更改。您未保存的编辑是基于旧版本的。

重新加载（放弃上次保存以来的编辑），还是保留屏幕上的版本并另存为其他名称？</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="59" /><source>Reload</source><translation>重新加载</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="59" /><source>Keep mine</source><translation>保留我的版本</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="142" /><source>open elsewhere</source><translation>已在别处打开</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="150" /><source>taken over by another window</source><translation>已被另一个窗口接管</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="144" /><source>{name} is open read-only here: it is {who}. Save it under another name with Save As.</source><translation>{name} 在此以只读方式打开：它{who}。请用“另存为”保存为其他名称。</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="152" /><source>{name} was taken over: it is now {who}. Nothing was written; save your version under another name with Save As.</source><translation>{name} 已被接管：它现在{who}。未写入任何内容；请用“另存为”将您的版本保存为其他名称。</translation></message><message><location filename="../../journeymap/ui/file_lock.py" line="191" /><source>{name} was changed on disk; reloaded it.</source><translation>磁盘上的 {name} 已被更改；已重新加载。</translation></message></context><context><name>Salvage</name><message><location filename="../../journeymap/ui/salvage.py" line="19" /><source>The project is damaged</source><translation>项目已损坏</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="22" /><source>Open what can be read as an untitled copy? The damaged file is left as it is; save the copy under a new name.</source><translation>将能读取的内容作为未命名副本打开吗？损坏的文件保持原样；请将副本另存为新名称。</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="29" /><source>Opened what could be read</source><translation>已打开能读取的内容</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="30" /><source>These were left out:</source><translation>以下内容未能读取：</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="47" /><source>Nothing could be read</source><translation>没有可读取的内容</translation></message><message><location filename="../../journeymap/ui/salvage.py" line="28" /><source>... and {n} more</source><translation>……另有 {n} 项</translation></message></context></TS>