<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en_GB">
    <context>
        <name>About</name>
        <message>
            <source>Runtime</source>
            <translation>رن ٹائم</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>لائبریری</translation>
        </message>
        <message>
            <source>Font</source>
            <translation>فونٹ</translation>
        </message>
        <message>
            <source>GAP Field Kit icon</source>
            <translation>GAP Field Kit کا آئیکن</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ورژن</translation>
        </message>
        <message>
            <source>Registration, organisational health checks and Community Asset Transfer readiness for community groups, offline. Free software under the MIT licence.</source>
            <translation>کمیونٹی گروپوں کے لیے رجسٹریشن، تنظیمی صحت کے جائزے اور کمیونٹی اثاثہ منتقلی (CAT) کی تیاری، انٹرنیٹ کے بغیر۔ MIT لائسنس کے تحت مفت سافٹ ویئر۔</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ڈیٹا فولڈر</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فولڈر کھولیں</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>ڈیٹا فولڈر کھولیں</translation>
        </message>
        <message>
            <source>Bundled libraries and fonts</source>
            <translation>شامل لائبریریاں اور فونٹ</translation>
        </message>
        <message>
            <source>Show licence text</source>
            <translation>لائسنس کا متن دکھائیں</translation>
        </message>
        <message>
            <source>Show the selected font's licence text</source>
            <translation>منتخب فونٹ کے لائسنس کا متن دکھائیں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Close About</source>
            <translation>تعارف بند کریں</translation>
        </message>
        <message>
            <source>Bundled with this app:</source>
            <translation>اس ایپ کے ساتھ شامل:</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>جزو</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>لائسنس</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>ورژن {version}</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کون</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>کب تک</translation>
        </message>
        <message>
            <source>Support offer</source>
            <translation>مدد کی پیشکش</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>کرنا ہے</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>جاری ہے</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ہو گیا</translation>
        </message>
        <message>
            <source>For example: write a reserves policy</source>
            <translation>مثلاً: ریزرو پالیسی لکھنا</translation>
        </message>
        <message>
            <source>A role is enough, for example: treasurer</source>
            <translation>کردار کافی ہے، مثلاً: خزانچی</translation>
        </message>
        <message>
            <source>Set a date</source>
            <translation>تاریخ مقرر کریں</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>W&amp;ho</source>
            <translation>کون</translation>
        </message>
        <message>
            <source>By &amp;when</source>
            <translation>کب تک</translation>
        </message>
        <message>
            <source>Support &amp;offer</source>
            <translation>مدد کی پیشکش</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Ideas from the results</source>
            <translation>نتائج سے خیالات</translation>
        </message>
        <message>
            <source>Add action from this idea…</source>
            <translation>اس خیال سے اقدام شامل کریں…</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>منصوبہ</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>اقدام شامل کریں…</translation>
        </message>
        <message>
            <source>Add an action (Ctrl+N)</source>
            <translation>ایک اقدام شامل کریں (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ترمیم…</translation>
        </message>
        <message>
            <source>Change the action (Enter)</source>
            <translation>اقدام بدلیں (Enter)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>اوپر لے جائیں</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>اوپر لے جائیں (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>نیچے لے جائیں</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>نیچے لے جائیں (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>ہو گیا نشان لگائیں</translation>
        </message>
        <message>
            <source>Mark done (Ctrl+D)</source>
            <translation>ہو گیا نشان لگائیں (Ctrl+D)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Delete (Delete); Ctrl+Z undoes</source>
            <translation>حذف کریں (Delete)؛ Ctrl+Z واپس لاتا ہے</translation>
        </message>
        <message>
            <source>Mark not done</source>
            <translation>ہو گیا کا نشان ہٹائیں</translation>
        </message>
    </context>
    <context>
        <name>ActionReview</name>
        <message>
            <source>Note: what happened, what is next</source>
            <translation>نوٹ: کیا ہوا، آگے کیا ہے</translation>
        </message>
        <message>
            <source>Last time's actions</source>
            <translation>پچھلی بار کے اقدامات</translation>
        </message>
        <message>
            <source>Back to assessments</source>
            <translation>جائزوں پر واپس</translation>
        </message>
        <message>
            <source>Carry on to the statements →</source>
            <translation>بیانات کی طرف آگے بڑھیں ←</translation>
        </message>
        <message>
            <source>Actions left unreviewed can be reviewed later (Ctrl+Enter)</source>
            <translation>جن اقدامات کا جائزہ نہیں ہوا ان کا بعد میں جائزہ لیا جا سکتا ہے (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>There was no earlier action plan.</source>
            <translation>کوئی پچھلا ایکشن پلان نہیں تھا۔</translation>
        </message>
        <message>
            <source>in the plan: {status}</source>
            <translation>منصوبے میں: {status}</translation>
        </message>
        <message>
            <source>Last time's actions: {organisation}</source>
            <translation>پچھلی بار کے اقدامات: {organisation}</translation>
        </message>
        <message>
            <source>{reviewed} of {total} reviewed</source>
            <translation>{total} میں سے {reviewed} کا جائزہ ہو گیا</translation>
        </message>
        <message>
            <source>Who: {who}</source>
            <translation>کون: {who}</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>{date} تک</translation>
        </message>
        <message>
            <source> with {facilitator}</source>
            <translation>، {facilitator} کے ساتھ</translation>
        </message>
        <message>
            <source>Agreed at the {kind} on {date}{who}. For each action, say whether it is done, in progress or dropped, with a note. Each choice is saved at once.</source>
            <translation>{kind} میں {date} کو طے ہوا{who}۔ ہر اقدام کے لیے بتائیں کہ یہ ہو گیا، جاری ہے یا چھوڑ دیا گیا، اور ایک نوٹ لکھیں۔ ہر انتخاب فوراً محفوظ ہو جاتا ہے۔</translation>
        </message>
        <message>
            <source>{count} of last time's actions not reviewed yet</source>
            <translation>پچھلی بار کے {count} اقدامات کا ابھی جائزہ نہیں ہوا</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>Organisational health check</source>
            <translation>تنظیمی صحت کا جائزہ</translation>
        </message>
        <message>
            <source>CAT readiness</source>
            <translation>CAT کی تیاری</translation>
        </message>
        <message>
            <source>organisational health check</source>
            <translation>تنظیمی صحت کا جائزہ</translation>
        </message>
        <message>
            <source>CAT readiness assessment</source>
            <translation>CAT کی تیاری کا جائزہ</translation>
        </message>
    </context>
    <context>
        <name>Assessments</name>
        <message>
            <source>Facilitated</source>
            <translation>سہولت کار کے ساتھ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>گروپ</translation>
        </message>
        <message>
            <source>Online (self-assessment)</source>
            <translation>آن لائن (خود جائزہ)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>موصول</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>دوبارہ بھیجا گیا</translation>
        </message>
        <message>
            <source>Has issues</source>
            <translation>مسائل ہیں</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>منظور</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>مسترد</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>طریقہ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>کونسل کا جائزہ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>شروع</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>سہولت کار</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>جاری</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>برآمد شدہ</translation>
        </message>
        <message>
            <source>No assessments yet.

Start one with New assessment (Ctrl+N), or from an organisation on the Organisations page.</source>
            <translation>ابھی کوئی جائزہ نہیں۔

”نیا جائزہ“ (Ctrl+N) سے شروع کریں، یا تنظیمیں کے صفحے پر کسی تنظیم سے۔</translation>
        </message>
        <message>
            <source>Approve assessments</source>
            <translation>جائزے منظور کریں</translation>
        </message>
        <message>
            <source>They will count in the Overview and the council summary, and each laptop hears of it in its next field pack.</source>
            <translation>یہ جائزہ خلاصے اور کونسل کی سمری میں شمار ہوں گے، اور ہر لیپ ٹاپ کو اگلے فیلڈ پیک میں اطلاع ملے گی۔</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>منظور کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Delete assessment</source>
            <translation>جائزہ حذف کریں</translation>
        </message>
        <message>
            <source>Its answers and action plan leave this laptop's list and the deletion goes in the next sync bundle. You can undo this straight after (Ctrl+Z).</source>
            <translation>اس کے جواب اور عملی منصوبہ اس لیپ ٹاپ کی فہرست سے نکل جائیں گے اور حذف اگلے ہم آہنگی بنڈل میں جائے گا۔ آپ فوراً بعد اسے واپس لے سکتے ہیں (Ctrl+Z)۔</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>رکھیں</translation>
        </message>
        <message>
            <source>Search organisation, venue or facilitator (Ctrl+F)</source>
            <translation>تنظیم، جگہ یا سہولت کار تلاش کریں (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search assessments</source>
            <translation>جائزے تلاش کریں</translation>
        </message>
        <message>
            <source>Show assessments of kind</source>
            <translation>اس قسم کے جائزے دکھائیں</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>تمام اقسام</translation>
        </message>
        <message>
            <source>Show assessments with status</source>
            <translation>اس حیثیت کے جائزے دکھائیں</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>کوئی بھی حیثیت</translation>
        </message>
        <message>
            <source>Show assessments in review state</source>
            <translation>اس جائزہ حیثیت کے جائزے دکھائیں</translation>
        </message>
        <message>
            <source>Any review</source>
            <translation>کوئی بھی جائزہ</translation>
        </message>
        <message>
            <source>PDF reports…</source>
            <translation>PDF رپورٹیں…</translation>
        </message>
        <message>
            <source>Write a PDF report for each completed assessment shown (filter the list first to choose which)</source>
            <translation>دکھائے گئے ہر مکمل جائزے کی PDF رپورٹ لکھیں (کون سے، یہ چننے کے لیے پہلے فہرست چھانٹیں)</translation>
        </message>
        <message>
            <source>No assessments yet</source>
            <translation>ابھی کوئی جائزہ نہیں</translation>
        </message>
        <message>
            <source>How many assessments are shown</source>
            <translation>کتنے جائزے دکھائے گئے ہیں</translation>
        </message>
        <message>
            <source>New assessment…</source>
            <translation>نیا جائزہ…</translation>
        </message>
        <message>
            <source>Start an assessment (Ctrl+N)</source>
            <translation>جائزہ شروع کریں (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>Open results, or carry on a draft (Enter)</source>
            <translation>نتائج کھولیں، یا مسودہ جاری رکھیں (Enter)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>جاری رکھیں</translation>
        </message>
        <message>
            <source>Carry on where it stopped</source>
            <translation>جہاں رکا تھا وہیں سے جاری رکھیں</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>See the results and action plan</source>
            <translation>نتائج اور عملی منصوبہ دیکھیں</translation>
        </message>
        <message>
            <source>Delete the assessment (Delete)</source>
            <translation>جائزہ حذف کریں (Delete)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>تاریخچہ…</translation>
        </message>
        <message>
            <source>Every change to the assessment, its answers and actions</source>
            <translation>جائزے، اس کے جوابات اور اقدامات کی ہر تبدیلی</translation>
        </message>
        <message>
            <source>Assessment list</source>
            <translation>جائزوں کی فہرست</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <source>Reopened: fix it, then Review and complete to send it again.</source>
            <translation>دوبارہ کھل گیا: درست کریں، پھر ”جائزہ لیں اور مکمل کریں“ سے دوبارہ بھیجیں۔</translation>
        </message>
        <message>
            <source>The {kind} with {organisation} was not finished. Carry on where it stopped?</source>
            <translation>{organisation} کے ساتھ {kind} مکمل نہیں ہوا تھا۔ جہاں رکا تھا وہیں سے جاری رکھیں؟</translation>
        </message>
        <message>
            <source>Assessment started: every answer is saved as it is given.</source>
            <translation>جائزہ شروع ہو گیا: ہر جواب دیتے ہی محفوظ ہو جاتا ہے۔</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>واپس لیں</translation>
        </message>
        <message>
            <source>Approve {count} assessments?</source>
            <translation>{count} جائزے منظور کریں؟</translation>
        </message>
        <message>
            <source>Delete the {kind} with {organisation}?</source>
            <translation>{organisation} کے ساتھ {kind} حذف کریں؟</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>مسترد کریں</translation>
        </message>
        <message>
            <source>No completed assessment is shown: there is no report to write yet.</source>
            <translation>کوئی مکمل جائزہ نہیں دکھایا گیا: ابھی لکھنے کو کوئی رپورٹ نہیں۔</translation>
        </message>
        <message>
            <source>Review the move…</source>
            <translation>منتقلی کا جائزہ لیں…</translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>{total} میں سے {shown} دکھائے گئے</translation>
        </message>
        <message>
            <source>Reviewing {count} assessment(s)…</source>
            <translation>{count} جائزوں کا جائزہ لیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Comment on the assessment with {organisation}:</source>
            <translation>{organisation} کے جائزے پر تبصرہ:</translation>
        </message>
        <message>
            <source>History of the {kind} with {organisation}</source>
            <translation>{organisation} کے ساتھ {kind} کا تاریخچہ</translation>
        </message>
        <message>
            <source>Deleted the assessment with {organisation}.</source>
            <translation>{organisation} کا جائزہ حذف ہو گیا۔</translation>
        </message>
        <message>
            <source>Deleted the assessment with {organisation}</source>
            <translation>{organisation} کا جائزہ حذف ہو گیا</translation>
        </message>
        <message>
            <source>{total} assessment</source>
            <translation>{total} جائزہ</translation>
        </message>
        <message>
            <source>{total} assessments</source>
            <translation>{total} جائزے</translation>
        </message>
        <message>
            <source>What needs fixing in the assessment with {organisation}? The worker sees this on their laptop.</source>
            <translation>{organisation} کے جائزے میں کیا درست کرنا ہے؟ کارکن یہ اپنے لیپ ٹاپ پر دیکھے گا۔</translation>
        </message>
        <message>
            <source>Why is the assessment with {organisation} rejected?</source>
            <translation>{organisation} کا جائزہ کیوں مسترد کیا گیا؟</translation>
        </message>
        <message>
            <source>Approved {changed} of the {count} assessments chosen.</source>
            <translation>منتخب {count} جائزوں میں سے {changed} منظور ہوئے۔</translation>
        </message>
        <message>
            <source>Marked the assessment with {organisation} {state}.</source>
            <translation>{organisation} کے جائزے پر نشان لگا: {state}۔</translation>
        </message>
        <message>
            <source>Version {to_version} of this form is now on this laptop (this draft uses {from_version}). You can move the draft to it from the review.</source>
            <translation>اس فارم کا ورژن {to_version} اب اس لیپ ٹاپ پر ہے (یہ مسودہ {from_version} استعمال کرتا ہے)۔ آپ جائزے سے مسودہ اس میں منتقل کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Wrote {count} PDF reports</source>
            <translation>{count} PDF رپورٹیں لکھی گئیں</translation>
        </message>
    </context>
    <context>
        <name>BatchReports</name>
        <message>
            <source>Save PDF reports</source>
            <translation>PDF رپورٹیں محفوظ کریں</translation>
        </message>
        <message>
            <source>Folder for the reports</source>
            <translation>رپورٹوں کا فولڈر</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>منتخب کریں…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>فولڈر منتخب کریں</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>فولڈر:</translation>
        </message>
        <message>
            <source>Reports written</source>
            <translation>لکھی گئی رپورٹیں</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%m میں سے %v</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیش رفت</translation>
        </message>
        <message>
            <source>Write reports</source>
            <translation>رپورٹیں لکھیں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Writing reports…</source>
            <translation>رپورٹیں لکھی جا رہی ہیں…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Choose a folder for the reports first.</source>
            <translation>پہلے رپورٹوں کے لیے فولڈر منتخب کریں۔</translation>
        </message>
        <message>
            <source>Stopping after the report being written…</source>
            <translation>زیرِ تحریر رپورٹ کے بعد رک رہا ہے…</translation>
        </message>
        <message>
            <source>Something went wrong writing the reports. Nothing was lost; the details are in the log file.</source>
            <translation>رپورٹیں لکھتے ہوئے کچھ غلط ہو گیا۔ کچھ ضائع نہیں ہوا؛ تفصیل لاگ فائل میں ہے۔</translation>
        </message>
        <message>
            <source>Cancelled. {written} of {count} reports were written; the rest were not started.</source>
            <translation>منسوخ۔ {count} میں سے {written} رپورٹیں لکھی گئیں؛ باقی شروع نہیں ہوئیں۔</translation>
        </message>
        <message>
            <source>Write a PDF report for each of the {count} assessment into a folder. Each file is named after the organisation, the kind of assessment and its date.</source>
            <translation>{count} جائزے کی PDF رپورٹ ایک فولڈر میں لکھیں۔ ہر فائل کا نام تنظیم، جائزے کی قسم اور اس کی تاریخ پر ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Write a PDF report for each of the {count} assessments into a folder. Each file is named after the organisation, the kind of assessment and its date.</source>
            <translation>{count} جائزوں میں سے ہر ایک کی PDF رپورٹ ایک فولڈر میں لکھیں۔ ہر فائل کا نام تنظیم، جائزے کی قسم اور اس کی تاریخ پر ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Wrote {count} report to {folder}.</source>
            <translation>{count} رپورٹ لکھی گئی: {folder}</translation>
        </message>
        <message>
            <source>Wrote {count} reports to {folder}.</source>
            <translation>{count} رپورٹیں لکھی گئیں: {folder}</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Trust this device?</source>
            <translation>اس آلے پر بھروسا کریں؟</translation>
        </message>
        <message>
            <source>Trust this device</source>
            <translation>اس آلے پر بھروسا کریں</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ابھی نہیں</translation>
        </message>
        <message>
            <source>Trust “{device}” from now on and {what}?</source>
            <translation>اب سے ”{device}“ پر بھروسا کریں اور {what}؟</translation>
        </message>
        <message>
            <source>Its key fingerprint is:
{fingerprint}

Compare it with the fingerprint the laptop shows on its Sync page. Trust it only if they match.</source>
            <translation>اس کی کلید کا فنگر پرنٹ:
{fingerprint}

اسے لیپ ٹاپ کے ہم آہنگی صفحے پر دکھائے گئے فنگر پرنٹ سے ملائیں۔ صرف اسی صورت بھروسا کریں جب دونوں ایک جیسے ہوں۔</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Registration</source>
            <translation>رجسٹریشن</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>شریک</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>لائحہ عمل</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>فارم</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھلے</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>رکھے گئے</translation>
        </message>
        <message>
            <source>Changed to the other</source>
            <translation>دوسری پر بدلے گئے</translation>
        </message>
        <message>
            <source>All</source>
            <translation>سب</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>رکھی گئی قدر</translation>
        </message>
        <message>
            <source>From</source>
            <translation>کس سے</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>دوسری قدر</translation>
        </message>
        <message>
            <source>From </source>
            <translation>کس سے </translation>
        </message>
        <message>
            <source>Found</source>
            <translation>ملا</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>the record</source>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>Use the other value?</source>
            <translation>دوسری قدر استعمال کریں؟</translation>
        </message>
        <message>
            <source>The change is saved as a new revision and recorded in the organisation's history, and laptops receive it in their next field pack. To reverse it later, edit the field back on the Organisations page.</source>
            <translation>تبدیلی نئی ترمیم کے طور پر محفوظ ہو کر تنظیم کے تاریخچے میں درج ہوتی ہے، اور لیپ ٹاپس کو اگلے فیلڈ پیک میں ملتی ہے۔ بعد میں واپس کرنے کے لیے تنظیمیں کے صفحے پر خانہ دوبارہ بدلیں۔</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>دوسری قدر استعمال کریں</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>واپس جائیں</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(حذف شدہ)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(خالی)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>تضادات</translation>
        </message>
        <message>
            <source>Two laptops changed the same field from the same starting value. The later change was kept; confirm it, or use the other value instead (saved as a new change that goes back to the laptops with the next field pack).</source>
            <translation>دو لیپ ٹاپس نے ایک ہی خانہ ایک ہی ابتدائی قدر سے بدلا۔ بعد والی تبدیلی رکھی گئی؛ اس کی تصدیق کریں، یا اس کی جگہ دوسری قدر استعمال کریں (جو نئی تبدیلی کے طور پر محفوظ ہو کر اگلے فیلڈ پیک کے ساتھ لیپ ٹاپس کو واپس جاتی ہے)۔</translation>
        </message>
        <message>
            <source>Found from</source>
            <translation>کب سے ملے</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تک</translation>
        </message>
        <message>
            <source>Organisation, field, the value kept and the other value, with their devices</source>
            <translation>تنظیم، خانہ، رکھی گئی قدر اور دوسری قدر، ان کی ڈیوائسز کے ساتھ</translation>
        </message>
        <message>
            <source>Choose a conflict above to compare its two values.</source>
            <translation>دونوں قدروں کا موازنہ کرنے کے لیے اوپر سے کوئی تضاد منتخب کریں۔</translation>
        </message>
        <message>
            <source>Value kept (the later change)</source>
            <translation>رکھی گئی قدر (بعد والی تبدیلی)</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>یہی قدر رکھیں</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>تمام ڈیوائسز</translation>
        </message>
        <message>
            <source>a record</source>
            <translation>ایک ریکارڈ</translation>
        </message>
        <message>
            <source>{field}
Kept: {kept} ({kept_device}, {kept_when})
Other: {other} ({other_device}, {other_when})</source>
            <translation>{field}
رکھی گئی: {kept} ({kept_device}، {kept_when})
دوسری: {other} ({other_device}، {other_when})</translation>
        </message>
        <message>
            <source>{record}: deleted</source>
            <translation>{record}: حذف شدہ</translation>
        </message>
        <message>
            <source>(not an organisation)</source>
            <translation>(تنظیم نہیں)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>دکھائیں</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>ڈیوائس</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 تضاد</translation>
        </message>
        <message>
            <source>Change {field} of {name} from {old} to {new}?</source>
            <translation>{name} کا {field} {old} سے {new} کر دیں؟</translation>
        </message>
        <message>
            <source>Set on {device} at {when}</source>
            <translation>{device} پر {when} کو رکھا گیا</translation>
        </message>
        <message>
            <source>No conflicts to review.</source>
            <translation>دیکھنے کے لیے کوئی تضاد نہیں۔</translation>
        </message>
        <message>
            <source>Choose a conflict above.</source>
            <translation>اوپر سے کوئی تضاد منتخب کریں۔</translation>
        </message>
        <message>
            <source>Kept {field} of {name} as {value}.</source>
            <translation>{name} کا {field} بطور {value} رکھا گیا۔</translation>
        </message>
        <message>
            <source>{field} of {name} is now {value} (saved as a new change).</source>
            <translation>{name} کا {field} اب {value} ہے (نئی تبدیلی کے طور پر محفوظ)۔</translation>
        </message>
        <message>
            <source>{count} conflicts</source>
            <translation>{count} تضادات</translation>
        </message>
    </context>
    <context>
        <name>CouncilPacks</name>
        <message>
            <source>(empty)</source>
            <translation>(خالی)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>The council has</source>
            <translation>کونسل کے پاس</translation>
        </message>
        <message>
            <source>This laptop has</source>
            <translation>اس لیپ ٹاپ پر</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>رکھا گیا</translation>
        </message>
        <message>
            <source>No field pack imported yet.</source>
            <translation>ابھی کوئی فیلڈ پیک امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>all organisations</source>
            <translation>تمام تنظیمیں</translation>
        </message>
        <message>
            <source>Choose the field pack from the council</source>
            <translation>کونسل کا فیلڈ پیک منتخب کریں</translation>
        </message>
        <message>
            <source>Field pack (*.gapkit)</source>
            <translation>فیلڈ پیک (*.gapkit)</translation>
        </message>
        <message>
            <source>Remove 1 organisation outside this laptop's scope?</source>
            <translation>اس لیپ ٹاپ کے دائرے سے باہر 1 تنظیم ہٹا دیں؟</translation>
        </message>
        <message>
            <source>Forget organisations</source>
            <translation>تنظیمیں بھلا دیں</translation>
        </message>
        <message>
            <source>The council no longer sends them to this laptop. Their assessments go too; the council keeps everything, and nothing not yet sent is removed.</source>
            <translation>کونسل اب انہیں اس لیپ ٹاپ پر نہیں بھیجتی۔ ان کے جائزے بھی ہٹ جائیں گے؛ کونسل سب کچھ رکھتی ہے، اور جو ابھی بھیجا نہیں گیا وہ نہیں ہٹایا جاتا۔</translation>
        </message>
        <message>
            <source>Forget them</source>
            <translation>انہیں بھلا دیں</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>انہیں رکھیں</translation>
        </message>
        <message>
            <source>the council's</source>
            <translation>کونسل کا</translation>
        </message>
        <message>
            <source>Import from the council…</source>
            <translation>کونسل سے امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Choose the field pack the council gave you (Ctrl+I)</source>
            <translation>وہ فیلڈ پیک منتخب کریں جو کونسل نے آپ کو دیا (Ctrl+I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Remove from this laptop the organisations the council no longer sends it. Organisations with work not yet sent are kept.</source>
            <translation>اس لیپ ٹاپ سے وہ تنظیمیں ہٹائیں جو کونسل اب اسے نہیں بھیجتی۔ جن تنظیموں کا کام ابھی بھیجا نہیں گیا وہ رہتی ہیں۔</translation>
        </message>
        <message>
            <source>Changed both here and at the council</source>
            <translation>یہاں اور کونسل دونوں میں بدلا گیا</translation>
        </message>
        <message>
            <source>Fields this laptop and the council both changed; the later change was kept.</source>
            <translation>وہ خانے جو اس لیپ ٹاپ اور کونسل دونوں نے بدلے؛ بعد والی تبدیلی رکھی گئی۔</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>دوسری قدر استعمال کریں</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>رکھیں</translation>
        </message>
        <message>
            <source>Field pack imported</source>
            <translation>فیلڈ پیک امپورٹ ہو گیا</translation>
        </message>
        <message>
            <source>The council sent back 1 assessment with issues: see the Review column on Assessments.</source>
            <translation>کونسل نے 1 جائزہ مسائل کے ساتھ واپس بھیجا: جائزے کے صفحے پر نظرِ ثانی کا کالم دیکھیں۔</translation>
        </message>
        <message>
            <source>Field pack import cancelled</source>
            <translation>فیلڈ پیک کی امپورٹ منسوخ ہو گئی</translation>
        </message>
        <message>
            <source>1 organisation removed from this laptop.</source>
            <translation>اس لیپ ٹاپ سے 1 تنظیم ہٹا دی گئی۔</translation>
        </message>
        <message>
            <source>the organisations you worked with</source>
            <translation>وہ تنظیمیں جن کے ساتھ آپ نے کام کیا</translation>
        </message>
        <message>
            <source>It had been imported before, so it changed nothing.</source>
            <translation>یہ پہلے امپورٹ ہو چکا تھا، اس لیے اس نے کچھ نہیں بدلا۔</translation>
        </message>
        <message>
            <source>this laptop's</source>
            <translation>اس لیپ ٹاپ کا</translation>
        </message>
        <message>
            <source>This laptop trusts no council yet: trust the council's key in Settings before importing a field pack.</source>
            <translation>یہ لیپ ٹاپ ابھی کسی کونسل پر بھروسہ نہیں کرتا: فیلڈ پیک امپورٹ کرنے سے پہلے ترتیبات میں کونسل کی کلید پر بھروسہ کریں۔</translation>
        </message>
        <message>
            <source>Forget 1 organisation…</source>
            <translation>1 تنظیم بھلا دیں…</translation>
        </message>
        <message>
            <source>That pack was imported before; nothing changed.</source>
            <translation>یہ پیک پہلے امپورٹ ہو چکا تھا؛ کچھ نہیں بدلا۔</translation>
        </message>
        <message>
            <source>The council sent back {count} assessments with issues: see the Review column on Assessments.</source>
            <translation>کونسل نے {count} جائزے مسائل کے ساتھ واپس بھیجے: جائزے کے صفحے پر نظرِ ثانی کا کالم دیکھیں۔</translation>
        </message>
        <message>
            <source>The council keeps them; a pack brings them back if they come into scope.</source>
            <translation>کونسل انہیں رکھتی ہے؛ اگر وہ دوبارہ دائرے میں آئیں تو پیک انہیں واپس لے آتا ہے۔</translation>
        </message>
        <message>
            <source>Last pack: number {number} from {council}, imported {when} ({organisations} in scope: {scope}).</source>
            <translation>آخری پیک: نمبر {number}، {council} کی طرف سے، {when} کو امپورٹ ہوا (دائرے میں {organisations}: {scope})۔</translation>
        </message>
        <message>
            <source>It brought nothing new.</source>
            <translation>اس میں کچھ نیا نہیں تھا۔</translation>
        </message>
        <message>
            <source>1 conflict found.</source>
            <translation>1 تضاد ملا۔</translation>
        </message>
        <message>
            <source>Remove {count} organisations outside this laptop's scope?</source>
            <translation>اس لیپ ٹاپ کے دائرے سے باہر {count} تنظیمیں ہٹا دیں؟</translation>
        </message>
        <message>
            <source>1 field changed both here and at the council: see the list below.</source>
            <translation>1 خانہ یہاں اور کونسل دونوں میں بدلا: نیچے فہرست دیکھیں۔</translation>
        </message>
        <message>
            <source>{count} organisations removed from this laptop.</source>
            <translation>اس لیپ ٹاپ سے {count} تنظیمیں ہٹا دی گئیں۔</translation>
        </message>
        <message>
            <source>wards: {wards}</source>
            <translation>وارڈز: {wards}</translation>
        </message>
        <message>
            <source>Field packs are accepted from {name} (key {fingerprint}).</source>
            <translation>فیلڈ پیک {name} سے قبول کیے جاتے ہیں (کلید {fingerprint})۔</translation>
        </message>
        <message>
            <source>Forget {count} organisations…</source>
            <translation>{count} تنظیمیں بھلا دیں…</translation>
        </message>
        <message>
            <source>The pack was not imported: {reason}</source>
            <translation>پیک امپورٹ نہیں ہوا: {reason}</translation>
        </message>
        <message>
            <source>Field pack imported: {added} records added, {updated} updated.</source>
            <translation>فیلڈ پیک امپورٹ ہو گیا: {added} ریکارڈ شامل ہوئے، {updated} تازہ ہوئے۔</translation>
        </message>
        <message>
            <source>added {what}</source>
            <translation>شامل ہوئے: {what}</translation>
        </message>
        <message>
            <source>updated {what}</source>
            <translation>تازہ ہوئے: {what}</translation>
        </message>
        <message>
            <source>It {changes}.</source>
            <translation>تبدیلیاں: {changes}۔</translation>
        </message>
        <message>
            <source>New form versions: {forms}.</source>
            <translation>فارم کے نئے ورژن: {forms}۔</translation>
        </message>
        <message>
            <source>Also updated: {what}.</source>
            <translation>یہ بھی تازہ ہوئے: {what}۔</translation>
        </message>
        <message>
            <source>Cancelled while storing results: the {count} results not stored yet are worked out when a screen needs them.</source>
            <translation>نتائج محفوظ کرتے وقت منسوخ: جو {count} نتائج ابھی محفوظ نہیں ہوئے وہ تب نکالے جائیں گے جب کسی اسکرین کو ان کی ضرورت ہو۔</translation>
        </message>
        <message>
            <source>{count} conflicts found.</source>
            <translation>{count} تضادات ملے۔</translation>
        </message>
        <message>
            <source>{count} fields changed both here and at the council: see the list below.</source>
            <translation>{count} خانے یہاں اور کونسل دونوں میں بدلے: نیچے فہرست دیکھیں۔</translation>
        </message>
    </context>
    <context>
        <name>CouncilTrust</name>
        <message>
            <source>Choose the council's device file</source>
            <translation>کونسل کی ڈیوائس فائل منتخب کریں</translation>
        </message>
        <message>
            <source>Device file (*.json);;All files (*)</source>
            <translation>ڈیوائس فائل (*.json);;سب فائلیں (*)</translation>
        </message>
        <message>
            <source>Trust the council's key</source>
            <translation>کونسل کی کلید پر بھروسہ کریں</translation>
        </message>
        <message>
            <source>They match: trust it</source>
            <translation>یہ ملتے ہیں: بھروسہ کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Replace the council key</source>
            <translation>کونسل کی کلید بدلیں</translation>
        </message>
        <message>
            <source>Replace the key</source>
            <translation>کلید بدلیں</translation>
        </message>
        <message>
            <source>Keep the old key</source>
            <translation>پرانی کلید رکھیں</translation>
        </message>
        <message>
            <source>Council key (field packs)</source>
            <translation>کونسل کی کلید (فیلڈ پیک)</translation>
        </message>
        <message>
            <source>Trust the council's key…</source>
            <translation>کونسل کی کلید پر بھروسہ کریں…</translation>
        </message>
        <message>
            <source>Choose the device file saved on the council's computer (Sync, Save device file…)</source>
            <translation>کونسل کے کمپیوٹر پر محفوظ کی گئی ڈیوائس فائل منتخب کریں (ہم آہنگی، ڈیوائس فائل محفوظ کریں…)</translation>
        </message>
        <message>
            <source>No council trusted yet. Field packs are imported only from the council whose key this laptop trusts.</source>
            <translation>ابھی کسی کونسل پر بھروسہ نہیں کیا گیا۔ فیلڈ پیک صرف اس کونسل سے امپورٹ ہوتے ہیں جس کی کلید پر یہ لیپ ٹاپ بھروسہ کرتا ہے۔</translation>
        </message>
        <message>
            <source>The council key was not trusted; nothing changed.</source>
            <translation>کونسل کی کلید پر بھروسہ نہیں کیا گیا؛ کچھ نہیں بدلا۔</translation>
        </message>
        <message>
            <source>Trust field packs from {name}?</source>
            <translation>{name} کے فیلڈ پیکس پر بھروسہ کریں؟</translation>
        </message>
        <message>
            <source>Key fingerprint:
{fingerprint}

Compare it, group by group, with the fingerprint on the council's computer (its Settings page). Trust it only if they are the same.</source>
            <translation>کلید کا فنگر پرنٹ:
{fingerprint}

اسے، گروپ بہ گروپ، کونسل کے کمپیوٹر پر موجود فنگر پرنٹ (اس کا ترتیبات کا صفحہ) سے ملائیں۔ بھروسہ صرف تب کریں جب دونوں ایک جیسے ہوں۔</translation>
        </message>
        <message>
            <source>Replace the trusted key of {name}?</source>
            <translation>{name} کی بھروسہ مند کلید بدلیں؟</translation>
        </message>
        <message>
            <source>Now trusted: {old}
New key: {new}

Packs signed with the old key will be refused. Do this only if the council told you its key changed. The change is recorded and sent to the council.</source>
            <translation>اب بھروسہ مند: {old}
نئی کلید: {new}

پرانی کلید سے دستخط شدہ پیک رد ہو جائیں گے۔ یہ صرف تب کریں جب کونسل نے آپ کو بتایا ہو کہ اس کی کلید بدل گئی ہے۔ یہ تبدیلی درج ہو کر کونسل کو بھیجی جاتی ہے۔</translation>
        </message>
        <message>
            <source>This laptop now accepts field packs from {name} ({fingerprint}).</source>
            <translation>یہ لیپ ٹاپ اب {name} ({fingerprint}) کے فیلڈ پیک قبول کرتا ہے۔</translation>
        </message>
        <message>
            <source>Packs are accepted from {name}
Key fingerprint {fingerprint}</source>
            <translation>پیک {name} سے قبول کیے جاتے ہیں
کلید کا فنگر پرنٹ {fingerprint}</translation>
        </message>
        <message>
            <source>{name}'s key is still the one trusted.</source>
            <translation>{name} کی کلید ہی اب بھی بھروسہ مند ہے۔</translation>
        </message>
    </context>
    <context>
        <name>DeviceStatus</name>
        <message>
            <source>local</source>
            <translation>مقامی</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>درج شدہ</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>منتظر</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>منسوخ شدہ</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>Trusted</source>
            <translation>قابلِ بھروسہ</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>منظوری کا منتظر</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>منسوخ شدہ</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>یہ کمپیوٹر</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>فنگر پرنٹ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Last bundle</source>
            <translation>آخری بنڈل</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>منتظر</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>خلا</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>کب سے</translation>
        </message>
        <message>
            <source>Trusted (no bundle yet)</source>
            <translation>قابلِ بھروسہ (ابھی کوئی بنڈل نہیں)</translation>
        </message>
        <message>
            <source>Bundles are imported only from trusted devices. Enrol a laptop from the device file it saves on its Sync page; a bundle from a device nobody enrolled waits until you approve the device here, after comparing its fingerprint with the laptop's.</source>
            <translation>بنڈل صرف قابلِ بھروسہ ڈیوائسز سے امپورٹ ہوتے ہیں۔ لیپ ٹاپ کا اندراج اس ڈیوائس فائل سے کریں جو وہ اپنے ہم آہنگی کے صفحے پر محفوظ کرتا ہے؛ جس ڈیوائس کا کسی نے اندراج نہیں کیا اس کا بنڈل تب تک انتظار کرتا ہے جب تک آپ لیپ ٹاپ کے فنگر پرنٹ سے ملا کر یہاں ڈیوائس منظور نہ کریں۔</translation>
        </message>
        <message>
            <source>Enrol from device file…</source>
            <translation>ڈیوائس فائل سے اندراج کریں…</translation>
        </message>
        <message>
            <source>Approve and import its bundles…</source>
            <translation>منظور کر کے اس کے بنڈل امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>منسوخ کریں…</translation>
        </message>
        <message>
            <source>Name, fingerprint, status, last bundle number and missing bundles of each device</source>
            <translation>ہر ڈیوائس کا نام، فنگر پرنٹ، حیثیت، آخری بنڈل نمبر اور غائب بنڈل</translation>
        </message>
        <message>
            <source>Enrol a device</source>
            <translation>ڈیوائس کا اندراج کریں</translation>
        </message>
        <message>
            <source>Device files (*.json);;All files (*)</source>
            <translation>ڈیوائس فائلیں (*.json);;سب فائلیں (*)</translation>
        </message>
        <message>
            <source>import 1 waiting bundle</source>
            <translation>1 منتظر بنڈل امپورٹ کریں</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>نامعلوم</translation>
        </message>
        <message>
            <source>Revoke this device?</source>
            <translation>یہ ڈیوائس منسوخ کریں؟</translation>
        </message>
        <message>
            <source>Bundles it sends from now on will be rejected. What it sent before stays in the register.

Do this for a lost, stolen or retired laptop.</source>
            <translation>اب سے یہ جو بنڈل بھیجے گی وہ مسترد ہوں گے۔ جو پہلے بھیجا وہ رجسٹر میں رہے گا۔

یہ گم شدہ، چوری شدہ یا ریٹائر کیے گئے لیپ ٹاپ کے لیے کریں۔</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Keep trusting</source>
            <translation>بھروسہ برقرار رکھیں</translation>
        </message>
        <message>
            <source>missing {numbers}</source>
            <translation>غائب {numbers}</translation>
        </message>
        <message>
            <source>Approved; 1 waiting bundle imported.</source>
            <translation>منظور ہو گیا؛ 1 منتظر بنڈل امپورٹ ہوا۔</translation>
        </message>
        <message>
            <source>{name} is trusted now (fingerprint {fingerprint}). Its bundles will be imported.</source>
            <translation>{name} اب قابلِ بھروسہ ہے (فنگر پرنٹ {fingerprint})۔ اس کے بنڈل امپورٹ ہوں گے۔</translation>
        </message>
        <message>
            <source>import {count} waiting bundles</source>
            <translation>{count} منتظر بنڈل امپورٹ کریں</translation>
        </message>
        <message>
            <source>{name} approved; importing its waiting bundles…</source>
            <translation>{name} منظور ہو گئی؛ اس کے منتظر بنڈل امپورٹ ہو رہے ہیں…</translation>
        </message>
        <message>
            <source>Stop trusting “{name}”?</source>
            <translation>“{name}” پر بھروسہ ختم کریں؟</translation>
        </message>
        <message>
            <source>{name} is revoked: its future bundles will be rejected.</source>
            <translation>{name} منسوخ ہو گئی: اس کے آئندہ بنڈل مسترد ہوں گے۔</translation>
        </message>
        <message>
            <source>Approved; {count} waiting bundles imported.</source>
            <translation>منظور ہو گیا؛ {count} منتظر بنڈل امپورٹ ہوئے۔</translation>
        </message>
    </context>
    <context>
        <name>DraftMove</name>
        <message>
            <source>no longer asked</source>
            <translation>اب نہیں پوچھا جاتا</translation>
        </message>
        <message>
            <source>the answer no longer fits the statement</source>
            <translation>جواب اب بیان سے میل نہیں کھاتا</translation>
        </message>
        <message>
            <source>1 answer stays with the same statement.</source>
            <translation>1 جواب اسی بیان کے ساتھ رہتا ہے۔</translation>
        </message>
        <message>
            <source>Kept read-only, under “from the earlier version”</source>
            <translation>صرف پڑھنے کے لیے، ”پچھلے ورژن سے“ کے تحت محفوظ</translation>
        </message>
        <message>
            <source>(not scored; nothing is deleted)</source>
            <translation>(اسکور نہیں ہوتے؛ کچھ حذف نہیں ہوتا)</translation>
        </message>
        <message>
            <source>New statements that need an answer</source>
            <translation>نئے بیانات جن کا جواب ضروری ہے</translation>
        </message>
        <message>
            <source>(flagged in the review)</source>
            <translation>(جائزے میں نشان زد)</translation>
        </message>
        <message>
            <source>Move this draft to the new version</source>
            <translation>یہ مسودہ نئے ورژن میں منتقل کریں</translation>
        </message>
        <message>
            <source>What the move does</source>
            <translation>منتقلی کیا کرتی ہے</translation>
        </message>
        <message>
            <source>Move the draft</source>
            <translation>مسودہ منتقل کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>{count} answers stay with the same statement.</source>
            <translation>{count} جواب اپنے انہی بیانات کے ساتھ رہتے ہیں۔</translation>
        </message>
        <message>
            <source>Moved to the statement that replaces it</source>
            <translation>اس کی جگہ لینے والے بیان پر منتقل</translation>
        </message>
        <message>
            <source>Move this draft from version {from_version} to version {to_version} of the form?</source>
            <translation>یہ مسودہ فارم کے ورژن {from_version} سے ورژن {to_version} میں منتقل کریں؟</translation>
        </message>
    </context>
    <context>
        <name>FieldPacks</name>
        <message>
            <source>Pack</source>
            <translation>پیک</translation>
        </message>
        <message>
            <source>Built</source>
            <translation>بنایا گیا</translation>
        </message>
        <message>
            <source>For</source>
            <translation>کس کے لیے</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>تنظیمیں</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>بطور محفوظ</translation>
        </message>
        <message>
            <source>Save the field pack in which folder or USB stick?</source>
            <translation>فیلڈ پیک کس فولڈر یا USB اسٹک میں محفوظ کریں؟</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>سب کچھ</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>تبدیلیاں</translation>
        </message>
        <message>
            <source>Field packs</source>
            <translation>فیلڈ پیک</translation>
        </message>
        <message>
            <source>A field pack carries the council's organisations, completed assessments, forms, support offers and ward list to a laptop, signed with the council's key. Laptops import it from their Sync page. A pack for a laptop holds only what changed since its last pack.</source>
            <translation>فیلڈ پیک کونسل کی تنظیمیں، مکمل جائزے، فارم، مدد کی پیشکشیں اور وارڈز کی فہرست، کونسل کی کلید سے دستخط شدہ، لیپ ٹاپ تک لے جاتا ہے۔ لیپ ٹاپ اسے اپنے ہم آہنگی کے صفحے سے امپورٹ کرتے ہیں۔ کسی لیپ ٹاپ کے پیک میں صرف وہی ہوتا ہے جو اس کے پچھلے پیک کے بعد بدلا۔</translation>
        </message>
        <message>
            <source>New pack</source>
            <translation>نیا پیک</translation>
        </message>
        <message>
            <source>Wards</source>
            <translation>وارڈز</translation>
        </message>
        <message>
            <source>Everything, not only what changed since the laptop's last pack</source>
            <translation>سب کچھ، صرف وہ نہیں جو لیپ ٹاپ کے پچھلے پیک کے بعد بدلا</translation>
        </message>
        <message>
            <source>Build pack…</source>
            <translation>پیک بنائیں…</translation>
        </message>
        <message>
            <source>Choose a folder or USB stick and write the pack there (Ctrl+B)</source>
            <translation>کوئی فولڈر یا USB اسٹک منتخب کریں اور پیک وہاں لکھیں (Ctrl+B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Packs built here</source>
            <translation>یہاں بنائے گئے پیک</translation>
        </message>
        <message>
            <source>No packs built yet.</source>
            <translation>ابھی کوئی پیک نہیں بنایا گیا۔</translation>
        </message>
        <message>
            <source>Any laptop (everything in scope)</source>
            <translation>کوئی بھی لیپ ٹاپ (دائرے کا سب کچھ)</translation>
        </message>
        <message>
            <source>everything in scope</source>
            <translation>دائرے کا سب کچھ</translation>
        </message>
        <message>
            <source>the changes since its last pack</source>
            <translation>اس کے پچھلے پیک کے بعد کی تبدیلیاں</translation>
        </message>
        <message>
            <source>Field pack cancelled</source>
            <translation>فیلڈ پیک منسوخ ہو گیا</translation>
        </message>
        <message>
            <source>Choose the laptop whose organisations the pack should hold</source>
            <translation>وہ لیپ ٹاپ منتخب کریں جس کی تنظیمیں پیک میں ہونی چاہییں</translation>
        </message>
        <message>
            <source>wards: {wards}</source>
            <translation>وارڈز: {wards}</translation>
        </message>
        <message>
            <source>any laptop</source>
            <translation>کوئی بھی لیپ ٹاپ</translation>
        </message>
        <message>
            <source>Field pack {number} saved as {path}: {what}, {organisations} in scope, {records}.</source>
            <translation>فیلڈ پیک {number} بطور {path} محفوظ ہو گیا: {what}؛ دائرے میں: {organisations}؛ {records}۔</translation>
        </message>
        <message>
            <source>Field pack {number} saved</source>
            <translation>فیلڈ پیک {number} محفوظ ہو گیا</translation>
        </message>
        <message>
            <source>all</source>
            <translation>سب</translation>
        </message>
        <message>
            <source>worked-with</source>
            <translation>جن کے ساتھ کام کیا</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>دوسرے نام</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>قانونی شکل</translation>
        </message>
        <message>
            <source>Legal form (other)</source>
            <translation>قانونی شکل (دیگر)</translation>
        </message>
        <message>
            <source>Charity number</source>
            <translation>چیریٹی نمبر</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>کمپنی نمبر</translation>
        </message>
        <message>
            <source>Mutuals register number</source>
            <translation>میوچولز رجسٹر نمبر</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>پتہ</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>قصبہ</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>پوسٹ کوڈ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>وارڈ</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>وارڈز کی فہرست</translation>
        </message>
        <message>
            <source>District committee area</source>
            <translation>ضلعی کمیٹی کا علاقہ</translation>
        </message>
        <message>
            <source>Areas of benefit</source>
            <translation>فائدے کے علاقے</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>موضوعات</translation>
        </message>
        <message>
            <source>Who benefits</source>
            <translation>کون فائدہ اٹھاتا ہے</translation>
        </message>
        <message>
            <source>Who benefits (other)</source>
            <translation>کون فائدہ اٹھاتا ہے (دیگر)</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>قیام کا سال</translation>
        </message>
        <message>
            <source>Annual income</source>
            <translation>سالانہ آمدنی</translation>
        </message>
        <message>
            <source>Trustees / committee members</source>
            <translation>ٹرسٹیز / کمیٹی ارکان</translation>
        </message>
        <message>
            <source>Paid staff (FTE)</source>
            <translation>تنخواہ دار عملہ (FTE)</translation>
        </message>
        <message>
            <source>Regular volunteers</source>
            <translation>باقاعدہ رضاکار</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>بینک اکاؤنٹ</translation>
        </message>
        <message>
            <source>Bank signatories</source>
            <translation>بینک کے دستخط کنندگان</translation>
        </message>
        <message>
            <source>Policies held</source>
            <translation>موجود پالیسیاں</translation>
        </message>
        <message>
            <source>Insurance held</source>
            <translation>موجود بیمہ</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>دلچسپی</translation>
        </message>
        <message>
            <source>Building for asset transfer</source>
            <translation>اثاثہ منتقلی کے لیے عمارت</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>رابطے کا نام</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>رابطہ شخص کا کردار</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>رابطے کا ای میل</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>رابطے کا فون</translation>
        </message>
        <message>
            <source>Contact's preferred language</source>
            <translation>رابطہ شخص کی پسندیدہ زبان</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>رضامندی کی تاریخ</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>رضامندی کیسے دی گئی</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>رضامندی کس چیز کی ہے</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>GAP حیثیت</translation>
        </message>
        <message>
            <source>GAP status date</source>
            <translation>GAP حیثیت کی تاریخ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Register organisations and run health checks and CAT readiness assessments with groups, then send the work to the council.</source>
            <translation>تنظیموں کو رجسٹر کریں، گروپوں کے ساتھ صحت کی جانچ اور CAT تیاری کے جائزے کریں، پھر کام کونسل کو بھیجیں۔</translation>
        </message>
        <message>
            <source>Check your own group's health without a worker: a plain-English guide for each section, everyone rates privately, then you agree an action plan and send it to the council.</source>
            <translation>کسی ورکر کے بغیر اپنے گروپ کی صحت جانچیں: ہر حصے کے لیے آسان رہنمائی، ہر کوئی الگ سے درجہ دیتا ہے، پھر آپ ایک لائحہ عمل طے کر کے کونسل کو بھیجتے ہیں۔</translation>
        </message>
        <message>
            <source>Bring in the work of field laptops and groups, approve devices, settle conflicts and look across all organisations.</source>
            <translation>فیلڈ لیپ ٹاپس اور گروپوں کا کام لائیں، ڈیوائسز منظور کریں، ٹکراؤ حل کریں اور تمام تنظیموں کا جائزہ لیں۔</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(کوئی نہیں)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>منتخب کریں…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>واپس</translation>
        </message>
        <message>
            <source>e.g. Sam Ahmed</source>
            <translation>مثلاً Sam Ahmed</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>آپ کا نام</translation>
        </message>
        <message>
            <source>This laptop's name</source>
            <translation>اس لیپ ٹاپ کا نام</translation>
        </message>
        <message>
            <source>Council device file</source>
            <translation>کونسل کی ڈیوائس فائل</translation>
        </message>
        <message>
            <source>Council public key</source>
            <translation>کونسل کی پبلک کلید</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>شروع کریں</translation>
        </message>
        <message>
            <source>e.g. Kirklees Council</source>
            <translation>مثلاً Kirklees Council</translation>
        </message>
        <message>
            <source>Your council</source>
            <translation>آپ کی کونسل</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>کونسل</translation>
        </message>
        <message>
            <source>First laptop (optional)</source>
            <translation>پہلا لیپ ٹاپ (اختیاری)</translation>
        </message>
        <message>
            <source>Make the key and start</source>
            <translation>کلید بنائیں اور شروع کریں</translation>
        </message>
        <message>
            <source>The council's key pair was made:</source>
            <translation>کونسل کی کلیدوں کا جوڑا بنا دیا گیا:</translation>
        </message>
        <message>
            <source>The council's key pair was found (and kept):</source>
            <translation>کونسل کی کلیدوں کا جوڑا مل گیا (اور رکھ لیا گیا):</translation>
        </message>
        <message>
            <source>The council's key</source>
            <translation>کونسل کی کلید</translation>
        </message>
        <message>
            <source>Who is using GAP Field Kit?</source>
            <translation>GAP Field Kit کون استعمال کر رہا ہے؟</translation>
        </message>
        <message>
            <source>Change who uses this computer</source>
            <translation>یہ کمپیوٹر کون استعمال کرتا ہے، بدلیں</translation>
        </message>
        <message>
            <source>Welcome to GAP Field Kit</source>
            <translation>GAP Field Kit میں خوش آمدید</translation>
        </message>
        <message>
            <source>Who uses this computer?</source>
            <translation>یہ کمپیوٹر کون استعمال کرتا ہے؟</translation>
        </message>
        <message>
            <source>Who is using it on this computer? You can change this later in Settings.</source>
            <translation>اس کمپیوٹر پر اسے کون استعمال کر رہا ہے؟ آپ اسے بعد میں ترتیبات میں بدل سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>from {file}</source>
            <translation>{file} سے</translation>
        </message>
        <message>
            <source>The laptop's name is how the council sees this laptop's bundles. The council's device file (optional) lets this laptop accept the council's field packs; council.pub (optional) encrypts the bundles you send. Both come from the council; you can add them later in Settings and Sync.</source>
            <translation>لیپ ٹاپ کے نام سے کونسل اس لیپ ٹاپ کے بنڈل پہچانتی ہے۔ کونسل کی ڈیوائس فائل (اختیاری) اس لیپ ٹاپ کو کونسل کے فیلڈ پیک قبول کرنے دیتی ہے؛ council.pub (اختیاری) آپ کے بھیجے گئے بنڈلوں کو خفیہ کرتی ہے۔ دونوں کونسل سے ملتی ہیں؛ آپ انہیں بعد میں ترتیبات اور ہم آہنگی میں شامل کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>This is the self-assessment edition. It keeps one organisation, yours: a short registration, then the health check, a guide before each section, everyone rating privately, the results, an action plan and a PDF to keep. When you are ready, 'Send to the council' writes a locked file only the council can open.</source>
            <translation>یہ خود جائزے کا ایڈیشن ہے۔ اس میں ایک ہی تنظیم ہوتی ہے، آپ کی: مختصر رجسٹریشن، پھر صحت کی جانچ، ہر حصے سے پہلے رہنمائی، ہر کوئی الگ سے درجہ دیتا ہے، نتائج، لائحہ عمل اور رکھنے کے لیے ایک PDF۔ جب آپ تیار ہوں تو 'کونسل کو بھیجیں' ایک مقفل فائل لکھتا ہے جسے صرف کونسل کھول سکتی ہے۔</translation>
        </message>
        <message>
            <source>The council's public key comes with the app from your council (in its council-setup.json) or as a file called council.pub.</source>
            <translation>کونسل کی پبلک کلید آپ کی کونسل سے ایپ کے ساتھ آتی ہے (اس کی council-setup.json میں) یا council.pub نامی فائل کی صورت میں۔</translation>
        </message>
        <message>
            <source>The first laptop's device file is the one its Sync page saves (Save device file…); enrolling it means its bundles are trusted. More laptops are enrolled under Import → Devices.</source>
            <translation>پہلے لیپ ٹاپ کی ڈیوائس فائل وہ ہے جو اس کا ہم آہنگی کا صفحہ محفوظ کرتا ہے (ڈیوائس فائل محفوظ کریں…)؛ اس کے اندراج کا مطلب ہے کہ اس کے بنڈلوں پر بھروسہ کیا جاتا ہے۔ مزید لیپ ٹاپ درآمد ← ڈیوائسز میں درج کیے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>{made}

{private_key}
    stays on this computer; back it up safely.
{public_key}
    goes to every laptop and group (or in council-setup.json).

Fingerprint: {fingerprint}</source>
            <translation>{made}

{private_key}
    اسی کمپیوٹر پر رہتی ہے؛ اس کا محفوظ بیک اپ بنائیں۔
{public_key}
    ہر لیپ ٹاپ اور گروپ کو جاتی ہے (یا council-setup.json میں)۔

فنگر پرنٹ: {fingerprint}</translation>
        </message>
        <message>
            <source>Council setup file found: {description}</source>
            <translation>کونسل کی سیٹ اپ فائل ملی: {description}</translation>
        </message>
        <message>
            <source>GAP Field Kit makes the council's key pair in {folder}: council.key stays on this computer (back it up: without it, bundles sent to the council cannot be opened) and council.pub goes to every laptop and group. An existing council.key there is kept and used.</source>
            <translation>GAP Field Kit کونسل کی کلیدوں کا جوڑا {folder} میں بناتا ہے: council.key اسی کمپیوٹر پر رہتی ہے (اس کا بیک اپ رکھیں: اس کے بغیر کونسل کو بھیجے گئے بنڈل کھولے نہیں جا سکتے) اور council.pub ہر لیپ ٹاپ اور گروپ کو جاتی ہے۔ وہاں پہلے سے موجود council.key رکھی اور استعمال کی جاتی ہے۔</translation>
        </message>
        <message>
            <source>Enrolled the first laptop: {name}.</source>
            <translation>پہلا لیپ ٹاپ اندراج ہو گیا: {name}۔</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Form</source>
            <translation>فارم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ورژن</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>زبانیں</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>سوالات</translation>
        </message>
        <message>
            <source>&amp;Export as XLSForm…</source>
            <translation>XLSForm کے طور پر برآمد کریں…</translation>
        </message>
        <message>
            <source>Write the chosen form as an XLSForm for Kobo or ODK</source>
            <translation>منتخب فارم کو Kobo یا ODK کے لیے XLSForm کے طور پر لکھیں</translation>
        </message>
        <message>
            <source>&amp;Import an XLSForm…</source>
            <translation>XLSForm امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Turn an ODK or Kobo XLSForm into a form file</source>
            <translation>ODK یا Kobo کے XLSForm کو فارم فائل میں بدلیں</translation>
        </message>
        <message>
            <source>Import &amp;online answers…</source>
            <translation>آن لائن جوابات امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Bring in a Kobo or ODK Central CSV export of the chosen form as assessments</source>
            <translation>منتخب فارم کی Kobo یا ODK Central CSV برآمد کو جائزوں کے طور پر لائیں</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>فارم</translation>
        </message>
        <message>
            <source>The forms this app runs. A form can go to KoboToolbox or ODK as an XLSForm, so a group with a signal can also fill it in online.</source>
            <translation>وہ فارم جو یہ ایپ چلاتی ہے۔ کوئی فارم XLSForm کے طور پر KoboToolbox یا ODK پر جا سکتا ہے، تاکہ سگنل والا گروپ اسے آن لائن بھی بھر سکے۔</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>برآمد ہو رہی ہے</translation>
        </message>
        <message>
            <source>Importing the XLSForm</source>
            <translation>XLSForm امپورٹ ہو رہا ہے</translation>
        </message>
        <message>
            <source>Importing online answers</source>
            <translation>آن لائن جوابات امپورٹ ہو رہے ہیں</translation>
        </message>
        <message>
            <source>Choose a form first.</source>
            <translation>پہلے کوئی فارم منتخب کریں۔</translation>
        </message>
        <message>
            <source>Export as XLSForm</source>
            <translation>XLSForm کے طور پر برآمد کریں</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>XLSForm امپورٹ کریں</translation>
        </message>
        <message>
            <source>This form is a version of:</source>
            <translation>یہ فارم اس کا ایک ورژن ہے:</translation>
        </message>
        <message>
            <source>Save the form file</source>
            <translation>فارم فائل محفوظ کریں</translation>
        </message>
        <message>
            <source>Form file (*.yaml)</source>
            <translation>فارم فائل (*.yaml)</translation>
        </message>
        <message>
            <source>Choose the form the online answers were given on.</source>
            <translation>وہ فارم منتخب کریں جس پر آن لائن جوابات دیے گئے۔</translation>
        </message>
        <message>
            <source>Import online answers</source>
            <translation>آن لائن جوابات امپورٹ کریں</translation>
        </message>
        <message>
            <source>CSV export (*.csv)</source>
            <translation>CSV برآمد (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {file}: {count} questions.</source>
            <translation>{file} لکھ دی گئی: {count} سوالات۔</translation>
        </message>
        <message>
            <source>Wrote {file}: {form} as an XLSForm.</source>
            <translation>{file} لکھ دی گئی: {form} بطور XLSForm۔</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}.</source>
            <translation>{file} لکھی نہیں جا سکی: {reason}۔</translation>
        </message>
        <message>
            <source>Left out ({count}):</source>
            <translation>چھوڑ دیا گیا ({count}):</translation>
        </message>
    </context>
    <context>
        <name>Funds</name>
        <message>
            <source>Save the registration to see the funds this organisation could apply to.</source>
            <translation>رجسٹریشن محفوظ کریں تاکہ وہ فنڈ نظر آئیں جن کے لیے یہ تنظیم درخواست دے سکتی ہے۔</translation>
        </message>
        <message>
            <source>Start a health check first: actions go on an assessment's plan.</source>
            <translation>پہلے صحت کا جائزہ شروع کریں: اقدامات کسی جائزے کے لائحہ عمل میں جاتے ہیں۔</translation>
        </message>
        <message>
            <source>There is no such assessment yet: use “Start assessment…” to run one.</source>
            <translation>ابھی ایسا کوئی جائزہ نہیں: ایک کرنے کے لیے “Start assessment…” استعمال کریں۔</translation>
        </message>
        <message>
            <source>the {assessment} of {date}</source>
            <translation>{date} کا {assessment}</translation>
        </message>
        <message>
            <source>Added to the action plan: {action}</source>
            <translation>لائحہ عمل میں شامل کیا گیا: {action}</translation>
        </message>
        <message>
            <source>This assessment is deleted; restore it to add to its plan.</source>
            <translation>یہ جائزہ حذف ہو چکا ہے؛ اس کے لائحہ عمل میں شامل کرنے کے لیے اسے بحال کریں۔</translation>
        </message>
        <message>
            <source>this assessment</source>
            <translation>یہ جائزہ</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>a health check</source>
            <translation>صحت کا ایک جائزہ</translation>
        </message>
        <message>
            <source>apply any time</source>
            <translation>کسی بھی وقت درخواست دیں</translation>
        </message>
        <message>
            <source>a CAT readiness check</source>
            <translation>CAT کی تیاری کا ایک جائزہ</translation>
        </message>
        <message>
            <source>Eligibility here is a guide, never a decision: the funder decides.</source>
            <translation>یہاں اہلیت صرف رہنمائی ہے، فیصلہ نہیں: فیصلہ فنڈ دینے والا کرتا ہے۔</translation>
        </message>
        <message>
            <source>Funding you could apply for</source>
            <translation>فنڈنگ جس کے لیے آپ درخواست دے سکتے ہیں</translation>
        </message>
        <message>
            <source>Choose an organisation to see the funds it could apply to.</source>
            <translation>ایک تنظیم چنیں تاکہ وہ فنڈ نظر آئیں جن کے لیے وہ درخواست دے سکتی ہے۔</translation>
        </message>
        <message>
            <source>Eligibility is a guide</source>
            <translation>اہلیت صرف رہنمائی ہے</translation>
        </message>
        <message>
            <source>Add as action</source>
            <translation>اقدام کے طور پر شامل کریں</translation>
        </message>
        <message>
            <source>In the plan</source>
            <translation>لائحہ عمل میں ہے</translation>
        </message>
        <message>
            <source>This is on the action plan already.</source>
            <translation>یہ پہلے ہی لائحہ عمل میں ہے۔</translation>
        </message>
        <message>
            <source>next deadline {date}</source>
            <translation>اگلی آخری تاریخ {date}</translation>
        </message>
        <message>
            <source>closed on {date}</source>
            <translation>{date} کو بند ہو گیا</translation>
        </message>
        <message>
            <source>the CAT readiness statement “{statement}”</source>
            <translation>CAT کی تیاری کا بیان “{statement}”</translation>
        </message>
        <message>
            <source>the CAT readiness section “{section}”</source>
            <translation>CAT کی تیاری کا حصہ “{section}”</translation>
        </message>
        <message>
            <source>Funds file last updated {date}.</source>
            <translation>فنڈز کی فائل آخری بار {date} کو تازہ کی گئی۔</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>فنڈز</translation>
        </message>
        <message>
            <source>Funds you can apply to now</source>
            <translation>فنڈ جن کے لیے آپ ابھی درخواست دے سکتے ہیں</translation>
        </message>
        <message>
            <source>Funds you could apply to after…</source>
            <translation>فنڈ جن کے لیے آپ اس کے بعد درخواست دے سکیں گے…</translation>
        </message>
        <message>
            <source>the health check statement “{statement}”</source>
            <translation>صحت کے جائزے کا بیان “{statement}”</translation>
        </message>
        <message>
            <source>the health check section “{section}”</source>
            <translation>صحت کے جائزے کا حصہ “{section}”</translation>
        </message>
        <message>
            <source>None yet: the funds below say what would open them.</source>
            <translation>ابھی کوئی نہیں: نیچے دیے گئے فنڈ بتاتے ہیں کہ ان کا راستہ کیسے کھلے گا۔</translation>
        </message>
        <message>
            <source>Nothing stands in the way of the open funds.</source>
            <translation>کھلے فنڈز کے راستے میں کوئی رکاوٹ نہیں۔</translation>
        </message>
        <message>
            <source>Closed for now</source>
            <translation>فی الحال بند</translation>
        </message>
        <message>
            <source>Closed funds</source>
            <translation>بند فنڈ</translation>
        </message>
        <message>
            <source>Not met: {reason}</source>
            <translation>پوری نہیں ہوئی: {reason}</translation>
        </message>
        <message>
            <source>Add as action: {action}</source>
            <translation>اقدام کے طور پر شامل کریں: {action}</translation>
        </message>
        <message>
            <source>website</source>
            <translation>ویب سائٹ</translation>
        </message>
        <message>
            <source>There is no action plan to add to yet.</source>
            <translation>ابھی کوئی لائحہ عمل نہیں جس میں شامل کیا جائے۔</translation>
        </message>
        <message>
            <source>registration: {fields}</source>
            <translation>رجسٹریشن: {fields}</translation>
        </message>
        <message>
            <source>{action} — by {date}</source>
            <translation>{action} — {date} تک</translation>
        </message>
        <message>
            <source>Add “{action}” to the action plan of {plan}</source>
            <translation>“{action}” کو {plan} کے لائحہ عمل میں شامل کریں</translation>
        </message>
        <message>
            <source>help: {offer}</source>
            <translation>مدد: {offer}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>User guide</source>
            <translation>صارف رہنما</translation>
        </message>
        <message>
            <source>Running an assessment</source>
            <translation>جائزہ چلانا</translation>
        </message>
        <message>
            <source>Self-assessment for groups</source>
            <translation>گروپوں کے لیے خود جائزہ</translation>
        </message>
        <message>
            <source>Council setup file</source>
            <translation>کونسل سیٹ اپ فائل</translation>
        </message>
        <message>
            <source>Installing and packaging</source>
            <translation>انسٹال اور پیکیجنگ</translation>
        </message>
        <message>
            <source>Sync bundle format</source>
            <translation>ہم آہنگی بنڈل کی ساخت</translation>
        </message>
        <message>
            <source>GAP Field Kit help</source>
            <translation>GAP Field Kit مدد</translation>
        </message>
        <message>
            <source>Help documents</source>
            <translation>مدد کی دستاویزات</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>مدد کا متن</translation>
        </message>
        <message>
            <source>The help files were not found in {folder}. Reinstall GAP Field Kit.</source>
            <translation>مدد کی فائلیں {folder} میں نہیں ملیں۔ GAP Field Kit دوبارہ انسٹال کریں۔</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}.</source>
            <translation>{file} پڑھی نہیں جا سکتی: {error}۔</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>(removed)</source>
            <translation>(ہٹایا گیا)</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(حذف شدہ)</translation>
        </message>
        <message>
            <source>(restored)</source>
            <translation>(بحال)</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>بنایا گیا</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>تبدیل کیا</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حذف کیا</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>بحال کیا</translation>
        </message>
        <message>
            <source>Conflict settled</source>
            <translation>تضاد طے ہوا</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>دوبارہ کھولا</translation>
        </message>
        <message>
            <source>Erased at the person's request</source>
            <translation>فرد کی درخواست پر مٹایا گیا</translation>
        </message>
        <message>
            <source>Erased from the history</source>
            <translation>تاریخچے سے مٹایا گیا</translation>
        </message>
        <message>
            <source>Moved to a new version of the form</source>
            <translation>فارم کے نئے ورژن میں منتقل</translation>
        </message>
        <message>
            <source>Kept after the retention review</source>
            <translation>برقراری کے جائزے کے بعد رکھا گیا</translation>
        </message>
        <message>
            <source>The council confirmed receiving it</source>
            <translation>کونسل نے وصولی کی تصدیق کی</translation>
        </message>
        <message>
            <source>Council key trusted</source>
            <translation>کونسل کی کلید پر بھروسا کیا</translation>
        </message>
        <message>
            <source>Council key replaced</source>
            <translation>کونسل کی کلید بدلی گئی</translation>
        </message>
        <message>
            <source>Approved by the council</source>
            <translation>کونسل نے منظور کیا</translation>
        </message>
        <message>
            <source>Sent back by the council: has issues</source>
            <translation>کونسل نے واپس بھیجا: مسائل ہیں</translation>
        </message>
        <message>
            <source>Rejected by the council</source>
            <translation>کونسل نے مسترد کیا</translation>
        </message>
        <message>
            <source>Fixed and sent again</source>
            <translation>درست کر کے دوبارہ بھیجا</translation>
        </message>
        <message>
            <source>Review state set back to received</source>
            <translation>جائزے کی حیثیت واپس ”موصول“ پر</translation>
        </message>
        <message>
            <source>status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>completion time</source>
            <translation>مکمل ہونے کا وقت</translation>
        </message>
        <message>
            <source>statement in progress</source>
            <translation>زیرِ غور بیان</translation>
        </message>
        <message>
            <source>form</source>
            <translation>فارم</translation>
        </message>
        <message>
            <source>form version</source>
            <translation>فارم کا ورژن</translation>
        </message>
        <message>
            <source>CAT stage</source>
            <translation>CAT مرحلہ</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>رضامندی</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <source>don't know</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>آخری تاریخ</translation>
        </message>
        <message>
            <source>support offered</source>
            <translation>پیش کردہ مدد</translation>
        </message>
        <message>
            <source>review state</source>
            <translation>جائزے کی حیثیت</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودہ</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>عمل</translation>
        </message>
        <message>
            <source>made here</source>
            <translation>یہیں بنایا گیا</translation>
        </message>
        <message>
            <source>Made on this computer (or before arrivals were recorded).</source>
            <translation>اسی کمپیوٹر پر بنایا گیا (یا آمد کا اندراج شروع ہونے سے پہلے)۔</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>Carried over to the new form version</source>
            <translation>فارم کے نئے ورژن میں لے جایا گیا</translation>
        </message>
        <message>
            <source>Left with the old form version</source>
            <translation>پرانے فارم ورژن کے ساتھ رہ گیا</translation>
        </message>
        <message>
            <source>field pack</source>
            <translation>فیلڈ پیک</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>بنڈل</translation>
        </message>
        <message>
            <source>Bundle id {id}</source>
            <translation>بنڈل شناخت {id}</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>تبدیلیاں</translation>
        </message>
        <message>
            <source>How many changes</source>
            <translation>کتنی تبدیلیاں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>version {id}</source>
            <translation>ورژن {id}</translation>
        </message>
        <message>
            <source>Review: {state}</source>
            <translation>جائزہ: {state}</translation>
        </message>
        <message>
            <source>{where}: {subject}</source>
            <translation>{where}: {subject}</translation>
        </message>
        <message>
            <source>{action} {field}</source>
            <translation>{action}: {field}</translation>
        </message>
        <message>
            <source>{action}: {field}</source>
            <translation>{action}: {field}</translation>
        </message>
        <message>
            <source>{said} ({about})</source>
            <translation>{said} ({about})</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>آلہ {id}</translation>
        </message>
        <message>
            <source>{person} ({device})</source>
            <translation>{person} ({device})</translation>
        </message>
        <message>
            <source>{what} from {device}</source>
            <translation>{what}، {device} سے</translation>
        </message>
        <message>
            <source>Bundle id {id}, imported {when}</source>
            <translation>بنڈل شناخت {id}، درآمد {when}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کون</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>پہلے</translation>
        </message>
        <message>
            <source>After</source>
            <translation>بعد میں</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>ذریعہ</translation>
        </message>
        <message>
            <source>{action} {about}</source>
            <translation>{action}: {about}</translation>
        </message>
        <message>
            <source>bundle {number}</source>
            <translation>بنڈل {number}</translation>
        </message>
        <message>
            <source>{count} field</source>
            <translation>{count} خانہ</translation>
        </message>
        <message>
            <source>{count} fields</source>
            <translation>{count} خانے</translation>
        </message>
        <message>
            <source>field pack {number}</source>
            <translation>فیلڈ پیک {number}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} تبدیلی</translation>
        </message>
        <message>
            <source>{count} changes</source>
            <translation>{count} تبدیلیاں</translation>
        </message>
        <message>
            <source>{changes}, oldest first: who made each one (the person and their device), when, and the bundle that brought it here.</source>
            <translation>{changes}، پرانی پہلے: ہر ایک کس نے کی (فرد اور اس کا آلہ)، کب، اور کون سا بنڈل اسے یہاں لایا۔</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Merged</source>
            <translation>ضم ہو گیا</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>مسترد</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>منتظر</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>منظوری کا منتظر</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>پہلے ہی امپورٹ ہو چکا</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <source>From</source>
            <translation>کس سے</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>بنڈل</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>شامل</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>تازہ</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>بغیر تبدیلی</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>تضادات</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>کیا ہوا</translation>
        </message>
        <message>
            <source>From device</source>
            <translation>کس ڈیوائس سے</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>موصول</translation>
        </message>
        <message>
            <source>Why it waits</source>
            <translation>کیوں منتظر ہے</translation>
        </message>
        <message>
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>نامعلوم</translation>
        </message>
        <message>
            <source>the approved bundle</source>
            <translation>منظور شدہ بنڈل</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} اور {last}</translation>
        </message>
        <message>
            <source>Bundle {numbers} from {device} never arrived.</source>
            <translation>{device} کا بنڈل {numbers} کبھی نہیں پہنچا۔</translation>
        </message>
        <message>
            <source>Bundles {numbers} from {device} never arrived.</source>
            <translation>{device} کے بنڈل {numbers} کبھی نہیں پہنچے۔</translation>
        </message>
        <message>
            <source>Importing {name} ({number} of {count})</source>
            <translation>{name} امپورٹ ہو رہا ہے ({count} میں سے {number})</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>بنڈل امپورٹ کریں</translation>
        </message>
        <message>
            <source>Drop .gapkit bundles or a folder of them here, or choose them. Each bundle is checked (signature, hashes, every record) and merged in one go, or not at all.</source>
            <translation>.gapkit بنڈل یا ان کا فولڈر یہاں چھوڑیں، یا انہیں منتخب کریں۔ ہر بنڈل جانچا جاتا ہے (دستخط، ہیش، ہر ریکارڈ) اور ایک ہی بار میں ضم ہوتا ہے، یا بالکل نہیں۔</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>فائلیں امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>فولڈر امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>No bundles imported in this session yet.</source>
            <translation>اس نشست میں ابھی کوئی بنڈل امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>One row per bundle: what it added and changed</source>
            <translation>ہر بنڈل کی ایک قطار: اس نے کیا شامل کیا اور کیا بدلا</translation>
        </message>
        <message>
            <source>Approve device and import…</source>
            <translation>ڈیوائس منظور کر کے امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Bundles from devices not yet enrolled; approve the device to import them</source>
            <translation>ان ڈیوائسز کے بنڈل جن کا ابھی اندراج نہیں ہوا؛ امپورٹ کرنے کے لیے ڈیوائس منظور کریں</translation>
        </message>
        <message>
            <source>Registrations kept in a spreadsheet can be brought in too.</source>
            <translation>اسپریڈشیٹ میں رکھی گئی رجسٹریشنز بھی لائی جا سکتی ہیں۔</translation>
        </message>
        <message>
            <source>Import registrations from a spreadsheet…</source>
            <translation>اسپریڈشیٹ سے رجسٹریشنز امپورٹ کریں…</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>بنڈل</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>ڈیوائسز</translation>
        </message>
        <message>
            <source>Every import attempt</source>
            <translation>امپورٹ کی ہر کوشش</translation>
        </message>
        <message>
            <source>History</source>
            <translation>تاریخچہ</translation>
        </message>
        <message>
            <source>Sync bundles (*.gapkit);;All files (*)</source>
            <translation>ہم آہنگی کے بنڈل (*.gapkit);;سب فائلیں (*)</translation>
        </message>
        <message>
            <source>Import every bundle in a folder</source>
            <translation>فولڈر کے تمام بنڈل امپورٹ کریں</translation>
        </message>
        <message>
            <source>Importing 1 bundle…</source>
            <translation>1 بنڈل امپورٹ ہو رہا ہے…</translation>
        </message>
        <message>
            <source>import its bundle</source>
            <translation>اس کا بنڈل امپورٹ کریں</translation>
        </message>
        <message>
            <source>Approving the device and importing its bundle…</source>
            <translation>ڈیوائس کی منظوری اور اس کے بنڈل کی امپورٹ ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed by the bundle in progress.</source>
            <translation>منسوخ: زیرِ عمل بنڈل نے کچھ نہیں بدلا۔</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>درآمد</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>ایک امپورٹ پہلے سے چل رہی ہے؛ اس کے ختم ہونے کا انتظار کریں۔</translation>
        </message>
        <message>
            <source>Bundles merged: {count}</source>
            <translation>ضم شدہ بنڈل: {count}</translation>
        </message>
        <message>
            <source>{count} already imported before (nothing changed)</source>
            <translation>{count} پہلے ہی امپورٹ ہو چکے تھے (کچھ نہیں بدلا)</translation>
        </message>
        <message>
            <source>{count} rejected (see the red rows)</source>
            <translation>{count} مسترد (سرخ قطاریں دیکھیں)</translation>
        </message>
        <message>
            <source>{count} waiting for approval</source>
            <translation>{count} منظوری کے منتظر</translation>
        </message>
        <message>
            <source>Waiting for approval ({count})</source>
            <translation>منظوری کے منتظر ({count})</translation>
        </message>
        <message>
            <source>Importing {count} bundles…</source>
            <translation>{count} بنڈل امپورٹ ہو رہے ہیں…</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>یہ ڈیوائس</translation>
        </message>
        <message>
            <source>Cancelling… the import is kept; the results not stored yet are worked out when a screen needs them.</source>
            <translation>منسوخ کیا جا رہا ہے… امپورٹ برقرار ہے؛ جو نتائج ابھی محفوظ نہیں ہوئے وہ تب نکالے جائیں گے جب کسی اسکرین کو ان کی ضرورت ہو۔</translation>
        </message>
        <message>
            <source>Cancelling… the bundle being merged is rolled back.</source>
            <translation>منسوخ ہو رہا ہے… ضم ہوتا ہوا بنڈل واپس لے لیا جاتا ہے۔</translation>
        </message>
        <message>
            <source>Cancelled while storing results. {summary} The import is kept; the {count} results not stored yet are worked out when a screen needs them.</source>
            <translation>نتائج محفوظ کرتے وقت منسوخ۔ {summary} امپورٹ برقرار ہے؛ جو {count} نتائج ابھی محفوظ نہیں ہوئے وہ تب نکالے جائیں گے جب کسی اسکرین کو ان کی ضرورت ہو۔</translation>
        </message>
        <message>
            <source>Something went wrong while importing; the bundle in progress was rolled back, so nothing was half-imported. The details are in the log. ({detail})</source>
            <translation>امپورٹ کے دوران کچھ غلط ہو گیا؛ زیرِ عمل بنڈل واپس لے لیا گیا، اس لیے کچھ بھی آدھا امپورٹ نہیں ہوا۔ تفصیلات لاگ میں ہیں۔ ({detail})</translation>
        </message>
        <message>
            <source>records added: {added}, updated: {updated}, conflicts: {conflicts}</source>
            <translation>شامل ریکارڈ: {added}، تازہ: {updated}، تضادات: {conflicts}</translation>
        </message>
        <message>
            <source>Cancelled. {summary} The bundle being merged when you cancelled was not changed.</source>
            <translation>منسوخ۔ {summary} منسوخ کرتے وقت ضم ہوتا ہوا بنڈل نہیں بدلا۔</translation>
        </message>
        <message>
            <source>Storing results: {done} of {total}</source>
            <translation>نتائج محفوظ ہو رہے ہیں: {total} میں سے {done}</translation>
        </message>
    </context>
    <context>
        <name>ImportCsv</name>
        <message>
            <source>Will be added</source>
            <translation>شامل کیا جائے گا</translation>
        </message>
        <message>
            <source>Will update</source>
            <translation>تازہ کرے گا</translation>
        </message>
        <message>
            <source>Already up to date</source>
            <translation>پہلے سے تازہ</translation>
        </message>
        <message>
            <source>Bad row</source>
            <translation>خراب قطار</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>شامل کیا گیا</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>تازہ کیا گیا</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>بغیر تبدیلی</translation>
        </message>
        <message>
            <source>Import registrations from a spreadsheet</source>
            <translation>اسپریڈشیٹ سے رجسٹریشنز امپورٹ کریں</translation>
        </message>
        <message>
            <source>Choose a CSV or Excel file with one organisation a row and a header row. Each column is matched to a registration field by its name; change any that are wrong. Rows for organisations already registered (same charity, company or mutuals number, or same name and postcode) update them instead of adding them twice.</source>
            <translation>ایک CSV یا ایکسل فائل منتخب کریں جس میں ہر قطار میں ایک تنظیم اور ایک سرخی کی قطار ہو۔ ہر کالم اپنے نام سے رجسٹریشن کے کسی خانے سے ملایا جاتا ہے؛ جو غلط ہوں انہیں بدل دیں۔ پہلے سے رجسٹرڈ تنظیموں کی قطاریں (وہی چیریٹی، کمپنی یا میوچولز نمبر، یا وہی نام اور پوسٹ کوڈ) انہیں دوبارہ شامل کرنے کے بجائے تازہ کرتی ہیں۔</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>کوئی فائل منتخب نہیں</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>فائل منتخب کریں…</translation>
        </message>
        <message>
            <source>What happens to each row; bad rows say why</source>
            <translation>ہر قطار کے ساتھ کیا ہو گا؛ خراب قطاریں وجہ بتاتی ہیں</translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>یہ دیکھنے کے لیے فائل منتخب کریں کہ کیا امپورٹ ہو گا۔</translation>
        </message>
        <message>
            <source>All or nothing: import only if every row is good</source>
            <translation>سب یا کچھ نہیں: صرف تب امپورٹ کریں جب ہر قطار درست ہو</translation>
        </message>
        <message>
            <source>Skip bad rows: import the good rows, leave the bad ones out</source>
            <translation>خراب قطاریں چھوڑیں: درست قطاریں امپورٹ کریں، خراب باہر رکھیں</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>امپورٹ کریں</translation>
        </message>
        <message>
            <source>Registration spreadsheet</source>
            <translation>رجسٹریشن اسپریڈشیٹ</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>اسپریڈشیٹس (*.csv *.xlsx);;CSV فائلیں (*.csv);;سب فائلیں (*)</translation>
        </message>
        <message>
            <source>changes {fields} (matched on {key})</source>
            <translation>{fields} بدلتا ہے ({key} سے ملایا گیا)</translation>
        </message>
        <message>
            <source>matched on {key}</source>
            <translation>{key} سے ملایا گیا</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>کالم</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>کالم</translation>
        </message>
        <message>
            <source>Registration field</source>
            <translation>رجسٹریشن کا خانہ</translation>
        </message>
        <message>
            <source>First row</source>
            <translation>پہلی قطار</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>قطاریں</translation>
        </message>
        <message>
            <source>(leave out)</source>
            <translation>(چھوڑ دیں)</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>ہر قطار کی جانچ ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>امپورٹ ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>سطر</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>تفصیلات</translation>
        </message>
        <message>
            <source>Some rows are bad: fix them in the file, or choose Skip bad rows.</source>
            <translation>کچھ قطاریں خراب ہیں: انہیں فائل میں درست کریں، یا "خراب قطاریں چھوڑیں" منتخب کریں۔</translation>
        </message>
        <message>
            <source>Left out: {columns}.</source>
            <translation>چھوڑ دیے گئے: {columns}۔</translation>
        </message>
        <message>
            <source>{summary} (read as {encoding})</source>
            <translation>{summary} ({encoding} کے طور پر پڑھا گیا)</translation>
        </message>
    </context>
    <context>
        <name>Inputs</name>
        <message>
            <source>Not answered</source>
            <translation>جواب نہیں دیا</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>تجویز کردہ</translation>
        </message>
        <message>
            <source>Type the answer here. Ctrl+Enter goes to the next statement.</source>
            <translation>جواب یہاں لکھیں۔ Ctrl+Enter اگلے بیان پر لے جاتا ہے۔</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>لاگو نہیں ہوتا</translation>
        </message>
        <message>
            <source>This does not apply to us.</source>
            <translation>یہ ہم پر لاگو نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>Press {key}</source>
            <translation>{key} دبائیں</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Something went wrong inside GAP Field Kit. Nothing you entered was lost: every change is saved as you make it. The details are in the log file {log}.</source>
            <translation>GAP Field Kit کے اندر کچھ غلط ہو گیا۔ آپ کا لکھا کچھ بھی ضائع نہیں ہوا: ہر تبدیلی ساتھ ساتھ محفوظ ہوتی ہے۔ تفصیل لاگ فائل {log} میں ہے۔</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>کچھ غلط ہو گیا</translation>
        </message>
        <message>
            <source>GAP Field Kit cannot open your data</source>
            <translation>GAP Field Kit آپ کا ڈیٹا نہیں کھول سکتا</translation>
        </message>
        <message>
            <source>About GAP Field Kit</source>
            <translation>GAP Field Kit کے بارے میں</translation>
        </message>
        <message>
            <source>GAP Field Kit — council</source>
            <translation>GAP Field Kit — کونسل</translation>
        </message>
        <message>
            <source>GAP Field Kit — self-assessment</source>
            <translation>GAP Field Kit — خود جائزہ</translation>
        </message>
        <message>
            <source>Our group</source>
            <translation>ہمارا گروپ</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>تنظیمیں</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>جائزے</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ہم آہنگی</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>درآمد</translation>
        </message>
        <message>
            <source>Field packs</source>
            <translation>فیلڈ پیک</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>تضادات</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>فارم</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>GAP Field Kit</source>
            <translation>GAP Field Kit</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>صفحات</translation>
        </message>
        <message>
            <source>Choose a page; Ctrl+1 to Ctrl+9 jump to a page.</source>
            <translation>صفحہ منتخب کریں؛ Ctrl+1 تا Ctrl+9 سے سیدھا صفحے پر جائیں۔</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>صفحہ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مدد</translation>
        </message>
        <message>
            <source>User guide (Ctrl+F1), council setup file, About GAP Field Kit</source>
            <translation>صارف رہنما (Ctrl+F1)، کونسل کی سیٹ اپ فائل، GAP Field Kit کے بارے میں</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>{page} پر جائیں</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>صارف رہنما</translation>
        </message>
        <message>
            <source>Council setup file</source>
            <translation>کونسل کی سیٹ اپ فائل</translation>
        </message>
        <message>
            <source>Opening your data</source>
            <translation>آپ کا ڈیٹا کھل رہا ہے</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>آپ کا ڈیٹا کھل رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>Matched</name>
        <message>
            <source>charity number</source>
            <translation>چیریٹی نمبر</translation>
        </message>
        <message>
            <source>company number</source>
            <translation>کمپنی نمبر</translation>
        </message>
        <message>
            <source>mutuals register number</source>
            <translation>میوچولز رجسٹر نمبر</translation>
        </message>
        <message>
            <source>name and postcode</source>
            <translation>نام اور پوسٹ کوڈ</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The database {path} is damaged ({what}). Nothing was changed. Close GAP Field Kit, move the file aside and copy the newest file from {backups} in its place (renamed {file}); ask IT for help if there is none.</source>
            <translation>ڈیٹا بیس {path} خراب ہے ({what})۔ کچھ نہیں بدلا گیا۔ GAP Field Kit بند کریں، فائل کو ایک طرف ہٹائیں اور اس کی جگہ {backups} سے تازہ ترین فائل کاپی کریں (نام بدل کر {file})؛ اگر کوئی نہ ہو تو IT سے مدد مانگیں۔</translation>
        </message>
        <message>
            <source>The file {path} is not a GAP Field Kit database ({what}). Nothing was changed. Check the data folder (--data-dir or GAPKIT_DATA_DIR) points where you meant; if it does, move that file aside.</source>
            <translation>فائل {path} GAP Field Kit کا ڈیٹا بیس نہیں ({what})۔ کچھ نہیں بدلا گیا۔ دیکھیں کہ ڈیٹا فولڈر (‎--data-dir‎ یا GAPKIT_DATA_DIR) وہیں ہے جہاں آپ چاہتے تھے؛ اگر ہے تو اس فائل کو ایک طرف ہٹا دیں۔</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so GAP Field Kit cannot save. The database is not damaged. Free some space (empty the recycle bin, move old files off), then try again.</source>
            <translation>وہ ڈسک بھر گئی ہے جس پر {folder} ہے، اس لیے GAP Field Kit محفوظ نہیں کر سکتا۔ ڈیٹا بیس خراب نہیں ہے۔ کچھ جگہ خالی کریں (ری سائیکل بن خالی کریں، پرانی فائلیں کہیں اور منتقل کریں)، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written to (it is read-only, or you have no permission). The database is not damaged. Choose a folder you can write to, or ask IT to give you write access.</source>
            <translation>ڈیٹا فولڈر {folder} میں لکھا نہیں جا سکتا (یہ صرف پڑھنے کے لیے ہے، یا آپ کو اجازت نہیں)۔ ڈیٹا بیس خراب نہیں ہے۔ ایسا فولڈر چنیں جس میں آپ لکھ سکیں، یا IT سے لکھنے کی اجازت مانگیں۔</translation>
        </message>
        <message>
            <source>The database {where} was written by a newer version of GAP Field Kit (schema {revision}; this version knows up to {known}). Install the newer version to open it. The database has not been changed.</source>
            <translation>ڈیٹا بیس {where} GAP Field Kit کے نئے ورژن نے لکھا ہے (اسکیما {revision}؛ یہ ورژن {known} تک جانتا ہے)۔ اسے کھولنے کے لیے نیا ورژن انسٹال کریں۔ ڈیٹا بیس نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>the file is empty, 0 bytes, though this folder was used before</source>
            <translation>فائل خالی ہے، 0 بائٹ، حالانکہ یہ فولڈر پہلے استعمال ہو چکا ہے</translation>
        </message>
        <message>
            <source>it is not an SQLite database file</source>
            <translation>یہ SQLite ڈیٹا بیس فائل نہیں</translation>
        </message>
        <message>
            <source>Cannot create the data folder {folder}: {reason}.</source>
            <translation>ڈیٹا فولڈر {folder} نہیں بن سکا: {reason}۔</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>فائل ادھوری ہے</translation>
        </message>
        <message>
            <source>it holds other tables ({tables}…)</source>
            <translation>اس میں دوسرے ٹیبل ہیں ({tables}…)</translation>
        </message>
        <message>
            <source>An action's outcome is one of: {outcomes}.</source>
            <translation>کسی کام کا نتیجہ ان میں سے ایک ہوتا ہے: {outcomes}۔</translation>
        </message>
        <message>
            <source>That assessment does not exist (it may have been deleted).</source>
            <translation>یہ جائزہ موجود نہیں (شاید اسے حذف کر دیا گیا ہو)۔</translation>
        </message>
        <message>
            <source>This assessment is completed, so its review of last time's actions is locked. Reopen it to make changes.</source>
            <translation>یہ جائزہ مکمل ہو چکا ہے، اس لیے پچھلی بار کے کاموں کا جائزہ مقفل ہے۔ تبدیلی کے لیے اسے دوبارہ کھولیں۔</translation>
        </message>
        <message>
            <source>That action is not in an earlier plan of this organisation.</source>
            <translation>یہ کام اس تنظیم کے کسی پچھلے منصوبے میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>An assessment reviews earlier plans, not its own.</source>
            <translation>جائزہ پچھلے منصوبوں کو دیکھتا ہے، اپنے منصوبے کو نہیں۔</translation>
        </message>
        <message>
            <source>Say what the action is (for example: write a reserves policy).</source>
            <translation>بتائیں کہ کام کیا ہے (مثال کے طور پر: ذخائر کی پالیسی لکھیں)۔</translation>
        </message>
        <message>
            <source>Action status must be one of: {statuses}.</source>
            <translation>کام کی حالت ان میں سے ایک ہونی چاہیے: {statuses}۔</translation>
        </message>
        <message>
            <source>'{language}' is not a language code.</source>
            <translation>'{language}' زبان کا کوڈ نہیں ہے۔</translation>
        </message>
        <message>
            <source>Unknown assessment kind '{kind}'. Choose one of: {kinds}.</source>
            <translation>جائزے کی نامعلوم قسم '{kind}'۔ ان میں سے ایک چنیں: {kinds}۔</translation>
        </message>
        <message>
            <source>Unknown mode '{mode}'. Choose facilitated or group.</source>
            <translation>نامعلوم طریقہ '{mode}'۔ facilitated یا group چنیں۔</translation>
        </message>
        <message>
            <source>The group has not agreed to their answers being kept and sent to the council. Ask for their agreement before starting, or stop here.</source>
            <translation>گروپ نے اپنے جوابات رکھنے اور کونسل کو بھیجنے پر رضامندی نہیں دی۔ شروع کرنے سے پہلے ان کی رضامندی لیں، یا یہیں رک جائیں۔</translation>
        </message>
        <message>
            <source>A group session needs at least one participant (for example P1).</source>
            <translation>گروپ سیشن کے لیے کم از کم ایک شریک ضروری ہے (مثلاً P1)۔</translation>
        </message>
        <message>
            <source>There is no {kind} form installed.</source>
            <translation>{kind} کا کوئی فارم انسٹال نہیں ہے۔</translation>
        </message>
        <message>
            <source>Each participant needs a label of their own (P1, P2, ...).</source>
            <translation>ہر شریک کا اپنا الگ لیبل ہونا چاہیے (P1، P2، ...)۔</translation>
        </message>
        <message>
            <source>Role '{role}' is not one of: {roles}.</source>
            <translation>کردار '{role}' ان میں سے نہیں ہے: {roles}۔</translation>
        </message>
        <message>
            <source>A participant needs a label, for example P4.</source>
            <translation>شریک کا لیبل ہونا ضروری ہے، مثلاً P4۔</translation>
        </message>
        <message>
            <source>Only rated statements take each participant's own rating.</source>
            <translation>صرف درجہ بندی والے بیانات ہر شریک کی اپنی درجہ بندی لیتے ہیں۔</translation>
        </message>
        <message>
            <source>{count} required statement(s) have no answer yet. Answer them (or choose "don't know") before completing.</source>
            <translation>{count} ضروری بیان(ات) کا ابھی تک کوئی جواب نہیں۔ مکمل کرنے سے پہلے ان کا جواب دیں (یا "معلوم نہیں" چنیں)۔</translation>
        </message>
        <message>
            <source>An action has no field {fields}.</source>
            <translation>کسی کام میں {fields} نام کا خانہ نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>This assessment is completed, so its answers are locked. Reopen it to make changes (the change will be recorded).</source>
            <translation>یہ جائزہ مکمل ہو چکا ہے، اس لیے اس کے جوابات مقفل ہیں۔ تبدیلی کے لیے اسے دوبارہ کھولیں (تبدیلی درج کی جائے گی)۔</translation>
        </message>
        <message>
            <source>The form '{form}' has no stages; it takes none.</source>
            <translation>فارم '{form}' کے مراحل نہیں ہیں؛ اس میں کوئی مرحلہ نہیں چنا جاتا۔</translation>
        </message>
        <message>
            <source>'{stage}' is not a stage of this form. Choose one of: {stages}.</source>
            <translation>'{stage}' اس فارم کا مرحلہ نہیں ہے۔ ان میں سے ایک چنیں: {stages}۔</translation>
        </message>
        <message>
            <source>The form this assessment was answered on is missing.</source>
            <translation>جس فارم پر یہ جائزہ بھرا گیا تھا وہ موجود نہیں۔</translation>
        </message>
        <message>
            <source>That organisation is not in the register.</source>
            <translation>یہ تنظیم رجسٹر میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>There is already a participant called {label}.</source>
            <translation>{label} نام کا ایک شریک پہلے سے موجود ہے۔</translation>
        </message>
        <message>
            <source>'{question}' is not a question of this form.</source>
            <translation>'{question}' اس فارم کا سوال نہیں ہے۔</translation>
        </message>
        <message>
            <source>{statement}: {problem}</source>
            <translation>{statement}: {problem}</translation>
        </message>
        <message>
            <source>That action is no longer in the plan.</source>
            <translation>یہ کام اب منصوبے میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>The 'by when' date must look like 2026-03-31.</source>
            <translation>'کب تک' کی تاریخ 2026-03-31 کی طرح لکھیں۔</translation>
        </message>
        <message>
            <source>The start date {start} is after the end date {end}. Swap them round.</source>
            <translation>شروع کی تاریخ {start} آخری تاریخ {end} کے بعد ہے۔ انہیں آپس میں بدل دیں۔</translation>
        </message>
        <message>
            <source>Give this computer a name of 1 to 200 characters.</source>
            <translation>اس کمپیوٹر کو 1 سے 200 حروف کا نام دیں۔</translation>
        </message>
        <message>
            <source>{problem} This laptop's signing key cannot be used, so bundles cannot be signed. Restore the file from a backup, or move it aside to make a new key (the council then has to enrol this laptop again).</source>
            <translation>{problem} اس لیپ ٹاپ کی دستخطی کلید استعمال نہیں ہو سکتی، اس لیے بنڈلز پر دستخط نہیں ہو سکتے۔ فائل بیک اپ سے بحال کریں، یا نئی کلید بنانے کے لیے اسے ایک طرف ہٹا دیں (پھر کونسل کو یہ لیپ ٹاپ دوبارہ اندراج کرنا ہوگا)۔</translation>
        </message>
        <message>
            <source>Cannot create this laptop's signing key in {folder}: {reason}. Check that the data folder can be written to.</source>
            <translation>{folder} میں اس لیپ ٹاپ کی دستخطی کلید نہیں بن سکی: {reason}۔ دیکھیں کہ ڈیٹا فولڈر میں لکھا جا سکتا ہے۔</translation>
        </message>
        <message>
            <source>The form version on this laptop changed since the move was offered. Look at the offer again.</source>
            <translation>منتقلی کی پیشکش کے بعد اس لیپ ٹاپ پر فارم کا ورژن بدل گیا ہے۔ پیشکش دوبارہ دیکھیں۔</translation>
        </message>
        <message>
            <source>Only a draft can move to a new version of its form.</source>
            <translation>صرف مسودہ ہی اپنے فارم کے نئے ورژن پر منتقل ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>This draft is already on that version of the form.</source>
            <translation>یہ مسودہ پہلے ہی فارم کے اسی ورژن پر ہے۔</translation>
        </message>
        <message>
            <source>That assessment does not exist.</source>
            <translation>یہ جائزہ موجود نہیں۔</translation>
        </message>
        <message>
            <source>That condition is met already, or the fund is no longer listed.</source>
            <translation>یہ شرط پہلے ہی پوری ہو چکی ہے، یا فنڈ اب فہرست میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>The funds file cannot be used: {reason}</source>
            <translation>فنڈز کی فائل استعمال نہیں ہو سکتی: {reason}</translation>
        </message>
        <message>
            <source>{added} online assessment(s) added, {already} already imported before</source>
            <translation>{added} آن لائن جائزے شامل ہوئے، {already} پہلے ہی امپورٹ ہو چکے تھے</translation>
        </message>
        <message>
            <source>{file}: {count} submission(s) can't be imported, so none were. Fix these and import the file again:
{listed}{more}</source>
            <translation>{file}: {count} جمع شدہ جواب(ات) درآمد نہیں ہو سکتے، اس لیے کوئی بھی درآمد نہیں ہوا۔ یہ ٹھیک کریں اور فائل دوبارہ درآمد کریں:
{listed}{more}</translation>
        </message>
        <message>
            <source>it has no instance id (meta/instanceID or _uuid)</source>
            <translation>اس کا کوئی instance id نہیں (meta/instanceID یا _uuid)</translation>
        </message>
        <message>
            <source>its instance id is too long</source>
            <translation>اس کا instance id بہت لمبا ہے</translation>
        </message>
        <message>
            <source>no registered organisation is called '{name}' at postcode '{postcode}'; register it first, or correct the name</source>
            <translation>پوسٹ کوڈ '{postcode}' پر '{name}' نام کی کوئی رجسٹرڈ تنظیم نہیں؛ پہلے اسے رجسٹر کریں، یا نام درست کریں</translation>
        </message>
        <message>
            <source>'{name}' at '{postcode}' matches {count} organisations</source>
            <translation>'{postcode}' پر '{name}' {count} تنظیموں سے ملتا ہے</translation>
        </message>
        <message>
            <source>it answers none of the form's statements</source>
            <translation>یہ فارم کے کسی بیان کا جواب نہیں دیتا</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… اور {count} مزید</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} فائل نہیں ہے۔</translation>
        </message>
        <message>
            <source>{file} is {size:,} bytes; the limit is {most:,}.</source>
            <translation>{file} کا سائز {size:,} بائٹس ہے؛ حد {most:,} ہے۔</translation>
        </message>
        <message>
            <source>Could not read {file}: {reason}.</source>
            <translation>{file} پڑھی نہیں جا سکی: {reason}۔</translation>
        </message>
        <message>
            <source>{file} is empty.</source>
            <translation>{file} خالی ہے۔</translation>
        </message>
        <message>
            <source>{file} is not a CSV file ({reason}).</source>
            <translation>{file} CSV فائل نہیں ہے ({reason})۔</translation>
        </message>
        <message>
            <source>'{postcode}' is not a UK postcode</source>
            <translation>'{postcode}' برطانیہ کا پوسٹ کوڈ نہیں ہے</translation>
        </message>
        <message>
            <source>line {line}: submission {id} appears twice</source>
            <translation>سطر {line}: جمع شدہ جواب {id} دو بار آیا ہے</translation>
        </message>
        <message>
            <source>{file} has more than {most:,} submissions.</source>
            <translation>{file} میں {most:,} سے زیادہ جمع شدہ جوابات ہیں۔</translation>
        </message>
        <message>
            <source>{question}: {problem}</source>
            <translation>{question}: {problem}</translation>
        </message>
        <message>
            <source>{question}: '{answer}' is not a valid answer</source>
            <translation>{question}: '{answer}' درست جواب نہیں ہے</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>سطر {line}: {problem}</translation>
        </message>
        <message>
            <source>That organisation is not in the register (it may have been deleted). Refresh the list and try again.</source>
            <translation>یہ تنظیم رجسٹر میں نہیں ہے (شاید اسے حذف کر دیا گیا ہو)۔ فہرست تازہ کریں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Cancelled; no organisations were registered.</source>
            <translation>منسوخ کر دیا گیا؛ کوئی تنظیم درج نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>Give a name, email or phone number of at least 3 characters to look for.</source>
            <translation>تلاش کے لیے کم از کم 3 حروف کا نام، ای میل یا فون نمبر دیں۔</translation>
        </message>
        <message>
            <source>The retention period is a number of years from 1 to 50.</source>
            <translation>محفوظ رکھنے کی مدت 1 سے 50 سال تک ہوتی ہے۔</translation>
        </message>
        <message>
            <source>Give at least the first 4 characters of the organisation's id.</source>
            <translation>تنظیم کے id کے کم از کم پہلے 4 حروف دیں۔</translation>
        </message>
        <message>
            <source>{count} organisations' ids start with {start}; give more of it.</source>
            <translation>{count} تنظیموں کے id {start} سے شروع ہوتے ہیں؛ اس کا مزید حصہ دیں۔</translation>
        </message>
        <message>
            <source>No organisation with id {id}.</source>
            <translation>id {id} والی کوئی تنظیم نہیں۔</translation>
        </message>
        <message>
            <source>{name} holds no contact details to erase.</source>
            <translation>{name} کے پاس مٹانے کے لیے رابطے کی کوئی تفصیلات نہیں۔</translation>
        </message>
        <message>
            <source>an erase event for the {what} {record_id} changes its {field}, which holds no personal data</source>
            <translation>{what} {record_id} کے لیے مٹانے کا اندراج اس کا {field} بدلتا ہے، جس میں کوئی ذاتی معلومات نہیں</translation>
        </message>
        <message>
            <source>an erase event for the {what} {record_id} replaces its {field} with text that is not held there with parts erased</source>
            <translation>{what} {record_id} کے لیے مٹانے کا اندراج اس کا {field} ایسی عبارت سے بدلتا ہے جو یہاں رکھی عبارت میں سے کچھ حصے مٹانے سے نہیں بنتی</translation>
        </message>
        <message>
            <source>Nothing is held about “{person}”: nothing was erased. Check the spelling, or look for their email or phone number.</source>
            <translation>“{person}” کے بارے میں کچھ محفوظ نہیں: کچھ نہیں مٹایا گیا۔ ہجے دیکھیں، یا ان کا ای میل یا فون نمبر تلاش کریں۔</translation>
        </message>
        <message>
            <source>No organisation's id starts with {start}.</source>
            <translation>کسی تنظیم کا id {start} سے شروع نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>امپورٹ منسوخ کر دی گئی؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Line {line} already gives {name} (same {how}), with a different {fields}. Keep one row for each organisation.</source>
            <translation>سطر {line} پہلے ہی {name} دیتی ہے (وہی {how})، مگر مختلف {fields} کے ساتھ۔ ہر تنظیم کے لیے ایک ہی قطار رکھیں۔</translation>
        </message>
        <message>
            <source>Line {line} already adds {name} (same {how}), with a different {fields}. Keep one row for each organisation.</source>
            <translation>سطر {line} پہلے ہی {name} شامل کرتی ہے (وہی {how})، مگر مختلف {fields} کے ساتھ۔ ہر تنظیم کے لیے ایک ہی قطار رکھیں۔</translation>
        </message>
        <message>
            <source>This row is ambiguous: {problem}</source>
            <translation>یہ قطار مبہم ہے: {problem}</translation>
        </message>
        <message>
            <source>form</source>
            <translation>فارم</translation>
        </message>
        <message>
            <source>support offers</source>
            <translation>مدد کی پیشکشیں</translation>
        </message>
        <message>
            <source>ward list</source>
            <translation>وارڈز کی فہرست</translation>
        </message>
        <message>
            <source>funds file</source>
            <translation>فنڈز کی فائل</translation>
        </message>
        <message>
            <source>The {kind} {path} cannot be read: {reason}</source>
            <translation>{kind} {path} پڑھی نہیں جا سکتی: {reason}</translation>
        </message>
        <message>
            <source>The {kind} {path} is not valid, so no pack can carry it: {reason}</source>
            <translation>{kind} {path} درست نہیں، اس لیے کوئی پیک اسے نہیں لے جا سکتا: {reason}</translation>
        </message>
        <message>
            <source>Unknown review state {state}: choose one of {states}.</source>
            <translation>جائزے کی نامعلوم حالت {state}: ان میں سے ایک چنیں: {states}۔</translation>
        </message>
        <message>
            <source>The comment holds a NUL character; type it again.</source>
            <translation>تبصرے میں NUL حرف ہے؛ اسے دوبارہ لکھیں۔</translation>
        </message>
        <message>
            <source>The comment is longer than {most:,} characters.</source>
            <translation>تبصرہ {most:,} حروف سے لمبا ہے۔</translation>
        </message>
        <message>
            <source>Name an assessment by its id (gapkit review list shows them).</source>
            <translation>جائزے کا نام اس کے id سے بتائیں (gapkit review list انہیں دکھاتا ہے)۔</translation>
        </message>
        <message>
            <source>There is no assessment with the id {id}. See the ids with: gapkit review list</source>
            <translation>id {id} والا کوئی جائزہ نہیں۔ id دیکھنے کے لیے: gapkit review list</translation>
        </message>
        <message>
            <source>More than one assessment id starts with {start}; type more of it.</source>
            <translation>ایک سے زیادہ جائزوں کے id {start} سے شروع ہوتے ہیں؛ اس کا مزید حصہ لکھیں۔</translation>
        </message>
        <message>
            <source>Council staff mark work approved, has-issues or rejected; {state} is not something to set.</source>
            <translation>کونسل کا عملہ کام کو approved، has-issues یا rejected قرار دیتا ہے؛ {state} مقرر کرنے کی چیز نہیں۔</translation>
        </message>
        <message>
            <source>Say why it is marked {state}: the worker sees the comment on their laptop (--comment TEXT).</source>
            <translation>بتائیں کہ اسے {state} کیوں قرار دیا گیا: کارکن یہ تبصرہ اپنے لیپ ٹاپ پر دیکھتا ہے (‎--comment TEXT‎)۔</translation>
        </message>
        <message>
            <source>Choose at least one assessment to review.</source>
            <translation>جائزے کے لیے کم از کم ایک جائزہ چنیں۔</translation>
        </message>
        <message>
            <source>Write a comment first.</source>
            <translation>پہلے تبصرہ لکھیں۔</translation>
        </message>
        <message>
            <source>Only council staff review work: this is a field laptop (council mode is off).</source>
            <translation>صرف کونسل کا عملہ کام کا جائزہ لیتا ہے: یہ فیلڈ لیپ ٹاپ ہے (کونسل موڈ بند ہے)۔</translation>
        </message>
        <message>
            <source>There is no assessment with the id {id}.</source>
            <translation>id {id} والا کوئی جائزہ نہیں۔</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked (the review is all or nothing).</source>
            <translation>منسوخ: کچھ بھی نشان زد نہیں ہوا (جانچ یا تو پوری ہوتی ہے یا بالکل نہیں)۔</translation>
        </message>
        <message>
            <source>The assessment {id} is not completed, so there is nothing to review yet.</source>
            <translation>جائزہ {id} مکمل نہیں ہوا، اس لیے ابھی دیکھنے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>Your group is registered already; change its details instead.</source>
            <translation>آپ کا گروپ پہلے سے رجسٹرڈ ہے؛ اس کے بجائے اس کی تفصیلات بدلیں۔</translation>
        </message>
        <message>
            <source>Register your group first.</source>
            <translation>پہلے اپنا گروپ رجسٹر کریں۔</translation>
        </message>
        <message>
            <source>Not part of the short registration: {fields}.</source>
            <translation>مختصر رجسٹریشن کا حصہ نہیں: {fields}۔</translation>
        </message>
        <message>
            <source>Tick the box to agree that the council may keep your contact details, or leave the contact details empty.</source>
            <translation>اس بات پر رضامندی کے لیے خانے پر نشان لگائیں کہ کونسل آپ کے رابطے کی تفصیلات رکھ سکتی ہے، یا رابطے کی تفصیلات خالی چھوڑ دیں۔</translation>
        </message>
        <message>
            <source>Register your group first: there is nothing to send yet.</source>
            <translation>پہلے اپنا گروپ رجسٹر کریں: ابھی بھیجنے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>This app has no council key to lock the file with, so it cannot send it. Ask the council for its council-setup.json or council.pub and choose it under Settings → Who uses this computer.</source>
            <translation>اس ایپ کے پاس فائل کو مقفل کرنے کے لیے کونسل کی کلید نہیں، اس لیے یہ اسے بھیج نہیں سکتی۔ کونسل سے اس کی council-setup.json یا council.pub مانگیں اور اسے ترتیبات ← یہ کمپیوٹر کون استعمال کرتا ہے میں چنیں۔</translation>
        </message>
        <message>
            <source>{what} is needed.</source>
            <translation>{what} ضروری ہے۔</translation>
        </message>
        <message>
            <source>{what} is too long (200 characters at most).</source>
            <translation>{what} بہت لمبا ہے (زیادہ سے زیادہ 200 حروف)۔</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>آپ کا نام</translation>
        </message>
        <message>
            <source>The laptop's name</source>
            <translation>لیپ ٹاپ کا نام</translation>
        </message>
        <message>
            <source>A group needs the council's public key to send its results; it comes in the council's setup file (council-setup.json) or as council.pub.</source>
            <translation>گروپ کو اپنے نتائج بھیجنے کے لیے کونسل کی پبلک کلید درکار ہے؛ یہ کونسل کی سیٹ اپ فائل (council-setup.json) میں یا council.pub کے طور پر آتی ہے۔</translation>
        </message>
        <message>
            <source>Cannot write the council key files in {folder}: {reason}.</source>
            <translation>{folder} میں کونسل کی کلید کی فائلیں نہیں لکھی جا سکتیں: {reason}۔</translation>
        </message>
        <message>
            <source>The council setup file {path} cannot be used: {problems}. Nothing was changed; ask the council for a corrected file (its format is in the Help menu, 'Council setup file').</source>
            <translation>کونسل کی سیٹ اپ فائل {path} استعمال نہیں ہو سکتی: {problems}۔ کچھ نہیں بدلا گیا؛ کونسل سے درست فائل مانگیں (اس کی شکل مدد کے مینو میں 'کونسل کی سیٹ اپ فائل' کے تحت ہے)۔</translation>
        </message>
        <message>
            <source>No conflict {conflict_id!r}; `gapkit conflicts list` shows the open ones.</source>
            <translation>کوئی تضاد {conflict_id!r} نہیں؛ کھلے تضادات ‎`gapkit conflicts list`‎ دکھاتا ہے۔</translation>
        </message>
        <message>
            <source>That conflict was already settled ({status}).</source>
            <translation>یہ تضاد پہلے ہی طے ہو چکا ہے ({status})۔</translation>
        </message>
        <message>
            <source>Conflicts on {table} cannot be reversed here.</source>
            <translation>{table} کے تضادات یہاں واپس نہیں کیے جا سکتے۔</translation>
        </message>
        <message>
            <source>The record of that conflict no longer exists.</source>
            <translation>اس تضاد کا ریکارڈ اب موجود نہیں۔</translation>
        </message>
        <message>
            <source>{problem} Use the file `gapkit devices show --json` writes on the council's computer.</source>
            <translation>{problem} وہ فائل استعمال کریں جو کونسل کے کمپیوٹر پر ‎`gapkit devices show --json`‎ لکھتا ہے۔</translation>
        </message>
        <message>
            <source>That is this computer's own device file, not the council's. Use the file from the council's computer.</source>
            <translation>یہ اسی کمپیوٹر کی اپنی ڈیوائس فائل ہے، کونسل کی نہیں۔ کونسل کے کمپیوٹر والی فائل استعمال کریں۔</translation>
        </message>
        <message>
            <source>That device id is this computer's own; nothing was changed.</source>
            <translation>یہ ڈیوائس آئی ڈی اسی کمپیوٹر کی اپنی ہے؛ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>This laptop already trusts {current} (fingerprint {current_fingerprint}). The file gives {offered} with another key (fingerprint {offered_fingerprint}). Replace the trusted key only if the council told you its key changed and the new fingerprint matches the one on the council's screen; nothing was changed.</source>
            <translation>یہ لیپ ٹاپ پہلے ہی {current} پر بھروسہ کرتا ہے (فنگر پرنٹ {current_fingerprint})۔ فائل میں {offered} ایک دوسری کلید کے ساتھ ہے (فنگر پرنٹ {offered_fingerprint})۔ بھروسے والی کلید صرف تب بدلیں جب کونسل نے بتایا ہو کہ اس کی کلید بدل گئی ہے اور نیا فنگر پرنٹ کونسل کی اسکرین والے سے ملتا ہو؛ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. Choose a full export to send everything again.</source>
            <translation>پچھلی برآمد کے بعد کچھ نہیں بدلا، اس لیے بھیجنے کو کچھ نہیں۔ سب کچھ دوبارہ بھیجنے کے لیے مکمل برآمد منتخب کریں۔</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. 1 draft assessment is held back until completed; include drafts to send them now. Choose a full export to send everything again.</source>
            <translation>پچھلی برآمد کے بعد کچھ نہیں بدلا، اس لیے بھیجنے کو کچھ نہیں۔ 1 مسودہ جائزہ مکمل ہونے تک روکا گیا ہے؛ اسے ابھی بھیجنے کے لیے مسودے شامل کریں۔ سب کچھ دوبارہ بھیجنے کے لیے مکمل برآمد منتخب کریں۔</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. {drafts} draft assessments are held back until completed; include drafts to send them now. Choose a full export to send everything again.</source>
            <translation>پچھلی برآمد کے بعد کچھ نہیں بدلا، اس لیے بھیجنے کو کچھ نہیں۔ {drafts} مسودہ جائزے مکمل ہونے تک روکے گئے ہیں؛ انہیں ابھی بھیجنے کے لیے مسودے شامل کریں۔ سب کچھ دوبارہ بھیجنے کے لیے مکمل برآمد منتخب کریں۔</translation>
        </message>
        <message>
            <source>{problem} Use the council.pub file made by `gapkit keys council-init` on the council's computer.</source>
            <translation>{problem} وہ council.pub فائل استعمال کریں جو کونسل کے کمپیوٹر پر ‎`gapkit keys council-init`‎ نے بنائی ہو۔</translation>
        </message>
        <message>
            <source>{source} is neither a council.pub file nor a council public key. Use the council.pub file made by `gapkit keys council-init` on the council's computer.</source>
            <translation>{source} نہ تو council.pub فائل ہے اور نہ ہی کونسل کی پبلک کلید۔ وہ council.pub فائل استعمال کریں جو کونسل کے کمپیوٹر پر ‎`gapkit keys council-init`‎ نے بنائی ہو۔</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another file name, or a folder to save the bundle in (a new name is then chosen).</source>
            <translation>{path} پہلے سے موجود ہے۔ کوئی اور فائل نام چنیں، یا وہ فولڈر جس میں بنڈل محفوظ کرنا ہے (پھر نیا نام خود چنا جائے گا)۔</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place to save the bundle (is the USB stick plugged in?).</source>
            <translation>فولڈر {folder} موجود نہیں؛ بنڈل محفوظ کرنے کے لیے کوئی اور جگہ چنیں (کیا USB اسٹک لگی ہوئی ہے؟)۔</translation>
        </message>
        <message>
            <source>Export cancelled; no bundle was written.</source>
            <translation>برآمد منسوخ کر دی گئی؛ کوئی بنڈل نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>Another export from this laptop finished at the same moment, so this bundle was not kept. Export again.</source>
            <translation>اسی لمحے اس لیپ ٹاپ کی ایک اور برآمد مکمل ہوئی، اس لیے یہ بنڈل نہیں رکھا گیا۔ دوبارہ برآمد کریں۔</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this ({more} more such problems); nothing was imported.</source>
            <translation>{source}: data/{table}.json، ریکارڈ {number} (آئی ڈی {record_id}): {problem}۔ بھیجنے والی ڈیوائس یہ نہیں لکھ سکتی (ایسے مزید {more} مسئلے)؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device not enrolled here (key fingerprint {key}). It is kept until staff approve the device (`gapkit devices approve`), after checking the fingerprint with the laptop (`gapkit devices show` on it).</source>
            <translation>{source} {device} سے آیا ہے، جو یہاں درج شدہ ڈیوائس نہیں (کلید کا فنگر پرنٹ {key})۔ یہ تب تک رکھا جائے گا جب تک عملہ لیپ ٹاپ سے فنگر پرنٹ ملا کر (اس پر ‎`gapkit devices show`‎) ڈیوائس منظور نہ کرے (‎`gapkit devices approve`‎)۔</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this; nothing was imported.</source>
            <translation>{source}: data/{table}.json، ریکارڈ {number} (آئی ڈی {record_id}): {problem}۔ بھیجنے والی ڈیوائس یہ نہیں لکھ سکتی؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this (1 more such problem); nothing was imported.</source>
            <translation>{source}: data/{table}.json، ریکارڈ {number} (آئی ڈی {record_id}): {problem}۔ بھیجنے والی ڈیوائس یہ نہیں لکھ سکتی (ایسا 1 مزید مسئلہ)؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device not enrolled here (key fingerprint {key}). It is kept until staff approve the device (`gapkit devices approve`), after checking the fingerprint with the laptop (`gapkit devices show` on it). Another key ({other_key}) already claimed this device id: compare both fingerprints with the laptop, and enrol the laptop from its device file if the other one is not it.</source>
            <translation>{source} {device} سے آیا ہے، جو یہاں درج شدہ ڈیوائس نہیں (کلید کا فنگر پرنٹ {key})۔ یہ تب تک رکھا جائے گا جب تک عملہ لیپ ٹاپ سے فنگر پرنٹ ملا کر (اس پر ‎`gapkit devices show`‎) ڈیوائس منظور نہ کرے (‎`gapkit devices approve`‎)۔ ایک اور کلید ({other_key}) پہلے ہی اس ڈیوائس آئی ڈی کا دعویٰ کر چکی ہے: دونوں فنگر پرنٹ لیپ ٹاپ سے ملائیں، اور اگر دوسری والی یہ لیپ ٹاپ نہیں تو لیپ ٹاپ کا اندراج اس کی ڈیوائس فائل سے کریں۔</translation>
        </message>
        <message>
            <source>The kept copy of that bundle is missing from the waiting folder; import the bundle again from its USB stick.</source>
            <translation>اس بنڈل کی رکھی گئی نقل انتظار والے فولڈر میں نہیں ملی؛ بنڈل کو اس کی USB اسٹک سے دوبارہ امپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Import cancelled; the database was not changed.</source>
            <translation>امپورٹ منسوخ کر دی گئی؛ ڈیٹا بیس نہیں بدلا۔</translation>
        </message>
        <message>
            <source>{source} was not imported: the council database itself is damaged ({damage}), and merging into it could lose data. Run `gapkit db check`, and restore the newest copy from the backups folder.</source>
            <translation>{source} امپورٹ نہیں ہوا: کونسل کا ڈیٹا بیس خود خراب ہے ({damage})، اور اس میں ملانے سے ڈیٹا ضائع ہو سکتا ہے۔ ‎`gapkit db check`‎ چلائیں، اور بیک اپ فولڈر سے تازہ ترین نقل بحال کریں۔</translation>
        </message>
        <message>
            <source>{source} is a field pack (made by a council for its laptops); this installation is in council mode, so it is not imported here.</source>
            <translation>{source} ایک فیلڈ پیک ہے (جو کونسل اپنے لیپ ٹاپس کے لیے بناتی ہے)؛ یہ تنصیب کونسل موڈ میں ہے، اس لیے یہ یہاں امپورٹ نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device whose trust was revoked; its bundles are no longer imported. If that was a mistake, enrol it again.</source>
            <translation>{source} {device} سے آیا ہے، ایک ایسی ڈیوائس جس پر بھروسہ منسوخ کیا جا چکا ہے؛ اس کے بنڈل اب امپورٹ نہیں ہوتے۔ اگر یہ غلطی تھی تو اس کا دوبارہ اندراج کریں۔</translation>
        </message>
        <message>
            <source>{source} claims to come from this installation itself; it is not imported.</source>
            <translation>{source} کا دعویٰ ہے کہ یہ اسی تنصیب سے آیا ہے؛ اسے امپورٹ نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>{source} claims to come from device {device_id} but is signed with the key of {signer} ({signer_id}); it is not imported.</source>
            <translation>{source} کا دعویٰ ہے کہ یہ ڈیوائس {device_id} سے آیا ہے مگر اس پر {signer} ({signer_id}) کی کلید سے دستخط ہیں؛ اسے امپورٹ نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json (id {record_id}): a reference points at a record that is neither in this bundle nor in the database; nothing was imported.</source>
            <translation>{source}: data/{table}.json (آئی ڈی {record_id}): ایک حوالہ ایسے ریکارڈ کی طرف ہے جو نہ اس بنڈل میں ہے نہ ڈیٹا بیس میں؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {field} refers to the {target} {target_id}, which is neither in this bundle nor in the council database. Import the laptop's earlier bundles first (see the sequence gaps), or ask for a full export.</source>
            <translation>{source}: data/{table}.json، ریکارڈ {number} (آئی ڈی {record_id}): {field} {target} {target_id} کا حوالہ دیتا ہے، جو نہ اس بنڈل میں ہے نہ کونسل کے ڈیٹا بیس میں۔ پہلے لیپ ٹاپ کے پچھلے بنڈل امپورٹ کریں (ترتیب کے خلا دیکھیں)، یا مکمل برآمد مانگیں۔</translation>
        </message>
        <message>
            <source>{source}: the waiting folder already holds {count} bundles ({size} MB) from the unknown device {device} (key fingerprint {key}); at most {most} bundles or {most_size} MB wait per device. Approve the device (after checking its fingerprint with the laptop) or revoke it; this bundle was not kept.</source>
            <translation>{source}: انتظار والے فولڈر میں نامعلوم ڈیوائس {device} (کلید کا فنگر پرنٹ {key}) کے پہلے ہی {count} بنڈل ({size} MB) ہیں؛ ہر ڈیوائس کے زیادہ سے زیادہ {most} بنڈل یا {most_size} MB انتظار کر سکتے ہیں۔ ڈیوائس منظور کریں (لیپ ٹاپ سے فنگر پرنٹ ملانے کے بعد) یا اسے منسوخ کریں؛ یہ بنڈل نہیں رکھا گیا۔</translation>
        </message>
        <message>
            <source>{source}: the waiting folder already holds {count} bundle ({size} MB) from the unknown device {device} (key fingerprint {key}); at most {most} bundles or {most_size} MB wait per device. Approve the device (after checking its fingerprint with the laptop) or revoke it; this bundle was not kept.</source>
            <translation>{source}: انتظار والے فولڈر میں نامعلوم ڈیوائس {device} (کلید کا فنگر پرنٹ {key}) کا پہلے ہی {count} بنڈل ({size} MB) ہے؛ ہر ڈیوائس کے زیادہ سے زیادہ {most} بنڈل یا {most_size} MB انتظار کر سکتے ہیں۔ ڈیوائس منظور کریں (لیپ ٹاپ سے فنگر پرنٹ ملانے کے بعد) یا اسے منسوخ کریں؛ یہ بنڈل نہیں رکھا گیا۔</translation>
        </message>
        <message>
            <source>{source}: the waiting folder is full ({count} bundles, {size} MB from devices not enrolled; at most {most} bundles or {most_size} MB). Approve or revoke the devices waiting (`gapkit devices list`); this bundle was not kept.</source>
            <translation>{source}: انتظار والا فولڈر بھر چکا ہے (غیر درج شدہ ڈیوائسز کے {count} بنڈل، {size} MB؛ زیادہ سے زیادہ {most} بنڈل یا {most_size} MB)۔ انتظار کرنے والی ڈیوائسز منظور یا منسوخ کریں (‎`gapkit devices list`‎)؛ یہ بنڈل نہیں رکھا گیا۔</translation>
        </message>
        <message>
            <source>That bundle is not waiting for approval (it may have been imported already).</source>
            <translation>یہ بنڈل منظوری کا منتظر نہیں (ہو سکتا ہے پہلے ہی امپورٹ ہو چکا ہو)۔</translation>
        </message>
        <message>
            <source>That bundle was signed with the key {signer}, but the device {device_id} is known here with the key {known}. Only a bundle signed with the device's own key is imported; if the laptop's key really is the first one, enrol it from its device file.</source>
            <translation>اس بنڈل پر کلید {signer} سے دستخط ہیں، مگر ڈیوائس {device_id} یہاں کلید {known} کے ساتھ معلوم ہے۔ صرف وہی بنڈل امپورٹ ہوتا ہے جس پر ڈیوائس کی اپنی کلید سے دستخط ہوں؛ اگر لیپ ٹاپ کی کلید واقعی پہلی والی ہے تو اس کا اندراج اس کی ڈیوائس فائل سے کریں۔</translation>
        </message>
        <message>
            <source>The folder {folder} holds no {suffix} bundles.</source>
            <translation>فولڈر {folder} میں کوئی {suffix} بنڈل نہیں۔</translation>
        </message>
        <message>
            <source>{file}: the database refused its records ({reason}). Nothing was changed.</source>
            <translation>{file}: ڈیٹا بیس نے اس کے ریکارڈ قبول نہیں کیے ({reason})۔ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>{file}: the bundle could not be read ({error}: {detail}). Nothing was changed; the details are in the log.</source>
            <translation>{file}: بنڈل پڑھا نہیں جا سکا ({error}: {detail})۔ کچھ نہیں بدلا گیا؛ تفصیل لاگ فائل میں ہے۔</translation>
        </message>
        <message>
            <source>{source}: data/audit_events.json: {problem}. The device that sent it may not write this; nothing was imported.</source>
            <translation>{source}: data/audit_events.json: {problem}۔ بھیجنے والی ڈیوائس یہ نہیں لکھ سکتی؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source} carries council resources (forms, wards, support offers), which only the council sends; a laptop's bundle cannot change them. Nothing was imported.</source>
            <translation>{source} میں کونسل کے وسائل ہیں (فارم، وارڈز، مدد کی پیشکشیں)، جو صرف کونسل بھیجتی ہے؛ لیپ ٹاپ کا بنڈل انہیں نہیں بدل سکتا۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {field} refers to the {target} {target_id}, which is neither in this pack nor on this laptop. Ask the council for a full pack for this laptop.</source>
            <translation>{source}: data/{table}.json، ریکارڈ {number} (آئی ڈی {record_id}): {field} {target} {target_id} کا حوالہ دیتا ہے، جو نہ اس پیک میں ہے نہ اس لیپ ٹاپ پر۔ کونسل سے اس لیپ ٹاپ کے لیے مکمل پیک مانگیں۔</translation>
        </message>
        <message>
            <source>{source} is a {kind}, which is not imported here; nothing was imported.</source>
            <translation>{source} ایک {kind} ہے، جو یہاں امپورٹ نہیں ہوتا؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source} is a laptop's export (a bundle for the council), not a field pack from the council; nothing was imported.</source>
            <translation>{source} ایک لیپ ٹاپ کی برآمد ہے (کونسل کے لیے بنڈل)، کونسل کا فیلڈ پیک نہیں؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source} is a field pack, but this laptop trusts no council yet. Trust the council's key first (Settings, or `gapkit council trust FILE` with the council's device file); nothing was imported.</source>
            <translation>{source} ایک فیلڈ پیک ہے، مگر یہ لیپ ٹاپ ابھی کسی کونسل پر بھروسہ نہیں کرتا۔ پہلے کونسل کی کلید پر بھروسہ کریں (ترتیبات، یا کونسل کی ڈیوائس فائل کے ساتھ ‎`gapkit council trust FILE`‎)؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source} was made by {maker} (device {device_id}), not by {council}, the council this laptop trusts; nothing was imported.</source>
            <translation>{source} {maker} (ڈیوائس {device_id}) نے بنایا ہے، {council} نے نہیں، جو وہ کونسل ہے جس پر یہ لیپ ٹاپ بھروسہ کرتا ہے؛ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source} was made for another laptop (device {device_id}); ask the council for a pack for this one. Nothing was imported.</source>
            <translation>{source} کسی اور لیپ ٹاپ کے لیے بنایا گیا تھا (ڈیوائس {device_id})؛ کونسل سے اس لیپ ٹاپ کے لیے پیک مانگیں۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{source}: data/council_resources.json, record {number} (id {record_id}): {problem}. Nothing was imported.</source>
            <translation>{source}: data/council_resources.json، ریکارڈ {number} (آئی ڈی {record_id}): {problem}۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{count} of those organisations are in this laptop's scope or have work not yet sent to the council, so they are kept; nothing was forgotten.</source>
            <translation>ان میں سے {count} تنظیمیں اس لیپ ٹاپ کے دائرے میں ہیں یا ان کا کام ابھی کونسل کو نہیں بھیجا گیا، اس لیے انہیں رکھا گیا ہے؛ کچھ نہیں بھلایا گیا۔</translation>
        </message>
        <message>
            <source>{source}: data/form_snapshots.json, record {number} (id {record_id}): the form it holds is not valid ({problem}). Nothing was imported.</source>
            <translation>{source}: data/form_snapshots.json، ریکارڈ {number} (آئی ڈی {record_id}): اس میں موجود فارم درست نہیں ({problem})۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{count} of those assessments are not confirmed as received by the council, or changed since; nothing was forgotten.</source>
            <translation>ان میں سے {count} جائزوں کی کونسل کو وصولی کی تصدیق نہیں ہوئی، یا وہ اس کے بعد بدل گئے ہیں؛ کچھ نہیں بھلایا گیا۔</translation>
        </message>
        <message>
            <source>A pack of the organisations a laptop worked with needs that laptop.</source>
            <translation>جن تنظیموں کے ساتھ کسی لیپ ٹاپ نے کام کیا، ان کے پیک کے لیے وہ لیپ ٹاپ بتانا ضروری ہے۔</translation>
        </message>
        <message>
            <source>Unknown scope {scope!r}: choose one of {scopes}.</source>
            <translation>نامعلوم دائرہ {scope!r}: ان میں سے ایک چنیں: {scopes}۔</translation>
        </message>
        <message>
            <source>{name} is {status}, not an enrolled laptop; enrol or approve it before sending it a pack.</source>
            <translation>{name} {status} ہے، درج شدہ لیپ ٹاپ نہیں؛ اسے پیک بھیجنے سے پہلے اس کا اندراج کریں یا اسے منظور کریں۔</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another file name, or a folder.</source>
            <translation>{path} پہلے سے موجود ہے۔ کوئی اور فائل نام یا فولڈر چنیں۔</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place.</source>
            <translation>فولڈر {folder} موجود نہیں؛ کوئی اور جگہ چنیں۔</translation>
        </message>
        <message>
            <source>Name at least one ward for a ward pack (--ward).</source>
            <translation>وارڈ پیک کے لیے کم از کم ایک وارڈ کا نام دیں (‎--ward‎)۔</translation>
        </message>
        <message>
            <source>Not a ward of {wards_of}: {unknown}. The wards are: {wards}.</source>
            <translation>{wards_of} کا وارڈ نہیں: {unknown}۔ وارڈز یہ ہیں: {wards}۔</translation>
        </message>
        <message>
            <source>A pack of the organisations a laptop worked with needs --device.</source>
            <translation>جن تنظیموں کے ساتھ کسی لیپ ٹاپ نے کام کیا، ان کے پیک کے لیے ‎--device‎ ضروری ہے۔</translation>
        </message>
        <message>
            <source>Pack cancelled; nothing was written.</source>
            <translation>پیک منسوخ کر دیا گیا؛ کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>Nothing has changed for that laptop since its last pack; choose a full pack to send everything again.</source>
            <translation>اس لیپ ٹاپ کے پچھلے پیک کے بعد کچھ نہیں بدلا؛ سب کچھ دوبارہ بھیجنے کے لیے مکمل پیک چنیں۔</translation>
        </message>
        <message>
            <source>`gapkit devices list` shows the devices known here, with their ids and fingerprints.</source>
            <translation>‎`gapkit devices list`‎ یہاں معلوم ڈیوائسز ان کی آئی ڈی اور فنگر پرنٹ کے ساتھ دکھاتا ہے۔</translation>
        </message>
        <message>
            <source>That public key has the wrong length ({length} bytes; a device key is 32). Copy it again from `gapkit devices show` on the laptop.</source>
            <translation>اس پبلک کلید کی لمبائی غلط ہے ({length} بائٹ؛ ڈیوائس کی کلید 32 کی ہوتی ہے)۔ اسے لیپ ٹاپ پر ‎`gapkit devices show`‎ سے دوبارہ کاپی کریں۔</translation>
        </message>
        <message>
            <source>{ref!r} names {count} devices ({listed}); nothing was changed. Give the device id, and compare the fingerprint with the laptop.</source>
            <translation>{ref!r} سے {count} ڈیوائسز مراد ہو سکتی ہیں ({listed})؛ کچھ نہیں بدلا گیا۔ ڈیوائس کی آئی ڈی دیں، اور فنگر پرنٹ لیپ ٹاپ سے ملائیں۔</translation>
        </message>
        <message>
            <source>1 device is called that; give the device id or the full fingerprint from `gapkit devices list`.</source>
            <translation>اس نام کی 1 ڈیوائس ہے؛ ‎`gapkit devices list`‎ سے ڈیوائس کی آئی ڈی یا پورا فنگر پرنٹ دیں۔</translation>
        </message>
        <message>
            <source>{count} devices are called that; give the device id or the full fingerprint from `gapkit devices list`.</source>
            <translation>اس نام کی {count} ڈیوائسز ہیں؛ ‎`gapkit devices list`‎ سے ڈیوائس کی آئی ڈی یا پورا فنگر پرنٹ دیں۔</translation>
        </message>
        <message>
            <source>That public key is not valid base64 text. Copy it again from `gapkit devices show` on the laptop.</source>
            <translation>یہ پبلک کلید درست base64 عبارت نہیں۔ اسے لیپ ٹاپ پر ‎`gapkit devices show`‎ سے دوبارہ کاپی کریں۔</translation>
        </message>
        <message>
            <source>Give the device a name of 1 to 200 characters (e.g. the laptop's).</source>
            <translation>ڈیوائس کو 1 سے 200 حروف کا نام دیں (مثلاً لیپ ٹاپ کا نام)۔</translation>
        </message>
        <message>
            <source>That is this installation's own device; only laptops need enrolling here.</source>
            <translation>یہ اسی تنصیب کی اپنی ڈیوائس ہے؛ یہاں صرف لیپ ٹاپس کا اندراج ضروری ہے۔</translation>
        </message>
        <message>
            <source>That key already belongs to the device {name} ({device_id}); one key cannot speak for two devices. Nothing was changed.</source>
            <translation>یہ کلید پہلے ہی ڈیوائس {name} ({device_id}) کی ہے؛ ایک کلید دو ڈیوائسز کی نمائندگی نہیں کر سکتی۔ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>No device has the id or the full key fingerprint {ref!r}. {hint}</source>
            <translation>کسی ڈیوائس کی آئی ڈی یا کلید کا پورا فنگر پرنٹ {ref!r} نہیں۔ {hint}</translation>
        </message>
        <message>
            <source>{device_id!r} is not a device id (it looks like a UUID).</source>
            <translation>{device_id!r} ڈیوائس آئی ڈی نہیں (وہ UUID جیسی ہوتی ہے)۔</translation>
        </message>
        <message>
            <source>The device {name} is {status}, not waiting for approval; to trust it again, enrol it from its device file.</source>
            <translation>ڈیوائس {name} {status} ہے، منظوری کی منتظر نہیں؛ اس پر دوبارہ بھروسہ کرنے کے لیے اس کا اندراج اس کی ڈیوائس فائل سے کریں۔</translation>
        </message>
        <message>
            <source>This installation's own device cannot be revoked.</source>
            <translation>اس تنصیب کی اپنی ڈیوائس منسوخ نہیں کی جا سکتی۔</translation>
        </message>
        <message>
            <source>The device {name} is {status}, not pending.</source>
            <translation>ڈیوائس {name} {status} ہے، منتظر نہیں۔</translation>
        </message>
        <message>
            <source>The device {name} ({device_id}) is already known with a different key (fingerprint {known}); the file gives {given}. If the laptop was reinstalled, revoke the old entry's bundles with care and ask the laptop for a new device id; nothing was changed.</source>
            <translation>ڈیوائس {name} ({device_id}) پہلے ہی ایک دوسری کلید کے ساتھ معلوم ہے (فنگر پرنٹ {known})؛ فائل میں {given} ہے۔ اگر لیپ ٹاپ دوبارہ انسٹال ہوا ہے تو پرانے اندراج کے بنڈل احتیاط سے منسوخ کریں اور لیپ ٹاپ سے نئی ڈیوائس آئی ڈی مانگیں؛ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>Charity number: '{typed}' is not a charity number. Use 6 or 7 digits for England and Wales (1234567, or 1234567-1 for a linked charity), SC and 6 digits for Scotland (SC012345), or NIC and 6 digits for Northern Ireland (NIC100123).</source>
            <translation>چیریٹی نمبر: '{typed}' چیریٹی نمبر نہیں ہے۔ انگلینڈ اور ویلز کے لیے 6 یا 7 ہندسے (1234567، یا منسلک چیریٹی کے لیے 1234567-1)، اسکاٹ لینڈ کے لیے SC اور 6 ہندسے (SC012345)، یا شمالی آئرلینڈ کے لیے NIC اور 6 ہندسے (NIC100123) لکھیں۔</translation>
        </message>
        <message>
            <source>Company number: '{typed}' is not a Companies House number. Use 8 characters: 8 digits (01234567) or 2 letters and 6 digits (SC123456).</source>
            <translation>کمپنی نمبر: '{typed}' کمپنیز ہاؤس کا نمبر نہیں ہے۔ 8 حروف لکھیں: 8 ہندسے (01234567) یا 2 حروف اور 6 ہندسے (SC123456)۔</translation>
        </message>
        <message>
            <source>Mutuals register number: '{typed}' is not a Mutuals Public Register number. Use the digits, with the R at the end if it has one (12345R).</source>
            <translation>میوچلز رجسٹر نمبر: '{typed}' میوچلز پبلک رجسٹر کا نمبر نہیں ہے۔ ہندسے لکھیں، اور اگر آخر میں R ہو تو وہ بھی (12345R)۔</translation>
        </message>
        <message>
            <source>Postcode: '{typed}' is not a UK postcode. Use the form HD1 2AB.</source>
            <translation>پوسٹ کوڈ: '{typed}' برطانیہ کا پوسٹ کوڈ نہیں ہے۔ HD1 2AB کی طرح لکھیں۔</translation>
        </message>
        <message>
            <source>Contact email: '{typed}' is not an email address. Use the form name@example.org.</source>
            <translation>رابطے کا ای میل: '{typed}' ای میل پتا نہیں ہے۔ name@example.org کی طرح لکھیں۔</translation>
        </message>
        <message>
            <source>Contact phone: '{typed}' is not a UK phone number. Use 11 digits starting with 0 (01484 221000), or +44 and the number without its first 0.</source>
            <translation>رابطے کا فون: '{typed}' برطانیہ کا فون نمبر نہیں ہے۔ 0 سے شروع ہونے والے 11 ہندسے لکھیں (01484 221000)، یا +44 اور پہلے 0 کے بغیر نمبر۔</translation>
        </message>
        <message>
            <source>Postcode: it is empty. Type the postcode in the form HD1 2AB.</source>
            <translation>پوسٹ کوڈ: خالی ہے۔ پوسٹ کوڈ HD1 2AB کی طرح لکھیں۔</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>سطر {line}</translation>
        </message>
        <message>
            <source>{name} (in the register)</source>
            <translation>{name} (رجسٹر میں)</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged, {bad} bad</source>
            <translation>{added} شامل، {updated} تازہ، {unchanged} بغیر تبدیلی، {bad} خراب</translation>
        </message>
        <message>
            <source>Imported {rows}: {body}.</source>
            <translation>امپورٹ مکمل ({rows}): {body}۔</translation>
        </message>
        <message>
            <source>{name} (line {line})</source>
            <translation>{name} (سطر {line})</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 قطار</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>{count} قطاریں</translation>
        </message>
        <message>
            <source>Dry run of {rows}: would be {body}. Nothing was written.</source>
            <translation>آزمائشی جانچ ({rows}): نتیجہ ہوتا {body}۔ کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>{rows}: {bad} bad, so nothing was imported (all or nothing). Fix the rows listed, or choose to skip bad rows.</source>
            <translation>{rows}: {bad} خراب، اس لیے کچھ بھی امپورٹ نہیں ہوا (سب یا کچھ نہیں)۔ دکھائی گئی قطاریں درست کریں، یا خراب قطاریں چھوڑنا چنیں۔</translation>
        </message>
        <message>
            <source>{rows}: {body}. Nothing needed writing.</source>
            <translation>{rows}: {body}۔ کچھ لکھنے کی ضرورت نہیں تھی۔</translation>
        </message>
        <message>
            <source>Imported {rows}: {body} ({bad} bad rows skipped).</source>
            <translation>امپورٹ مکمل ({rows}): {body} ({bad} خراب قطاریں چھوڑ دی گئیں)۔</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} اور {second}</translation>
        </message>
        <message>
            <source>{first} and {second} and {third}</source>
            <translation>{first}، {second} اور {third}</translation>
        </message>
        <message>
            <source>its {numbers} belong to different organisations ({which}). Check the numbers.</source>
            <translation>اس کے {numbers} مختلف تنظیموں کے ہیں ({which})۔ نمبر جانچیں۔</translation>
        </message>
        <message>
            <source>Cannot find the file {path}. Check the name and the folder.</source>
            <translation>فائل {path} نہیں ملی۔ نام اور فولڈر دیکھیں۔</translation>
        </message>
        <message>
            <source>{file} is {size} MB, more than the {most} MB a registration list can be. Split it into smaller files.</source>
            <translation>{file} کا سائز {size} MB ہے، جو رجسٹریشن کی فہرست کی حد {most} MB سے زیادہ ہے۔ اسے چھوٹی فائلوں میں تقسیم کریں۔</translation>
        </message>
        <message>
            <source>{file} is empty. Choose a file with a header row and data rows.</source>
            <translation>{file} خالی ہے۔ ایسی فائل چنیں جس میں عنوان کی قطار اور ڈیٹا کی قطاریں ہوں۔</translation>
        </message>
        <message>
            <source>The first sheet of {file} is empty.</source>
            <translation>{file} کی پہلی شیٹ خالی ہے۔</translation>
        </message>
        <message>
            <source>--map '{text}' is not in the form "Header=field". Write the column's header, an equals sign and the field (for example "Charity Reg=charity_id").</source>
            <translation>‎--map '{text}'‎ "Header=field" کی شکل میں نہیں ہے۔ کالم کا عنوان، برابر کا نشان اور خانہ لکھیں (مثلاً "Charity Reg=charity_id")۔</translation>
        </message>
        <message>
            <source>--map '{text}': '{target}' is not a registration field. Use one of: {fields}.</source>
            <translation>‎--map '{text}'‎: '{target}' رجسٹریشن کا خانہ نہیں ہے۔ ان میں سے ایک استعمال کریں: {fields}۔</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} پڑھی نہیں جا سکتی: {reason}۔</translation>
        </message>
        <message>
            <source>{file} line {line}: the file is not valid CSV ({reason}). Save it again from the spreadsheet as 'CSV UTF-8'.</source>
            <translation>{file} سطر {line}: فائل درست CSV نہیں ہے ({reason})۔ اسے اسپریڈ شیٹ سے دوبارہ 'CSV UTF-8' کے طور پر محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Reading .xlsx files needs openpyxl. Save the sheet as CSV.</source>
            <translation>.xlsx فائلیں پڑھنے کے لیے openpyxl درکار ہے۔ شیٹ کو CSV کے طور پر محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Cannot read {file} as an Excel workbook ({reason}). Save it again from the spreadsheet, or as CSV.</source>
            <translation>{file} کو ایکسل ورک بک کے طور پر نہیں پڑھا جا سکتا ({reason})۔ اسے اسپریڈ شیٹ سے دوبارہ محفوظ کریں، یا CSV کے طور پر۔</translation>
        </message>
        <message>
            <source>--map names the column '{header}', but the file has no such column. Its columns are: {columns}.</source>
            <translation>‎--map‎ کالم '{header}' کا نام لیتا ہے، لیکن فائل میں ایسا کوئی کالم نہیں۔ اس کے کالم یہ ہیں: {columns}۔</translation>
        </message>
        <message>
            <source>No column gives {fields}: rows can update organisations already registered but cannot add new ones. Map a column to it with --map "Header=field".</source>
            <translation>کوئی کالم {fields} نہیں دیتا: قطاریں پہلے سے درج تنظیموں کو تازہ کر سکتی ہیں مگر نئی شامل نہیں کر سکتیں۔ اس کے لیے کوئی کالم ‎--map "Header=field"‎ سے جوڑیں۔</translation>
        </message>
        <message>
            <source>Columns '{first}' and '{second}' both give {field}; the last one filled in wins. Leave one out with --map "{second}=".</source>
            <translation>کالم '{first}' اور '{second}' دونوں {field} دیتے ہیں؛ آخری بھرا ہوا مانا جاتا ہے۔ ایک کو ‎--map "{second}="‎ سے چھوڑ دیں۔</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>expected a list. Pick from the list given.</source>
            <translation>فہرست درکار ہے۔ دی گئی فہرست میں سے چنیں۔</translation>
        </message>
        <message>
            <source>'{text}' is not one of the choices. Pick one of: {options}.</source>
            <translation>'{text}' دیے گئے انتخاب میں سے نہیں۔ ان میں سے ایک چنیں: {options}۔</translation>
        </message>
        <message>
            <source>'{value}' is not a date. Use the form 2025-03-31 or 31/03/2025.</source>
            <translation>'{value}' تاریخ نہیں ہے۔ 2025-03-31 یا 31/03/2025 کی طرح لکھیں۔</translation>
        </message>
        <message>
            <source>'{value}' is not yes or no. Answer yes or no.</source>
            <translation>'{value}' نہ ہاں ہے نہ نہیں۔ ہاں یا نہیں میں جواب دیں۔</translation>
        </message>
        <message>
            <source>Ward: '{ward}' is not a ward in {council}'s current list ({list}). Pick one from the list.</source>
            <translation>وارڈ: '{ward}' {council} کی موجودہ فہرست ({list}) میں وارڈ نہیں ہے۔ فہرست میں سے ایک چنیں۔</translation>
        </message>
        <message>
            <source>District committee area: '{area}' is not one of {council}'s areas. Pick one of: {areas}.</source>
            <translation>ضلعی کمیٹی کا علاقہ: '{area}' {council} کے علاقوں میں سے نہیں۔ ان میں سے ایک چنیں: {areas}۔</translation>
        </message>
        <message>
            <source>it contains hidden control characters. Retype it.</source>
            <translation>اس میں چھپے ہوئے کنٹرول حروف ہیں۔ اسے دوبارہ لکھیں۔</translation>
        </message>
        <message>
            <source>{length} characters is too long. Shorten it to {most} characters or fewer.</source>
            <translation>{length} حروف بہت زیادہ ہیں۔ اسے {most} یا اس سے کم حروف تک مختصر کریں۔</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number. {hint}</source>
            <translation>'{value}' پورا عدد نہیں ہے۔ {hint}</translation>
        </message>
        <message>
            <source>{number} is out of range. {hint}</source>
            <translation>{number} حد سے باہر ہے۔ {hint}</translation>
        </message>
        <message>
            <source>{date} is in the future. Use today's date or an earlier one.</source>
            <translation>{date} مستقبل کی تاریخ ہے۔ آج کی یا اس سے پہلے کی تاریخ لکھیں۔</translation>
        </message>
        <message>
            <source>{date} is too early. Check the year.</source>
            <translation>{date} بہت پہلے کی تاریخ ہے۔ سال دیکھیں۔</translation>
        </message>
        <message>
            <source>Name: it is empty. Type the organisation's name.</source>
            <translation>نام: خالی ہے۔ تنظیم کا نام لکھیں۔</translation>
        </message>
        <message>
            <source>Name: '{name}' is too short. Type the organisation's full name.</source>
            <translation>نام: '{name}' بہت مختصر ہے۔ تنظیم کا پورا نام لکھیں۔</translation>
        </message>
        <message>
            <source>Name: {length} characters is too long. Shorten it to 200 characters or fewer, and put other names under Other names.</source>
            <translation>نام: {length} حروف بہت زیادہ ہیں۔ اسے 200 یا اس سے کم حروف تک مختصر کریں، اور دوسرے نام 'دوسرے نام' میں لکھیں۔</translation>
        </message>
        <message>
            <source>Legal form: none chosen. Pick the one that fits, or Other and say what.</source>
            <translation>قانونی شکل: کوئی نہیں چنی گئی۔ جو مناسب ہو وہ چنیں، یا 'دیگر' چن کر بتائیں کہ کیا ہے۔</translation>
        </message>
        <message>
            <source>Legal form (other): it is empty. Say what legal form the organisation has.</source>
            <translation>قانونی شکل (دیگر): خالی ہے۔ بتائیں کہ تنظیم کی قانونی شکل کیا ہے۔</translation>
        </message>
        <message>
            <source>Address: {count} lines is too many. Use up to 6 lines; the town and postcode have their own boxes.</source>
            <translation>پتا: {count} سطریں بہت زیادہ ہیں۔ زیادہ سے زیادہ 6 سطریں لکھیں؛ شہر اور پوسٹ کوڈ کے اپنے خانے ہیں۔</translation>
        </message>
        <message>
            <source>Ward: '{ward}' is no longer a ward in {council}'s current list ({list}). Use {suggestions}.</source>
            <translation>وارڈ: '{ward}' اب {council} کی موجودہ فہرست ({list}) میں وارڈ نہیں رہا۔ {suggestions} استعمال کریں۔</translation>
        </message>
        <message>
            <source>Who benefits (other): it is empty. Say who else benefits, or untick Other.</source>
            <translation>کس کو فائدہ ہوتا ہے (دیگر): خالی ہے۔ بتائیں کہ اور کس کو فائدہ ہوتا ہے، یا 'دیگر' سے نشان ہٹا دیں۔</translation>
        </message>
        <message>
            <source>Type a year from 1800 to {year}.</source>
            <translation>1800 سے {year} تک کا سال لکھیں۔</translation>
        </message>
        <message>
            <source>Type a number from 0 to 100.</source>
            <translation>0 سے 100 تک کا عدد لکھیں۔</translation>
        </message>
        <message>
            <source>Paid staff (FTE): '{value}' is not a number. Type full-time equivalents, for example 2.5.</source>
            <translation>تنخواہ دار عملہ (FTE): '{value}' عدد نہیں ہے۔ کل وقتی کے برابر عدد لکھیں، مثلاً 2.5۔</translation>
        </message>
        <message>
            <source>Paid staff (FTE): {number:g} is out of range. Type a number from 0 to 1000.</source>
            <translation>تنخواہ دار عملہ (FTE): {number:g} حد سے باہر ہے۔ 0 سے 1000 تک کا عدد لکھیں۔</translation>
        </message>
        <message>
            <source>Type a number from 0 to 100,000.</source>
            <translation>0 سے 100,000 تک کا عدد لکھیں۔</translation>
        </message>
        <message>
            <source>Type a number from 1 to 50.</source>
            <translation>1 سے 50 تک کا عدد لکھیں۔</translation>
        </message>
        <message>
            <source>Consent date: the contact person's details are personal data and need their consent. Record when they gave it, or leave the contact details empty.</source>
            <translation>رضامندی کی تاریخ: رابطے کے فرد کی تفصیلات ذاتی معلومات ہیں اور ان کی رضامندی درکار ہے۔ درج کریں کہ انہوں نے کب رضامندی دی، یا رابطے کی تفصیلات خالی چھوڑ دیں۔</translation>
        </message>
        <message>
            <source>How consent was given: it is empty. Say how, for example 'signed the registration form' or 'agreed by phone'.</source>
            <translation>رضامندی کیسے دی گئی: خالی ہے۔ بتائیں کیسے، مثلاً 'رجسٹریشن فارم پر دستخط کیے' یا 'فون پر رضامندی دی'۔</translation>
        </message>
        <message>
            <source>expected text. Type it as words.</source>
            <translation>متن درکار ہے۔ اسے الفاظ میں لکھیں۔</translation>
        </message>
        <message>
            <source>District committee area: the ward {ward} is in {area}, not '{typed}'. Leave the area empty and it is filled in from the ward.</source>
            <translation>ضلعی کمیٹی کا علاقہ: وارڈ {ward} علاقے {area} میں ہے، '{typed}' میں نہیں۔ علاقہ خالی چھوڑ دیں تو یہ وارڈ سے خود بھر جاتا ہے۔</translation>
        </message>
        <message>
            <source>Areas of benefit: '{ward}' is not a current ward. Pick wards from the list, or {whole}.</source>
            <translation>فائدے کے علاقے: '{ward}' موجودہ وارڈ نہیں ہے۔ فہرست میں سے وارڈ چنیں، یا {whole}۔</translation>
        </message>
        <message>
            <source>Bank signatories: how many people can sign? Type a number from 1 to 50.</source>
            <translation>بینک دستخط کنندگان: کتنے لوگ دستخط کر سکتے ہیں؟ 1 سے 50 تک کا عدد لکھیں۔</translation>
        </message>
        <message>
            <source>Policies held: {policy} review date: {problem}</source>
            <translation>موجود پالیسیاں: {policy} کے جائزے کی تاریخ: {problem}</translation>
        </message>
        <message>
            <source>'{field}' is not a registration field. Check the field's name.</source>
            <translation>'{field}' رجسٹریشن کا خانہ نہیں ہے۔ خانے کا نام دیکھیں۔</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>{field}: {problem}۔</translation>
        </message>
        <message>
            <source>No current ward list was found in {folder}. Add the council's ward file there, or point GAPKIT_WARD_FILE at it.</source>
            <translation>{folder} میں کوئی موجودہ وارڈ فہرست نہیں ملی۔ کونسل کی وارڈ فائل وہاں رکھیں، یا GAPKIT_WARD_FILE کو اس کی طرف اشارہ کریں۔</translation>
        </message>
        <message>
            <source>The ward file {file} could not be opened ({reason}). Check the path in settings or GAPKIT_WARD_FILE.</source>
            <translation>وارڈ فائل {file} کھل نہیں سکی ({reason})۔ ترتیبات میں یا GAPKIT_WARD_FILE میں راستہ دیکھیں۔</translation>
        </message>
        <message>
            <source>The ward file {file} could not be read: {reason}. It must be a UTF-8 YAML file.</source>
            <translation>وارڈ فائل {file} پڑھی نہیں جا سکی: {reason}۔ یہ UTF-8 YAML فائل ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>The ward file {file} is not in the expected shape: at {where}, {problem}. Compare it with resources/wards/kirklees-2026.yaml.</source>
            <translation>وارڈ فائل {file} متوقع شکل میں نہیں: {where} پر، {problem}۔ اس کا موازنہ resources/wards/kirklees-2026.yaml سے کریں۔</translation>
        </message>
        <message>
            <source>The ward file {file} lists the ward '{ward}' twice.</source>
            <translation>وارڈ فائل {file} میں وارڈ '{ward}' دو بار درج ہے۔</translation>
        </message>
        <message>
            <source>The ward file {file} puts '{ward}' in the area '{area}', which is not one of its areas. Add it to `areas` or correct the ward's area.</source>
            <translation>وارڈ فائل {file} '{ward}' کو علاقے '{area}' میں رکھتی ہے، جو اس کے علاقوں میں سے نہیں۔ اسے ‎`areas`‎ میں شامل کریں یا وارڈ کا علاقہ درست کریں۔</translation>
        </message>
        <message>
            <source>Cannot create the folder {folder}: {reason}.</source>
            <translation>فولڈر {folder} نہیں بن سکا: {reason}۔</translation>
        </message>
        <message>
            <source>There is no assessment {assessment_id}; {count} report(s) were written to {folder} before it.</source>
            <translation>کوئی جائزہ {assessment_id} نہیں؛ اس سے پہلے {count} رپورٹیں {folder} میں لکھی گئیں۔</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
            <translation>{folder} میں لکھا نہیں جا سکتا: {reason}۔ کوئی اور فولڈر چنیں۔</translation>
        </message>
        <message>
            <source>Could not save the report as {path}: {reason}. Check the disk has space and the file is not open in another program.</source>
            <translation>رپورٹ بطور {path} محفوظ نہیں ہو سکی: {reason}۔ دیکھیں کہ ڈسک پر جگہ ہے اور فائل کسی دوسرے پروگرام میں کھلی نہیں۔</translation>
        </message>
        <message>
            <source>The council public key should be the path of council.pub or its base64 text.</source>
            <translation>کونسل کی پبلک کلید council.pub کا راستہ یا اس کا base64 متن ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>The device file's fingerprint does not match its public key; the file has been changed. Ask for a fresh copy from the laptop.</source>
            <translation>ڈیوائس فائل کا فنگر پرنٹ اس کی پبلک کلید سے نہیں ملتا؛ فائل بدلی گئی ہے۔ لیپ ٹاپ سے نئی نقل مانگیں۔</translation>
        </message>
        <message>
            <source>A council public key is 32 bytes long.</source>
            <translation>کونسل کی پبلک کلید 32 بائٹ لمبی ہوتی ہے۔</translation>
        </message>
        <message>
            <source>This is not a GAP Field Kit device file: it should be the output of `gapkit devices show --json` on the laptop.</source>
            <translation>یہ GAP Field Kit کی ڈیوائس فائل نہیں: اسے لیپ ٹاپ پر ‎`gapkit devices show --json`‎ کا نتیجہ ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>{source} has no {file}, so it is not a complete GAP Field Kit bundle.</source>
            <translation>{source} میں {file} نہیں، اس لیے یہ GAP Field Kit کا مکمل بنڈل نہیں۔</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message>
            <source>{file} has been changed or damaged since the bundle was written (its hash or size does not match datapackage.json). Export it again.</source>
            <translation>بنڈل لکھے جانے کے بعد {file} بدلی گئی یا خراب ہو گئی ہے (اس کا ہیش یا سائز datapackage.json سے نہیں ملتا)۔ اسے دوبارہ ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>{file} would have to be held in memory whole and is more than the {limit:,} bytes allowed for that; it will not be opened.</source>
            <translation>{file} کو پورا میموری میں رکھنا پڑتا، اور یہ اس کے لیے اجازت شدہ {limit:,} بائٹ سے بڑی ہے؛ اسے نہیں کھولا جائے گا۔</translation>
        </message>
        <message>
            <source>manifest.json has no valid format_version; this is not a GAP Field Kit bundle.</source>
            <translation>manifest.json میں درست format_version نہیں؛ یہ GAP Field Kit کا بنڈل نہیں۔</translation>
        </message>
        <message>
            <source>the bundle was written by a newer GAP Field Kit (bundle format {version}; this version reads up to format {supported}). Update GAP Field Kit, then import it again.</source>
            <translation>یہ بنڈل GAP Field Kit کے نئے ورژن نے لکھا ہے (بنڈل فارمیٹ {version}؛ یہ ورژن فارمیٹ {supported} تک پڑھتا ہے)۔ GAP Field Kit اپ ڈیٹ کریں، پھر اسے دوبارہ امپورٹ کریں۔</translation>
        </message>
        <message>
            <source>manifest.json: {problem}.</source>
            <translation>manifest.json: {problem}۔</translation>
        </message>
        <message>
            <source>manifest.json says the bundle was made at {made}, more than a day after this computer's clock. Check the clocks of the laptop and of this computer.</source>
            <translation>manifest.json کے مطابق بنڈل {made} کو بنا، جو اس کمپیوٹر کی گھڑی سے ایک دن سے زیادہ آگے ہے۔ لیپ ٹاپ اور اس کمپیوٹر کی گھڑیاں چیک کریں۔</translation>
        </message>
        <message>
            <source>manifest.json does not give a record count for every table.</source>
            <translation>manifest.json ہر ٹیبل کے ریکارڈز کی تعداد نہیں دیتا۔</translation>
        </message>
        <message>
            <source>datapackage.json lists no resources.</source>
            <translation>datapackage.json میں کوئی وسائل درج نہیں۔</translation>
        </message>
        <message>
            <source>the signature does not match its contents: the bundle was changed after the laptop signed it. Do not import it; export it again from the laptop.</source>
            <translation>دستخط اس کے مواد سے نہیں ملتے: لیپ ٹاپ کے دستخط کے بعد بنڈل بدلا گیا۔ اسے امپورٹ نہ کریں؛ لیپ ٹاپ سے دوبارہ ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>{file} holds {count} records but manifest.json says {expected}.</source>
            <translation>{file} میں {count} ریکارڈ ہیں لیکن manifest.json کے مطابق {expected} ہیں۔</translation>
        </message>
        <message>
            <source>{source}: {file}, record {number} (id {id}): {problem}.</source>
            <translation>{source}: {file}، ریکارڈ {number} (آئی ڈی {id}): {problem}۔</translation>
        </message>
        <message>
            <source>{source}: {file}, record {number}: {problem}.</source>
            <translation>{source}: {file}، ریکارڈ {number}: {problem}۔</translation>
        </message>
        <message>
            <source>{file} contains a NUL byte, which text never holds; the file is damaged.</source>
            <translation>{file} میں NUL بائٹ ہے، جو متن میں کبھی نہیں ہوتا؛ فائل خراب ہے۔</translation>
        </message>
        <message>
            <source>{problem} It will not be opened.</source>
            <translation>{problem} اسے نہیں کھولا جائے گا۔</translation>
        </message>
        <message>
            <source>datapackage.json lists tables this format does not have ({tables}).</source>
            <translation>datapackage.json میں ایسے ٹیبل درج ہیں جو اس فارمیٹ میں نہیں ({tables})۔</translation>
        </message>
        <message>
            <source>datapackage.json lists tables this format does not have (a table twice).</source>
            <translation>datapackage.json میں ایسے ٹیبل درج ہیں جو اس فارمیٹ میں نہیں (ایک ٹیبل دو بار)۔</translation>
        </message>
        <message>
            <source>datapackage.json does not list the {table} table.</source>
            <translation>datapackage.json میں {table} ٹیبل درج نہیں۔</translation>
        </message>
        <message>
            <source>datapackage.json describes the {table} table differently from bundle format {version}; the bundle was changed or not made by GAP Field Kit.</source>
            <translation>datapackage.json {table} ٹیبل کو بنڈل فارمیٹ {version} سے مختلف بیان کرتا ہے؛ بنڈل بدلا گیا ہے یا GAP Field Kit نے نہیں بنایا۔</translation>
        </message>
        <message>
            <source>{file} is missing. The bundle holds only the CSV copy of the {table} table, which cannot be imported without losing detail; export the bundle again from GAP Field Kit rather than editing it.</source>
            <translation>{file} موجود نہیں۔ بنڈل میں {table} ٹیبل کی صرف CSV نقل ہے، جسے تفصیل کھوئے بغیر امپورٹ نہیں کیا جا سکتا؛ بنڈل میں ترمیم کرنے کے بجائے اسے GAP Field Kit سے دوبارہ ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>datapackage.json does not describe {file}.</source>
            <translation>datapackage.json میں {file} کی تفصیل نہیں۔</translation>
        </message>
        <message>
            <source>{file} is missing.</source>
            <translation>{file} موجود نہیں۔</translation>
        </message>
        <message>
            <source>the signature file is damaged or does not belong to this bundle.</source>
            <translation>دستخط کی فائل خراب ہے یا اس بنڈل کی نہیں۔</translation>
        </message>
        <message>
            <source>it was signed with a different key (fingerprint {signer}) from the one enrolled for device {device} ({enrolled}). Do not import it unless the laptop's key was really replaced; if so, enrol the device again.</source>
            <translation>اس پر ایک مختلف کلید سے دستخط ہوئے (فنگر پرنٹ {signer})، نہ کہ ڈیوائس {device} کے لیے درج شدہ کلید سے ({enrolled})۔ اسے امپورٹ نہ کریں جب تک لیپ ٹاپ کی کلید واقعی بدلی نہ گئی ہو؛ اگر بدلی گئی ہے تو ڈیوائس کا دوبارہ اندراج کریں۔</translation>
        </message>
        <message>
            <source>{file} is not valid UTF-8 text at byte {offset:,} (in or near record {near}); the file is damaged or was saved by another program.</source>
            <translation>{file} بائٹ {offset:,} پر درست UTF-8 متن نہیں (ریکارڈ {near} میں یا اس کے قریب)؛ فائل خراب ہے یا کسی دوسرے پروگرام نے محفوظ کی ہے۔</translation>
        </message>
        <message>
            <source>{source} is encrypted to the council's key; import it on the council PC (or give the council private key).</source>
            <translation>{source} کونسل کی کلید سے خفیہ کیا گیا ہے؛ اسے کونسل کے کمپیوٹر پر امپورٹ کریں (یا کونسل کی نجی کلید دیں)۔</translation>
        </message>
        <message>
            <source>datapackage.json gives no valid hash and size for {file}; the bundle was changed or not made by GAP Field Kit.</source>
            <translation>datapackage.json میں {file} کا درست ہیش اور سائز نہیں؛ بنڈل بدلا گیا ہے یا GAP Field Kit نے نہیں بنایا۔</translation>
        </message>
        <message>
            <source>{file} is not valid JSON ({problem}); the file is damaged or cut short.</source>
            <translation>{file} درست JSON نہیں ({problem})؛ فائل خراب ہے یا ادھوری ہے۔</translation>
        </message>
        <message>
            <source>{file} should hold a list of records.</source>
            <translation>{file} میں ریکارڈز کی فہرست ہونی چاہیے۔</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Notice</source>
            <translation>اطلاع</translation>
        </message>
        <message>
            <source>Notice text</source>
            <translation>اطلاع کا متن</translation>
        </message>
        <message>
            <source>Notice action</source>
            <translation>اطلاع کا عمل</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>ہٹائیں</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>اطلاع ہٹائیں</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>All wards</source>
            <translation>تمام وارڈ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>قانونی شکل</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>وارڈ</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>پوسٹ کوڈ</translation>
        </message>
        <message>
            <source>Identifiers</source>
            <translation>شناختی نمبر</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>GAP حیثیت</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>آخری تبدیلی</translation>
        </message>
        <message>
            <source>{shown} of {total} organisations</source>
            <translation>{total} میں سے {shown} تنظیمیں</translation>
        </message>
        <message>
            <source>{total} organisations</source>
            <translation>{total} تنظیمیں</translation>
        </message>
        <message>
            <source>No match among {total} organisations</source>
            <translation>{total} تنظیموں میں کوئی نہیں ملی</translation>
        </message>
        <message>
            <source>{total} organisation</source>
            <translation>{total} تنظیم</translation>
        </message>
        <message>
            <source>No organisations yet. Register the first one with New organisation (Ctrl+N), or load example organisations to try the app.</source>
            <translation>ابھی کوئی تنظیم نہیں۔ پہلی تنظیم ”نئی تنظیم“ (Ctrl+N) سے رجسٹر کریں، یا ایپ آزمانے کے لیے مثالی تنظیمیں لوڈ کریں۔</translation>
        </message>
        <message>
            <source>Load example organisations</source>
            <translation>مثالی تنظیمیں لوڈ کریں</translation>
        </message>
        <message>
            <source>They are for trying the app. Like any organisation they are sent to the council with the next bundle, so delete them before you export real work.</source>
            <translation>یہ ایپ آزمانے کے لیے ہیں۔ کسی بھی تنظیم کی طرح یہ اگلے بنڈل کے ساتھ کونسل کو جاتی ہیں، اس لیے اصل کام برآمد کرنے سے پہلے انہیں حذف کر دیں۔</translation>
        </message>
        <message>
            <source>Load examples</source>
            <translation>مثالیں لوڈ کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Delete organisation</source>
            <translation>تنظیم حذف کریں</translation>
        </message>
        <message>
            <source>It leaves the register on this laptop and in the next sync bundle. You can undo this straight after (Ctrl+Z).</source>
            <translation>یہ اس لیپ ٹاپ کے رجسٹر سے اور اگلے ہم آہنگی بنڈل سے نکل جائے گی۔ آپ فوراً بعد اسے واپس لے سکتے ہیں (Ctrl+Z)۔</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>رکھیں</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>غیر محفوظ تبدیلیاں</translation>
        </message>
        <message>
            <source>If you don't save, what you typed since the last save is lost.</source>
            <translation>اگر آپ محفوظ نہیں کرتے تو پچھلی بار محفوظ کرنے کے بعد لکھا گیا سب ضائع ہو جائے گا۔</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>محفوظ نہ کریں</translation>
        </message>
        <message>
            <source>Search name, charity or company number, postcode (Ctrl+F)</source>
            <translation>نام، چیریٹی یا کمپنی نمبر، پوسٹ کوڈ تلاش کریں (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search organisations</source>
            <translation>تنظیمیں تلاش کریں</translation>
        </message>
        <message>
            <source>Show organisations in ward</source>
            <translation>وارڈ کی تنظیمیں دکھائیں</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>نئی تنظیم</translation>
        </message>
        <message>
            <source>Register a new organisation (Ctrl+N)</source>
            <translation>نئی تنظیم رجسٹر کریں (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete the selected organisation (Delete); Ctrl+Z undoes</source>
            <translation>منتخب تنظیم حذف کریں (Delete)؛ Ctrl+Z سے واپس</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>برآمد کریں…</translation>
        </message>
        <message>
            <source>Export the register to a spreadsheet</source>
            <translation>رجسٹر کو اسپریڈشیٹ میں برآمد کریں</translation>
        </message>
        <message>
            <source>The organisations listed (search and ward as set) as an Excel workbook or CSV file</source>
            <translation>فہرست میں موجود تنظیمیں (تلاش اور وارڈ جیسے طے ہیں) Excel ورک بک یا CSV فائل کی صورت میں</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>تاریخچہ…</translation>
        </message>
        <message>
            <source>History of the organisation</source>
            <translation>تنظیم کا تاریخچہ</translation>
        </message>
        <message>
            <source>Every change to this organisation: before, after, who, when</source>
            <translation>اس تنظیم کی ہر تبدیلی: پہلے، بعد میں، کس نے، کب</translation>
        </message>
        <message>
            <source>No organisations yet</source>
            <translation>ابھی کوئی تنظیم نہیں</translation>
        </message>
        <message>
            <source>Twelve made-up organisations to try the app with</source>
            <translation>ایپ آزمانے کے لیے بارہ فرضی تنظیمیں</translation>
        </message>
        <message>
            <source>Save registration</source>
            <translation>رجسٹریشن محفوظ کریں</translation>
        </message>
        <message>
            <source>Save the registration (Ctrl+S)</source>
            <translation>رجسٹریشن محفوظ کریں (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>تبدیلیاں رد کریں</translation>
        </message>
        <message>
            <source>Start assessment…</source>
            <translation>جائزہ شروع کریں…</translation>
        </message>
        <message>
            <source>Start assessment</source>
            <translation>جائزہ شروع کریں</translation>
        </message>
        <message>
            <source>Run a health check or CAT readiness assessment with this organisation</source>
            <translation>اس تنظیم کے ساتھ صحت کا جائزہ یا CAT کی تیاری کا جائزہ کریں</translation>
        </message>
        <message>
            <source>Registration and funding</source>
            <translation>رجسٹریشن اور فنڈنگ</translation>
        </message>
        <message>
            <source>Re&amp;gistration</source>
            <translation>رجسٹریشن</translation>
        </message>
        <message>
            <source>F&amp;unding</source>
            <translation>فنڈنگ</translation>
        </message>
        <message>
            <source>Register and form</source>
            <translation>رجسٹر اور فارم</translation>
        </message>
        <message>
            <source>this new organisation</source>
            <translation>یہ نئی تنظیم</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>واپس لیں</translation>
        </message>
        <message>
            <source>Add {count} made-up organisations to the register?</source>
            <translation>رجسٹر میں {count} فرضی تنظیمیں شامل کریں؟</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>{name} حذف کریں؟</translation>
        </message>
        <message>
            <source>Save your changes to {name}?</source>
            <translation>{name} میں اپنی تبدیلیاں محفوظ کریں؟</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>فنڈنگ</translation>
        </message>
        <message>
            <source>{ward} (old ward)</source>
            <translation>{ward} (پرانا وارڈ)</translation>
        </message>
        <message>
            <source>Registered {name}.</source>
            <translation>رجسٹر ہو گئی: {name}</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>محفوظ ہو گئی: {name}</translation>
        </message>
        <message>
            <source>There are no organisations listed to export.</source>
            <translation>برآمد کرنے کے لیے فہرست میں کوئی تنظیم نہیں۔</translation>
        </message>
        <message>
            <source>Saved {count} organisations to {file} in {folder}.</source>
            <translation>{count} تنظیمیں محفوظ ہو گئیں: {file}، فولڈر {folder}</translation>
        </message>
        <message>
            <source>Choose an organisation in the list to delete it.</source>
            <translation>حذف کرنے کے لیے فہرست میں سے تنظیم منتخب کریں۔</translation>
        </message>
        <message>
            <source>this organisation</source>
            <translation>یہ تنظیم</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>واپس لینے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>Restored {name}.</source>
            <translation>واپس آ گئی: {name}</translation>
        </message>
        <message>
            <source>Loaded {count} example organisations.</source>
            <translation>{count} مثالی تنظیمیں لوڈ ہو گئیں۔</translation>
        </message>
        <message>
            <source>Exporting organisations: {count}…</source>
            <translation>تنظیمیں برآمد ہو رہی ہیں: {count}…</translation>
        </message>
        <message>
            <source>History of {name}</source>
            <translation>تاریخچہ: {name}</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>حذف ہو گئی: {name}</translation>
        </message>
        <message>
            <source>Deleted {name}. Ctrl+Z undoes.</source>
            <translation>حذف ہو گئی: {name}۔ Ctrl+Z سے واپس لیں۔</translation>
        </message>
        <message>
            <source>Not saved yet: things to put right: {count}</source>
            <translation>ابھی محفوظ نہیں ہوا: درست کرنے والی چیزیں: {count}</translation>
        </message>
        <message>
            <source>Could not save {file}: {error}</source>
            <translation>{file} محفوظ نہیں ہو سکی: {error}</translation>
        </message>
    </context>
    <context>
        <name>OurGroup</name>
        <message>
            <source>We agree that the council may keep these contact details and contact us</source>
            <translation>ہم متفق ہیں کہ کونسل یہ رابطے کی تفصیلات رکھ سکتی ہے اور ہم سے رابطہ کر سکتی ہے</translation>
        </message>
        <message>
            <source>The file is locked: only {council} can open it. To send it, either attach it to an email to your council contact, or copy it to a USB stick and hand it in. You can send again whenever you like; the council simply sees your latest answers.</source>
            <translation>فائل مقفل ہے: صرف {council} اسے کھول سکتی ہے۔ بھیجنے کے لیے اسے کونسل میں اپنے رابطہ کار کو ای میل کے ساتھ لگائیں، یا USB اسٹک پر کاپی کر کے دے آئیں۔ آپ جب چاہیں دوبارہ بھیج سکتے ہیں؛ کونسل بس آپ کے تازہ ترین جواب دیکھتی ہے۔</translation>
        </message>
        <message>
            <source>Where should the file for the council go? (a USB stick, or a folder to email from)</source>
            <translation>کونسل کے لیے فائل کہاں جائے؟ (USB اسٹک، یا وہ فولڈر جہاں سے ای میل کریں)</translation>
        </message>
        <message>
            <source>the council</source>
            <translation>کونسل</translation>
        </message>
        <message>
            <source>About this app</source>
            <translation>اس ایپ کے بارے میں</translation>
        </message>
        <message>
            <source>Your group</source>
            <translation>آپ کا گروپ</translation>
        </message>
        <message>
            <source>Change details</source>
            <translation>تفصیلات بدلیں</translation>
        </message>
        <message>
            <source>Change your group's details</source>
            <translation>اپنے گروپ کی تفصیلات بدلیں</translation>
        </message>
        <message>
            <source>Your health check</source>
            <translation>آپ کا صحت جائزہ</translation>
        </message>
        <message>
            <source>Health check progress</source>
            <translation>صحت جائزے کی پیش رفت</translation>
        </message>
        <message>
            <source>Start the health check</source>
            <translation>صحت جائزہ شروع کریں</translation>
        </message>
        <message>
            <source>Send it to the council</source>
            <translation>اسے کونسل کو بھیجیں</translation>
        </message>
        <message>
            <source>How sending works</source>
            <translation>بھیجنا کیسے ہوتا ہے</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>بھیج دیا</translation>
        </message>
        <message>
            <source>Send to the council…</source>
            <translation>کونسل کو بھیجیں…</translation>
        </message>
        <message>
            <source>Send to the council</source>
            <translation>کونسل کو بھیجیں</translation>
        </message>
        <message>
            <source>Tell the council who you are. Only the group's name, its legal form and postcode are needed; a contact person helps the council get back to you.</source>
            <translation>کونسل کو بتائیں آپ کون ہیں۔ صرف گروپ کا نام، قانونی شکل اور پوسٹ کوڈ ضروری ہیں؛ رابطہ کار ہو تو کونسل آپ سے رابطہ کر سکتی ہے۔</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>گروپ کا نام</translation>
        </message>
        <message>
            <source>e.g. Dalton Community Garden</source>
            <translation>مثلاً Dalton Community Garden</translation>
        </message>
        <message>
            <source>What kind of group</source>
            <translation>گروپ کی قسم</translation>
        </message>
        <message>
            <source>where you meet, e.g. HD1 2AB</source>
            <translation>جہاں آپ ملتے ہیں، مثلاً HD1 2AB</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>یقین نہیں</translation>
        </message>
        <message>
            <source>Registration problem</source>
            <translation>رجسٹریشن کا مسئلہ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Cancel changing the details</source>
            <translation>تفصیلات بدلنا منسوخ کریں</translation>
        </message>
        <message>
            <source>Register our group</source>
            <translation>ہمارا گروپ رجسٹر کریں</translation>
        </message>
        <message>
            <source>no contact person given</source>
            <translation>کوئی رابطہ کار نہیں دیا گیا</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>فائل لکھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>مرحلہ {number}: {title}</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Register your group</source>
            <translation>اپنا گروپ رجسٹر کریں</translation>
        </message>
        <message>
            <source>Sit together, one screen everyone can see. Before each section you read a short guide; then each person rates each statement privately, you reveal the ratings together and agree one answer. Everything is saved as you go.</source>
            <translation>ایک ساتھ بیٹھیں، ایک اسکرین جو سب دیکھ سکیں۔ ہر حصے سے پہلے آپ ایک مختصر رہنمائی پڑھتے ہیں؛ پھر ہر فرد ہر بیان کو الگ سے درجہ دیتا ہے، آپ مل کر درجے ظاہر کرتے ہیں اور ایک جواب پر متفق ہوتے ہیں۔ سب کچھ ساتھ ساتھ محفوظ ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Not started yet. It takes 60 to 90 minutes.</source>
            <translation>ابھی شروع نہیں ہوا۔ اس میں 60 سے 90 منٹ لگتے ہیں۔</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Your group's self-assessment, to share with {council}.</source>
            <translation>آپ کے گروپ کا خود جائزہ، {council} کے ساتھ بانٹنے کے لیے۔</translation>
        </message>
        <message>
            <source>See results and report</source>
            <translation>نتائج اور رپورٹ دیکھیں</translation>
        </message>
        <message>
            <source>Started: carry on where you left off.</source>
            <translation>شروع ہو چکا: جہاں چھوڑا تھا وہیں سے جاری رکھیں۔</translation>
        </message>
        <message>
            <source>Carry on</source>
            <translation>جاری رکھیں</translation>
        </message>
        <message>
            <source>Saved {file} in {folder}. Now email it to {council}, or take the stick to them.</source>
            <translation>{file} محفوظ ہو گئی، فولڈر {folder}۔ اب اسے {council} کو ای میل کریں، یا اسٹک انہیں دے آئیں۔</translation>
        </message>
        <message>
            <source>The file for {council} is ready: {path}</source>
            <translation>{council} کے لیے فائل تیار ہے: {path}</translation>
        </message>
        <message>
            <source>Welcome. This is your group's own health check, to share with {council} when you are ready. Start by registering your group.</source>
            <translation>خوش آمدید۔ یہ آپ کے گروپ کا اپنا صحت جائزہ ہے، جب آپ تیار ہوں تو {council} کے ساتھ بانٹنے کے لیے۔ اپنا گروپ رجسٹر کر کے شروع کریں۔</translation>
        </message>
        <message>
            <source>Contact: {contact}</source>
            <translation>رابطہ: {contact}</translation>
        </message>
        <message>
            <source>Finished. See your results, your action plan, and save the report.</source>
            <translation>مکمل۔ اپنے نتائج اور عملی منصوبہ دیکھیں، اور رپورٹ محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Something went wrong while writing the file; nothing was sent and your answers are safe. The details are in the log file. ({message})</source>
            <translation>فائل لکھتے ہوئے کچھ غلط ہو گیا؛ کچھ نہیں بھیجا گیا اور آپ کے جواب محفوظ ہیں۔ تفصیل لاگ فائل میں ہے۔ ({message})</translation>
        </message>
        <message>
            <source>Finished on {date}. See your strengths, the areas to work on, your action plan, and save the report.</source>
            <translation>{date} کو مکمل ہوا۔ اپنی خوبیاں، بہتری کے شعبے اور عملی منصوبہ دیکھیں، اور رپورٹ محفوظ کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Ready</source>
            <translation>تیار</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>مدد کے ساتھ تیار</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>ابھی تیار نہیں</translation>
        </message>
        <message>
            <source>Health checks</source>
            <translation>صحت کے جائزے</translation>
        </message>
        <message>
            <source>all wards</source>
            <translation>تمام وارڈز</translation>
        </message>
        <message>
            <source>Saved CSV files ({count}: {file}, …) in {folder}.</source>
            <translation>CSV فائلیں ({count}: {file}، …) {folder} میں محفوظ ہو گئیں۔</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>وارڈ</translation>
        </message>
        <message>
            <source>Assessed from</source>
            <translation>جائزہ کب سے</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تک</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تازہ کریں</translation>
        </message>
        <message>
            <source>Export to spreadsheet…</source>
            <translation>اسپریڈشیٹ میں برآمد کریں…</translation>
        </message>
        <message>
            <source>Every table of the overview, in full, as an Excel workbook (.xlsx) or CSV files</source>
            <translation>خلاصے کا ہر جدول، مکمل، ایکسل ورک بک (.xlsx) یا CSV فائلوں کی صورت میں</translation>
        </message>
        <message>
            <source>Working out the overview…</source>
            <translation>خلاصہ تیار ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Include work not yet approved</source>
            <translation>وہ کام بھی شامل کریں جو ابھی منظور نہیں ہوا</translation>
        </message>
        <message>
            <source>Off: the figures count only assessments council staff approved on the Assessments page. On: every completed assessment, approved or not.</source>
            <translation>بند: اعداد میں صرف وہ جائزے گنے جاتے ہیں جو کونسل کے عملے نے جائزے کے صفحے پر منظور کیے۔ آن: ہر مکمل جائزہ، منظور شدہ ہو یا نہیں۔</translation>
        </message>
        <message>
            <source>All wards</source>
            <translation>تمام وارڈز</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>شروع</translation>
        </message>
        <message>
            <source>today</source>
            <translation>آج</translation>
        </message>
        <message>
            <source>(every completed assessment counts, approved or not)</source>
            <translation>(ہر مکمل جائزہ گنا جاتا ہے، منظور شدہ ہو یا نہیں)</translation>
        </message>
        <message>
            <source>number: average score (0–100)</source>
            <translation>تعداد: اوسط اسکور (0–100)</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>ابھی دکھانے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>Saved {file} in {folder}.</source>
            <translation>{file} کو {folder} میں محفوظ کر دیا گیا۔</translation>
        </message>
        <message>
            <source>Support needs by ward and theme</source>
            <translation>وارڈ اور موضوع کے لحاظ سے مدد کی ضروریات</translation>
        </message>
        <message>
            <source>CAT readiness over time (per quarter)</source>
            <translation>وقت کے ساتھ CAT کی تیاری (ہر سہ ماہی)</translation>
        </message>
        <message>
            <source>Health checks per quarter (average score)</source>
            <translation>ہر سہ ماہی صحت کے جائزے (اوسط اسکور)</translation>
        </message>
        <message>
            <source>Organisations by legal form</source>
            <translation>قانونی شکل کے لحاظ سے تنظیمیں</translation>
        </message>
        <message>
            <source>Organisations by ward</source>
            <translation>وارڈ کے لحاظ سے تنظیمیں</translation>
        </message>
        <message>
            <source>No completed assessments have raised support needs yet.</source>
            <translation>ابھی کسی مکمل جائزے نے مدد کی ضرورت ظاہر نہیں کی۔</translation>
        </message>
        <message>
            <source>Organisations whose latest assessment raised each support need, 1 theme most needed first; darker means more.</source>
            <translation>وہ تنظیمیں جن کے تازہ ترین جائزے نے ہر مدد کی ضرورت ظاہر کی، 1 موضوع، سب سے زیادہ ضروری پہلے؛ گہرا رنگ یعنی زیادہ۔</translation>
        </message>
        <message>
            <source>1 organisation registered in {where}</source>
            <translation>{where} میں 1 تنظیم رجسٹرڈ</translation>
        </message>
        <message>
            <source>{count} organisations registered in {where}</source>
            <translation>{where} میں {count} تنظیمیں رجسٹرڈ</translation>
        </message>
        <message>
            <source>{count} with a completed assessment from {start} to {end}</source>
            <translation>{start} سے {end} تک {count} کا مکمل جائزہ</translation>
        </message>
        <message>
            <source>{count} with a completed assessment</source>
            <translation>{count} کا مکمل جائزہ</translation>
        </message>
        <message>
            <source>that council staff approved; 1 assessment not yet approved left out</source>
            <translation>جسے کونسل کے عملے نے منظور کیا؛ 1 غیر منظور شدہ جائزہ شامل نہیں</translation>
        </message>
        <message>
            <source>that council staff approved</source>
            <translation>جسے کونسل کے عملے نے منظور کیا</translation>
        </message>
        <message>
            <source>Organisations whose latest assessment raised each support need, {count} themes most needed first; darker means more.</source>
            <translation>وہ تنظیمیں جن کے تازہ ترین جائزے نے ہر مدد کی ضرورت ظاہر کی، {count} موضوعات، سب سے زیادہ ضروری پہلے؛ گہرا رنگ یعنی زیادہ۔</translation>
        </message>
        <message>
            <source>1 more theme is in the spreadsheet export or on a wider window.</source>
            <translation>1 مزید موضوع اسپریڈشیٹ برآمد میں یا چوڑی کھڑکی میں ہے۔</translation>
        </message>
        <message>
            <source>1 more theme is in the spreadsheet export.</source>
            <translation>1 مزید موضوع اسپریڈشیٹ برآمد میں ہے۔</translation>
        </message>
        <message>
            <source>that council staff approved; {count} assessments not yet approved left out</source>
            <translation>جسے کونسل کے عملے نے منظور کیا؛ {count} غیر منظور شدہ جائزے شامل نہیں</translation>
        </message>
        <message>
            <source>Could not save {file}: {reason}</source>
            <translation>{file} محفوظ نہیں ہو سکی: {reason}</translation>
        </message>
        <message>
            <source>{count} more themes are in the spreadsheet export or on a wider window.</source>
            <translation>{count} مزید موضوعات اسپریڈشیٹ برآمد میں یا چوڑی کھڑکی میں ہیں۔</translation>
        </message>
        <message>
            <source>{count} more themes are in the spreadsheet export.</source>
            <translation>{count} مزید موضوعات اسپریڈشیٹ برآمد میں ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>PhonePage</name>
        <message>
            <source>Vote</source>
            <translation>ووٹ دیں</translation>
        </message>
        <message>
            <source>Silent vote</source>
            <translation>خاموش ووٹ</translation>
        </message>
        <message>
            <source>your rating stays private until everyone has voted</source>
            <translation>جب تک سب ووٹ نہ دے دیں، آپ کی درجہ بندی نجی رہتی ہے</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>PIN درج کریں</translation>
        </message>
        <message>
            <source>The 4-digit PIN is on the laptop or the big screen.</source>
            <translation>4 ہندسوں کا PIN لیپ ٹاپ یا بڑی اسکرین پر ہے۔</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>آگے</translation>
        </message>
        <message>
            <source>Which one is you?</source>
            <translation>آپ کون سے ہیں؟</translation>
        </message>
        <message>
            <source>Choose the label the facilitator gave you. Only you can vote for it.</source>
            <translation>وہ نشان چنیں جو سہولت کار نے آپ کو دیا ہے۔ اس پر صرف آپ ووٹ دے سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Waiting for the next statement</source>
            <translation>اگلے بیان کا انتظار</translation>
        </message>
        <message>
            <source>Keep this page open. It moves on by itself.</source>
            <translation>یہ صفحہ کھلا رکھیں۔ یہ خود آگے بڑھ جائے گا۔</translation>
        </message>
        <message>
            <source>(taken)</source>
            <translation>(لیا جا چکا)</translation>
        </message>
        <message>
            <source>You are {chip}</source>
            <translation>آپ ہیں: {chip}</translation>
        </message>
        <message>
            <source>Statement {number} of {total}</source>
            <translation>بیان {number} از {total}</translation>
        </message>
        <message>
            <source>The votes are on the screen now. Talk about them together.</source>
            <translation>ووٹ اب اسکرین پر ہیں۔ مل کر ان پر بات کریں۔</translation>
        </message>
        <message>
            <source>Your vote is in ({voted} of {people} have voted). You can change it until the votes are shown.</source>
            <translation>آپ کا ووٹ آ گیا ({people} میں سے {voted} نے ووٹ دیا)۔ ووٹ دکھائے جانے تک آپ اسے بدل سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Tap the one that fits best. Nobody sees your vote until everyone has voted.</source>
            <translation>جو سب سے زیادہ مناسب ہو اسے چھوئیں۔ جب تک سب ووٹ نہ دے دیں، کوئی آپ کا ووٹ نہیں دیکھے گا۔</translation>
        </message>
        <message>
            <source>The PIN has 4 digits.</source>
            <translation>PIN میں 4 ہندسے ہیں۔</translation>
        </message>
        <message>
            <source>Can't reach the laptop. Check the Wi-Fi.</source>
            <translation>لیپ ٹاپ سے رابطہ نہیں ہو رہا۔ Wi-Fi چیک کریں۔</translation>
        </message>
        <message>
            <source>That didn't work. Try again.</source>
            <translation>یہ نہیں ہوا۔ دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Your vote didn't arrive. Try again.</source>
            <translation>آپ کا ووٹ نہیں پہنچا۔ دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The PIN has changed.</source>
            <translation>PIN بدل گیا ہے۔</translation>
        </message>
        <message>
            <source>Can't reach the laptop just now. Trying again…</source>
            <translation>ابھی لیپ ٹاپ سے رابطہ نہیں ہو رہا۔ دوبارہ کوشش ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Another phone has already chosen this person.</source>
            <translation>کسی اور فون نے یہ شخص پہلے ہی چن لیا ہے۔</translation>
        </message>
        <message>
            <source>Busy. Try again in a moment.</source>
            <translation>مصروف۔ تھوڑی دیر بعد کوشش کریں۔</translation>
        </message>
        <message>
            <source>Nothing here.</source>
            <translation>یہاں کچھ نہیں ہے۔</translation>
        </message>
        <message>
            <source>Phone voting answers the local network only.</source>
            <translation>فون ووٹنگ صرف مقامی نیٹ ورک پر کام کرتی ہے۔</translation>
        </message>
        <message>
            <source>Send a Content-Length.</source>
            <translation>Content-Length بھیجیں۔</translation>
        </message>
        <message>
            <source>Something went wrong. Try again.</source>
            <translation>کچھ غلط ہو گیا۔ دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>That PIN is not right. Check the number on the screen.</source>
            <translation>یہ PIN درست نہیں۔ اسکرین پر نمبر دیکھیں۔</translation>
        </message>
        <message>
            <source>That is not one of the choices.</source>
            <translation>یہ انتخاب میں سے نہیں ہے۔</translation>
        </message>
        <message>
            <source>That request is not JSON.</source>
            <translation>یہ درخواست JSON نہیں ہے۔</translation>
        </message>
        <message>
            <source>That request is not a JSON object.</source>
            <translation>یہ درخواست JSON آبجیکٹ نہیں ہے۔</translation>
        </message>
        <message>
            <source>That request is too big.</source>
            <translation>یہ درخواست بہت بڑی ہے۔</translation>
        </message>
        <message>
            <source>The group has moved on. Your screen will catch up.</source>
            <translation>گروپ آگے بڑھ گیا ہے۔ آپ کی اسکرین بھی آ جائے گی۔</translation>
        </message>
        <message>
            <source>The votes have been shown, so they can't change now.</source>
            <translation>ووٹ دکھائے جا چکے ہیں، اس لیے اب بدل نہیں سکتے۔</translation>
        </message>
        <message>
            <source>There is no statement to vote on just now.</source>
            <translation>ابھی ووٹ کے لیے کوئی بیان نہیں ہے۔</translation>
        </message>
        <message>
            <source>There is no such person in this session.</source>
            <translation>اس نشست میں ایسا کوئی شخص نہیں ہے۔</translation>
        </message>
        <message>
            <source>This phone has not chosen who it is yet.</source>
            <translation>اس فون نے ابھی نہیں چنا کہ یہ کون ہے۔</translation>
        </message>
        <message>
            <source>Too many requests. Slow down a little.</source>
            <translation>بہت زیادہ درخواستیں۔ ذرا آہستہ۔</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Wait a minute and try again.</source>
            <translation>بہت زیادہ غلط PIN۔ ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoting</name>
        <message>
            <source>&lt;p&gt;Phones need to be on the same network as this laptop. No internet is needed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If the hall has Wi-Fi&lt;/b&gt;, join the laptop and the phones to it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If not, turn on the laptop's own hotspot&lt;/b&gt; and ask people to join it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows 10 and 11:&lt;/b&gt; Settings → Network &amp;amp; internet → Mobile hotspot → turn it on. The network name and password are shown there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;macOS:&lt;/b&gt; a Mac cannot share Wi-Fi over Wi-Fi; use the hall's Wi-Fi, or a phone's hotspot that both the laptop and the other phones join.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Linux (GNOME):&lt;/b&gt; Settings → Wi-Fi → ⋮ menu → Turn On Wi-Fi Hotspot….&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then people scan the QR code, or type the address, and enter the PIN.&lt;/p&gt;&lt;p&gt;GAP Field Kit never changes your network settings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;فونز کو اسی نیٹ ورک پر ہونا چاہیے جس پر یہ لیپ ٹاپ ہے۔ انٹرنیٹ کی ضرورت نہیں۔&lt;/p&gt;&lt;p&gt;&lt;b&gt;اگر ہال میں Wi-Fi ہے&lt;/b&gt; تو لیپ ٹاپ اور فونز کو اس سے جوڑیں۔&lt;/p&gt;&lt;p&gt;&lt;b&gt;اگر نہیں، تو لیپ ٹاپ کا اپنا ہاٹ اسپاٹ چالو کریں&lt;/b&gt; اور لوگوں سے کہیں کہ اس سے جڑیں:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows 10 اور 11:&lt;/b&gt; Settings → Network &amp;amp; internet → Mobile hotspot → چالو کریں۔ نیٹ ورک کا نام اور پاس ورڈ وہیں دکھائے جاتے ہیں۔&lt;/li&gt;&lt;li&gt;&lt;b&gt;macOS:&lt;/b&gt; Mac، Wi-Fi کو Wi-Fi پر شیئر نہیں کر سکتا؛ ہال کا Wi-Fi استعمال کریں، یا کسی فون کا ہاٹ اسپاٹ جس سے لیپ ٹاپ اور باقی فون جڑیں۔&lt;/li&gt;&lt;li&gt;&lt;b&gt;Linux (GNOME):&lt;/b&gt; Settings → Wi-Fi → ⋮ مینو → Turn On Wi-Fi Hotspot….&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;پھر لوگ QR کوڈ اسکین کریں، یا پتہ لکھیں، اور PIN درج کریں۔&lt;/p&gt;&lt;p&gt;GAP Field Kit کبھی آپ کی نیٹ ورک سیٹنگز نہیں بدلتا۔&lt;/p&gt;</translation>
        </message>
        <message>
            <source>QR code to open the voting page</source>
            <translation>ووٹنگ کا صفحہ کھولنے کے لیے QR کوڈ</translation>
        </message>
        <message>
            <source>How to connect phones…</source>
            <translation>فون کیسے جوڑیں…</translation>
        </message>
        <message>
            <source>How to connect phones</source>
            <translation>فون کیسے جوڑیں</translation>
        </message>
        <message>
            <source>Stop phone voting</source>
            <translation>فون ووٹنگ بند کریں</translation>
        </message>
        <message>
            <source>Connecting phones</source>
            <translation>فون جوڑنا</translation>
        </message>
        <message>
            <source>Phone voting is on</source>
            <translation>فون ووٹنگ چالو ہے</translation>
        </message>
        <message>
            <source>Scan the code, or open &lt;b&gt;{address}&lt;/b&gt; and enter PIN {pin}</source>
            <translation>کوڈ اسکین کریں، یا &lt;b&gt;{address}&lt;/b&gt; کھولیں اور PIN {pin} درج کریں</translation>
        </message>
        <message>
            <source>PIN {pin}. This laptop is not on a network yet: join the hall's Wi-Fi or turn on its hotspot (How to connect phones).</source>
            <translation>PIN {pin}۔ یہ لیپ ٹاپ ابھی کسی نیٹ ورک پر نہیں ہے: ہال کے Wi-Fi سے جوڑیں یا اس کا ہاٹ اسپاٹ چالو کریں (فون کیسے جوڑیں)۔</translation>
        </message>
        <message>
            <source>{voted} of {people} have voted</source>
            <translation>{people} میں سے {voted} نے ووٹ دیا</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Contact name</source>
            <translation>رابطہ کار کا نام</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>رابطہ کار کی ای میل</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>رابطہ کار کا فون</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>رابطہ کار کا عہدہ</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>پسندیدہ زبان</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>رضامندی کی تاریخ</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>رضامندی کیسے دی گئی</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>رضامندی کس چیز کی ہے</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>سہولت کار</translation>
        </message>
        <message>
            <source>Participant label</source>
            <translation>شریک کا لیبل</translation>
        </message>
        <message>
            <source>Who will do it</source>
            <translation>کون کرے گا</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>لکھنے والا</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>جگہ</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>کیا کرنا ہے</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>پیش کردہ مدد</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>شریک</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>Action review</source>
            <translation>اقدام کا جائزہ</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>جائزے کا نوٹ</translation>
        </message>
        <message>
            <source>{what}: {organisation}</source>
            <translation>{what}: {organisation}</translation>
        </message>
        <message>
            <source>Erase personal data?</source>
            <translation>ذاتی ڈیٹا مٹا دیں؟</translation>
        </message>
        <message>
            <source>Keep everything</source>
            <translation>سب کچھ رکھیں</translation>
        </message>
        <message>
            <source>Contacts due for review</source>
            <translation>نظرثانی کے لیے واجب رابطے</translation>
        </message>
        <message>
            <source>&amp;Keep contact</source>
            <translation>رابطہ رکھیں</translation>
        </message>
        <message>
            <source>&amp;Erase contact…</source>
            <translation>رابطہ مٹائیں…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>کہاں</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>قدر</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>رابطہ</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>آخری سرگرمی</translation>
        </message>
        <message>
            <source>Earlier decision</source>
            <translation>پچھلا فیصلہ</translation>
        </message>
        <message>
            <source>Kept on {date}</source>
            <translation>{date} کو رکھا گیا</translation>
        </message>
        <message>
            <source>&lt;b&gt;Erase everything held about {person}?&lt;/b&gt; These values will be removed from this computer's records and from their history, leaving “erased on (date) at the person's request”. The erasure travels in the next bundle or field pack and reaches every copy. It cannot be undone.</source>
            <translation>&lt;b&gt;{person} کے بارے میں رکھی گئی ہر چیز مٹا دیں؟&lt;/b&gt; یہ قدریں اس کمپیوٹر کے ریکارڈ اور ان کی تاریخ سے ہٹا دی جائیں گی، اور ان کی جگہ “(تاریخ) کو اس شخص کی درخواست پر مٹایا گیا” لکھا رہے گا۔ مٹانا اگلے بنڈل یا فیلڈ پیک کے ساتھ جاتا ہے اور ہر نقل تک پہنچتا ہے۔ اسے واپس نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>Entries of their history scrubbed: {count}.</source>
            <translation>تاریخ کے صاف کیے گئے اندراجات: {count}۔</translation>
        </message>
        <message>
            <source>Erase these values ({count})</source>
            <translation>یہ قدریں مٹائیں ({count})</translation>
        </message>
        <message>
            <source>Organisations holding a contact person's details, with no activity for {years} years or more: {count}. Keep a contact (the decision is recorded in the organisation's history and the period starts again) or erase it.</source>
            <translation>وہ تنظیمیں جن کے پاس کسی رابطہ کار کی تفصیلات ہیں اور {years} سال یا اس سے زیادہ سے کوئی سرگرمی نہیں: {count}۔ رابطہ رکھیں (فیصلہ تنظیم کی تاریخ میں درج ہوتا ہے اور مدت دوبارہ شروع ہوتی ہے) یا اسے مٹا دیں۔</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(کوئی نام نہیں)</translation>
        </message>
        <message>
            <source>Conflicts scrubbed: {count}.</source>
            <translation>صاف کیے گئے تضادات: {count}۔</translation>
        </message>
        <message>
            <source>The app's backups of the database deleted (all are older than the erasure): {count}.</source>
            <translation>ڈیٹا بیس کے ایپ والے بیک اپ حذف کیے گئے (سب مٹانے سے پرانے ہیں): {count}۔</translation>
        </message>
        <message>
            <source>{field} (only they are taken out)</source>
            <translation>{field} (صرف اس شخص کی تفصیلات ہٹائی جاتی ہیں)</translation>
        </message>
        <message>
            <source>Personal data (UK GDPR)</source>
            <translation>ذاتی ڈیٹا (UK GDPR)</translation>
        </message>
        <message>
            <source>Find everything held about a person (by name, email or phone) to give them a copy, or erase it at their request. See docs/privacy.md.</source>
            <translation>کسی شخص کے بارے میں رکھی گئی ہر چیز تلاش کریں (نام، ای میل یا فون سے) تاکہ انہیں اس کی نقل دی جا سکے، یا ان کی درخواست پر اسے مٹا دیں۔ docs/privacy.md دیکھیں۔</translation>
        </message>
        <message>
            <source>Name, email or phone</source>
            <translation>نام، ای میل یا فون</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Subject access &amp;export…</source>
            <translation>رسائی کی درخواست کی برآمد…</translation>
        </message>
        <message>
            <source>E&amp;rase…</source>
            <translation>مٹائیں…</translation>
        </message>
        <message>
            <source> years</source>
            <translation> سال</translation>
        </message>
        <message>
            <source>Review due contacts…</source>
            <translation>واجب رابطوں پر نظرثانی…</translation>
        </message>
        <message>
            <source>&amp;Forget it on this computer…</source>
            <translation>اس کمپیوٹر پر بھول جائیں…</translation>
        </message>
        <message>
            <source>Folder for the subject access files</source>
            <translation>رسائی کی درخواست کی فائلوں کا فولڈر</translation>
        </message>
        <message>
            <source>Erasing…</source>
            <translation>مٹایا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Forget completed work?</source>
            <translation>مکمل کام بھول جائیں؟</translation>
        </message>
        <message>
            <source>The council has confirmed receiving them. Their answers, participants, actions and history are deleted here only; the council keeps them, and a field pack can bring them back.</source>
            <translation>کونسل نے انہیں وصول کرنے کی تصدیق کر دی ہے۔ ان کے جوابات، شرکاء، اقدامات اور تاریخ صرف یہاں سے حذف ہوتے ہیں؛ کونسل انہیں رکھتی ہے، اور فیلڈ پیک انہیں واپس لا سکتا ہے۔</translation>
        </message>
        <message>
            <source>Forget them</source>
            <translation>بھول جائیں</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>انہیں رکھیں</translation>
        </message>
        <message>
            <source>Forgetting…</source>
            <translation>بھلایا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Kept; the decision is in the organisation's history.</source>
            <translation>رکھ لیا گیا؛ فیصلہ تنظیم کی تاریخ میں درج ہے۔</translation>
        </message>
        <message>
            <source>Review contacts after</source>
            <translation>رابطوں پر نظرثانی</translation>
        </message>
        <message>
            <source>without activity</source>
            <translation>بغیر سرگرمی کے بعد</translation>
        </message>
        <message>
            <source>Looking for “{person}”…</source>
            <translation>“{person}” کو تلاش کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Wrote {json} and {pdf}.</source>
            <translation>{json} اور {pdf} لکھ دی گئیں۔</translation>
        </message>
        <message>
            <source>Erased. Values: {values}; records: {records}; history entries scrubbed: {history}; backups deleted: {backups}. The erasure travels in the next bundle or field pack.</source>
            <translation>مٹا دیا گیا۔ قدریں: {values}؛ ریکارڈ: {records}؛ تاریخ کے صاف کیے گئے اندراجات: {history}؛ حذف شدہ بیک اپ: {backups}۔ مٹانا اگلے بنڈل یا فیلڈ پیک کے ساتھ جاتا ہے۔</translation>
        </message>
        <message>
            <source>Completed assessments the council has confirmed receiving: {count}. Forgetting them leaves less on this computer if it is lost; the council keeps them.</source>
            <translation>مکمل جائزے جن کی وصولی کی کونسل نے تصدیق کی ہے: {count}۔ انہیں بھول جانے سے کمپیوٹر گم ہونے کی صورت میں اس پر کم ڈیٹا رہتا ہے؛ کونسل انہیں رکھتی ہے۔</translation>
        </message>
        <message>
            <source>Completed assessments to forget on this computer: {count}. Forget them?</source>
            <translation>اس کمپیوٹر پر بھلائے جانے والے مکمل جائزے: {count}۔ انہیں بھول جائیں؟</translation>
        </message>
        <message>
            <source>Completed assessments forgotten on this computer: {count}.</source>
            <translation>اس کمپیوٹر پر بھلائے گئے مکمل جائزے: {count}۔</translation>
        </message>
        <message>
            <source>Nothing is held about “{person}”. Check the spelling, or look for their email or phone number.</source>
            <translation>“{person}” کے بارے میں کچھ نہیں رکھا گیا۔ ہجے دیکھیں، یا ان کی ای میل یا فون نمبر تلاش کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Projector</name>
        <message>
            <source>Projector</source>
            <translation>پروجیکٹر</translation>
        </message>
        <message>
            <source>How the group rated it</source>
            <translation>گروپ نے کیا درجہ دیا</translation>
        </message>
        <message>
            <source>The ratings differ by two levels or more</source>
            <translation>درجات میں دو یا زیادہ کا فرق ہے</translation>
        </message>
        <message>
            <source>The ratings are shown when everyone has rated.</source>
            <translation>جب سب درجہ دے دیں گے تو درجات دکھائے جائیں گے۔</translation>
        </message>
        <message>
            <source>TALK ABOUT THIS</source>
            <translation>اس پر بات کریں</translation>
        </message>
        <message>
            <source>Vote on your phone: {address}  ·  PIN {pin}</source>
            <translation>اپنے فون پر ووٹ دیں: {address}  ·  PIN {pin}</translation>
        </message>
        <message>
            <source>statement {position} of {shown}</source>
            <translation>بیان {position} از {shown}</translation>
        </message>
        <message>
            <source>{rated} of {raters} have rated.</source>
            <translation>{raters} میں سے {rated} نے درجہ دیا ہے۔</translation>
        </message>
        <message>
            <source>section {number} of {count}</source>
            <translation>حصہ {number} از {count}</translation>
        </message>
    </context>
    <context>
        <name>Radar</name>
        <message>
            <source>no score</source>
            <translation>کوئی اسکور نہیں</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>ابھی کوئی اسکور نہیں</translation>
        </message>
    </context>
    <context>
        <name>RegisterOrganisation</name>
        <message>
            <source>Register an organisation</source>
            <translation>تنظیم رجسٹر کریں</translation>
        </message>
        <message>
            <source>Save and go back</source>
            <translation>محفوظ کریں اور واپس جائیں</translation>
        </message>
        <message>
            <source>Save the registration and go back</source>
            <translation>رجسٹریشن محفوظ کریں اور واپس جائیں</translation>
        </message>
        <message>
            <source>Register the organisation and return to the start (Ctrl+S)</source>
            <translation>تنظیم رجسٹر کریں اور آغاز پر واپس جائیں (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Cancel: register nothing</source>
            <translation>منسوخ کریں: کچھ رجسٹر نہ کریں</translation>
        </message>
    </context>
    <context>
        <name>RegisterPreview</name>
        <message>
            <source>Opening your data…</source>
            <translation>آپ کا ڈیٹا کھل رہا ہے…</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>تنظیمیں</translation>
        </message>
        <message>
            <source>Search name, charity or company number, postcode (Ctrl+F)</source>
            <translation>نام، چیریٹی یا کمپنی نمبر، پوسٹ کوڈ تلاش کریں (Ctrl+F)</translation>
        </message>
        <message>
            <source>All wards</source>
            <translation>تمام وارڈز</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>برآمد کریں…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>تاریخچہ…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>نئی تنظیم</translation>
        </message>
    </context>
    <context>
        <name>Registration</name>
        <message>
            <source>Whole district</source>
            <translation>پورا ضلع</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>دوسرے نام</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>قانونی شکل</translation>
        </message>
        <message>
            <source>Legal form (other)</source>
            <translation>قانونی شکل (دیگر)</translation>
        </message>
        <message>
            <source>Charity number</source>
            <translation>چیریٹی نمبر</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>کمپنی نمبر</translation>
        </message>
        <message>
            <source>Mutuals register number</source>
            <translation>میوچلز رجسٹر نمبر</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>پتا</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>قصبہ / شہر</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>پوسٹ کوڈ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>وارڈ</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>وارڈوں کی فہرست</translation>
        </message>
        <message>
            <source>District committee area</source>
            <translation>ضلعی کمیٹی کا علاقہ</translation>
        </message>
        <message>
            <source>Areas of benefit</source>
            <translation>فائدے کے علاقے</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>موضوعات</translation>
        </message>
        <message>
            <source>Who benefits</source>
            <translation>کس کو فائدہ ہوتا ہے</translation>
        </message>
        <message>
            <source>Who benefits (other)</source>
            <translation>کس کو فائدہ ہوتا ہے (دیگر)</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>قیام کا سال</translation>
        </message>
        <message>
            <source>Annual income</source>
            <translation>سالانہ آمدنی</translation>
        </message>
        <message>
            <source>Trustees / committee members</source>
            <translation>ٹرسٹی / کمیٹی ارکان</translation>
        </message>
        <message>
            <source>Paid staff (FTE)</source>
            <translation>تنخواہ دار عملہ (FTE)</translation>
        </message>
        <message>
            <source>Regular volunteers</source>
            <translation>باقاعدہ رضاکار</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>بینک اکاؤنٹ</translation>
        </message>
        <message>
            <source>Bank signatories</source>
            <translation>بینک دستخط کنندگان</translation>
        </message>
        <message>
            <source>Policies held</source>
            <translation>موجود پالیسیاں</translation>
        </message>
        <message>
            <source>Insurance held</source>
            <translation>موجود بیمہ</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>دلچسپی</translation>
        </message>
        <message>
            <source>Building for asset transfer</source>
            <translation>اثاثہ منتقلی کے لیے عمارت</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>رابطہ کار کا نام</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>رابطہ کار کا عہدہ</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>رابطے کا ای میل</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>رابطے کا فون</translation>
        </message>
        <message>
            <source>Contact's preferred language</source>
            <translation>رابطہ کار کی پسندیدہ زبان</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>رضامندی کی تاریخ</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>رضامندی کیسے دی گئی</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>رضامندی کس چیز کی ہے</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>GAP حیثیت</translation>
        </message>
        <message>
            <source>GAP status date</source>
            <translation>GAP حیثیت کی تاریخ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
        <message>
            <source>Unincorporated association</source>
            <translation>غیر رجسٹرڈ انجمن</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>ٹرسٹ</translation>
        </message>
        <message>
            <source>CIO (association model)</source>
            <translation>CIO (انجمن ماڈل)</translation>
        </message>
        <message>
            <source>CIO (foundation model)</source>
            <translation>CIO (فاؤنڈیشن ماڈل)</translation>
        </message>
        <message>
            <source>Charitable company (limited by guarantee)</source>
            <translation>خیراتی کمپنی (گارنٹی سے محدود)</translation>
        </message>
        <message>
            <source>Company limited by guarantee (not a charity)</source>
            <translation>گارنٹی سے محدود کمپنی (چیریٹی نہیں)</translation>
        </message>
        <message>
            <source>Community interest company (CIC)</source>
            <translation>کمیونٹی مفاد کمپنی (CIC)</translation>
        </message>
        <message>
            <source>Community benefit society (CBS)</source>
            <translation>کمیونٹی فائدہ سوسائٹی (CBS)</translation>
        </message>
        <message>
            <source>Co-operative society</source>
            <translation>کوآپریٹو سوسائٹی</translation>
        </message>
        <message>
            <source>Faith group</source>
            <translation>مذہبی گروپ</translation>
        </message>
        <message>
            <source>Informal or mutual aid group</source>
            <translation>غیر رسمی یا باہمی امداد کا گروپ</translation>
        </message>
        <message>
            <source>Town or parish council</source>
            <translation>ٹاؤن یا پیرش کونسل</translation>
        </message>
        <message>
            <source>Other (say what)</source>
            <translation>دیگر (بتائیں کیا)</translation>
        </message>
        <message>
            <source>Community groups and activities</source>
            <translation>کمیونٹی گروپ اور سرگرمیاں</translation>
        </message>
        <message>
            <source>Health, wellbeing and self-care</source>
            <translation>صحت، بہبود اور اپنی دیکھ بھال</translation>
        </message>
        <message>
            <source>Volunteering and social action</source>
            <translation>رضاکاری اور سماجی عمل</translation>
        </message>
        <message>
            <source>Social prescribing</source>
            <translation>سماجی نسخہ (سوشل پریسکرائبنگ)</translation>
        </message>
        <message>
            <source>Sharing resources (space, equipment, skills)</source>
            <translation>وسائل بانٹنا (جگہ، سامان، ہنر)</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>خوراک</translation>
        </message>
        <message>
            <source>Exercise and sport</source>
            <translation>ورزش اور کھیل</translation>
        </message>
        <message>
            <source>Arts and culture</source>
            <translation>فنون اور ثقافت</translation>
        </message>
        <message>
            <source>Learning and skills</source>
            <translation>تعلیم اور ہنر</translation>
        </message>
        <message>
            <source>Children, young people and families</source>
            <translation>بچے، نوجوان اور خاندان</translation>
        </message>
        <message>
            <source>Older people</source>
            <translation>بزرگ افراد</translation>
        </message>
        <message>
            <source>Disabled people</source>
            <translation>معذور افراد</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>ذہنی صحت</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>روزگار</translation>
        </message>
        <message>
            <source>Money, debt and housing advice</source>
            <translation>پیسے، قرض اور رہائش کا مشورہ</translation>
        </message>
        <message>
            <source>Environment and green spaces</source>
            <translation>ماحول اور سبز جگہیں</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>مذہب</translation>
        </message>
        <message>
            <source>Refugees and new arrivals</source>
            <translation>پناہ گزین اور نئے آنے والے</translation>
        </message>
        <message>
            <source>Domestic abuse support</source>
            <translation>گھریلو تشدد میں مدد</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>دیگر</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>بچے</translation>
        </message>
        <message>
            <source>Young people</source>
            <translation>نوجوان</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>خاندان</translation>
        </message>
        <message>
            <source>Carers</source>
            <translation>نگہداشت کرنے والے</translation>
        </message>
        <message>
            <source>People with mental health needs</source>
            <translation>ذہنی صحت کی ضروریات والے افراد</translation>
        </message>
        <message>
            <source>People on low incomes</source>
            <translation>کم آمدنی والے افراد</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>خواتین</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>مرد</translation>
        </message>
        <message>
            <source>LGBTQ+ people</source>
            <translation>LGBTQ+ افراد</translation>
        </message>
        <message>
            <source>Minority ethnic communities</source>
            <translation>نسلی اقلیتی برادریاں</translation>
        </message>
        <message>
            <source>Faith communities</source>
            <translation>مذہبی برادریاں</translation>
        </message>
        <message>
            <source>Everyone in the area</source>
            <translation>علاقے میں ہر کوئی</translation>
        </message>
        <message>
            <source>Other (say who)</source>
            <translation>دیگر (بتائیں کون)</translation>
        </message>
        <message>
            <source>Under £10k</source>
            <translation>£10k سے کم</translation>
        </message>
        <message>
            <source>£10k–£25k</source>
            <translation>£10k تا £25k</translation>
        </message>
        <message>
            <source>£25k–£100k</source>
            <translation>£25k تا £100k</translation>
        </message>
        <message>
            <source>£100k–£500k</source>
            <translation>£100k تا £500k</translation>
        </message>
        <message>
            <source>£500k–£1m</source>
            <translation>£500k تا £1m</translation>
        </message>
        <message>
            <source>Over £1m</source>
            <translation>£1m سے زیادہ</translation>
        </message>
        <message>
            <source>Safeguarding</source>
            <translation>تحفظ (سیف گارڈنگ)</translation>
        </message>
        <message>
            <source>Equality and inclusion</source>
            <translation>مساوات اور شمولیت</translation>
        </message>
        <message>
            <source>Data protection / privacy notice</source>
            <translation>ڈیٹا کا تحفظ / رازداری نوٹس</translation>
        </message>
        <message>
            <source>Health and safety</source>
            <translation>صحت اور حفاظت</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>شکایات</translation>
        </message>
        <message>
            <source>Volunteer policy</source>
            <translation>رضاکار پالیسی</translation>
        </message>
        <message>
            <source>Financial procedures</source>
            <translation>مالیاتی طریقۂ کار</translation>
        </message>
        <message>
            <source>Public liability</source>
            <translation>عوامی ذمہ داری</translation>
        </message>
        <message>
            <source>Employer's liability</source>
            <translation>آجر کی ذمہ داری</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>عمارتیں</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>سامان</translation>
        </message>
        <message>
            <source>Trustee indemnity</source>
            <translation>ٹرسٹی کی ذمہ داری کا بیمہ</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>تقریب</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>گرانٹس</translation>
        </message>
        <message>
            <source>Community asset transfer</source>
            <translation>کمیونٹی اثاثہ منتقلی</translation>
        </message>
        <message>
            <source>Volunteering support</source>
            <translation>رضاکاری میں مدد</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>تربیت</translation>
        </message>
        <message>
            <source>Contact by the council</source>
            <translation>کونسل کی طرف سے رابطہ</translation>
        </message>
        <message>
            <source>Sharing with partner organisations</source>
            <translation>شراکت دار تنظیموں کے ساتھ اشتراک</translation>
        </message>
        <message>
            <source>Listing in the community directory</source>
            <translation>کمیونٹی ڈائریکٹری میں اندراج</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>رجسٹرڈ</translation>
        </message>
        <message>
            <source>Health check offered</source>
            <translation>صحت جائزے کی پیشکش ہوئی</translation>
        </message>
        <message>
            <source>Health check done</source>
            <translation>صحت جائزہ مکمل</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>نئی تنظیم</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>منتخب کریں…</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>دن/مہینہ/سال</translation>
        </message>
        <message>
            <source>{title} section</source>
            <translation>حصہ: {title}</translation>
        </message>
        <message>
            <source>Show or hide this section</source>
            <translation>یہ حصہ دکھائیں یا چھپائیں</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>مسئلہ: {field}</translation>
        </message>
        <message>
            <source>Registration form</source>
            <translation>رجسٹریشن فارم</translation>
        </message>
        <message>
            <source>Organisation being edited</source>
            <translation>زیرِ ترمیم تنظیم</translation>
        </message>
        <message>
            <source>Problems to put right before saving</source>
            <translation>محفوظ کرنے سے پہلے درست کرنے والے مسائل</translation>
        </message>
        <message>
            <source>Registration fields</source>
            <translation>رجسٹریشن کے خانے</translation>
        </message>
        <message>
            <source>Fields marked * are needed.</source>
            <translation>* والے خانے ضروری ہیں۔</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>working or former names, one a line</source>
            <translation>کام کے یا پرانے نام، ہر سطر میں ایک</translation>
        </message>
        <message>
            <source>Address and ward</source>
            <translation>پتا اور وارڈ</translation>
        </message>
        <message>
            <source>one line each</source>
            <translation>ہر ایک الگ سطر میں</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>طے نہیں</translation>
        </message>
        <message>
            <source>Filled in from the ward</source>
            <translation>وارڈ سے بھرا جاتا ہے</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>یہ کیا کرتی ہے</translation>
        </message>
        <message>
            <source>e.g. 1998</source>
            <translation>مثلاً 1998</translation>
        </message>
        <message>
            <source>Size and money</source>
            <translation>حجم اور مالیات</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <source>0–100</source>
            <translation>0 تا 100</translation>
        </message>
        <message>
            <source>e.g. 2.5</source>
            <translation>مثلاً 2.5</translation>
        </message>
        <message>
            <source>e.g. 25</source>
            <translation>مثلاً 25</translation>
        </message>
        <message>
            <source>how many can sign</source>
            <translation>کتنے افراد دستخط کر سکتے ہیں</translation>
        </message>
        <message>
            <source>Policies and insurance</source>
            <translation>پالیسیاں اور بیمہ</translation>
        </message>
        <message>
            <source>Contact person and consent</source>
            <translation>رابطہ کار اور رضامندی</translation>
        </message>
        <message>
            <source>GAP status and notes</source>
            <translation>GAP حیثیت اور نوٹس</translation>
        </message>
        <message>
            <source>One thing to put right before saving:</source>
            <translation>محفوظ کرنے سے پہلے ایک چیز درست کریں:</translation>
        </message>
        <message>
            <source>Policy held: {policy}</source>
            <translation>موجود پالیسی: {policy}</translation>
        </message>
        <message>
            <source>last reviewed, {date_format}</source>
            <translation>آخری جائزہ، {date_format}</translation>
        </message>
        <message>
            <source>{policy} policy: last review date</source>
            <translation>پالیسی {policy}: آخری جائزے کی تاریخ</translation>
        </message>
        <message>
            <source>{label} *</source>
            <translation>{label} *</translation>
        </message>
        <message>
            <source>e.g. Holme Valley Food Bank</source>
            <translation>مثلاً Holme Valley Food Bank</translation>
        </message>
        <message>
            <source>say what</source>
            <translation>بتائیں کیا</translation>
        </message>
        <message>
            <source>e.g. 1234567, SC012345</source>
            <translation>مثلاً 1234567، SC012345</translation>
        </message>
        <message>
            <source>e.g. 01234567, SC123456</source>
            <translation>مثلاً 01234567، SC123456</translation>
        </message>
        <message>
            <source>e.g. 12345R</source>
            <translation>مثلاً 12345R</translation>
        </message>
        <message>
            <source>e.g. HD1 2AB</source>
            <translation>مثلاً HD1 2AB</translation>
        </message>
        <message>
            <source>say who</source>
            <translation>بتائیں کون</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>building name and address</source>
            <translation>عمارت کا نام اور پتا</translation>
        </message>
        <message>
            <source>e.g. Secretary</source>
            <translation>مثلاً سیکرٹری</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>e.g. 01484 221000</source>
            <translation>مثلاً 01484 221000</translation>
        </message>
        <message>
            <source>e.g. English, Urdu</source>
            <translation>مثلاً انگریزی، اردو</translation>
        </message>
        <message>
            <source>e.g. signed the registration form</source>
            <translation>مثلاً رجسٹریشن فارم پر دستخط کیے</translation>
        </message>
        <message>
            <source>{ward} (not a current ward)</source>
            <translation>{ward} (اب وارڈ نہیں)</translation>
        </message>
        <message>
            <source>{count} things to put right before saving:</source>
            <translation>محفوظ کرنے سے پہلے درست کرنے والی چیزیں: {count}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>To do</source>
            <translation>کرنا ہے</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>جاری ہے</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ہو گیا</translation>
        </message>
        <message>
            <source>Organisational health check</source>
            <translation>تنظیمی صحت کا جائزہ</translation>
        </message>
        <message>
            <source>CAT readiness</source>
            <translation>CAT کے لیے تیاری</translation>
        </message>
        <message>
            <source>organisational health check</source>
            <translation>تنظیمی صحت کا جائزہ</translation>
        </message>
        <message>
            <source>CAT readiness assessment</source>
            <translation>CAT کی تیاری کا جائزہ</translation>
        </message>
        <message>
            <source>Not met yet</source>
            <translation>ابھی پورا نہیں ہوا</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>جواب نہیں دیا گیا</translation>
        </message>
        <message>
            <source>The group did not know</source>
            <translation>گروپ کو معلوم نہیں تھا</translation>
        </message>
        <message>
            <source>Draft: the answers may still change</source>
            <translation>مسودہ: جوابات ابھی بدل سکتے ہیں</translation>
        </message>
        <message>
            <source>Each section's score is the average of its agreed answers, from 0 to 100. “Don't know” answers are not scored.</source>
            <translation>ہر حصے کا اسکور اس کے طے شدہ جوابات کا اوسط ہے، 0 سے 100 تک۔ "معلوم نہیں" والے جوابات شمار نہیں ہوتے۔</translation>
        </message>
        <message>
            <source>done</source>
            <translation>ہو گئے</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>جاری</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>چھوڑ دیے گئے</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>چھوڑ دیا گیا</translation>
        </message>
        <message>
            <source>1 trustee</source>
            <translation>1 ٹرسٹی</translation>
        </message>
        <message>
            <source>{count} trustees</source>
            <translation>{count} ٹرسٹی</translation>
        </message>
        <message>
            <source>1 volunteer</source>
            <translation>1 رضاکار</translation>
        </message>
        <message>
            <source>{count} volunteers</source>
            <translation>{count} رضاکار</translation>
        </message>
        <message>
            <source>1 staff</source>
            <translation>1 عملہ</translation>
        </message>
        <message>
            <source>{count} staff</source>
            <translation>{count} عملہ</translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>1 رکن</translation>
        </message>
        <message>
            <source>{count} members</source>
            <translation>{count} اراکین</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 شخص</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} افراد</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>اسکور نہیں</translation>
        </message>
        <message>
            <source>Overall score</source>
            <translation>مجموعی اسکور</translation>
        </message>
        <message>
            <source>1 section improved</source>
            <translation>1 حصے میں بہتری</translation>
        </message>
        <message>
            <source>Every condition is met</source>
            <translation>ہر شرط پوری ہے</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>حصہ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>اسکور</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>درجہ</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>جوابات</translation>
        </message>
        <message>
            <source>same</source>
            <translation>وہی</translation>
        </message>
        <message>
            <source>Every condition of this stage is met and every section reached the readiness level.</source>
            <translation>اس مرحلے کی ہر شرط پوری ہے اور ہر حصہ تیاری کی سطح تک پہنچ گیا ہے۔</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>کیا طے ہوا</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کون</translation>
        </message>
        <message>
            <source>Since then</source>
            <translation>تب سے</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>کب تک</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>مدد</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>{kind} · form {form} version {version} · report created {when}</source>
            <translation>{kind} · فارم {form} ورژن {version} · رپورٹ بنی {when}</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>قانونی شکل</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>وارڈ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>سہولت کار</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>شرکاء</translation>
        </message>
        <message>
            <source>How it was run</source>
            <translation>یہ کیسے ہوا</translation>
        </message>
        <message>
            <source>This report starts with what is strong, then what to develop and the support on offer, and ends with the action plan and every answer the group agreed. It is a development tool, not a pass or fail test.</source>
            <translation>یہ رپورٹ مضبوط پہلوؤں سے شروع ہوتی ہے، پھر بتاتی ہے کہ کیا بہتر کرنا ہے اور کون سی مدد دستیاب ہے، اور ایکشن پلان اور گروپ کے طے کیے ہوئے ہر جواب پر ختم ہوتی ہے۔ یہ ترقی کا ذریعہ ہے، پاس یا فیل کا امتحان نہیں۔</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>درج نہیں</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>کوئی درج نہیں</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>What's strong</source>
            <translation>کیا مضبوط ہے</translation>
        </message>
        <message>
            <source>Since {date} (was {score})</source>
            <translation>{date} سے (پہلے {score})</translation>
        </message>
        <message>
            <source>1 condition not met yet</source>
            <translation>1 شرط ابھی پوری نہیں</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>پہلے</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تبدیلی</translation>
        </message>
        <message>
            <source>Section by section</source>
            <translation>حصہ بہ حصہ</translation>
        </message>
        <message>
            <source>Some conditions must be met at this stage of the transfer, and these are not met yet. They are the first things to work on, with the council's support.</source>
            <translation>منتقلی کے اس مرحلے پر کچھ شرائط پوری ہونا ضروری ہیں، اور یہ ابھی پوری نہیں ہوئیں۔ کونسل کی مدد سے سب سے پہلے ان پر کام کرنا ہے۔</translation>
        </message>
        <message>
            <source>Community Asset Transfer readiness</source>
            <translation>کمیونٹی اثاثہ منتقلی (CAT) کے لیے تیاری</translation>
        </message>
        <message>
            <source>Support on offer</source>
            <translation>دستیاب مدد</translation>
        </message>
        <message>
            <source>These themes came up in the answers. Next to each is the support the council and its partners offer; most of it is free to community groups.</source>
            <translation>یہ موضوعات جوابات میں سامنے آئے۔ ہر ایک کے ساتھ وہ مدد ہے جو کونسل اور اس کے شراکت دار دیتے ہیں؛ زیادہ تر کمیونٹی گروپس کے لیے مفت ہے۔</translation>
        </message>
        <message>
            <source>Since last time</source>
            <translation>پچھلی بار سے اب تک</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>ایکشن پلان</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>لاگو نہیں</translation>
        </message>
        <message>
            <source>Appendix: every statement and answer</source>
            <translation>ضمیمہ: ہر بیان اور جواب</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>بیان</translation>
        </message>
        <message>
            <source>Agreed answer</source>
            <translation>طے شدہ جواب</translation>
        </message>
        <message>
            <source>How people rated</source>
            <translation>لوگوں نے کیسے درجہ دیا</translation>
        </message>
        <message>
            <source>Group session: each person rated, then the group agreed</source>
            <translation>گروپ نشست: ہر شخص نے درجہ دیا، پھر گروپ نے اتفاق کیا</translation>
        </message>
        <message>
            <source>Facilitated: one agreed answer per statement</source>
            <translation>سہولت کاری کے ساتھ: ہر بیان کا ایک طے شدہ جواب</translation>
        </message>
        <message>
            <source>Rating scale</source>
            <translation>درجہ بندی کا پیمانہ</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>اسکور</translation>
        </message>
        <message>
            <source>Statements the group rated highly:</source>
            <translation>وہ بیانات جنہیں گروپ نے اونچا درجہ دیا:</translation>
        </message>
        <message>
            <source>No section scored highly yet. Every group starts somewhere: the action plan shows the first steps and the support on offer.</source>
            <translation>ابھی کسی حصے کا اسکور اونچا نہیں۔ ہر گروپ کہیں سے شروع کرتا ہے: ایکشن پلان پہلے قدم اور دستیاب مدد دکھاتا ہے۔</translation>
        </message>
        <message>
            <source>This assessment ({date})</source>
            <translation>یہ جائزہ، {date}</translation>
        </message>
        <message>
            <source>What to develop next</source>
            <translation>آگے کیا بہتر کرنا ہے</translation>
        </message>
        <message>
            <source>{count} sections improved</source>
            <translation>{count} حصوں میں بہتری</translation>
        </message>
        <message>
            <source>{answered} of {total}</source>
            <translation>{total} میں سے {answered}</translation>
        </message>
        <message>
            <source>Stage: {stage}.</source>
            <translation>مرحلہ: {stage}۔</translation>
        </message>
        <message>
            <source>Conditions not met yet</source>
            <translation>وہ شرائط جو ابھی پوری نہیں</translation>
        </message>
        <message>
            <source>No answer asked for support this time.</source>
            <translation>اس بار کسی جواب میں مدد نہیں مانگی گئی۔</translation>
        </message>
        <message>
            <source>No actions were agreed in this session yet.</source>
            <translation>اس نشست میں ابھی کوئی اقدام طے نہیں ہوا۔</translation>
        </message>
        <message>
            <source>None chosen</source>
            <translation>کچھ نہیں چنا گیا</translation>
        </message>
        <message>
            <source>The agreed answer to every statement shown in this session, with how people rated it before agreeing (one dot per person at each level), and the notes the group made.</source>
            <translation>اس نشست میں دکھائے گئے ہر بیان کا طے شدہ جواب، اتفاق سے پہلے لوگوں نے اسے کیسے درجہ دیا (ہر سطح پر ہر شخص کا ایک نقطہ)، اور گروپ کے نوٹس۔</translation>
        </message>
        <message>
            <source>The agreed answer to every statement shown in this session, and the notes the group made.</source>
            <translation>اس نشست میں دکھائے گئے ہر بیان کا طے شدہ جواب، اور گروپ کے نوٹس۔</translation>
        </message>
        <message>
            <source>Notes on the session</source>
            <translation>نشست کے نوٹس</translation>
        </message>
        <message>
            <source>Report of the session on {date}</source>
            <translation>{date} کی نشست کی رپورٹ</translation>
        </message>
        <message>
            <source>Completed {date}</source>
            <translation>{date} کو مکمل</translation>
        </message>
        <message>
            <source>{low} and above</source>
            <translation>{low} اور اس سے زیادہ</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} سے {high}</translation>
        </message>
        <message>
            <source>below {high}</source>
            <translation>{high} سے کم</translation>
        </message>
        <message>
            <source>and</source>
            <translation>اور</translation>
        </message>
        <message>
            <source>Previous ({date})</source>
            <translation>پچھلا، {date}</translation>
        </message>
        <message>
            <source>Scores by section</source>
            <translation>حصوں کے لحاظ سے اسکور</translation>
        </message>
        <message>
            <source>{section}: {score} out of 100</source>
            <translation>{section}: 100 میں سے {score}</translation>
        </message>
        <message>
            <source>{count} conditions not met yet</source>
            <translation>{count} شرائط ابھی پوری نہیں</translation>
        </message>
        <message>
            <source>“Before” is the previous {kind} on {date}.</source>
            <translation>"پہلے" سے مراد {date} کا پچھلا {kind} ہے۔</translation>
        </message>
        <message>
            <source>Every condition of this stage is met. With support, these sections can reach the readiness level: {sections}.</source>
            <translation>اس مرحلے کی ہر شرط پوری ہے۔ مدد کے ساتھ یہ حصے تیاری کی سطح تک پہنچ سکتے ہیں: {sections}۔</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>شرط</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>صورتحال</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>کس سے اٹھا</translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <translation>{count} {outcome}</translation>
        </message>
        <message>
            <source>See below</source>
            <translation>نیچے دیکھیں</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>نوٹ:</translation>
        </message>
        <message>
            <source>({count} don't know)</source>
            <translation>({count} معلوم نہیں)</translation>
        </message>
        <message>
            <source>{met} of {total} conditions are met.</source>
            <translation>{total} میں سے {met} شرائط پوری ہیں۔</translation>
        </message>
        <message>
            <source>Ask your development worker.</source>
            <translation>اپنے ڈیولپمنٹ ورکر سے پوچھیں۔</translation>
        </message>
        <message>
            <source>{count} not reviewed</source>
            <translation>{count} کا جائزہ نہیں ہوا</translation>
        </message>
        <message>
            <source>The actions agreed on {date}, and what became of them: {counts}.</source>
            <translation>{date} کو طے شدہ اقدامات، اور ان کا کیا ہوا: {counts}۔</translation>
        </message>
        <message>
            <source>Gateway criterion</source>
            <translation>لازمی شرط</translation>
        </message>
        <message>
            <source>Each section scores 0 to 100.</source>
            <translation>ہر حصے کا اسکور 0 سے 100 تک ہے۔</translation>
        </message>
        <message>
            <source>{sections} scored {score} out of 100.</source>
            <translation>{sections} کا اسکور 100 میں سے {score} رہا۔</translation>
        </message>
        <message>
            <source>{sections} each scored {score} out of 100.</source>
            <translation>{sections} میں سے ہر ایک کا اسکور 100 میں سے {score} رہا۔</translation>
        </message>
        <message>
            <source>Support on offer for: {themes}. See the pages that follow.</source>
            <translation>ان کے لیے مدد دستیاب ہے: {themes}۔ اگلے صفحات دیکھیں۔</translation>
        </message>
        <message>
            <source>Action {number}</source>
            <translation>اقدام {number}</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>اس پر بات ہوئی</translation>
        </message>
        <message>
            <source>Who: {who}</source>
            <translation>کون: {who}</translation>
        </message>
        <message>
            <source>By {date}</source>
            <translation>{date} تک</translation>
        </message>
        <message>
            <source>Support: {offer}</source>
            <translation>مدد: {offer}</translation>
        </message>
        <message>
            <source>Not enough sections to draw a chart.</source>
            <translation>چارٹ بنانے کے لیے حصے کافی نہیں۔</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>Apply any time</source>
            <translation>کسی بھی وقت درخواست دیں</translation>
        </message>
        <message>
            <source>Eligibility here is a guide, never a decision: the funder decides.</source>
            <translation>یہاں اہلیت صرف رہنمائی ہے، فیصلہ نہیں: فیصلہ فنڈ دینے والا کرتا ہے۔</translation>
        </message>
        <message>
            <source>Funding you could apply for</source>
            <translation>فنڈنگ جس کے لیے آپ درخواست دے سکتے ہیں</translation>
        </message>
        <message>
            <source>Funds you can apply to now</source>
            <translation>فنڈ جن کے لیے آپ ابھی درخواست دے سکتے ہیں</translation>
        </message>
        <message>
            <source>Funds you could apply to after…</source>
            <translation>فنڈ جن کے لیے آپ اس کے بعد درخواست دے سکیں گے…</translation>
        </message>
        <message>
            <source>Funds file last updated {date}.</source>
            <translation>فنڈز کی فائل آخری بار {date} کو تازہ کی گئی۔</translation>
        </message>
        <message>
            <source>Next deadline {date}</source>
            <translation>اگلی آخری تاریخ {date}</translation>
        </message>
        <message>
            <source>Closed on {date}</source>
            <translation>{date} کو بند ہو گیا</translation>
        </message>
        <message>
            <source>None yet: the funds below say what would open them.</source>
            <translation>ابھی کوئی نہیں: نیچے دیے گئے فنڈ بتاتے ہیں کہ ان کا راستہ کیسے کھلے گا۔</translation>
        </message>
        <message>
            <source>Nothing stands in the way of the open funds.</source>
            <translation>کھلے فنڈز کے راستے میں کوئی رکاوٹ نہیں۔</translation>
        </message>
        <message>
            <source>Closed for now</source>
            <translation>فی الحال بند</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>فنڈ</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>رقم</translation>
        </message>
        <message>
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <source>Help: {offers}</source>
            <translation>مدد: {offers}</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>مضبوط</translation>
        </message>
        <message>
            <source>Developing</source>
            <translation>ترقی پذیر</translation>
        </message>
        <message>
            <source>Priority for support</source>
            <translation>مدد کی ترجیح</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>تیار</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>مدد کے ساتھ تیار</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>ابھی تیار نہیں</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>جائزہ نہیں ہوا</translation>
        </message>
        <message>
            <source>January</source>
            <translation>جنوری</translation>
        </message>
        <message>
            <source>February</source>
            <translation>فروری</translation>
        </message>
        <message>
            <source>March</source>
            <translation>مارچ</translation>
        </message>
        <message>
            <source>April</source>
            <translation>اپریل</translation>
        </message>
        <message>
            <source>May</source>
            <translation>مئی</translation>
        </message>
        <message>
            <source>June</source>
            <translation>جون</translation>
        </message>
        <message>
            <source>July</source>
            <translation>جولائی</translation>
        </message>
        <message>
            <source>August</source>
            <translation>اگست</translation>
        </message>
        <message>
            <source>September</source>
            <translation>ستمبر</translation>
        </message>
        <message>
            <source>October</source>
            <translation>اکتوبر</translation>
        </message>
        <message>
            <source>November</source>
            <translation>نومبر</translation>
        </message>
        <message>
            <source>December</source>
            <translation>دسمبر</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>جنوری</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>فروری</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>مارچ</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>اپریل</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>جون</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>جولائی</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>اگست</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>ستمبر</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>اکتوبر</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>نومبر</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>دسمبر</translation>
        </message>
        <message>
            <source>Page {page} of</source>
            <translation>صفحہ {page} از</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>no change</source>
            <translation>کوئی تبدیلی نہیں</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>مضبوط</translation>
        </message>
        <message>
            <source>Developing</source>
            <translation>ترقی پذیر</translation>
        </message>
        <message>
            <source>Priority for support</source>
            <translation>مدد کے لیے ترجیح</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>تیار</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>مدد کے ساتھ تیار</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>ابھی تیار نہیں</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ہو گیا</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>جاری ہے</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>چھوڑ دیا گیا</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>رپورٹ PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF فائلیں (*.pdf)</translation>
        </message>
        <message>
            <source>1 statement</source>
            <translation>1 بیان</translation>
        </message>
        <message>
            <source>{count} statements</source>
            <translation>{count} بیانات</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF محفوظ کریں…</translation>
        </message>
        <message>
            <source>Change answers</source>
            <translation>جوابات بدلیں</translation>
        </message>
        <message>
            <source>Go back to the statements (a completed one is reopened)</source>
            <translation>بیانات پر واپس جائیں (مکمل جائزہ دوبارہ کھل جائے گا)</translation>
        </message>
        <message>
            <source>Back to assessments</source>
            <translation>جائزوں پر واپس</translation>
        </message>
        <message>
            <source>What is strong</source>
            <translation>کیا مضبوط ہے</translation>
        </message>
        <message>
            <source>Areas to develop</source>
            <translation>بہتری کے شعبے</translation>
        </message>
        <message>
            <source>Support needs and what is on offer</source>
            <translation>مدد کی ضروریات اور دستیاب مدد</translation>
        </message>
        <message>
            <source>Since last time</source>
            <translation>پچھلی بار سے اب تک</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>لائحہ عمل</translation>
        </message>
        <message>
            <source>&amp;Funding</source>
            <translation>فنڈنگ</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>not completed yet (draft)</source>
            <translation>ابھی مکمل نہیں (مسودہ)</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>حصہ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>اسکور</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>درجہ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تبدیلی</translation>
        </message>
        <message>
            <source>Save the results and action plan as a PDF for the group (Ctrl+P)</source>
            <translation>نتائج اور لائحہ عمل گروپ کے لیے PDF میں محفوظ کریں (Ctrl+P)</translation>
        </message>
        <message>
            <source>PDF reports are not available in this version yet.</source>
            <translation>اس ورژن میں ابھی PDF رپورٹیں دستیاب نہیں۔</translation>
        </message>
        <message>
            <source>There is no such assessment yet: start one from the list.</source>
            <translation>ابھی ایسا کوئی جائزہ نہیں: فہرست سے ایک شروع کریں۔</translation>
        </message>
        <message>
            <source>Essential conditions not met yet:</source>
            <translation>لازمی شرائط ابھی پوری نہیں ہوئیں:</translation>
        </message>
        <message>
            <source>Every essential condition is met and every section is ready.</source>
            <translation>ہر لازمی شرط پوری ہے اور ہر حصہ تیار ہے۔</translation>
        </message>
        <message>
            <source>This assessment ({date})</source>
            <translation>یہ جائزہ ({date})</translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <translation>{count} {outcome}</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <translation>جائزہ نہیں ہوا</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…اور {count} مزید۔</translation>
        </message>
        <message>
            <source>Previous ({date})</source>
            <translation>پچھلا ({date})</translation>
        </message>
        <message>
            <source>Once statements are rated 3 or 4, they show here first.</source>
            <translation>جب بیانات کو 3 یا 4 درجہ ملے گا تو وہ سب سے پہلے یہاں دکھائی دیں گے۔</translation>
        </message>
        <message>
            <source>Strongest sections: {sections}.</source>
            <translation>سب سے مضبوط حصے: {sections}۔</translation>
        </message>
        <message>
            <source>No section is below green. Keep doing what works.</source>
            <translation>کوئی حصہ سبز سے نیچے نہیں۔ جو کام کر رہا ہے وہ جاری رکھیں۔</translation>
        </message>
        <message>
            <source>Sections to work on first: {sections}.</source>
            <translation>پہلے ان حصوں پر کام کریں: {sections}۔</translation>
        </message>
        <message>
            <source>No support needs were raised.</source>
            <translation>مدد کی کوئی ضرورت سامنے نہیں آئی۔</translation>
        </message>
        <message>
            <source>{count} not reviewed</source>
            <translation>{count} کا جائزہ نہیں ہوا</translation>
        </message>
        <message>
            <source>Actions agreed on {date}: {counts}.</source>
            <translation>{date} کو طے شدہ اقدامات: {counts}۔</translation>
        </message>
        <message>
            <source>Overall score &lt;b&gt;{score}&lt;/b&gt; out of 100</source>
            <translation>مجموعی اسکور 100 میں سے &lt;b&gt;{score}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Every essential condition is met. Sections to strengthen first: {sections}.</source>
            <translation>ہر لازمی شرط پوری ہے۔ پہلے ان حصوں کو مضبوط کریں: {sections}۔</translation>
        </message>
        <message>
            <source>Support need: {theme} ({statements})</source>
            <translation>مدد کی ضرورت: {theme} ({statements})</translation>
        </message>
        <message>
            <source>Area to develop: {section} ({score})</source>
            <translation>بہتری کا شعبہ: {section} ({score})</translation>
        </message>
        <message>
            <source>Statement: {text}</source>
            <translation>بیان: {text}</translation>
        </message>
        <message>
            <source>previous assessment ({date}): {score}</source>
            <translation>پچھلا جائزہ ({date}): {score}</translation>
        </message>
        <message>
            <source>raised by: {statements}</source>
            <translation>ان بیانات سے: {statements}</translation>
        </message>
        <message>
            <source>Ask your development worker.</source>
            <translation>اپنے ڈویلپمنٹ ورکر سے پوچھیں۔</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Not applicable</source>
            <translation>لاگو نہیں ہوتا</translation>
        </message>
        <message>
            <source>Complete the assessment</source>
            <translation>جائزہ مکمل کریں</translation>
        </message>
        <message>
            <source>Unanswered statements are not scored. You can reopen the assessment later to add them; the change is recorded.</source>
            <translation>جن بیانات کا جواب نہیں دیا گیا ان کا اسکور نہیں بنتا۔ آپ بعد میں جائزہ دوبارہ کھول کر انہیں شامل کر سکتے ہیں؛ یہ تبدیلی درج کی جاتی ہے۔</translation>
        </message>
        <message>
            <source>Complete anyway</source>
            <translation>پھر بھی مکمل کریں</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>واپس جائیں</translation>
        </message>
        <message>
            <source>Review and complete</source>
            <translation>جائزہ لیں اور مکمل کریں</translation>
        </message>
        <message>
            <source>Review last time's actions…</source>
            <translation>پچھلی بار کے اقدامات پر نظر ڈالیں…</translation>
        </message>
        <message>
            <source>Move to the new version…</source>
            <translation>نئے ورژن پر منتقل کریں…</translation>
        </message>
        <message>
            <source>← Back to the statements</source>
            <translation>→ بیانات پر واپس</translation>
        </message>
        <message>
            <source>Complete assessment</source>
            <translation>جائزہ مکمل کریں</translation>
        </message>
        <message>
            <source>Lock the answers and see the results (Ctrl+Enter)</source>
            <translation>جوابات مقفل کریں اور نتائج دیکھیں (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;To look at</source>
            <translation>دیکھنے کے لیے</translation>
        </message>
        <message>
            <source>&amp;All answers</source>
            <translation>تمام جوابات</translation>
        </message>
        <message>
            <source>Assessment completed: the answers are locked.</source>
            <translation>جائزہ مکمل ہو گیا: جوابات مقفل ہیں۔</translation>
        </message>
        <message>
            <source>{count} required statement(s) have no answer. Complete anyway?</source>
            <translation>{count} لازمی بیانات کا جواب نہیں دیا گیا۔ پھر بھی مکمل کریں؟</translation>
        </message>
        <message>
            <source>{answered} answered, {unanswered} without an answer ({required} required).</source>
            <translation>{answered} کے جواب دیے گئے، {unanswered} کا جواب نہیں ({required} لازمی)۔</translation>
        </message>
        <message>
            <source>Press Enter on a statement to go back to it.</source>
            <translation>کسی بیان پر واپس جانے کے لیے اس پر Enter دبائیں۔</translation>
        </message>
        <message>
            <source>Talk about this (group mode only)</source>
            <translation>اس پر بات کریں (صرف گروپ طریقے میں)</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>بیان</translation>
        </message>
        <message>
            <source>Agreed answer</source>
            <translation>طے شدہ جواب</translation>
        </message>
        <message>
            <source>Group ratings</source>
            <translation>گروپ کے درجے</translation>
        </message>
        <message>
            <source>Agreed?</source>
            <translation>اتفاق ہوا؟</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <source>{count} don't know</source>
            <translation>{count} معلوم نہیں</translation>
        </message>
        <message>
            <source>{count} not rated</source>
            <translation>{count} نے درجہ نہیں دیا</translation>
        </message>
        <message>
            <source>spread {spread}</source>
            <translation>فرق {spread}</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>لازمی</translation>
        </message>
        <message>
            <source>Talk about this</source>
            <translation>اس پر بات کریں</translation>
        </message>
        <message>
            <source>No agreed score yet</source>
            <translation>ابھی کوئی طے شدہ اسکور نہیں</translation>
        </message>
        <message>
            <source>Without an answer ({count})</source>
            <translation>بغیر جواب کے ({count})</translation>
        </message>
        <message>
            <source>{done} of {count} answered</source>
            <translation>{count} میں سے {done} کے جواب دیے گئے</translation>
        </message>
        <message>
            <source>&amp;All answers ({count})</source>
            <translation>تمام جوابات ({count})</translation>
        </message>
        <message>
            <source>From the earlier version, read only ({count}): not scored, kept with the assessment</source>
            <translation>پچھلے ورژن سے، صرف پڑھنے کے لیے ({count}): اسکور نہیں ہوتے، جائزے کے ساتھ محفوظ رہتے ہیں</translation>
        </message>
        <message>
            <source>Moved to version {version}. New statements are marked in the list; answers with no place are kept read-only below.</source>
            <translation>ورژن {version} پر منتقل ہو گیا۔ نئے بیانات فہرست میں نشان زد ہیں؛ جن جوابات کی جگہ نہیں رہی وہ نیچے صرف پڑھنے کے لیے محفوظ ہیں۔</translation>
        </message>
        <message>
            <source>Draft moved to version {version} of the form</source>
            <translation>مسودہ فارم کے ورژن {version} پر منتقل ہو گیا</translation>
        </message>
        <message>
            <source>{count} statement(s) had ratings two or more levels apart.</source>
            <translation>{count} بیانات کے درجوں میں دو یا زیادہ درجوں کا فرق تھا۔</translation>
        </message>
        <message>
            <source>Talk about this ({talk}); no agreed score ({disagreed})</source>
            <translation>اس پر بات کریں ({talk})؛ کوئی طے شدہ اسکور نہیں ({disagreed})</translation>
        </message>
        <message>
            <source>Last time's actions: {reviewed} of {count} reviewed.</source>
            <translation>پچھلی بار کے اقدامات: {count} میں سے {reviewed} پر نظر ڈالی گئی۔</translation>
        </message>
        <message>
            <source>The others show as not reviewed in the results.</source>
            <translation>باقی نتائج میں بغیر نظرِ ثانی کے دکھائے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>اتفاق ہوا</translation>
        </message>
        <message>
            <source>This draft uses version {old} of the form; version {new} is now on this laptop. Answers follow their statements.</source>
            <translation>یہ مسودہ فارم کا ورژن {old} استعمال کرتا ہے؛ ورژن {new} اب اس لیپ ٹاپ پر ہے۔ جوابات اپنے بیانات کے ساتھ جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Move to version {version}…</source>
            <translation>ورژن {version} پر منتقل کریں…</translation>
        </message>
        <message>
            <source>New in version {version}</source>
            <translation>ورژن {version} میں نیا</translation>
        </message>
        <message>
            <source>talk about this</source>
            <translation>اس پر بات کریں</translation>
        </message>
        <message>
            <source>No agreed score</source>
            <translation>کوئی طے شدہ اسکور نہیں</translation>
        </message>
        <message>
            <source>Fix it, then Review and complete to send it again.</source>
            <translation>درست کریں، پھر ”جائزہ لیں اور مکمل کریں“ سے دوبارہ بھیجیں۔</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <source>The council marked this “{state}”.</source>
            <translation>کونسل نے اس پر نشان لگایا: ”{state}“۔</translation>
        </message>
        <message>
            <source>Council review</source>
            <translation>کونسل کا جائزہ</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>جائزے کی حیثیت</translation>
        </message>
        <message>
            <source>Review comments</source>
            <translation>جائزے کے تبصرے</translation>
        </message>
        <message>
            <source>Co&amp;mment…</source>
            <translation>تبصرہ…</translation>
        </message>
        <message>
            <source>Add a comment to the thread</source>
            <translation>گفتگو میں تبصرہ شامل کریں</translation>
        </message>
        <message>
            <source>Review progress</source>
            <translation>جائزے کی پیش رفت</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Stop: nothing is marked (all or nothing)</source>
            <translation>روکیں: کسی پر نشان نہیں لگے گا (سب یا کچھ نہیں)</translation>
        </message>
        <message>
            <source>Reopen to &amp;fix</source>
            <translation>درستی کے لیے دوبارہ کھولیں</translation>
        </message>
        <message>
            <source>Unlock the answers, fix what the council asked, complete again</source>
            <translation>جواب کھولیں، کونسل کی کہی بات درست کریں، دوبارہ مکمل کریں</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>منظور کریں</translation>
        </message>
        <message>
            <source>Count it in the council's figures (Alt+A)</source>
            <translation>اسے کونسل کے اعداد و شمار میں شامل کریں (Alt+A)</translation>
        </message>
        <message>
            <source>Has &amp;issues…</source>
            <translation>مسائل ہیں…</translation>
        </message>
        <message>
            <source>Send it back to the worker with what to fix</source>
            <translation>درست کرنے کی بات کے ساتھ کارکن کو واپس بھیجیں</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>مسترد کریں…</translation>
        </message>
        <message>
            <source>Leave it out for good, saying why</source>
            <translation>وجہ بتا کر ہمیشہ کے لیے باہر رکھیں</translation>
        </message>
        <message>
            <source>The council</source>
            <translation>کونسل</translation>
        </message>
        <message>
            <source>{count} assessments chosen: Approve marks them all approved.</source>
            <translation>{count} جائزے منتخب: ”منظور کریں“ سب کو منظور کر دے گا۔</translation>
        </message>
        <message>
            <source>Council review: once it is completed.</source>
            <translation>کونسل کا جائزہ: مکمل ہونے کے بعد۔</translation>
        </message>
        <message>
            <source>Council review: {state}</source>
            <translation>کونسل کا جائزہ: {state}</translation>
        </message>
    </context>
    <context>
        <name>ReviewState</name>
        <message>
            <source>received</source>
            <translation>موصول شدہ</translation>
        </message>
        <message>
            <source>resubmitted</source>
            <translation>دوبارہ بھیجا گیا</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>مسائل والا</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>منظور شدہ</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>مسترد</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>✓ rated</source>
            <translation>✓ درجہ دیا</translation>
        </message>
        <message>
            <source>not rated yet</source>
            <translation>ابھی درجہ نہیں دیا</translation>
        </message>
        <message>
            <source>&amp;Don't know</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>مٹائیں</translation>
        </message>
        <message>
            <source>Talk about this: the ratings differ by two levels or more</source>
            <translation>اس پر بات کریں: درجات میں دو یا زیادہ کا فرق ہے</translation>
        </message>
        <message>
            <source>rated; hidden until everyone has rated</source>
            <translation>درجہ دے دیا؛ سب کے درجہ دینے تک چھپا ہوا</translation>
        </message>
        <message>
            <source>the keys rate this person now</source>
            <translation>اب کلیدیں اس شخص کا درجہ دیتی ہیں</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <source>don't know</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <source>Rating for {person}</source>
            <translation>{person} کا درجہ</translation>
        </message>
        <message>
            <source>{person}: click to set or change their rating</source>
            <translation>{person}: درجہ دینے یا بدلنے کے لیے کلک کریں</translation>
        </message>
        <message>
            <source>rating {rating}</source>
            <translation>درجہ {rating}</translation>
        </message>
        <message>
            <source>Click a section to go to its first statement</source>
            <translation>کسی حصے کے پہلے بیان پر جانے کے لیے اس پر کلک کریں</translation>
        </message>
        <message>
            <source>Projector view</source>
            <translation>پروجیکٹر منظر</translation>
        </message>
        <message>
            <source>Show the statement on a projector (F5)</source>
            <translation>بیان پروجیکٹر پر دکھائیں (F5)</translation>
        </message>
        <message>
            <source>Review and complete</source>
            <translation>جائزہ لیں اور مکمل کریں</translation>
        </message>
        <message>
            <source>See what is left, then complete</source>
            <translation>دیکھیں کیا باقی ہے، پھر مکمل کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Back to the list; everything is saved</source>
            <translation>فہرست پر واپس؛ سب کچھ محفوظ ہے</translation>
        </message>
        <message>
            <source>Change the session's language (L)</source>
            <translation>نشست کی زبان بدلیں (L)</translation>
        </message>
        <message>
            <source>Help (F1)</source>
            <translation>مدد (F1)</translation>
        </message>
        <message>
            <source>Show or hide the help for this statement</source>
            <translation>اس بیان کی مدد دکھائیں یا چھپائیں</translation>
        </message>
        <message>
            <source>&amp;Reveal now (R)</source>
            <translation>ابھی دکھائیں (R)</translation>
        </message>
        <message>
            <source>Show every rating now, before everyone has rated</source>
            <translation>سب کے درجہ دینے سے پہلے ہی تمام درجات ابھی دکھائیں</translation>
        </message>
        <message>
            <source>&amp;Phone voting…</source>
            <translation>فون ووٹنگ…</translation>
        </message>
        <message>
            <source>Let people vote from their own phones, privately, with no internet</source>
            <translation>لوگوں کو اپنے فون سے، نجی طور پر، بغیر انٹرنیٹ کے ووٹ دینے دیں</translation>
        </message>
        <message>
            <source>&amp;Don't know (D)</source>
            <translation>معلوم نہیں (D)</translation>
        </message>
        <message>
            <source>Answer "don't know": not scored</source>
            <translation>جواب "معلوم نہیں": اسکور نہیں ہوتا</translation>
        </message>
        <message>
            <source>&amp;Skip (S)</source>
            <translation>چھوڑیں (S)</translation>
        </message>
        <message>
            <source>Leave this statement unanswered</source>
            <translation>اس بیان کو بغیر جواب چھوڑ دیں</translation>
        </message>
        <message>
            <source>Clear answer (Delete)</source>
            <translation>جواب مٹائیں (Delete)</translation>
        </message>
        <message>
            <source>Remove the answer given</source>
            <translation>دیا گیا جواب ہٹائیں</translation>
        </message>
        <message>
            <source>Note or evidence</source>
            <translation>نوٹ یا ثبوت</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>→ پیچھے</translation>
        </message>
        <message>
            <source>The statement before (Backspace)</source>
            <translation>پچھلا بیان (Backspace)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>اگلا ←</translation>
        </message>
        <message>
            <source>The next statement (Enter)</source>
            <translation>اگلا بیان (Enter)</translation>
        </message>
        <message>
            <source>Keys: 1–4 choose · D don't know · Enter next · Backspace back · F1 help · L language</source>
            <translation>کلیدیں: 1–4 انتخاب · D معلوم نہیں · Enter اگلا · Backspace پیچھے · F1 مدد · L زبان</translation>
        </message>
        <message>
            <source>facilitated</source>
            <translation>سہولت کار کے ساتھ</translation>
        </message>
        <message>
            <source>Reopened: changes from now on are recorded.</source>
            <translation>دوبارہ کھولا گیا: اب سے تبدیلیاں درج ہوں گی۔</translation>
        </message>
        <message>
            <source>L language</source>
            <translation>L زبان</translation>
        </message>
        <message>
            <source>This statement has no agreed score yet. Press 1–4 for the agreed score, or press Enter again to leave it without one.</source>
            <translation>اس بیان کا ابھی کوئی متفقہ اسکور نہیں۔ متفقہ اسکور کے لیے 1–4 دبائیں، یا اسے اسکور کے بغیر چھوڑنے کے لیے دوبارہ Enter دبائیں۔</translation>
        </message>
        <message>
            <source>Not everyone has rated this statement and it has no agreed score. Press Enter again to leave it without one.</source>
            <translation>سب نے اس بیان کو درجہ نہیں دیا اور اس کا کوئی متفقہ اسکور نہیں۔ اسے اسکور کے بغیر چھوڑنے کے لیے دوبارہ Enter دبائیں۔</translation>
        </message>
        <message>
            <source>Leave it without one</source>
            <translation>اسکور کے بغیر چھوڑ دیں</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>دوبارہ کوشش کریں</translation>
        </message>
        <message>
            <source>Phone voting is off.</source>
            <translation>فون ووٹنگ بند ہے۔</translation>
        </message>
        <message>
            <source>{done} of {count} sections done</source>
            <translation>{count} میں سے {done} حصے مکمل</translation>
        </message>
        <message>
            <source>This assessment is completed, so its answers are locked.</source>
            <translation>یہ جائزہ مکمل ہو چکا ہے، اس لیے اس کے جوابات مقفل ہیں۔</translation>
        </message>
        <message>
            <source>Reopen to change answers</source>
            <translation>جوابات بدلنے کے لیے دوبارہ کھولیں</translation>
        </message>
        <message>
            <source>Note of the discussion (what was said, what was agreed)</source>
            <translation>گفتگو کا نوٹ (کیا کہا گیا، کس پر اتفاق ہوا)</translation>
        </message>
        <message>
            <source>Note or evidence (optional)</source>
            <translation>نوٹ یا ثبوت (اختیاری)</translation>
        </message>
        <message>
            <source>Review →</source>
            <translation>جائزہ ←</translation>
        </message>
        <message>
            <source>Agreed score: opens once everyone has rated</source>
            <translation>متفقہ اسکور: سب کے درجہ دینے کے بعد کھلے گا</translation>
        </message>
        <message>
            <source>Agreed score</source>
            <translation>متفقہ اسکور</translation>
        </message>
        <message>
            <source>The answers are locked.</source>
            <translation>جوابات مقفل ہیں۔</translation>
        </message>
        <message>
            <source>1–4 rate</source>
            <translation>1–4 درجہ</translation>
        </message>
        <message>
            <source>D don't know</source>
            <translation>D معلوم نہیں</translation>
        </message>
        <message>
            <source>← → person</source>
            <translation>← → شخص</translation>
        </message>
        <message>
            <source>R reveal</source>
            <translation>R دکھائیں</translation>
        </message>
        <message>
            <source>Ctrl+Enter next</source>
            <translation>Ctrl+Enter اگلا</translation>
        </message>
        <message>
            <source>Enter next</source>
            <translation>Enter اگلا</translation>
        </message>
        <message>
            <source>Ctrl+Enter next from the note</source>
            <translation>نوٹ سے Ctrl+Enter اگلا</translation>
        </message>
        <message>
            <source>Backspace back</source>
            <translation>Backspace پیچھے</translation>
        </message>
        <message>
            <source>F1 help</source>
            <translation>F1 مدد</translation>
        </message>
        <message>
            <source>This statement needs an answer. If nobody knows, choose "Don't know" (D).</source>
            <translation>اس بیان کا جواب ضروری ہے۔ اگر کسی کو معلوم نہیں تو "معلوم نہیں" (D) چنیں۔</translation>
        </message>
        <message>
            <source>group of {count}</source>
            <translation>{count} افراد کا گروپ</translation>
        </message>
        <message>
            <source>Session language: {language}</source>
            <translation>نشست کی زبان: {language}</translation>
        </message>
        <message>
            <source>Suggested agreed score: none (nobody gave a level).</source>
            <translation>تجویز کردہ متفقہ اسکور: کوئی نہیں (کسی نے درجہ نہیں دیا)۔</translation>
        </message>
        <message>
            <source>Ratings are hidden until everyone has rated: {rated} of {raters} so far.</source>
            <translation>سب کے درجہ دینے تک درجات چھپے ہیں: اب تک {raters} میں سے {rated}۔</translation>
        </message>
        <message>
            <source>Keys 1–4 and D now set the group's &lt;b&gt;agreed score&lt;/b&gt;. Click a person to change their rating.</source>
            <translation>کلیدیں 1–4 اور D اب گروپ کا &lt;b&gt;متفقہ اسکور&lt;/b&gt; طے کرتی ہیں۔ کسی کا درجہ بدلنے کے لیے اس شخص پر کلک کریں۔</translation>
        </message>
        <message>
            <source>Keys: {keys}</source>
            <translation>کلیدیں: {keys}</translation>
        </message>
        <message>
            <source>Something went wrong saving this answer. It is still on screen; try again.</source>
            <translation>یہ جواب محفوظ کرتے وقت کچھ غلط ہو گیا۔ یہ ابھی اسکرین پر ہے؛ دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>✓ Saved {time}</source>
            <translation>✓ محفوظ {time}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>محفوظ نہیں ہوا: {problem}</translation>
        </message>
        <message>
            <source>Phone voting is on. PIN {pin}.</source>
            <translation>فون ووٹنگ چالو ہے۔ PIN {pin}۔</translation>
        </message>
        <message>
            <source>now in {section}, {answered} of {shown} answered</source>
            <translation>اب {section} میں، {shown} میں سے {answered} کے جواب دیے گئے</translation>
        </message>
        <message>
            <source>section {number} of {count}, statement {position} of {shown}</source>
            <translation>حصہ {number} از {count}، بیان {position} از {shown}</translation>
        </message>
        <message>
            <source>1 choose</source>
            <translation>1 انتخاب</translation>
        </message>
        <message>
            <source>{section}: {answered} of {shown} answered</source>
            <translation>{section}: {shown} میں سے {answered} کے جواب دیے گئے</translation>
        </message>
        <message>
            <source>Suggested agreed score: &lt;b&gt;{level} {name}&lt;/b&gt; (the middle of the ratings). The group decides.</source>
            <translation>تجویز کردہ متفقہ اسکور: &lt;b&gt;{level} {name}&lt;/b&gt; (درجات کا درمیانی)۔ فیصلہ گروپ کرے گا۔</translation>
        </message>
        <message>
            <source>Keys 1–4 and D now rate &lt;b&gt;{person}&lt;/b&gt;. ← → choose another person.</source>
            <translation>کلیدیں 1–4 اور D اب &lt;b&gt;{person}&lt;/b&gt; کا درجہ دیتی ہیں۔ ← → کوئی اور شخص چنیں۔</translation>
        </message>
        <message>
            <source>1 tick</source>
            <translation>1 نشان</translation>
        </message>
        <message>
            <source>Phone voting could not start: {problem}. Check no other program is using the network port, then try again.</source>
            <translation>فون ووٹنگ شروع نہیں ہو سکی: {problem}۔ دیکھیں کہ کوئی اور پروگرام نیٹ ورک پورٹ استعمال نہ کر رہا ہو، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>1–{count} choose</source>
            <translation>1–{count} انتخاب</translation>
        </message>
        <message>
            <source>1–{count} tick</source>
            <translation>1–{count} نشان</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>Who uses this computer</source>
            <translation>یہ کمپیوٹر کون استعمال کرتا ہے</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>بدلیں…</translation>
        </message>
        <message>
            <source>Council mode</source>
            <translation>کونسل موڈ</translation>
        </message>
        <message>
            <source>Use this computer for council work (import bundles, review conflicts, overview)</source>
            <translation>یہ کمپیوٹر کونسل کے کام کے لیے استعمال کریں (بنڈل امپورٹ کرنا، ٹکراؤ دیکھنا، جائزہ)</translation>
        </message>
        <message>
            <source>keys/council.key in the data folder</source>
            <translation>ڈیٹا فولڈر میں keys/council.key</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>منتخب کریں…</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>وارڈز کی فہرست</translation>
        </message>
        <message>
            <source>Choose ward file…</source>
            <translation>وارڈ فائل منتخب کریں…</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>یہ کمپیوٹر</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>ڈیوائس کا نام</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>ڈیوائس آئی ڈی</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>کلید کا فنگر پرنٹ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فولڈر کھولیں</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ڈیٹا فولڈر</translation>
        </message>
        <message>
            <source>On: the Import, Overview and Conflicts pages are in the side bar. Bundles are imported only from devices you trust (Import → Devices).</source>
            <translation>آن: امپورٹ، جائزہ اور ٹکراؤ کے صفحات سائیڈ بار میں ہیں۔ بنڈل صرف ان ڈیوائسز سے امپورٹ ہوتے ہیں جن پر آپ بھروسہ کرتے ہیں (امپورٹ ← ڈیوائسز)۔</translation>
        </message>
        <message>
            <source>Off: this is a field laptop. Turn council mode on for the computer that imports bundles from the laptops; the council pages appear in the side bar at once.</source>
            <translation>آف: یہ فیلڈ لیپ ٹاپ ہے۔ جو کمپیوٹر لیپ ٹاپس سے بنڈل امپورٹ کرتا ہے اس پر کونسل موڈ چالو کریں؛ کونسل کے صفحات فوراً سائیڈ بار میں آ جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Council private key</source>
            <translation>کونسل کی نجی کلید</translation>
        </message>
        <message>
            <source>Key files (*.key *.pem);;All files (*)</source>
            <translation>کلید فائلیں (*.key *.pem);;سب فائلیں (*)</translation>
        </message>
        <message>
            <source>Saved. Encrypted bundles are opened with this key from now on.</source>
            <translation>محفوظ ہو گیا۔ اب سے خفیہ کردہ بنڈل اسی کلید سے کھولے جائیں گے۔</translation>
        </message>
        <message>
            <source>Ward file</source>
            <translation>وارڈ فائل</translation>
        </message>
        <message>
            <source>Ward files (*.yaml *.yml);;All files (*)</source>
            <translation>وارڈ فائلیں (*.yaml *.yml);;سب فائلیں (*)</translation>
        </message>
        <message>
            <source>Private key for encrypted bundles</source>
            <translation>خفیہ کردہ بنڈلز کے لیے نجی کلید</translation>
        </message>
        <message>
            <source>not made yet</source>
            <translation>ابھی نہیں بنی</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>ابھی نہیں چنا گیا</translation>
        </message>
        <message>
            <source>Council mode is on.</source>
            <translation>کونسل موڈ چالو ہے۔</translation>
        </message>
        <message>
            <source>Council mode is off.</source>
            <translation>کونسل موڈ بند ہے۔</translation>
        </message>
        <message>
            <source>this computer: {name}</source>
            <translation>یہ کمپیوٹر: {name}</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}۔</translation>
        </message>
        <message>
            <source>In use: {title} ({council}, from {date}), {count} wards.</source>
            <translation>زیرِ استعمال: {title} ({council}، {date} سے)، {count} وارڈز۔</translation>
        </message>
        <message>
            <source>Saved: {what}</source>
            <translation>محفوظ ہو گیا: {what}</translation>
        </message>
        <message>
            <source>Saved: {title}, {count} wards. It is used from the next time GAP Field Kit starts.</source>
            <translation>محفوظ ہو گیا: {title}، {count} وارڈز۔ یہ اگلی بار GAP Field Kit شروع ہونے پر استعمال ہو گی۔</translation>
        </message>
        <message>
            <source>worker: {name}</source>
            <translation>ورکر: {name}</translation>
        </message>
        <message>
            <source>council: {name}</source>
            <translation>کونسل: {name}</translation>
        </message>
        <message>
            <source>{file} cannot be used: {error}. Choose the council.key file made when the council's keys were created.</source>
            <translation>{file} استعمال نہیں ہو سکتی: {error}۔ وہ council.key فائل منتخب کریں جو کونسل کی کلیدیں بناتے وقت بنی تھی۔</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>A council development worker</source>
            <translation>کونسل کا ڈویلپمنٹ ورکر</translation>
        </message>
        <message>
            <source>A community group assessing itself</source>
            <translation>اپنا جائزہ خود لینے والا کمیونٹی گروپ</translation>
        </message>
        <message>
            <source>Council staff</source>
            <translation>کونسل کا عملہ</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ایکسل ورک بک (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV، UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export to spreadsheet</source>
            <translation>اسپریڈشیٹ میں برآمد کریں</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>The group agreed: answers are kept on this laptop and sent to the council</source>
            <translation>گروپ نے اتفاق کیا: جوابات اس لیپ ٹاپ پر رکھے جاتے ہیں اور کونسل کو بھیجے جاتے ہیں</translation>
        </message>
        <message>
            <source>Draft translation: to be checked by a native speaker before use</source>
            <translation>مسودہ ترجمہ: استعمال سے پہلے کسی اہلِ زبان سے جانچ کروائیں</translation>
        </message>
        <message>
            <source>Trustee</source>
            <translation>ٹرسٹی</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>رضاکار</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>عملہ</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>رکن</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ہٹائیں</translation>
        </message>
        <message>
            <source>Start an assessment</source>
            <translation>جائزہ شروع کریں</translation>
        </message>
        <message>
            <source>&amp;Facilitated (one agreed answer per statement)</source>
            <translation>سہولت کار کے ساتھ (ہر بیان کا ایک متفقہ جواب)</translation>
        </message>
        <message>
            <source>&amp;Group (each person rates, then agree)</source>
            <translation>گروپ (ہر شخص درجہ دے، پھر اتفاق کریں)</translation>
        </message>
        <message>
            <source>For example: St Paul's church hall</source>
            <translation>مثال کے طور پر: سینٹ پال کا چرچ ہال</translation>
        </message>
        <message>
            <source>Who is running the session</source>
            <translation>نشست کون چلا رہا ہے</translation>
        </message>
        <message>
            <source>Participants (labels and roles; no names needed)</source>
            <translation>شرکاء (لیبل اور کردار؛ نام کی ضرورت نہیں)</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>شریک شامل کریں</translation>
        </message>
        <message>
            <source>The council uses them to plan support; no names are recorded. If the group does not agree, stop here: press Cancel and nothing is saved.</source>
            <translation>کونسل انہیں مدد کی منصوبہ بندی کے لیے استعمال کرتی ہے؛ کوئی نام درج نہیں ہوتا۔ اگر گروپ متفق نہیں تو یہیں رک جائیں: منسوخ دبائیں اور کچھ محفوظ نہیں ہوگا۔</translation>
        </message>
        <message>
            <source>&amp;Register it now…</source>
            <translation>ابھی رجسٹر کریں…</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>طریقہ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>جگہ</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>سہولت کار</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>شروع کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>The verdict will say which conditions of this stage are met.</source>
            <translation>فیصلہ بتائے گا کہ اس مرحلے کی کون سی شرائط پوری ہوئی ہیں۔</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register one now, then start.</source>
            <translation>ابھی کوئی تنظیم رجسٹرڈ نہیں ہے۔ ابھی ایک رجسٹر کریں، پھر شروع کریں۔</translation>
        </message>
        <message>
            <source>CAT &amp;stage</source>
            <translation>CAT کا مرحلہ</translation>
        </message>
        <message>
            <source>Cove&amp;rage</source>
            <translation>احاطہ</translation>
        </message>
        <message>
            <source>Record the group's agreement first</source>
            <translation>پہلے گروپ کی رضامندی درج کریں</translation>
        </message>
        <message>
            <source>Choose the organisation first.</source>
            <translation>پہلے تنظیم منتخب کریں۔</translation>
        </message>
        <message>
            <source>{title}: about {minutes} minutes</source>
            <translation>{title}: تقریباً {minutes} منٹ</translation>
        </message>
        <message>
            <source>Longer than one sitting of {limit} minutes: plan two visits, or start with the key statements.</source>
            <translation>{limit} منٹ کی ایک نشست سے زیادہ: دو ملاقاتوں کا منصوبہ بنائیں، یا اہم بیانات سے شروع کریں۔</translation>
        </message>
        <message>
            <source>“{name}” is not registered yet. Register it now, then start.</source>
            <translation>“{name}” ابھی رجسٹرڈ نہیں ہے۔ پہلے اسے رجسٹر کریں، پھر شروع کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Bundle</source>
            <translation>بنڈل</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>لکھا گیا</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>Bundle id</source>
            <translation>بنڈل آئی ڈی</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>بطور محفوظ</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>سب کچھ</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>تبدیلیاں</translation>
        </message>
        <message>
            <source>with drafts</source>
            <translation>مسودوں کے ساتھ</translation>
        </message>
        <message>
            <source>encrypted</source>
            <translation>خفیہ کردہ</translation>
        </message>
        <message>
            <source>Bundles from this computer are not encrypted. They carry contact details, so anyone who finds the USB stick or the email can read them. Choose the council's own council.pub, kept beside council.key: then only a computer with council.key can open them.</source>
            <translation>اس کمپیوٹر کے بنڈل خفیہ نہیں کیے جا رہے۔ ان میں رابطے کی تفصیلات ہوتی ہیں، اس لیے جسے بھی USB اسٹک یا ای میل ملے وہ انہیں پڑھ سکتا ہے۔ کونسل کی اپنی council.pub منتخب کریں، جو council.key کے ساتھ رکھی ہے: پھر انہیں صرف وہ کمپیوٹر کھول سکے گا جس پر council.key ہو۔</translation>
        </message>
        <message>
            <source>Bundles are not encrypted. They carry contact details, so anyone who finds the USB stick or the email can read them. Choose the council.pub file from the council: once it is chosen, every bundle is encrypted to it.</source>
            <translation>بنڈل خفیہ نہیں کیے جا رہے۔ ان میں رابطے کی تفصیلات ہوتی ہیں، اس لیے جسے بھی USB اسٹک یا ای میل ملے وہ انہیں پڑھ سکتا ہے۔ کونسل سے ملی council.pub فائل منتخب کریں: اس کے بعد ہر بنڈل اسی پر خفیہ ہو گا۔</translation>
        </message>
        <message>
            <source>Save the bundle in which folder or USB stick?</source>
            <translation>بنڈل کس فولڈر یا USB اسٹک میں محفوظ کریں؟</translation>
        </message>
        <message>
            <source>Choose the council's public key (council.pub)</source>
            <translation>کونسل کی عوامی کلید منتخب کریں (council.pub)</translation>
        </message>
        <message>
            <source>Council public key (*.pub);;All files (*)</source>
            <translation>کونسل کی عوامی کلید (*.pub);;سب فائلیں (*)</translation>
        </message>
        <message>
            <source>Save this laptop's device file for the council</source>
            <translation>کونسل کے لیے اس لیپ ٹاپ کی ڈیوائس فائل محفوظ کریں</translation>
        </message>
        <message>
            <source>Device file (*.json)</source>
            <translation>ڈیوائس فائل (*.json)</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ہم آہنگی</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>بھیجے جانے کے منتظر</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>برآمد</translation>
        </message>
        <message>
            <source>Include drafts (assessments not completed yet)</source>
            <translation>مسودے شامل کریں (وہ جائزے جو ابھی مکمل نہیں ہوئے)</translation>
        </message>
        <message>
            <source>Normally only completed assessments are sent; a draft goes once it is completed.</source>
            <translation>عام طور پر صرف مکمل جائزے بھیجے جاتے ہیں؛ مسودہ مکمل ہونے پر جاتا ہے۔</translation>
        </message>
        <message>
            <source>Full export (everything, not just the changes)</source>
            <translation>مکمل برآمد (سب کچھ، صرف تبدیلیاں نہیں)</translation>
        </message>
        <message>
            <source>Send every record again, for example if a bundle was lost before the council imported it.</source>
            <translation>ہر ریکارڈ دوبارہ بھیجیں، مثلاً اگر کونسل کے امپورٹ کرنے سے پہلے کوئی بنڈل گم ہو گیا ہو۔</translation>
        </message>
        <message>
            <source>Encrypt to council key…</source>
            <translation>کونسل کی کلید پر خفیہ کریں…</translation>
        </message>
        <message>
            <source>Don't encrypt</source>
            <translation>خفیہ نہ کریں</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>بنڈل برآمد کریں…</translation>
        </message>
        <message>
            <source>Choose a folder or USB stick and write the bundle there</source>
            <translation>کوئی فولڈر یا USB اسٹک منتخب کریں اور بنڈل وہاں لکھیں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Save device file…</source>
            <translation>ڈیوائس فائل محفوظ کریں…</translation>
        </message>
        <message>
            <source>Save the file the council needs to trust this laptop's bundles</source>
            <translation>وہ فائل محفوظ کریں جس سے کونسل اس لیپ ٹاپ کے بنڈلز پر بھروسہ کر سکے</translation>
        </message>
        <message>
            <source>Bundles written from this laptop</source>
            <translation>اس لیپ ٹاپ سے لکھے گئے بنڈل</translation>
        </message>
        <message>
            <source>No bundles written yet.</source>
            <translation>ابھی کوئی بنڈل نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>From the council</source>
            <translation>کونسل کی طرف سے</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>گنتی ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Could not count what is waiting.</source>
            <translation>منتظر چیزوں کی گنتی نہیں ہو سکی۔</translation>
        </message>
        <message>
            <source>It is encrypted to the council key.</source>
            <translation>یہ کونسل کی کلید پر خفیہ ہے۔</translation>
        </message>
        <message>
            <source>It is NOT encrypted: anyone with the file can read the contact details in it. Keep it safe, and choose the council key for the next bundle.</source>
            <translation>یہ خفیہ نہیں ہے: جس کے پاس بھی فائل ہو وہ اس میں رابطے کی تفصیلات پڑھ سکتا ہے۔ اسے محفوظ رکھیں، اور اگلے بنڈل کے لیے کونسل کی کلید منتخب کریں۔</translation>
        </message>
        <message>
            <source>This is the council's computer: bundles from the laptops come in on the Import page. Here you can export this computer's own changes as a signed bundle, for another council computer or to keep a copy.</source>
            <translation>یہ کونسل کا کمپیوٹر ہے: لیپ ٹاپس کے بنڈل درآمد کے صفحے پر آتے ہیں۔ یہاں آپ اس کمپیوٹر کی اپنی تبدیلیاں ایک دستخط شدہ بنڈل کے طور پر برآمد کر سکتے ہیں، کونسل کے کسی دوسرے کمپیوٹر کے لیے یا نقل رکھنے کے لیے۔</translation>
        </message>
        <message>
            <source>Bundles written from this computer</source>
            <translation>اس کمپیوٹر سے لکھے گئے بنڈل</translation>
        </message>
        <message>
            <source>Changes made on this laptop go to the council in a bundle file: save it to a USB stick or a shared folder and hand it over. Each bundle is signed by this laptop, so the council knows where it came from.</source>
            <translation>اس لیپ ٹاپ پر کی گئی تبدیلیاں ایک بنڈل فائل میں کونسل کو جاتی ہیں: اسے USB اسٹک یا مشترکہ فولڈر میں محفوظ کر کے حوالے کریں۔ ہر بنڈل پر اس لیپ ٹاپ کے دستخط ہوتے ہیں، اس لیے کونسل جانتی ہے کہ یہ کہاں سے آیا۔</translation>
        </message>
        <message>
            <source>Choose the council.pub file from the council: only the council can then open the bundles, so a lost USB stick leaks nothing.</source>
            <translation>کونسل سے ملی council.pub فائل منتخب کریں: پھر بنڈل صرف کونسل کھول سکتی ہے، اس لیے گم شدہ USB اسٹک سے کچھ افشا نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>1 draft assessment is held back until completed (tick Include drafts to send it now).</source>
            <translation>1 مسودہ جائزہ مکمل ہونے تک روکا گیا ہے (اسے ابھی بھیجنے کے لیے "مسودے شامل کریں" پر نشان لگائیں)۔</translation>
        </message>
        <message>
            <source>Bundle {number} saved as {path} ({count} records, {size} MB).</source>
            <translation>بنڈل {number} بطور {path} محفوظ ہو گیا ({count} ریکارڈ، {size} MB)۔</translation>
        </message>
        <message>
            <source>{count} records changed on this computer since its last export.</source>
            <translation>پچھلی برآمد کے بعد اس کمپیوٹر پر {count} ریکارڈ بدلے۔</translation>
        </message>
        <message>
            <source>There is nothing to send yet.</source>
            <translation>ابھی بھیجنے کو کچھ نہیں ہے۔</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export.</source>
            <translation>پچھلی برآمد کے بعد کچھ نہیں بدلا۔</translation>
        </message>
        <message>
            <source>Device file saved as {path}. Give it to the council and read them the key fingerprint {fingerprint} so they can check it.</source>
            <translation>ڈیوائس فائل بطور {path} محفوظ ہو گئی۔ اسے کونسل کو دیں اور انہیں کلید کا فنگر پرنٹ {fingerprint} پڑھ کر سنائیں تاکہ وہ اسے جانچ سکیں۔</translation>
        </message>
        <message>
            <source>Bundle {number} saved</source>
            <translation>بنڈل {number} محفوظ ہو گیا</translation>
        </message>
        <message>
            <source>Something went wrong while writing the bundle; nothing was saved and your data is unchanged. The details are in the log file. ({detail})</source>
            <translation>بنڈل لکھتے ہوئے کچھ غلط ہو گیا؛ کچھ محفوظ نہیں ہوا اور آپ کا ڈیٹا نہیں بدلا۔ تفصیلات لاگ فائل میں ہیں۔ ({detail})</translation>
        </message>
        <message>
            <source>Choose the council's own council.pub (in {folder}): only a computer with council.key can then open the bundles, so a lost USB stick leaks nothing.</source>
            <translation>کونسل کی اپنی council.pub منتخب کریں ({folder} میں): پھر بنڈل صرف وہ کمپیوٹر کھول سکے گا جس پر council.key ہو، اس لیے گم شدہ USB اسٹک سے کچھ افشا نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>{count} records are waiting to be sent.</source>
            <translation>{count} ریکارڈ بھیجے جانے کے منتظر ہیں۔</translation>
        </message>
        <message>
            <source>This computer: {name}
Key fingerprint: {fingerprint}
Laptops trust this computer's field packs from its device file.</source>
            <translation>یہ کمپیوٹر: {name}
کلید کا فنگر پرنٹ: {fingerprint}
لیپ ٹاپ اس کمپیوٹر کی ڈیوائس فائل سے اس کے فیلڈ پیکس پر بھروسہ کرتے ہیں۔</translation>
        </message>
        <message>
            <source>This laptop: {name}
Key fingerprint: {fingerprint}
The council enrols this laptop from its device file.</source>
            <translation>یہ لیپ ٹاپ: {name}
کلید کا فنگر پرنٹ: {fingerprint}
کونسل اس لیپ ٹاپ کا اندراج اس کی ڈیوائس فائل سے کرتی ہے۔</translation>
        </message>
        <message>
            <source>Bundles are encrypted to the council key
{fingerprint}</source>
            <translation>بنڈل کونسل کی کلید پر خفیہ کیے جاتے ہیں
{fingerprint}</translation>
        </message>
        <message>
            <source>Bundles will be encrypted to {fingerprint}</source>
            <translation>بنڈل {fingerprint} پر خفیہ کیے جائیں گے</translation>
        </message>
        <message>
            <source>The folder {folder} is not there any more (is the USB stick plugged in?). Choose the folder again.</source>
            <translation>فولڈر {folder} اب موجود نہیں (کیا USB اسٹک لگی ہوئی ہے؟)۔ فولڈر دوبارہ منتخب کریں۔</translation>
        </message>
        <message>
            <source>{count} draft assessments are held back until completed (tick Include drafts to send them now).</source>
            <translation>{count} مسودہ جائزے مکمل ہونے تک روکے گئے ہیں (انہیں ابھی بھیجنے کے لیے "مسودے شامل کریں" پر نشان لگائیں)۔</translation>
        </message>
        <message>
            <source>Could not save the device file as {path}: {reason}. Choose another folder.</source>
            <translation>ڈیوائس فائل بطور {path} محفوظ نہیں ہو سکی: {reason}۔ کوئی اور فولڈر منتخب کریں۔</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>Organisations</source>
            <translation>تنظیمیں</translation>
        </message>
        <message>
            <source>Form versions</source>
            <translation>فارم کے ورژن</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>جائزے</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>شرکاء</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>جوابات</translation>
        </message>
        <message>
            <source>Action plan items</source>
            <translation>لائحہ عمل کے نکات</translation>
        </message>
        <message>
            <source>Action reviews</source>
            <translation>اقدامات کے جائزے</translation>
        </message>
        <message>
            <source>Council resources</source>
            <translation>کونسل کے وسائل</translation>
        </message>
        <message>
            <source>Review notes</source>
            <translation>جائزے کے نوٹس</translation>
        </message>
        <message>
            <source>Audit trail entries</source>
            <translation>آڈٹ ریکارڈ کے اندراجات</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>تمام تنظیمیں</translation>
        </message>
        <message>
            <source>Organisations in some wards</source>
            <translation>کچھ وارڈز کی تنظیمیں</translation>
        </message>
        <message>
            <source>Organisations the laptop worked with</source>
            <translation>وہ تنظیمیں جن کے ساتھ لیپ ٹاپ نے کام کیا</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>کچھ نہیں</translation>
        </message>
        <message>
            <source>{label}: {count}</source>
            <translation>{label}: {count}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <source>governance</source>
            <translation>نظم و نسق</translation>
        </message>
        <message>
            <source>legal structure</source>
            <translation>قانونی ڈھانچہ</translation>
        </message>
        <message>
            <source>trustee skills</source>
            <translation>ٹرسٹیوں کی مہارتیں</translation>
        </message>
        <message>
            <source>trustee recruitment</source>
            <translation>ٹرسٹیوں کی بھرتی</translation>
        </message>
        <message>
            <source>financial management</source>
            <translation>مالی انتظام</translation>
        </message>
        <message>
            <source>business planning</source>
            <translation>کاروباری منصوبہ بندی</translation>
        </message>
        <message>
            <source>funding</source>
            <translation>فنڈنگ</translation>
        </message>
        <message>
            <source>capital funding</source>
            <translation>سرمایہ جاتی فنڈنگ</translation>
        </message>
        <message>
            <source>volunteering</source>
            <translation>رضاکاری</translation>
        </message>
        <message>
            <source>safeguarding</source>
            <translation>تحفظ (سیف گارڈنگ)</translation>
        </message>
        <message>
            <source>health and safety</source>
            <translation>صحت اور حفاظت</translation>
        </message>
        <message>
            <source>policies</source>
            <translation>پالیسیاں</translation>
        </message>
        <message>
            <source>data protection</source>
            <translation>ڈیٹا کا تحفظ</translation>
        </message>
        <message>
            <source>insurance</source>
            <translation>انشورنس</translation>
        </message>
        <message>
            <source>community consultation</source>
            <translation>کمیونٹی سے مشاورت</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>تشہیر</translation>
        </message>
        <message>
            <source>networking</source>
            <translation>روابط (نیٹ ورکنگ)</translation>
        </message>
        <message>
            <source>impact measurement</source>
            <translation>اثرات کی پیمائش</translation>
        </message>
        <message>
            <source>planning</source>
            <translation>منصوبہ بندی</translation>
        </message>
        <message>
            <source>property advice</source>
            <translation>جائیداد سے متعلق مشورہ</translation>
        </message>
        <message>
            <source>building compliance</source>
            <translation>عمارت کے ضوابط کی پابندی</translation>
        </message>
        <message>
            <source>professional advice</source>
            <translation>پیشہ ورانہ مشورہ</translation>
        </message>
        <message>
            <source>legal advice</source>
            <translation>قانونی مشورہ</translation>
        </message>
        <message>
            <source>risk management</source>
            <translation>خطرات کا انتظام</translation>
        </message>
        <message>
            <source>training</source>
            <translation>تربیت</translation>
        </message>
        <message>
            <source>capacity building</source>
            <translation>استعداد کار میں اضافہ</translation>
        </message>
        <message>
            <source>employment advice</source>
            <translation>ملازمت سے متعلق مشورہ</translation>
        </message>
        <message>
            <source>accessibility</source>
            <translation>رسائی</translation>
        </message>
        <message>
            <source>small group support</source>
            <translation>چھوٹے گروپوں کے لیے مدد</translation>
        </message>
        <message>
            <source>digital skills</source>
            <translation>ڈیجیٹل مہارتیں</translation>
        </message>
        <message>
            <source>commissioning</source>
            <translation>خدمات کی خریداری (کمیشننگ)</translation>
        </message>
    </context>
</TS>
