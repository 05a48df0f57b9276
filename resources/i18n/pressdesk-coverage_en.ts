<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoverageDashboard</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/dashboard.py" line="+187"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions of the body</source>
        <translation>Mentions of the body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head quoted</source>
        <translation>The head quoted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlets</source>
        <translation>Outlets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / private outlets</source>
        <translation>State / private outlets</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Open the inbox…</source>
        <translation>Open the inbox…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Ten days</source>
        <extracomment>The kinds of period the dashboard shows, shortest first. The tones whose change against the previous period is shown. The figures compared with the previous period. The user asked to open the inbox. The user asked for the feedback noted for the period shown. The user asked to read the keyword watch&apos;s feeds now. The period shown; None follows the current month (or the kind chosen) as days pass.</extracomment>
        <translation>Ten days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period the figures and charts count</source>
        <translation>The period the figures and charts count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous period</source>
        <translation>The previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next period</source>
        <translation>The next period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current period</source>
        <translation>Current period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback for the period…</source>
        <translation>Feedback for the period…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the feeds</source>
        <translation>Check the feeds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the keyword watch&apos;s feeds now, in the background</source>
        <translation>Read the keyword watch&apos;s feeds now, in the background</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Tone of the publications</source>
        <translation>Tone of the publications</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>{month} {year}, days {first}–{last}</source>
        <translation>{month} {year}, days {first}–{last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter {n} of {year}</source>
        <translation>Quarter {n} of {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half-year {n} of {year}</source>
        <translation>Half-year {n} of {year}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{period}: {count}</source>
        <translation>{period}: {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback: {counts}</source>
        <translation>Feedback: {counts}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Publications by outlet kind</source>
        <translation>Publications by outlet kind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State and private outlets</source>
        <translation>State and private outlets</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Against {period}: {changes}</source>
        <translation>Against {period}: {changes}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publications per day</source>
        <translation>Publications per day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publications per week</source>
        <translation>Publications per week</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publications per month</source>
        <translation>Publications per month</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Platforms: {list}</source>
        <translation>Platforms: {list}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Inbox: %n new item(s)</source>
        <translation>
            <numerusform>Inbox: %n new item</numerusform>
            <numerusform>Inbox: %n new items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageEditor</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="+124"/>
        <source>New publication</source>
        <translation>New publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The head is quoted</source>
        <translation>The head is quoted</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No event</source>
        <translation>No event</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No plan item</source>
        <translation>No plan item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No press release</source>
        <translation>No press release</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {number}, {date}: {title}</source>
        <translation>No. {number}, {date}: {title}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>No campaign</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material kind</source>
        <translation>Material kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions of the body</source>
        <translation>Mentions of the body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head</source>
        <translation>The head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan item</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press release</source>
        <translation>Press release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Paste a link: the empty fields are filled from its page.</source>
        <translation>Paste a link: the empty fields are filled from its page.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Reading the page…</source>
        <translation>Reading the page…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filled from the page.</source>
        <translation>Filled from the page.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>CoverageFeedback</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="+52"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CoverageLabels</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/labels.py" line="+14"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV story</source>
        <translation>TV story</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio programme</source>
        <translation>Radio programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo report</source>
        <translation>Photo report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State outlets</source>
        <translation>State outlets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private outlets</source>
        <translation>Private outlets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlets not in the base</source>
        <translation>Outlets not in the base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the base</source>
        <extracomment>An outlet kind unknown because the outlet is not in the contact base.</extracomment>
        <translation>Not in the base</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/model.py" line="+43"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys 1, 2 and 3 set the tone</source>
        <translation>Keys 1, 2 and 3 set the tone</translation>
    </message>
</context>
<context>
    <name>CoverageOutlet</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="-296"/>
        <source>Outlet not in the contact base</source>
        <translation>Outlet not in the contact base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» is not in the contact base. Add it as an outlet, so that reports count its kind and ownership?</source>
        <translation>«{name}» is not in the contact base. Add it as an outlet, so that reports count its kind and ownership?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Add to the base</source>
        <translation>Add to the base</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Keep the name only</source>
        <translation>Keep the name only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CoverageSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/page.py" line="+75"/>
        <source>Search by title or outlet…</source>
        <extracomment>The keys that set the tone of the selected rows. How much of a title the undo history shows.</extracomment>
        <translation>Search by title or outlet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No publication is recorded yet</source>
        <translation>No publication is recorded yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note here what the media publish about the body: the outlet, the title, the date and the tone. The month&apos;s figures and the reports for the head are counted from these records. A monitoring table kept in Excel can be imported.</source>
        <translation>Note here what the media publish about the body: the outlet, the title, the date and the tone. The month&apos;s figures and the reports for the head are counted from these records. A monitoring table kept in Excel can be imported.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add a publication…</source>
        <translation>&amp;Add a publication…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the publication</source>
        <translation>Delete the publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import publications</source>
        <translation>Import publications</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Feeds checked at start-up: items read {seen}, new in the inbox {new}.</source>
        <translation>Feeds checked at start-up: items read {seen}, new in the inbox {new}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last three months</source>
        <translation>Last three months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any tone</source>
        <translation>Any tone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any outlet</source>
        <translation>Any outlet</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Set the tone of the selected publications</source>
        <translation>Set the tone of the selected publications</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments, reactions, calls, letters and questions on the publication</source>
        <translation>Comments, reactions, calls, letters and questions on the publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox…</source>
        <translation>Inbox…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Publications shown: %n</source>
        <translation>
            <numerusform>Publications shown: %n</numerusform>
            <numerusform>Publications shown: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Set the tone of %n publication(s)</source>
        <translation>
            <numerusform>Set the tone of %n publication</numerusform>
            <numerusform>Set the tone of %n publications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete «{title}» ({outlet}) from the monitoring log?</source>
        <translation>Delete «{title}» ({outlet}) from the monitoring log?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the publication «{title}»</source>
        <translation>Add the publication «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the publication «{title}»</source>
        <translation>Edit the publication «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the publication «{title}»</source>
        <translation>Delete the publication «{title}»</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a feed file…</source>
        <translation>Import a feed file…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report for the head</source>
        <translation>Report for the head</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a feed file</source>
        <translation>Import a feed file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeds (*.rss *.atom *.xml)</source>
        <translation>Feeds (*.rss *.atom *.xml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item {line}: {reasons}</source>
        <translation>Item {line}: {reasons}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: some items cannot be read.</source>
        <translation>Nothing was imported: some items cannot be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: {written}. Already recorded and skipped: {skipped}.</source>
        <translation>Imported: {written}. Already recorded and skipped: {skipped}.</translation>
    </message>
</context>
<context>
    <name>FeedWatch</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/watch.py" line="+19"/>
        <source>No feed is switched on. Add one in Keywords and feeds.</source>
        <translation>No feed is switched on. Add one in Keywords and feeds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the feeds… The window stays usable meanwhile.</source>
        <translation>Checking the feeds… The window stays usable meanwhile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds checked: items read {seen}, new in the inbox {new}.</source>
        <translation>Feeds checked: items read {seen}, new in the inbox {new}.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="+166"/>
        <source>Feedback on the publication</source>
        <extracomment>Feedback was added, changed or deleted; the figures are counted again.</extracomment>
        <translation>Feedback on the publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback for the period</source>
        <translation>Feedback for the period</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comments and reactions under the publication, calls, letters and questions it brought.</source>
        <translation>Comments and reactions under the publication, calls, letters and questions it brought.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls, letters and questions not tied to one publication: for example, calls to the hotline over the month. The figures and the report count them in every period that holds their dates.</source>
        <translation>Calls, letters and questions not tied to one publication: for example, calls to the hotline over the month. The figures and the report count them in every period that holds their dates.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In all: {counts}</source>
        <translation>In all: {counts}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add feedback: {counts}</source>
        <translation>Add feedback: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit feedback: {counts}</source>
        <translation>Edit feedback: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete feedback: {counts}</source>
        <translation>Delete feedback: {counts}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete feedback</source>
        <translation>Delete feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the line «{counts}»?</source>
        <translation>Delete the line «{counts}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <location line="-224"/>
        <source>New feedback</source>
        <translation>New feedback</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: calls to the hotline</source>
        <translation>For example: calls to the hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location line="-87"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="+94"/>
        <source>Inbox of the keyword watch</source>
        <extracomment>Records were added or the inbox changed; the page reads its list again.</extracomment>
        <translation>Inbox of the keyword watch</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publications the feeds brought that name the body. Accept one to add it to the monitoring log (then set its tone), or dismiss it if it is not about the body.</source>
        <translation>Publications the feeds brought that name the body. Accept one to add it to the monitoring log (then set its tone), or dismiss it if it is not about the body.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords and feeds…</source>
        <translation>Keywords and feeds…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Accepted: %n. Set their tone in the list.</source>
        <translation>
            <numerusform>Accepted: %n. Set its tone in the list.</numerusform>
            <numerusform>Accepted: %n. Set their tone in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Dismissed: %n.</source>
        <translation>
            <numerusform>Dismissed: %n.</numerusform>
            <numerusform>Dismissed: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location line="-116"/>
        <source>Date</source>
        <extracomment>Fetches a feed&apos;s bytes and content type; tests give one that reads a saved file.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords found</source>
        <translation>Keywords found</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="+325"/>
        <source>Outlet</source>
        <extracomment>A record was added (its id). The publication is already recorded (the existing record&apos;s id).</extracomment>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the publication</source>
        <translation>Title of the publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link (optional)</source>
        <translation>Link (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a publication dated today (Enter)</source>
        <translation>Add a publication dated today (Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the page…</source>
        <translation>Reading the page…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filled from the page; published {date}.</source>
        <translation>Filled from the page; published {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled from the page.</source>
        <translation>Filled from the page.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Already recorded</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/report.py" line="+30"/>
        <source>Report for the head</source>
        <translation>Report for the head</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ten days</source>
        <translation>Ten days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day in it:</source>
        <translation>A day in it:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers:</source>
        <translation>Covers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next…</source>
        <translation>Next…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WatchSettingsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="+238"/>
        <source>Keywords and feeds</source>
        <translation>Keywords and feeds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body&apos;s name, the head&apos;s name, a hashtag…</source>
        <translation>The body&apos;s name, the head&apos;s name, a hashtag…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of an RSS or Atom feed</source>
        <translation>Address of an RSS or Atom feed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds (news sites, alerts, Telegram channels)</source>
        <translation>Feeds (news sites, alerts, Telegram channels)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the feeds at start-up, in the background</source>
        <translation>Check the feeds at start-up, in the background</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(switched off) {feed}</source>
        <translation>(switched off) {feed}</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="-40"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n reaction</numerusform>
            <numerusform>%n reactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>other: %n</source>
        <translation>
            <numerusform>other: %n</numerusform>
            <numerusform>other: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EditableList</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="-102"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
</context>
</TS>
