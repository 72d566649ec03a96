<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name />
    <message>
        <location filename="../../journeymap/core/names.py" line="81" />
        <source>{first} and {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="11" />
        <source>About JourneyMap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/about.py" line="12" />
        <source>&lt;h3&gt;JourneyMap {version}&lt;/h3&gt;&lt;p&gt;A workbench for customer-experience journey mapping: map the journey, measure it, rank its pain points, plan the fixes.&lt;/p&gt;&lt;p&gt;Built with Qt for Python.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="135" />
        <source>Save the project before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="136" />
        <source>JourneyMap projects (*.jmap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="143" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="143" />
        <source>The import writes to the project file. Save your changes first?</source>
        <translation type="unfinished" />
    </message>
    </context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="92" />
        <source>&lt;b&gt;Suggested from the data&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="111" />
        <source>No suggestions: nothing in the data stands out that is not on the list already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="114" />
        <source>Suggestions are not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="141" />
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="141" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="142" />
        <source>Add it to the pain points (undoable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="143" />
        <source>Do not suggest it again (undoable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="160" />
        <source>Accept suggested pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="168" />
        <source>Dismiss suggested pain point</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectHandle</name>
    <message>
        <location filename="../../journeymap/ui/canvas/tools.py" line="24" />
        <source>Drag to another stage to connect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <location filename="../../journeymap/ui/models/dataframe_model.py" line="202" />
        <source>%1 values, %2 empty (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="107" />
        <source>Filter rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="113" />
        <source>Dataset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="113" />
        <source>Segment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="114" />
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="122" />
        <source>Stage metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="123" />
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="152" />
        <source>%1 (%2, %3 rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="158" />
        <source>This project is not saved yet. Save it, then bring data in with File &gt; Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="161" />
        <source>No data yet. File &gt; Import… brings in a survey, operating data or comments; their rows and stage metrics show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="197" />
        <source>Reading %1 rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="210" />
        <source>All segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="211" />
        <source>All periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="214" />
        <source>Showing the first %1 rows while the rest are read…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="218" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="218" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="218" />
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="219" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="219" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="219" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="220" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="223" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="223" />
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="223" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="224" />
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="224" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="224" />
        <source>Better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="225" />
        <source>On target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="225" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="234" />
        <source>%1: stage %2, scale %3-%4, %5 is better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="237" />
        <source>line in the imported file (the header is line 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="238" />
        <source>respondent id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="238" />
        <source>the outcome (0/1, scale or 0-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="277" />
        <source>%1 of %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="302" />
        <source>Top-2-box (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="310" />
        <source>satisfaction: respondents (weighted where the survey has weights), under 30 is flagged; operating: the period and segment values combined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="312" />
        <source>the metric's target, if one is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="313" />
        <source>n&lt;30: few answers; no data: nothing rates the stage; off target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="332" />
        <source>Could not read the data: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DriversModel</name>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="47" />
        <source>Weight %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="48" />
        <source>95% CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="48" />
        <source>r</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="48" />
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="49" />
        <source>Top-2-box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="49" />
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="50" />
        <source>Quadrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="52" />
        <source>The item's share of the explained variance (R²); they sum to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="53" />
        <source>95% bootstrap interval of the weight %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="54" />
        <source>Pearson correlation with the outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="55" />
        <source>Share answering in the top two boxes of the scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="56" />
        <source>Answers to this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="106" />
        <source>Concentrate here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="106" />
        <source>Keep up the good work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="107" />
        <source>Low priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/drivers_model.py" line="108" />
        <source>Possible overkill</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DriversView</name>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="76" />
        <source>Relative weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="76" />
        <source>Shapley (LMG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="77" />
        <source>Squared correlations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="80" />
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="80" />
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="81" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="81" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="92" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="144" />
        <source>All segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="145" />
        <source>All periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="184" />
        <source>This project has no journey yet. Add one on the map to analyse its survey.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="186" />
        <source>No survey data for this journey yet.

Import a survey with an overall outcome and rated items mapped to stages, then save the project: the key drivers appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="189" />
        <source>Save the project first: the analysis reads the survey's answers from the saved file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="224" />
        <source>The key-driver analysis could not run:

{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="235" />
        <source>the outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="238" />
        <source>&lt;b&gt;n = {0}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;b&gt;R² = {1}&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:#5F6368'&gt;key drivers of {2}&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/drivers_view.py" line="249" />
        <source>survey</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="114" />
        <source>Encoding and preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="115" />
        <source>Check that the headers and text read correctly; if not, choose another encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="126" />
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="127" />
        <source>Detected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="128" />
        <source>Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="143" />
        <source>Excel file: no text encoding (sheet %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="146" />
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="146" />
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="146" />
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="146" />
        <source>bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="147" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileFlow</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="31" />
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="77" />
        <source>Cannot open the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="86" />
        <source>an unsaved project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="91" />
        <source>Cannot open the autosaved copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/files.py" line="124" />
        <source>The project was not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="60" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="61" />
        <source>Choose the CSV or Excel file and what kind of data it holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="63" />
        <source>a .csv, .txt or .xlsx file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="64" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="70" />
        <source>Survey: a row per respondent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="71" />
        <source>Operations: a row per stage and period, or per event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="72" />
        <source>Feedback: a row per comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="79" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="80" />
        <source>Kind of data:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="81" />
        <source>Sheet (Excel):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="87" />
        <source>Import data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="88" />
        <source>Data files (*.csv *.txt *.tsv *.xlsx)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../journeymap/ui/history_view.py" line="10" />
        <source>Undo history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/history_view.py" line="13" />
        <source>&lt;opened&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="159" />
        <source>Import data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="167" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="323" />
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="339" />
        <source>Writing %1 into the project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="349" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="359" />
        <source>Imported %1 rows as the dataset “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="362" />
        <source>New stages: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="368" />
        <source>The import failed; the project is unchanged.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="372" />
        <source>Import cancelled; the project is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="19" />
        <source>Journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="19" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="44" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="20" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="58" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="21" />
        <source>Transition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="22" />
        <source>Pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="23" />
        <location filename="../../journeymap/ui/inspector_fields.py" line="52" />
        <source>Persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="24" />
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="24" />
        <source>Lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="42" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="42" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="43" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="44" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="45" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="46" />
        <source>Owner (department)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="47" />
        <source>Customer action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="48" />
        <source>Thinking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="49" />
        <source>Emotion (-3 to +3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="50" />
        <source>Backstage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="51" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="52" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="53" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="53" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="54" />
        <source>Share (0 to 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="54" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="55" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="55" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="56" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="57" />
        <source>Severity (1 to 5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="58" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="59" />
        <source>Share affected (0 to 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="60" />
        <source>Gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="61" />
        <source>Value at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="62" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="62" />
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="63" />
        <source>Customers per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="64" />
        <source>Revenue per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="65" />
        <source>Value per customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="66" />
        <source>Gap error (SE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="67" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="68" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="117" />
        <source>Emotion of {persona} (-3 to +3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="151" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="231" />
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="251" />
        <source>A number is needed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="255" />
        <source>{text!r} is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_fields.py" line="259" />
        <source>{value} is outside {low:g} to {high:g}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="101" />
        <source>{n} items selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="102" />
        <source>Select one item to edit its properties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="106" />
        <source>Nothing selected: these are the journey's properties. Pick a stage on the map or in the navigator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="110" />
        <source>Nothing selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="150" />
        <source>Pain points ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="151" />
        <source>No pain points on this stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="157" />
        <source>{title}  (severity {sev}, {dots} votes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="172" />
        <source>Metrics, {period}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="173" />
        <source>Metrics, latest period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="175" />
        <source>{title}, segment {segment}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="177" />
        <source>No metrics for this stage in segment {segment}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="179" />
        <source>No metrics for this stage yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="212" />
        <source>A name cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector.py" line="216" />
        <source>Another journey is called {name!r}: journey names must differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="21" />
        <source>Align left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="22" />
        <source>Align top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="23" />
        <source>Distribute evenly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="64" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="65" />
        <source>Inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="71" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="177" />
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="177" />
        <source>Future state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="178" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="178" />
        <source>Pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="179" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="181" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="239" />
        <source>not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="240" />
        <source>● modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="240" />
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="246" />
        <source>future state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="246" />
        <source>current state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="248" />
        <source>No journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="250" />
        <source>Journey: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="252" />
        <source>Journey: {name} ({state})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="262" />
        <source>Zoom {pct}%</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/main_window.py" line="275" />
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="326" />
        <source>The map was not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="328" />
        <source>Exported the map to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="335" />
        <source>{name} (future state)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="340" />
        <source>Make future state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="346" />
        <source>This journey has no current/future pair to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="381" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../journeymap/ui/main_window.py" line="93" />
        <source>&amp;New from template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="94" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="95" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="96" />
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="97" />
        <source>&amp;Import data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="98" />
        <source>A survey, operating data or comments from CSV or XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="99" />
        <source>&amp;Export map…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="100" />
        <source>The whole journey as PNG, SVG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="101" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="102" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="103" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="105" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="109" />
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="109" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="110" />
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="110" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="112" />
        <source>Select &amp;all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="113" />
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="114" />
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="115" />
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="116" />
        <source>&amp;Fit the journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="117" />
        <source>Add &amp;stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="118" />
        <source>Add &amp;pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="119" />
        <source>Auto-&amp;layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="124" />
        <source>&amp;Reasons and keyword rules…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="125" />
        <source>The reason taxonomy and the keyword rules that code comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="126" />
        <source>Make &amp;future state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="127" />
        <source>A copy of this journey to redesign; its stages remember what they replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="128" />
        <source>&amp;Compare with current state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="129" />
        <source>&amp;Toggle current / future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="130" />
        <source>&amp;Dark colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="131" />
        <source>&amp;About JourneyMap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="158" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="160" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="167" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="169" />
        <source>&amp;Align</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="172" />
        <source>&amp;Journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/main_window.py" line="174" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapArea</name>
    <message>
        <location filename="../../journeymap/ui/views.py" line="105" />
        <source>The journey canvas is not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="127" />
        <source>Current state: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="128" />
        <source>Future state: %1 (new, changed and removed stages marked)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapDataBar</name>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="23" />
        <source>Data on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="25" />
        <source>Badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="25" />
        <source>Show this metric's value on each stage card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="26" />
        <source>Heatmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="27" />
        <source>Colour each stage by this metric against its target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="28" />
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="28" />
        <source>Show one segment's data everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="29" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="29" />
        <source>Show one period's data everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="65" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="68" />
        <source>All segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/map_data_bar.py" line="69" />
        <source>Latest / all periods</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="162" />
        <source>Mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="163" />
        <source>Say what each column means. Suggestions are pre-filled: confirm them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="168" />
        <source>Create stages the journey lacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="172" />
        <source>Saved mapping:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="173" />
        <source>Dataset name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="174" />
        <source>Journey:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="193" />
        <source>yes/no (binary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="193" />
        <source>rating scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="194" />
        <source>0-10 recommend (NPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="197" />
        <source>values that count as positive, comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="203" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="203" />
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="204" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="204" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="207" />
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="208" />
        <source>Columns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="210" />
        <source>Use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="210" />
        <location filename="../../journeymap/ui/import_pages.py" line="226" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="210" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="211" />
        <source>Scale from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="211" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="211" />
        <location filename="../../journeymap/ui/import_pages.py" line="227" />
        <source>Better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="212" />
        <source>Why suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="218" />
        <source>Rated items (one per stage question):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="223" />
        <source>Operating data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="226" />
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="226" />
        <source>Aggregate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="230" />
        <source>Stage column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="231" />
        <source>Date column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="236" />
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="241" />
        <source>Comment text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="241" />
        <source>Reason code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="242" />
        <source>Score:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="242" />
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="243" />
        <source>Default stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="243" />
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="253" />
        <source>(a new mapping)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="83" />
        <source>n = {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="111" />
        <source>target {target} ({better} is better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="113" />
        <source>higher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="113" />
        <source>lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="115" />
        <source>{period}: {value} (n = {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/inspector_metrics.py" line="116" />
        <source>all periods</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <location filename="../../journeymap/ui/canvas/minimap.py" line="19" />
        <source>Overview of the map: click or drag to move the view</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../journeymap/core/names.py" line="31" />
        <location filename="../../journeymap/core/names.py" line="58" />
        <source>persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="31" />
        <source>personas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="32" />
        <source>journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="32" />
        <source>journeys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="33" />
        <source>phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="33" />
        <source>phases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="34" />
        <source>lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="34" />
        <source>lanes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="35" />
        <source>stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="35" />
        <source>stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="36" />
        <source>transition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="36" />
        <source>transitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="37" />
        <source>pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="37" />
        <source>pain points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="38" />
        <source>evidence item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="38" />
        <source>evidence items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="39" />
        <source>vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="39" />
        <source>votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="40" />
        <source>voting round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="40" />
        <source>voting rounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="41" />
        <source>initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="41" />
        <source>initiatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="42" />
        <source>metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="42" />
        <source>metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="43" />
        <source>dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="43" />
        <source>datasets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="44" />
        <source>metric value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="44" />
        <source>metric values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="45" />
        <source>survey item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="45" />
        <source>survey items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="46" />
        <source>saved mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="46" />
        <source>saved mappings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="47" />
        <source>comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="47" />
        <source>comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="48" />
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="48" />
        <source>reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="53" />
        <source>owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="54" />
        <source>share affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="55" />
        <source>customer action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="56" />
        <source>value at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="57" />
        <source>gap error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="59" />
        <location filename="../../journeymap/core/names.py" line="60" />
        <source>position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="61" />
        <source>lane text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/names.py" line="62" />
        <source>emotion per persona</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../journeymap/core/commands.py" line="73" />
        <source>Delete {noun} '{title}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="76" />
        <source>Delete {n} {nouns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="185" />
        <source>Change {fields} of the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="206" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="248" />
        <location filename="../../journeymap/core/structure.py" line="194" />
        <source>Move stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="253" />
        <source>Move {n} stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="278" />
        <source>Connect stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="303" />
        <source>Rename {noun} '{old}' to '{new}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="305" />
        <source>Change {fields} of {noun} '{title}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="311" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="315" />
        <source>Add {noun} '{title}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="317" />
        <source>Add {n} {nouns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/commands.py" line="318" />
        <source>Add {noun} and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="25" />
        <source>a {what} needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="41" />
        <source>Add phase '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="47" />
        <source>Rename phase '{old}' to '{new}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="57" />
        <source>Move phase '{name}' to position {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="66" />
        <source>phase '{name}' holds {n} stages: choose a phase to move them to, or move them first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="71" />
        <source>the stages of '{name}' must move to another phase of its journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="78" />
        <source>Delete phase '{name}', its stages to '{to}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="80" />
        <source>Delete phase '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="88" />
        <source>no stages to move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="91" />
        <source>that phase belongs to another journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="97" />
        <source>no phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="98" />
        <source>Move stage '{name}' to phase '{phase}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="100" />
        <source>Move {n} stages to phase '{phase}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="114" />
        <source>Add lane '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="120" />
        <source>Rename lane '{old}' to '{new}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="127" />
        <source>Move lane '{name}' to position {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="139" />
        <source>Delete lane '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/core/structure.py" line="150" />
        <source>Change {lane} of stage '{name}'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="46" />
        <source>Journeys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="49" />
        <source>Personas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="52" />
        <source>Datasets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="91" />
        <source>{name}: {kind}, {rows} rows from {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="94" />
        <source>future state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="94" />
        <source>current state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="99" />
        <source>future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/navigator.py" line="99" />
        <source>current</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewProject</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="8" />
        <source>Blank: one empty journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="9" />
        <source>Insurance: quote to claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="10" />
        <source>Retail: online order</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="17" />
        <source>New project from template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="22" />
        <source>the template's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="27" />
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/new_project.py" line="28" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PainPointsModel</name>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="83" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="83" />
        <source>Pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="83" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="84" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="84" />
        <source>Weighted parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="84" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="85" />
        <source>Stability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="85" />
        <source>Votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="86" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="86" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="86" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="312" />
        <source>Share of the ±20% moves of one weight under which this rank holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="315" />
        <source>score {0:.3f} = sum of the weighted parts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="318" />
        <source>{0}: {1:.3f} (part {2:.2f} × weight {3:g})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="328" />
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="333" />
        <source>no {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="334" />
        <source>unscored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/models/painpoints_model.py" line="334" />
        <source>gap clipped at 0</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PainPointsView</name>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="240" />
        <source>Merge selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="241" />
        <source>Merge duplicates into the highest-ranked of them (undoable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="290" />
        <source>no survey data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="291" />
        <source>the project is not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="316" />
        <source>Importance is not known ({0}): it is left out of every score and flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="325" />
        <source>The ranking could not be computed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="330" />
        <source>&lt;b&gt;score&lt;/b&gt; = Σ w&lt;sub&gt;i&lt;/sub&gt;·part&lt;sub&gt;i&lt;/sub&gt; / Σ w&lt;sub&gt;i&lt;/sub&gt; over the parts present &amp;nbsp;=&amp;nbsp; ({0}) / Σ w. &amp;nbsp;&lt;span style='color:#5F6368'&gt;Each part is scaled to 0..1 across this journey; a missing part is left out and flagged, never counted as 0.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="363" />
        <source>&lt;p style='color:#5F6368'&gt;Select a pain point to see its evidence and how its score is made up.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="371" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="371" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="372" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="372" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="373" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="381" />
        <source>&lt;p&gt;&lt;b&gt;Score {0:.3f}&lt;/b&gt; (rank {1}) = {2}&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="387" />
        <source>&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/painpoints_view.py" line="389" />
        <source>&lt;p style='color:#5F6368'&gt;No evidence linked yet.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="27" />
        <source>Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="27" />
        <source>Gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="28" />
        <source>Reach × gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="29" />
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="30" />
        <source>Value at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="30" />
        <source>Votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="31" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="15" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="25" />
        <source>Reasons and keyword rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="30" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="30" />
        <source>Keywords (comma-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="30" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="30" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="35" />
        <source>Add reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="36" />
        <source>Remove reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="45" />
        <source>Type a comment to see which reason it codes to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="49" />
        <source>Test a comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="53" />
        <source>Recode comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="55" />
        <source>Recode the comments by these rules when you press OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="57" />
        <source>Keep codes from a file column or set by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="85" />
        <source>(any stage)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="91" />
        <source>New reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="145" />
        <source>→ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="146" />
        <source>No reason matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="155" />
        <source>On OK the comments will be recoded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="156" />
        <source>no comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/reasons_dialog.py" line="174" />
        <source>Edit reasons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="96" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="97" />
        <source>Written in one step: if it is cancelled or fails, the project stays as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_wizard.py" line="101" />
        <source>Cancel import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="28" />
        <source>Colour scheme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="29" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="31" />
        <source>Show the minimap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="32" />
        <source>Show the undo history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="33" />
        <source>Autosave every (minutes, 0 = off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="34" />
        <source>Recent files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="35" />
        <source>Number of recent files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="36" />
        <source>Last folder used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="37" />
        <source>Window position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/settings.py" line="38" />
        <source>Dock layout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="342" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="343" />
        <source>Nothing has been written yet. Problems are listed by line (the header is line 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="350" />
        <source>Skip the rows with problems and import the rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="351" />
        <source>Replace the dataset of the same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="356" />
        <source>Problems per column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="357" />
        <source>Problems by line (the first 1,000):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="372" />
        <source>Reading and checking the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="382" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="382" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="382" />
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="383" />
        <source>First lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="383" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="383" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewStack</name>
    <message>
        <location filename="../../journeymap/ui/views.py" line="89" />
        <source>The {view} view arrives in a later version.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../journeymap/ui/views.py" line="23" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="24" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="25" />
        <source>Drivers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="27" />
        <source>Pain points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/views.py" line="29" />
        <source>Roadmap</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="59" />
        <source>Reset to equal weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="60" />
        <source>Weight 1 on every basic part; reach × gap off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="65" />
        <source>&lt;b&gt;Weights&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/weights_panel.py" line="118" />
        <source>At least one part needs a weight above 0.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../journeymap/ui/import_pages.py" line="30" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../journeymap/ui/data_view.py" line="66" />
        <source>Copy (tab-separated)</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>Canvas</name><message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="46" />
        <source>New stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="64" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="130" />
        <source>Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="137" />
        <source>Move stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="141" />
        <source>Auto-layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="174" />
        <source>New pain point</source>
        <translation type="unfinished" />
    </message>
    </context><context><name>Arrow</name><message>
        <location filename="../../journeymap/ui/canvas/items/arrow.py" line="48" />
        <source>Loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/arrow.py" line="48" />
        <source>Handoff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/arrow.py" line="49" />
        <source>Drop-out</source>
        <translation type="unfinished" />
    </message>
    </context><context><name>EmotionCurve</name><message>
        <location filename="../../journeymap/ui/canvas/items/emotion_curve.py" line="96" />
        <source>All customers</source>
        <translation type="unfinished" />
    </message>
    </context><context><name>StageCard</name><message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="66" />
        <source>(unnamed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="108" />
        <source>Channel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="110" />
        <source>Owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="193" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="193" />
        <source>Removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/stage_card.py" line="193" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    </context><context><name>Sticky</name><message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="47" />
        <source>Severity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="66" />
        <source>1 vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="66" />
        <source>%1 votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/items/sticky.py" line="71" />
        <source>S%1</source>
        <translation type="unfinished" />
    </message>
    </context><context><name>HeatLegend</name><message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="32" />
        <source>best third</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="32" />
        <source>middle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="32" />
        <source>worst third</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="33" />
        <source>%1 (no target: stages compared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="36" />
        <source>on target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="36" />
        <source>within 10% of target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="36" />
        <source>off target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="37" />
        <source>%1 against target %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/legend.py" line="44" />
        <source>no data (%1)</source>
        <translation type="unfinished" />
    </message>
    </context></TS>