<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pa_IN" sourcelanguage="en_GB">
    <context>
        <name>About</name>
        <message>
            <source>Runtime</source>
            <translation>ਰਨਟਾਈਮ</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>ਲਾਇਬ੍ਰੇਰੀ</translation>
        </message>
        <message>
            <source>Font</source>
            <translation>ਫੌਂਟ</translation>
        </message>
        <message>
            <source>GAP Field Kit icon</source>
            <translation>GAP Field Kit ਦਾ ਆਈਕਨ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ਵਰਜਨ</translation>
        </message>
        <message>
            <source>Registration, organisational health checks and Community Asset Transfer readiness for community groups, offline. Free software under the MIT licence.</source>
            <translation>ਕਮਿਊਨਿਟੀ ਗਰੁੱਪਾਂ ਲਈ ਰਜਿਸਟ੍ਰੇਸ਼ਨ, ਸੰਸਥਾ ਦੀ ਸਿਹਤ ਜਾਂਚ ਅਤੇ ਕਮਿਊਨਿਟੀ ਸੰਪਤੀ ਤਬਾਦਲੇ (CAT) ਦੀ ਤਿਆਰੀ, ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ। MIT ਲਾਇਸੈਂਸ ਹੇਠ ਮੁਫ਼ਤ ਸਾਫ਼ਟਵੇਅਰ।</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ਡਾਟਾ ਫੋਲਡਰ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ਫੋਲਡਰ ਖੋਲ੍ਹੋ</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>ਡਾਟਾ ਫੋਲਡਰ ਖੋਲ੍ਹੋ</translation>
        </message>
        <message>
            <source>Bundled libraries and fonts</source>
            <translation>ਸ਼ਾਮਲ ਲਾਇਬ੍ਰੇਰੀਆਂ ਅਤੇ ਫੌਂਟ</translation>
        </message>
        <message>
            <source>Show licence text</source>
            <translation>ਲਾਇਸੈਂਸ ਦਾ ਪਾਠ ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>Show the selected font's licence text</source>
            <translation>ਚੁਣੇ ਫੌਂਟ ਦੇ ਲਾਇਸੈਂਸ ਦਾ ਪਾਠ ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Close About</source>
            <translation>ਜਾਣਕਾਰੀ ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Bundled with this app:</source>
            <translation>ਇਸ ਐਪ ਨਾਲ ਸ਼ਾਮਲ:</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>ਹਿੱਸਾ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ਕਿਸਮ</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>ਲਾਇਸੈਂਸ</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>ਵਰਜਨ {version}</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>What</source>
            <translation>ਕੀ</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>ਕੌਣ</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>ਕਦੋਂ ਤੱਕ</translation>
        </message>
        <message>
            <source>Support offer</source>
            <translation>ਸਹਾਇਤਾ ਪੇਸ਼ਕਸ਼</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>ਕਰਨਾ ਹੈ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>ਜਾਰੀ ਹੈ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>For example: write a reserves policy</source>
            <translation>ਉਦਾਹਰਨ: ਰਿਜ਼ਰਵ ਨੀਤੀ ਲਿਖਣਾ</translation>
        </message>
        <message>
            <source>A role is enough, for example: treasurer</source>
            <translation>ਭੂਮਿਕਾ ਕਾਫ਼ੀ ਹੈ, ਉਦਾਹਰਨ: ਖ਼ਜ਼ਾਨਚੀ</translation>
        </message>
        <message>
            <source>Set a date</source>
            <translation>ਤਾਰੀਖ਼ ਤੈਅ ਕਰੋ</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>ਕੀ</translation>
        </message>
        <message>
            <source>W&amp;ho</source>
            <translation>ਕੌਣ</translation>
        </message>
        <message>
            <source>By &amp;when</source>
            <translation>ਕਦੋਂ ਤੱਕ</translation>
        </message>
        <message>
            <source>Support &amp;offer</source>
            <translation>ਸਹਾਇਤਾ ਪੇਸ਼ਕਸ਼</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Ideas from the results</source>
            <translation>ਨਤੀਜਿਆਂ ਤੋਂ ਵਿਚਾਰ</translation>
        </message>
        <message>
            <source>Add action from this idea…</source>
            <translation>ਇਸ ਵਿਚਾਰ ਤੋਂ ਕਾਰਵਾਈ ਜੋੜੋ…</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>ਯੋਜਨਾ</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>ਕਾਰਵਾਈ ਜੋੜੋ…</translation>
        </message>
        <message>
            <source>Add an action (Ctrl+N)</source>
            <translation>ਇੱਕ ਕਾਰਵਾਈ ਜੋੜੋ (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ਸੋਧੋ…</translation>
        </message>
        <message>
            <source>Change the action (Enter)</source>
            <translation>ਕਾਰਵਾਈ ਬਦਲੋ (Enter)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>ਉੱਪਰ ਲੈ ਜਾਓ</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>ਉੱਪਰ ਲੈ ਜਾਓ (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>ਹੇਠਾਂ ਲੈ ਜਾਓ</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>ਹੇਠਾਂ ਲੈ ਜਾਓ (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>ਹੋ ਗਿਆ ਨਿਸ਼ਾਨ ਲਾਓ</translation>
        </message>
        <message>
            <source>Mark done (Ctrl+D)</source>
            <translation>ਹੋ ਗਿਆ ਨਿਸ਼ਾਨ ਲਾਓ (Ctrl+D)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ਮਿਟਾਓ</translation>
        </message>
        <message>
            <source>Delete (Delete); Ctrl+Z undoes</source>
            <translation>ਮਿਟਾਓ (Delete); Ctrl+Z ਵਾਪਸ ਲਿਆਉਂਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>Mark not done</source>
            <translation>ਹੋ ਗਿਆ ਦਾ ਨਿਸ਼ਾਨ ਹਟਾਓ</translation>
        </message>
    </context>
    <context>
        <name>ActionReview</name>
        <message>
            <source>Note: what happened, what is next</source>
            <translation>ਨੋਟ: ਕੀ ਹੋਇਆ, ਅੱਗੇ ਕੀ ਹੈ</translation>
        </message>
        <message>
            <source>Last time's actions</source>
            <translation>ਪਿਛਲੀ ਵਾਰ ਦੀਆਂ ਕਾਰਵਾਈਆਂ</translation>
        </message>
        <message>
            <source>Back to assessments</source>
            <translation>ਮੁਲਾਂਕਣਾਂ 'ਤੇ ਵਾਪਸ</translation>
        </message>
        <message>
            <source>Carry on to the statements →</source>
            <translation>ਕਥਨਾਂ ਵੱਲ ਅੱਗੇ ਵਧੋ →</translation>
        </message>
        <message>
            <source>Actions left unreviewed can be reviewed later (Ctrl+Enter)</source>
            <translation>ਜਿਨ੍ਹਾਂ ਕਾਰਵਾਈਆਂ ਦੀ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ, ਉਨ੍ਹਾਂ ਦੀ ਸਮੀਖਿਆ ਬਾਅਦ ਵਿੱਚ ਹੋ ਸਕਦੀ ਹੈ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>There was no earlier action plan.</source>
            <translation>ਕੋਈ ਪਿਛਲੀ ਕਾਰਵਾਈ ਯੋਜਨਾ ਨਹੀਂ ਸੀ।</translation>
        </message>
        <message>
            <source>in the plan: {status}</source>
            <translation>ਯੋਜਨਾ ਵਿੱਚ: {status}</translation>
        </message>
        <message>
            <source>Last time's actions: {organisation}</source>
            <translation>ਪਿਛਲੀ ਵਾਰ ਦੀਆਂ ਕਾਰਵਾਈਆਂ: {organisation}</translation>
        </message>
        <message>
            <source>{reviewed} of {total} reviewed</source>
            <translation>{total} ਵਿੱਚੋਂ {reviewed} ਦੀ ਸਮੀਖਿਆ ਹੋਈ</translation>
        </message>
        <message>
            <source>Who: {who}</source>
            <translation>ਕੌਣ: {who}</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>{date} ਤੱਕ</translation>
        </message>
        <message>
            <source> with {facilitator}</source>
            <translation>, {facilitator} ਨਾਲ</translation>
        </message>
        <message>
            <source>Agreed at the {kind} on {date}{who}. For each action, say whether it is done, in progress or dropped, with a note. Each choice is saved at once.</source>
            <translation>{kind} ਵਿੱਚ {date} ਨੂੰ ਤੈਅ ਹੋਇਆ{who}। ਹਰ ਕਾਰਵਾਈ ਲਈ ਦੱਸੋ ਕਿ ਇਹ ਹੋ ਗਈ, ਜਾਰੀ ਹੈ ਜਾਂ ਛੱਡ ਦਿੱਤੀ ਗਈ, ਅਤੇ ਇੱਕ ਨੋਟ ਲਿਖੋ। ਹਰ ਚੋਣ ਉਸੇ ਵੇਲੇ ਸੰਭਾਲੀ ਜਾਂਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>{count} of last time's actions not reviewed yet</source>
            <translation>ਪਿਛਲੀ ਵਾਰ ਦੀਆਂ {count} ਕਾਰਵਾਈਆਂ ਦੀ ਅਜੇ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>Organisational health check</source>
            <translation>ਸੰਸਥਾ ਦੀ ਸਿਹਤ ਜਾਂਚ</translation>
        </message>
        <message>
            <source>CAT readiness</source>
            <translation>CAT ਲਈ ਤਿਆਰੀ</translation>
        </message>
        <message>
            <source>organisational health check</source>
            <translation>ਸੰਸਥਾ ਦੀ ਸਿਹਤ ਜਾਂਚ</translation>
        </message>
        <message>
            <source>CAT readiness assessment</source>
            <translation>CAT ਤਿਆਰੀ ਦਾ ਮੁਲਾਂਕਣ</translation>
        </message>
    </context>
    <context>
        <name>Assessments</name>
        <message>
            <source>Facilitated</source>
            <translation>ਸੰਚਾਲਕ ਨਾਲ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>ਗਰੁੱਪ</translation>
        </message>
        <message>
            <source>Online (self-assessment)</source>
            <translation>ਆਨਲਾਈਨ (ਸਵੈ-ਮੁਲਾਂਕਣ)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ਮਿਲਿਆ</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>ਮੁੜ ਭੇਜਿਆ</translation>
        </message>
        <message>
            <source>Has issues</source>
            <translation>ਸਮੱਸਿਆਵਾਂ ਹਨ</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>ਮਨਜ਼ੂਰ</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>ਨਾਮਨਜ਼ੂਰ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>ਢੰਗ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>ਕੌਂਸਲ ਦੀ ਸਮੀਖਿਆ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>ਸ਼ੁਰੂ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ਸੰਚਾਲਕ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>ਜਾਰੀ</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>ਪੂਰਾ</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>ਨਿਰਯਾਤ ਹੋਇਆ</translation>
        </message>
        <message>
            <source>No assessments yet.

Start one with New assessment (Ctrl+N), or from an organisation on the Organisations page.</source>
            <translation>ਅਜੇ ਕੋਈ ਮੁਲਾਂਕਣ ਨਹੀਂ।

“ਨਵਾਂ ਮੁਲਾਂਕਣ” (Ctrl+N) ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ, ਜਾਂ ਸੰਸਥਾਵਾਂ ਪੰਨੇ ਉੱਤੇ ਕਿਸੇ ਸੰਸਥਾ ਤੋਂ।</translation>
        </message>
        <message>
            <source>Approve assessments</source>
            <translation>ਮੁਲਾਂਕਣ ਮਨਜ਼ੂਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>They will count in the Overview and the council summary, and each laptop hears of it in its next field pack.</source>
            <translation>ਇਹ ਝਲਕ ਅਤੇ ਕੌਂਸਲ ਦੇ ਸਾਰ ਵਿੱਚ ਗਿਣੇ ਜਾਣਗੇ, ਅਤੇ ਹਰ ਲੈਪਟਾਪ ਨੂੰ ਅਗਲੇ ਫੀਲਡ ਪੈਕ ਵਿੱਚ ਪਤਾ ਲੱਗੇਗਾ।</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>ਮਨਜ਼ੂਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Delete assessment</source>
            <translation>ਮੁਲਾਂਕਣ ਮਿਟਾਓ</translation>
        </message>
        <message>
            <source>Its answers and action plan leave this laptop's list and the deletion goes in the next sync bundle. You can undo this straight after (Ctrl+Z).</source>
            <translation>ਇਸ ਦੇ ਜਵਾਬ ਅਤੇ ਕਾਰਜ ਯੋਜਨਾ ਇਸ ਲੈਪਟਾਪ ਦੀ ਸੂਚੀ ਵਿੱਚੋਂ ਨਿਕਲ ਜਾਣਗੇ ਅਤੇ ਮਿਟਾਉਣਾ ਅਗਲੇ ਸਿੰਕ ਬੰਡਲ ਵਿੱਚ ਜਾਵੇਗਾ। ਤੁਸੀਂ ਤੁਰੰਤ ਬਾਅਦ ਇਸ ਨੂੰ ਵਾਪਸ ਲੈ ਸਕਦੇ ਹੋ (Ctrl+Z)।</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ਮਿਟਾਓ</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Search organisation, venue or facilitator (Ctrl+F)</source>
            <translation>ਸੰਸਥਾ, ਥਾਂ ਜਾਂ ਸੰਚਾਲਕ ਖੋਜੋ (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search assessments</source>
            <translation>ਮੁਲਾਂਕਣ ਖੋਜੋ</translation>
        </message>
        <message>
            <source>Show assessments of kind</source>
            <translation>ਇਸ ਕਿਸਮ ਦੇ ਮੁਲਾਂਕਣ ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>ਸਾਰੀਆਂ ਕਿਸਮਾਂ</translation>
        </message>
        <message>
            <source>Show assessments with status</source>
            <translation>ਇਸ ਸਥਿਤੀ ਵਾਲੇ ਮੁਲਾਂਕਣ ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>ਕੋਈ ਵੀ ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Show assessments in review state</source>
            <translation>ਇਸ ਸਮੀਖਿਆ ਸਥਿਤੀ ਵਾਲੇ ਮੁਲਾਂਕਣ ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>Any review</source>
            <translation>ਕੋਈ ਵੀ ਸਮੀਖਿਆ</translation>
        </message>
        <message>
            <source>PDF reports…</source>
            <translation>PDF ਰਿਪੋਰਟਾਂ…</translation>
        </message>
        <message>
            <source>Write a PDF report for each completed assessment shown (filter the list first to choose which)</source>
            <translation>ਦਿਖਾਏ ਹਰ ਪੂਰੇ ਮੁਲਾਂਕਣ ਦੀ PDF ਰਿਪੋਰਟ ਲਿਖੋ (ਕਿਹੜੇ, ਇਹ ਚੁਣਨ ਲਈ ਪਹਿਲਾਂ ਸੂਚੀ ਛਾਂਟੋ)</translation>
        </message>
        <message>
            <source>No assessments yet</source>
            <translation>ਅਜੇ ਕੋਈ ਮੁਲਾਂਕਣ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>How many assessments are shown</source>
            <translation>ਕਿੰਨੇ ਮੁਲਾਂਕਣ ਦਿਖਾਏ ਹਨ</translation>
        </message>
        <message>
            <source>New assessment…</source>
            <translation>ਨਵਾਂ ਮੁਲਾਂਕਣ…</translation>
        </message>
        <message>
            <source>Start an assessment (Ctrl+N)</source>
            <translation>ਮੁਲਾਂਕਣ ਸ਼ੁਰੂ ਕਰੋ (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ਖੋਲ੍ਹੋ</translation>
        </message>
        <message>
            <source>Open results, or carry on a draft (Enter)</source>
            <translation>ਨਤੀਜੇ ਖੋਲ੍ਹੋ, ਜਾਂ ਖਰੜਾ ਜਾਰੀ ਰੱਖੋ (Enter)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>ਜਾਰੀ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Carry on where it stopped</source>
            <translation>ਜਿੱਥੇ ਰੁਕਿਆ ਸੀ ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>ਨਤੀਜੇ</translation>
        </message>
        <message>
            <source>See the results and action plan</source>
            <translation>ਨਤੀਜੇ ਅਤੇ ਕਾਰਜ ਯੋਜਨਾ ਵੇਖੋ</translation>
        </message>
        <message>
            <source>Delete the assessment (Delete)</source>
            <translation>ਮੁਲਾਂਕਣ ਮਿਟਾਓ (Delete)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>ਇਤਿਹਾਸ…</translation>
        </message>
        <message>
            <source>Every change to the assessment, its answers and actions</source>
            <translation>ਮੁਲਾਂਕਣ, ਇਸ ਦੇ ਜਵਾਬਾਂ ਅਤੇ ਕਾਰਵਾਈਆਂ ਦੀ ਹਰ ਤਬਦੀਲੀ</translation>
        </message>
        <message>
            <source>Assessment list</source>
            <translation>ਮੁਲਾਂਕਣਾਂ ਦੀ ਸੂਚੀ</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>ਟਿੱਪਣੀ</translation>
        </message>
        <message>
            <source>Reopened: fix it, then Review and complete to send it again.</source>
            <translation>ਮੁੜ ਖੁੱਲ੍ਹਿਆ: ਠੀਕ ਕਰੋ, ਫਿਰ “ਸਮੀਖਿਆ ਕਰੋ ਅਤੇ ਪੂਰਾ ਕਰੋ” ਨਾਲ ਮੁੜ ਭੇਜੋ।</translation>
        </message>
        <message>
            <source>The {kind} with {organisation} was not finished. Carry on where it stopped?</source>
            <translation>{organisation} ਨਾਲ {kind} ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ ਸੀ। ਜਿੱਥੇ ਰੁਕਿਆ ਸੀ ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੀਏ?</translation>
        </message>
        <message>
            <source>Assessment started: every answer is saved as it is given.</source>
            <translation>ਮੁਲਾਂਕਣ ਸ਼ੁਰੂ ਹੋਇਆ: ਹਰ ਜਵਾਬ ਦਿੰਦਿਆਂ ਹੀ ਸੰਭਾਲਿਆ ਜਾਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ਵਾਪਸ ਲਓ</translation>
        </message>
        <message>
            <source>Approve {count} assessments?</source>
            <translation>{count} ਮੁਲਾਂਕਣ ਮਨਜ਼ੂਰ ਕਰੀਏ?</translation>
        </message>
        <message>
            <source>Delete the {kind} with {organisation}?</source>
            <translation>{organisation} ਨਾਲ {kind} ਮਿਟਾਈਏ?</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>ਨਾਮਨਜ਼ੂਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>No completed assessment is shown: there is no report to write yet.</source>
            <translation>ਕੋਈ ਪੂਰਾ ਮੁਲਾਂਕਣ ਨਹੀਂ ਦਿਖਾਇਆ: ਅਜੇ ਲਿਖਣ ਲਈ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Review the move…</source>
            <translation>ਤਬਦੀਲੀ ਦੀ ਸਮੀਖਿਆ ਕਰੋ…</translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>{total} ਵਿੱਚੋਂ {shown} ਦਿਖਾਏ</translation>
        </message>
        <message>
            <source>Reviewing {count} assessment(s)…</source>
            <translation>{count} ਮੁਲਾਂਕਣਾਂ ਦੀ ਸਮੀਖਿਆ ਹੋ ਰਹੀ ਹੈ…</translation>
        </message>
        <message>
            <source>Comment on the assessment with {organisation}:</source>
            <translation>{organisation} ਦੇ ਮੁਲਾਂਕਣ ਉੱਤੇ ਟਿੱਪਣੀ:</translation>
        </message>
        <message>
            <source>History of the {kind} with {organisation}</source>
            <translation>{organisation} ਨਾਲ {kind} ਦਾ ਇਤਿਹਾਸ</translation>
        </message>
        <message>
            <source>Deleted the assessment with {organisation}.</source>
            <translation>{organisation} ਦਾ ਮੁਲਾਂਕਣ ਮਿਟਾਇਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>Deleted the assessment with {organisation}</source>
            <translation>{organisation} ਦਾ ਮੁਲਾਂਕਣ ਮਿਟਾਇਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>{total} assessment</source>
            <translation>{total} ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>{total} assessments</source>
            <translation>{total} ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>What needs fixing in the assessment with {organisation}? The worker sees this on their laptop.</source>
            <translation>{organisation} ਦੇ ਮੁਲਾਂਕਣ ਵਿੱਚ ਕੀ ਠੀਕ ਕਰਨਾ ਹੈ? ਵਰਕਰ ਇਹ ਆਪਣੇ ਲੈਪਟਾਪ ਉੱਤੇ ਵੇਖੇਗਾ।</translation>
        </message>
        <message>
            <source>Why is the assessment with {organisation} rejected?</source>
            <translation>{organisation} ਦਾ ਮੁਲਾਂਕਣ ਕਿਉਂ ਨਾਮਨਜ਼ੂਰ ਕੀਤਾ ਗਿਆ?</translation>
        </message>
        <message>
            <source>Approved {changed} of the {count} assessments chosen.</source>
            <translation>ਚੁਣੇ {count} ਮੁਲਾਂਕਣਾਂ ਵਿੱਚੋਂ {changed} ਮਨਜ਼ੂਰ ਹੋਏ।</translation>
        </message>
        <message>
            <source>Marked the assessment with {organisation} {state}.</source>
            <translation>{organisation} ਦੇ ਮੁਲਾਂਕਣ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲੱਗਿਆ: {state}।</translation>
        </message>
        <message>
            <source>Version {to_version} of this form is now on this laptop (this draft uses {from_version}). You can move the draft to it from the review.</source>
            <translation>ਇਸ ਫ਼ਾਰਮ ਦਾ ਵਰਜਨ {to_version} ਹੁਣ ਇਸ ਲੈਪਟਾਪ ਉੱਤੇ ਹੈ (ਇਹ ਖਰੜਾ {from_version} ਵਰਤਦਾ ਹੈ)। ਤੁਸੀਂ ਸਮੀਖਿਆ ਤੋਂ ਖਰੜਾ ਉਸ ਵਿੱਚ ਲੈ ਜਾ ਸਕਦੇ ਹੋ।</translation>
        </message>
        <message>
            <source>Wrote {count} PDF reports</source>
            <translation>{count} PDF ਰਿਪੋਰਟਾਂ ਲਿਖੀਆਂ</translation>
        </message>
    </context>
    <context>
        <name>BatchReports</name>
        <message>
            <source>Save PDF reports</source>
            <translation>PDF ਰਿਪੋਰਟਾਂ ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>Folder for the reports</source>
            <translation>ਰਿਪੋਰਟਾਂ ਲਈ ਫੋਲਡਰ</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ਚੁਣੋ…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>ਫੋਲਡਰ ਚੁਣੋ</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>ਫੋਲਡਰ:</translation>
        </message>
        <message>
            <source>Reports written</source>
            <translation>ਲਿਖੀਆਂ ਰਿਪੋਰਟਾਂ</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%m ਵਿੱਚੋਂ %v</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>ਤਰੱਕੀ</translation>
        </message>
        <message>
            <source>Write reports</source>
            <translation>ਰਿਪੋਰਟਾਂ ਲਿਖੋ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Writing reports…</source>
            <translation>ਰਿਪੋਰਟਾਂ ਲਿਖੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Choose a folder for the reports first.</source>
            <translation>ਪਹਿਲਾਂ ਰਿਪੋਰਟਾਂ ਲਈ ਫੋਲਡਰ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Stopping after the report being written…</source>
            <translation>ਲਿਖੀ ਜਾ ਰਹੀ ਰਿਪੋਰਟ ਤੋਂ ਬਾਅਦ ਰੁਕ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Something went wrong writing the reports. Nothing was lost; the details are in the log file.</source>
            <translation>ਰਿਪੋਰਟਾਂ ਲਿਖਦਿਆਂ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕੁਝ ਵੀ ਗੁੰਮ ਨਹੀਂ ਹੋਇਆ; ਵੇਰਵਾ ਲੌਗ ਫ਼ਾਈਲ ਵਿੱਚ ਹੈ।</translation>
        </message>
        <message>
            <source>Cancelled. {written} of {count} reports were written; the rest were not started.</source>
            <translation>ਰੱਦ। {count} ਵਿੱਚੋਂ {written} ਰਿਪੋਰਟਾਂ ਲਿਖੀਆਂ ਗਈਆਂ; ਬਾਕੀ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਈਆਂ।</translation>
        </message>
        <message>
            <source>Write a PDF report for each of the {count} assessment into a folder. Each file is named after the organisation, the kind of assessment and its date.</source>
            <translation>{count} ਮੁਲਾਂਕਣ ਦੀ PDF ਰਿਪੋਰਟ ਇੱਕ ਫੋਲਡਰ ਵਿੱਚ ਲਿਖੋ। ਹਰ ਫ਼ਾਈਲ ਦਾ ਨਾਮ ਸੰਸਥਾ, ਮੁਲਾਂਕਣ ਦੀ ਕਿਸਮ ਅਤੇ ਉਸ ਦੀ ਮਿਤੀ ਉੱਤੇ ਹੁੰਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Write a PDF report for each of the {count} assessments into a folder. Each file is named after the organisation, the kind of assessment and its date.</source>
            <translation>{count} ਮੁਲਾਂਕਣਾਂ ਵਿੱਚੋਂ ਹਰ ਇੱਕ ਦੀ PDF ਰਿਪੋਰਟ ਇੱਕ ਫੋਲਡਰ ਵਿੱਚ ਲਿਖੋ। ਹਰ ਫ਼ਾਈਲ ਦਾ ਨਾਮ ਸੰਸਥਾ, ਮੁਲਾਂਕਣ ਦੀ ਕਿਸਮ ਅਤੇ ਉਸ ਦੀ ਮਿਤੀ ਉੱਤੇ ਹੁੰਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Wrote {count} report to {folder}.</source>
            <translation>{count} ਰਿਪੋਰਟ ਲਿਖੀ ਗਈ: {folder}</translation>
        </message>
        <message>
            <source>Wrote {count} reports to {folder}.</source>
            <translation>{count} ਰਿਪੋਰਟਾਂ ਲਿਖੀਆਂ ਗਈਆਂ: {folder}</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Trust this device?</source>
            <translation>ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਭਰੋਸਾ ਕਰੀਏ?</translation>
        </message>
        <message>
            <source>Trust this device</source>
            <translation>ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ਹੁਣ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Trust “{device}” from now on and {what}?</source>
            <translation>ਹੁਣ ਤੋਂ “{device}” ਉੱਤੇ ਭਰੋਸਾ ਕਰੀਏ ਅਤੇ {what}?</translation>
        </message>
        <message>
            <source>Its key fingerprint is:
{fingerprint}

Compare it with the fingerprint the laptop shows on its Sync page. Trust it only if they match.</source>
            <translation>ਇਸ ਦੀ ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ:
{fingerprint}

ਇਸ ਨੂੰ ਲੈਪਟਾਪ ਦੇ ਸਿੰਕ ਪੰਨੇ ਉੱਤੇ ਦਿਖਾਏ ਫਿੰਗਰਪ੍ਰਿੰਟ ਨਾਲ ਮਿਲਾਓ। ਭਰੋਸਾ ਤਾਂ ਹੀ ਕਰੋ ਜੇ ਦੋਵੇਂ ਇੱਕੋ ਹੋਣ।</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Registration</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>ਭਾਗੀਦਾਰ</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>ਕਾਰਜ ਯੋਜਨਾ</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ਫਾਰਮ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ਖੁੱਲ੍ਹੇ</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>ਰੱਖੇ ਗਏ</translation>
        </message>
        <message>
            <source>Changed to the other</source>
            <translation>ਦੂਜੇ ਉੱਤੇ ਬਦਲੇ</translation>
        </message>
        <message>
            <source>All</source>
            <translation>ਸਾਰੇ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ਖੇਤਰ</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>ਰੱਖਿਆ ਮੁੱਲ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ਕਿਸ ਤੋਂ</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>ਦੂਜਾ ਮੁੱਲ</translation>
        </message>
        <message>
            <source>From </source>
            <translation>ਕਿਸ ਤੋਂ </translation>
        </message>
        <message>
            <source>Found</source>
            <translation>ਮਿਲਿਆ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>the record</source>
            <translation>ਰਿਕਾਰਡ</translation>
        </message>
        <message>
            <source>Use the other value?</source>
            <translation>ਦੂਜਾ ਮੁੱਲ ਵਰਤੀਏ?</translation>
        </message>
        <message>
            <source>The change is saved as a new revision and recorded in the organisation's history, and laptops receive it in their next field pack. To reverse it later, edit the field back on the Organisations page.</source>
            <translation>ਤਬਦੀਲੀ ਨਵੇਂ ਸੋਧ ਵਜੋਂ ਸੰਭਾਲੀ ਜਾਂਦੀ ਹੈ ਅਤੇ ਸੰਸਥਾ ਦੇ ਇਤਿਹਾਸ ਵਿੱਚ ਦਰਜ ਹੁੰਦੀ ਹੈ, ਅਤੇ ਲੈਪਟਾਪਾਂ ਨੂੰ ਅਗਲੇ ਫੀਲਡ ਪੈਕ ਵਿੱਚ ਮਿਲਦੀ ਹੈ। ਬਾਅਦ ਵਿੱਚ ਵਾਪਸ ਕਰਨ ਲਈ ਸੰਸਥਾਵਾਂ ਵਾਲੇ ਸਫ਼ੇ ਉੱਤੇ ਖੇਤਰ ਮੁੜ ਬਦਲੋ।</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>ਦੂਜਾ ਮੁੱਲ ਵਰਤੋ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ਵਾਪਸ ਜਾਓ</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(ਮਿਟਾਇਆ)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(ਖਾਲੀ)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ਹਾਂ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ਟਕਰਾਅ</translation>
        </message>
        <message>
            <source>Two laptops changed the same field from the same starting value. The later change was kept; confirm it, or use the other value instead (saved as a new change that goes back to the laptops with the next field pack).</source>
            <translation>ਦੋ ਲੈਪਟਾਪਾਂ ਨੇ ਇੱਕੋ ਖੇਤਰ ਇੱਕੋ ਸ਼ੁਰੂਆਤੀ ਮੁੱਲ ਤੋਂ ਬਦਲਿਆ। ਬਾਅਦ ਵਾਲੀ ਤਬਦੀਲੀ ਰੱਖੀ ਗਈ; ਇਸ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ, ਜਾਂ ਇਸ ਦੀ ਥਾਂ ਦੂਜਾ ਮੁੱਲ ਵਰਤੋ (ਜੋ ਨਵੀਂ ਤਬਦੀਲੀ ਵਜੋਂ ਸੰਭਾਲ ਕੇ ਅਗਲੇ ਫੀਲਡ ਪੈਕ ਨਾਲ ਲੈਪਟਾਪਾਂ ਨੂੰ ਵਾਪਸ ਜਾਂਦਾ ਹੈ)।</translation>
        </message>
        <message>
            <source>Found from</source>
            <translation>ਕਦੋਂ ਤੋਂ ਮਿਲੇ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ਤੱਕ</translation>
        </message>
        <message>
            <source>Organisation, field, the value kept and the other value, with their devices</source>
            <translation>ਸੰਸਥਾ, ਖੇਤਰ, ਰੱਖਿਆ ਮੁੱਲ ਅਤੇ ਦੂਜਾ ਮੁੱਲ, ਉਨ੍ਹਾਂ ਦੀਆਂ ਡਿਵਾਈਸਾਂ ਸਮੇਤ</translation>
        </message>
        <message>
            <source>Choose a conflict above to compare its two values.</source>
            <translation>ਦੋਵੇਂ ਮੁੱਲਾਂ ਦੀ ਤੁਲਨਾ ਲਈ ਉੱਪਰੋਂ ਕੋਈ ਟਕਰਾਅ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Value kept (the later change)</source>
            <translation>ਰੱਖਿਆ ਮੁੱਲ (ਬਾਅਦ ਵਾਲੀ ਤਬਦੀਲੀ)</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>ਇਹੀ ਮੁੱਲ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>ਸਾਰੀਆਂ ਡਿਵਾਈਸਾਂ</translation>
        </message>
        <message>
            <source>a record</source>
            <translation>ਇੱਕ ਰਿਕਾਰਡ</translation>
        </message>
        <message>
            <source>{field}
Kept: {kept} ({kept_device}, {kept_when})
Other: {other} ({other_device}, {other_when})</source>
            <translation>{field}
ਰੱਖਿਆ: {kept} ({kept_device}, {kept_when})
ਦੂਜਾ: {other} ({other_device}, {other_when})</translation>
        </message>
        <message>
            <source>{record}: deleted</source>
            <translation>{record}: ਮਿਟਾਇਆ</translation>
        </message>
        <message>
            <source>(not an organisation)</source>
            <translation>(ਸੰਸਥਾ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>ਡਿਵਾਈਸ</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 ਟਕਰਾਅ</translation>
        </message>
        <message>
            <source>Change {field} of {name} from {old} to {new}?</source>
            <translation>{name} ਦਾ {field} {old} ਤੋਂ {new} ਕਰ ਦੇਈਏ?</translation>
        </message>
        <message>
            <source>Set on {device} at {when}</source>
            <translation>{device} ਉੱਤੇ {when} ਨੂੰ ਰੱਖਿਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>No conflicts to review.</source>
            <translation>ਦੇਖਣ ਲਈ ਕੋਈ ਟਕਰਾਅ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Choose a conflict above.</source>
            <translation>ਉੱਪਰੋਂ ਕੋਈ ਟਕਰਾਅ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Kept {field} of {name} as {value}.</source>
            <translation>{name} ਦਾ {field} {value} ਵਜੋਂ ਰੱਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>{field} of {name} is now {value} (saved as a new change).</source>
            <translation>{name} ਦਾ {field} ਹੁਣ {value} ਹੈ (ਨਵੀਂ ਤਬਦੀਲੀ ਵਜੋਂ ਸੰਭਾਲਿਆ)।</translation>
        </message>
        <message>
            <source>{count} conflicts</source>
            <translation>{count} ਟਕਰਾਅ</translation>
        </message>
    </context>
    <context>
        <name>CouncilPacks</name>
        <message>
            <source>(empty)</source>
            <translation>(ਖਾਲੀ)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ਖੇਤਰ</translation>
        </message>
        <message>
            <source>The council has</source>
            <translation>ਕੌਂਸਲ ਕੋਲ</translation>
        </message>
        <message>
            <source>This laptop has</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਉੱਤੇ</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>ਰੱਖਿਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>No field pack imported yet.</source>
            <translation>ਹਾਲੇ ਕੋਈ ਫੀਲਡ ਪੈਕ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>all organisations</source>
            <translation>ਸਾਰੀਆਂ ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Choose the field pack from the council</source>
            <translation>ਕੌਂਸਲ ਵੱਲੋਂ ਆਇਆ ਫੀਲਡ ਪੈਕ ਚੁਣੋ</translation>
        </message>
        <message>
            <source>Field pack (*.gapkit)</source>
            <translation>ਫੀਲਡ ਪੈਕ (*.gapkit)</translation>
        </message>
        <message>
            <source>Remove 1 organisation outside this laptop's scope?</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਦੇ ਦਾਇਰੇ ਤੋਂ ਬਾਹਰ ਦੀ 1 ਸੰਸਥਾ ਹਟਾਈਏ?</translation>
        </message>
        <message>
            <source>Forget organisations</source>
            <translation>ਸੰਸਥਾਵਾਂ ਭੁਲਾਓ</translation>
        </message>
        <message>
            <source>The council no longer sends them to this laptop. Their assessments go too; the council keeps everything, and nothing not yet sent is removed.</source>
            <translation>ਕੌਂਸਲ ਹੁਣ ਇਨ੍ਹਾਂ ਨੂੰ ਇਸ ਲੈਪਟਾਪ ਉੱਤੇ ਨਹੀਂ ਭੇਜਦੀ। ਇਨ੍ਹਾਂ ਦੇ ਮੁਲਾਂਕਣ ਵੀ ਹਟ ਜਾਣਗੇ; ਕੌਂਸਲ ਸਭ ਕੁਝ ਰੱਖਦੀ ਹੈ, ਅਤੇ ਜੋ ਹਾਲੇ ਭੇਜਿਆ ਨਹੀਂ ਗਿਆ ਉਹ ਨਹੀਂ ਹਟਾਇਆ ਜਾਂਦਾ।</translation>
        </message>
        <message>
            <source>Forget them</source>
            <translation>ਇਨ੍ਹਾਂ ਨੂੰ ਭੁਲਾਓ</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>ਇਨ੍ਹਾਂ ਨੂੰ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>the council's</source>
            <translation>ਕੌਂਸਲ ਦਾ</translation>
        </message>
        <message>
            <source>Import from the council…</source>
            <translation>ਕੌਂਸਲ ਤੋਂ ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Choose the field pack the council gave you (Ctrl+I)</source>
            <translation>ਉਹ ਫੀਲਡ ਪੈਕ ਚੁਣੋ ਜੋ ਕੌਂਸਲ ਨੇ ਤੁਹਾਨੂੰ ਦਿੱਤਾ (Ctrl+I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Remove from this laptop the organisations the council no longer sends it. Organisations with work not yet sent are kept.</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਤੋਂ ਉਹ ਸੰਸਥਾਵਾਂ ਹਟਾਓ ਜੋ ਕੌਂਸਲ ਹੁਣ ਇਸ ਨੂੰ ਨਹੀਂ ਭੇਜਦੀ। ਜਿਨ੍ਹਾਂ ਸੰਸਥਾਵਾਂ ਦਾ ਕੰਮ ਹਾਲੇ ਭੇਜਿਆ ਨਹੀਂ ਗਿਆ ਉਹ ਰਹਿੰਦੀਆਂ ਹਨ।</translation>
        </message>
        <message>
            <source>Changed both here and at the council</source>
            <translation>ਇੱਥੇ ਅਤੇ ਕੌਂਸਲ ਦੋਵਾਂ ਥਾਵਾਂ ਤੇ ਬਦਲਿਆ</translation>
        </message>
        <message>
            <source>Fields this laptop and the council both changed; the later change was kept.</source>
            <translation>ਖੇਤਰ ਜੋ ਇਸ ਲੈਪਟਾਪ ਅਤੇ ਕੌਂਸਲ ਦੋਵਾਂ ਨੇ ਬਦਲੇ; ਬਾਅਦ ਵਾਲੀ ਤਬਦੀਲੀ ਰੱਖੀ ਗਈ।</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>ਦੂਜਾ ਮੁੱਲ ਵਰਤੋ</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Field pack imported</source>
            <translation>ਫੀਲਡ ਪੈਕ ਇੰਪੋਰਟ ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>The council sent back 1 assessment with issues: see the Review column on Assessments.</source>
            <translation>ਕੌਂਸਲ ਨੇ 1 ਮੁਲਾਂਕਣ ਮਸਲਿਆਂ ਸਮੇਤ ਵਾਪਸ ਭੇਜਿਆ: ਮੁਲਾਂਕਣ ਸਫ਼ੇ ਉੱਤੇ ਸਮੀਖਿਆ ਵਾਲਾ ਕਾਲਮ ਦੇਖੋ।</translation>
        </message>
        <message>
            <source>Field pack import cancelled</source>
            <translation>ਫੀਲਡ ਪੈਕ ਦਾ ਇੰਪੋਰਟ ਰੱਦ ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>1 organisation removed from this laptop.</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਤੋਂ 1 ਸੰਸਥਾ ਹਟਾ ਦਿੱਤੀ ਗਈ।</translation>
        </message>
        <message>
            <source>the organisations you worked with</source>
            <translation>ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਕੰਮ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>It had been imported before, so it changed nothing.</source>
            <translation>ਇਹ ਪਹਿਲਾਂ ਇੰਪੋਰਟ ਹੋ ਚੁੱਕਾ ਸੀ, ਇਸ ਲਈ ਇਸ ਨੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>this laptop's</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਦਾ</translation>
        </message>
        <message>
            <source>This laptop trusts no council yet: trust the council's key in Settings before importing a field pack.</source>
            <translation>ਇਹ ਲੈਪਟਾਪ ਹਾਲੇ ਕਿਸੇ ਕੌਂਸਲ ਉੱਤੇ ਭਰੋਸਾ ਨਹੀਂ ਕਰਦਾ: ਫੀਲਡ ਪੈਕ ਇੰਪੋਰਟ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Forget 1 organisation…</source>
            <translation>1 ਸੰਸਥਾ ਭੁਲਾਓ…</translation>
        </message>
        <message>
            <source>That pack was imported before; nothing changed.</source>
            <translation>ਇਹ ਪੈਕ ਪਹਿਲਾਂ ਇੰਪੋਰਟ ਹੋ ਚੁੱਕਾ ਸੀ; ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>The council sent back {count} assessments with issues: see the Review column on Assessments.</source>
            <translation>ਕੌਂਸਲ ਨੇ {count} ਮੁਲਾਂਕਣ ਮਸਲਿਆਂ ਸਮੇਤ ਵਾਪਸ ਭੇਜੇ: ਮੁਲਾਂਕਣ ਸਫ਼ੇ ਉੱਤੇ ਸਮੀਖਿਆ ਵਾਲਾ ਕਾਲਮ ਦੇਖੋ।</translation>
        </message>
        <message>
            <source>The council keeps them; a pack brings them back if they come into scope.</source>
            <translation>ਕੌਂਸਲ ਇਨ੍ਹਾਂ ਨੂੰ ਰੱਖਦੀ ਹੈ; ਜੇ ਇਹ ਮੁੜ ਦਾਇਰੇ ਵਿੱਚ ਆਉਣ ਤਾਂ ਪੈਕ ਇਨ੍ਹਾਂ ਨੂੰ ਵਾਪਸ ਲੈ ਆਉਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Last pack: number {number} from {council}, imported {when} ({organisations} in scope: {scope}).</source>
            <translation>ਆਖ਼ਰੀ ਪੈਕ: ਨੰਬਰ {number}, {council} ਵੱਲੋਂ, {when} ਨੂੰ ਇੰਪੋਰਟ ਹੋਇਆ (ਦਾਇਰੇ ਵਿੱਚ {organisations}: {scope})।</translation>
        </message>
        <message>
            <source>It brought nothing new.</source>
            <translation>ਇਸ ਵਿੱਚ ਕੁਝ ਨਵਾਂ ਨਹੀਂ ਸੀ।</translation>
        </message>
        <message>
            <source>1 conflict found.</source>
            <translation>1 ਟਕਰਾਅ ਮਿਲਿਆ।</translation>
        </message>
        <message>
            <source>Remove {count} organisations outside this laptop's scope?</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਦੇ ਦਾਇਰੇ ਤੋਂ ਬਾਹਰ ਦੀਆਂ {count} ਸੰਸਥਾਵਾਂ ਹਟਾਈਏ?</translation>
        </message>
        <message>
            <source>1 field changed both here and at the council: see the list below.</source>
            <translation>1 ਖੇਤਰ ਇੱਥੇ ਅਤੇ ਕੌਂਸਲ ਦੋਵਾਂ ਥਾਵਾਂ ਤੇ ਬਦਲਿਆ: ਹੇਠਾਂ ਸੂਚੀ ਦੇਖੋ।</translation>
        </message>
        <message>
            <source>{count} organisations removed from this laptop.</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਤੋਂ {count} ਸੰਸਥਾਵਾਂ ਹਟਾ ਦਿੱਤੀਆਂ ਗਈਆਂ।</translation>
        </message>
        <message>
            <source>wards: {wards}</source>
            <translation>ਵਾਰਡ: {wards}</translation>
        </message>
        <message>
            <source>Field packs are accepted from {name} (key {fingerprint}).</source>
            <translation>ਫੀਲਡ ਪੈਕ {name} ਤੋਂ ਸਵੀਕਾਰ ਕੀਤੇ ਜਾਂਦੇ ਹਨ (ਕੁੰਜੀ {fingerprint})।</translation>
        </message>
        <message>
            <source>Forget {count} organisations…</source>
            <translation>{count} ਸੰਸਥਾਵਾਂ ਭੁਲਾਓ…</translation>
        </message>
        <message>
            <source>The pack was not imported: {reason}</source>
            <translation>ਪੈਕ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ: {reason}</translation>
        </message>
        <message>
            <source>Field pack imported: {added} records added, {updated} updated.</source>
            <translation>ਫੀਲਡ ਪੈਕ ਇੰਪੋਰਟ ਹੋ ਗਿਆ: {added} ਰਿਕਾਰਡ ਜੋੜੇ ਗਏ, {updated} ਅੱਪਡੇਟ ਹੋਏ।</translation>
        </message>
        <message>
            <source>added {what}</source>
            <translation>ਜੋੜੇ ਗਏ: {what}</translation>
        </message>
        <message>
            <source>updated {what}</source>
            <translation>ਅੱਪਡੇਟ ਹੋਏ: {what}</translation>
        </message>
        <message>
            <source>It {changes}.</source>
            <translation>ਤਬਦੀਲੀਆਂ: {changes}।</translation>
        </message>
        <message>
            <source>New form versions: {forms}.</source>
            <translation>ਫਾਰਮਾਂ ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ: {forms}।</translation>
        </message>
        <message>
            <source>Also updated: {what}.</source>
            <translation>ਇਹ ਵੀ ਅੱਪਡੇਟ ਹੋਏ: {what}।</translation>
        </message>
        <message>
            <source>Cancelled while storing results: the {count} results not stored yet are worked out when a screen needs them.</source>
            <translation>ਨਤੀਜੇ ਸੰਭਾਲਦੇ ਸਮੇਂ ਰੱਦ: ਜੋ {count} ਨਤੀਜੇ ਅਜੇ ਨਹੀਂ ਸੰਭਾਲੇ ਗਏ ਉਹ ਉਦੋਂ ਕੱਢੇ ਜਾਣਗੇ ਜਦੋਂ ਕਿਸੇ ਸਕਰੀਨ ਨੂੰ ਉਹਨਾਂ ਦੀ ਲੋੜ ਹੋਵੇ।</translation>
        </message>
        <message>
            <source>{count} conflicts found.</source>
            <translation>{count} ਟਕਰਾਅ ਮਿਲੇ।</translation>
        </message>
        <message>
            <source>{count} fields changed both here and at the council: see the list below.</source>
            <translation>{count} ਖੇਤਰ ਇੱਥੇ ਅਤੇ ਕੌਂਸਲ ਦੋਵਾਂ ਥਾਵਾਂ ਤੇ ਬਦਲੇ: ਹੇਠਾਂ ਸੂਚੀ ਦੇਖੋ।</translation>
        </message>
    </context>
    <context>
        <name>CouncilTrust</name>
        <message>
            <source>Choose the council's device file</source>
            <translation>ਕੌਂਸਲ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਚੁਣੋ</translation>
        </message>
        <message>
            <source>Device file (*.json);;All files (*)</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲ (*.json);;ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ (*)</translation>
        </message>
        <message>
            <source>Trust the council's key</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>They match: trust it</source>
            <translation>ਇਹ ਮਿਲਦੇ ਹਨ: ਭਰੋਸਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Replace the council key</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਬਦਲੋ</translation>
        </message>
        <message>
            <source>Replace the key</source>
            <translation>ਕੁੰਜੀ ਬਦਲੋ</translation>
        </message>
        <message>
            <source>Keep the old key</source>
            <translation>ਪੁਰਾਣੀ ਕੁੰਜੀ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Council key (field packs)</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ (ਫੀਲਡ ਪੈਕ)</translation>
        </message>
        <message>
            <source>Trust the council's key…</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Choose the device file saved on the council's computer (Sync, Save device file…)</source>
            <translation>ਕੌਂਸਲ ਦੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਸੰਭਾਲੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਚੁਣੋ (ਸਿੰਕ, ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਸੰਭਾਲੋ…)</translation>
        </message>
        <message>
            <source>No council trusted yet. Field packs are imported only from the council whose key this laptop trusts.</source>
            <translation>ਹਾਲੇ ਕਿਸੇ ਕੌਂਸਲ ਉੱਤੇ ਭਰੋਸਾ ਨਹੀਂ ਕੀਤਾ। ਫੀਲਡ ਪੈਕ ਸਿਰਫ਼ ਉਸ ਕੌਂਸਲ ਤੋਂ ਇੰਪੋਰਟ ਹੁੰਦੇ ਹਨ ਜਿਸ ਦੀ ਕੁੰਜੀ ਉੱਤੇ ਇਹ ਲੈਪਟਾਪ ਭਰੋਸਾ ਕਰਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>The council key was not trusted; nothing changed.</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਉੱਤੇ ਭਰੋਸਾ ਨਹੀਂ ਕੀਤਾ ਗਿਆ; ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>Trust field packs from {name}?</source>
            <translation>{name} ਦੇ ਫੀਲਡ ਪੈਕਾਂ ਉੱਤੇ ਭਰੋਸਾ ਕਰਨਾ ਹੈ?</translation>
        </message>
        <message>
            <source>Key fingerprint:
{fingerprint}

Compare it, group by group, with the fingerprint on the council's computer (its Settings page). Trust it only if they are the same.</source>
            <translation>ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ:
{fingerprint}

ਇਸਨੂੰ, ਸਮੂਹ-ਦਰ-ਸਮੂਹ, ਕੌਂਸਲ ਦੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਦਿੱਤੇ ਫਿੰਗਰਪ੍ਰਿੰਟ (ਉਸਦਾ ਸੈਟਿੰਗਾਂ ਵਾਲਾ ਸਫ਼ਾ) ਨਾਲ ਮਿਲਾਓ। ਭਰੋਸਾ ਸਿਰਫ਼ ਤਾਂ ਕਰੋ ਜੇ ਦੋਵੇਂ ਇੱਕੋ ਜਿਹੇ ਹੋਣ।</translation>
        </message>
        <message>
            <source>Replace the trusted key of {name}?</source>
            <translation>{name} ਦੀ ਭਰੋਸੇਯੋਗ ਕੁੰਜੀ ਬਦਲਣੀ ਹੈ?</translation>
        </message>
        <message>
            <source>Now trusted: {old}
New key: {new}

Packs signed with the old key will be refused. Do this only if the council told you its key changed. The change is recorded and sent to the council.</source>
            <translation>ਹੁਣ ਭਰੋਸੇਯੋਗ: {old}
ਨਵੀਂ ਕੁੰਜੀ: {new}

ਪੁਰਾਣੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਕੀਤੇ ਪੈਕ ਰੱਦ ਹੋ ਜਾਣਗੇ। ਇਹ ਸਿਰਫ਼ ਤਾਂ ਕਰੋ ਜੇ ਕੌਂਸਲ ਨੇ ਦੱਸਿਆ ਹੋਵੇ ਕਿ ਉਸਦੀ ਕੁੰਜੀ ਬਦਲ ਗਈ ਹੈ। ਇਹ ਤਬਦੀਲੀ ਦਰਜ ਹੋ ਕੇ ਕੌਂਸਲ ਨੂੰ ਭੇਜੀ ਜਾਂਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>This laptop now accepts field packs from {name} ({fingerprint}).</source>
            <translation>ਇਹ ਲੈਪਟਾਪ ਹੁਣ {name} ({fingerprint}) ਦੇ ਫੀਲਡ ਪੈਕ ਸਵੀਕਾਰ ਕਰਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Packs are accepted from {name}
Key fingerprint {fingerprint}</source>
            <translation>ਪੈਕ {name} ਤੋਂ ਸਵੀਕਾਰ ਕੀਤੇ ਜਾਂਦੇ ਹਨ
ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ {fingerprint}</translation>
        </message>
        <message>
            <source>{name}'s key is still the one trusted.</source>
            <translation>{name} ਦੀ ਕੁੰਜੀ ਹੀ ਹਾਲੇ ਵੀ ਭਰੋਸੇਯੋਗ ਹੈ।</translation>
        </message>
    </context>
    <context>
        <name>DeviceStatus</name>
        <message>
            <source>local</source>
            <translation>ਸਥਾਨਕ</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>ਦਰਜ</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ਉਡੀਕ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>ਰੱਦ ਕੀਤੀ</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>Trusted</source>
            <translation>ਭਰੋਸੇਯੋਗ</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>ਰੱਦ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ਨਾਮ</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>ਫਿੰਗਰਪ੍ਰਿੰਟ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Last bundle</source>
            <translation>ਆਖ਼ਰੀ ਬੰਡਲ</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>ਉਡੀਕ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>ਖ਼ਾਲੀ ਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>ਕਦੋਂ ਤੋਂ</translation>
        </message>
        <message>
            <source>Trusted (no bundle yet)</source>
            <translation>ਭਰੋਸੇਯੋਗ (ਹਾਲੇ ਕੋਈ ਬੰਡਲ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>Bundles are imported only from trusted devices. Enrol a laptop from the device file it saves on its Sync page; a bundle from a device nobody enrolled waits until you approve the device here, after comparing its fingerprint with the laptop's.</source>
            <translation>ਬੰਡਲ ਸਿਰਫ਼ ਭਰੋਸੇਯੋਗ ਡਿਵਾਈਸਾਂ ਤੋਂ ਇੰਪੋਰਟ ਹੁੰਦੇ ਹਨ। ਲੈਪਟਾਪ ਨੂੰ ਉਸ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਤੋਂ ਦਰਜ ਕਰੋ ਜੋ ਉਹ ਆਪਣੇ ਸਿੰਕ ਸਫ਼ੇ ਉੱਤੇ ਸੰਭਾਲਦਾ ਹੈ; ਜਿਸ ਡਿਵਾਈਸ ਨੂੰ ਕਿਸੇ ਨੇ ਦਰਜ ਨਹੀਂ ਕੀਤਾ ਉਸ ਦਾ ਬੰਡਲ ਤਦ ਤੱਕ ਉਡੀਕਦਾ ਹੈ ਜਦ ਤੱਕ ਤੁਸੀਂ ਲੈਪਟਾਪ ਦੇ ਫਿੰਗਰਪ੍ਰਿੰਟ ਨਾਲ ਮਿਲਾ ਕੇ ਇੱਥੇ ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਨਾ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Enrol from device file…</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਤੋਂ ਦਰਜ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Approve and import its bundles…</source>
            <translation>ਮਨਜ਼ੂਰ ਕਰਕੇ ਇਸ ਦੇ ਬੰਡਲ ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>ਭਰੋਸਾ ਵਾਪਸ ਲਓ…</translation>
        </message>
        <message>
            <source>Name, fingerprint, status, last bundle number and missing bundles of each device</source>
            <translation>ਹਰ ਡਿਵਾਈਸ ਦਾ ਨਾਮ, ਫਿੰਗਰਪ੍ਰਿੰਟ, ਸਥਿਤੀ, ਆਖ਼ਰੀ ਬੰਡਲ ਨੰਬਰ ਅਤੇ ਗੁੰਮ ਬੰਡਲ</translation>
        </message>
        <message>
            <source>Enrol a device</source>
            <translation>ਡਿਵਾਈਸ ਦਰਜ ਕਰੋ</translation>
        </message>
        <message>
            <source>Device files (*.json);;All files (*)</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲਾਂ (*.json);;ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ (*)</translation>
        </message>
        <message>
            <source>import 1 waiting bundle</source>
            <translation>1 ਉਡੀਕਦਾ ਬੰਡਲ ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ਅਣਜਾਣ</translation>
        </message>
        <message>
            <source>Revoke this device?</source>
            <translation>ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਭਰੋਸਾ ਵਾਪਸ ਲਈਏ?</translation>
        </message>
        <message>
            <source>Bundles it sends from now on will be rejected. What it sent before stays in the register.

Do this for a lost, stolen or retired laptop.</source>
            <translation>ਹੁਣ ਤੋਂ ਇਹ ਜੋ ਬੰਡਲ ਭੇਜੇਗੀ ਉਹ ਰੱਦ ਹੋਣਗੇ। ਜੋ ਪਹਿਲਾਂ ਭੇਜਿਆ ਉਹ ਰਜਿਸਟਰ ਵਿੱਚ ਰਹੇਗਾ।

ਇਹ ਗੁੰਮ ਹੋਏ, ਚੋਰੀ ਹੋਏ ਜਾਂ ਹਟਾਏ ਲੈਪਟਾਪ ਲਈ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>ਭਰੋਸਾ ਵਾਪਸ ਲਓ</translation>
        </message>
        <message>
            <source>Keep trusting</source>
            <translation>ਭਰੋਸਾ ਜਾਰੀ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>missing {numbers}</source>
            <translation>ਗੁੰਮ {numbers}</translation>
        </message>
        <message>
            <source>Approved; 1 waiting bundle imported.</source>
            <translation>ਮਨਜ਼ੂਰ; 1 ਉਡੀਕਦਾ ਬੰਡਲ ਇੰਪੋਰਟ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{name} is trusted now (fingerprint {fingerprint}). Its bundles will be imported.</source>
            <translation>{name} ਹੁਣ ਭਰੋਸੇਯੋਗ ਹੈ (ਫਿੰਗਰਪ੍ਰਿੰਟ {fingerprint})। ਇਸ ਦੇ ਬੰਡਲ ਇੰਪੋਰਟ ਹੋਣਗੇ।</translation>
        </message>
        <message>
            <source>import {count} waiting bundles</source>
            <translation>{count} ਉਡੀਕਦੇ ਬੰਡਲ ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>{name} approved; importing its waiting bundles…</source>
            <translation>{name} ਮਨਜ਼ੂਰ; ਇਸ ਦੇ ਉਡੀਕਦੇ ਬੰਡਲ ਇੰਪੋਰਟ ਹੋ ਰਹੇ ਹਨ…</translation>
        </message>
        <message>
            <source>Stop trusting “{name}”?</source>
            <translation>“{name}” ਉੱਤੇ ਭਰੋਸਾ ਬੰਦ ਕਰੀਏ?</translation>
        </message>
        <message>
            <source>{name} is revoked: its future bundles will be rejected.</source>
            <translation>{name} ਰੱਦ ਕੀਤੀ ਗਈ: ਇਸ ਦੇ ਅਗਲੇ ਬੰਡਲ ਰੱਦ ਹੋਣਗੇ।</translation>
        </message>
        <message>
            <source>Approved; {count} waiting bundles imported.</source>
            <translation>ਮਨਜ਼ੂਰ; {count} ਉਡੀਕਦੇ ਬੰਡਲ ਇੰਪੋਰਟ ਹੋਏ।</translation>
        </message>
    </context>
    <context>
        <name>DraftMove</name>
        <message>
            <source>no longer asked</source>
            <translation>ਹੁਣ ਨਹੀਂ ਪੁੱਛਿਆ ਜਾਂਦਾ</translation>
        </message>
        <message>
            <source>the answer no longer fits the statement</source>
            <translation>ਜਵਾਬ ਹੁਣ ਕਥਨ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ</translation>
        </message>
        <message>
            <source>1 answer stays with the same statement.</source>
            <translation>1 ਜਵਾਬ ਉਸੇ ਕਥਨ ਨਾਲ ਰਹਿੰਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Kept read-only, under “from the earlier version”</source>
            <translation>ਸਿਰਫ਼ ਪੜ੍ਹਨ ਲਈ, “ਪਿਛਲੇ ਵਰਜਨ ਤੋਂ” ਹੇਠ ਰੱਖੇ</translation>
        </message>
        <message>
            <source>(not scored; nothing is deleted)</source>
            <translation>(ਅੰਕ ਨਹੀਂ ਗਿਣੇ ਜਾਂਦੇ; ਕੁਝ ਨਹੀਂ ਮਿਟਦਾ)</translation>
        </message>
        <message>
            <source>New statements that need an answer</source>
            <translation>ਨਵੇਂ ਕਥਨ ਜਿਨ੍ਹਾਂ ਦਾ ਜਵਾਬ ਲੋੜੀਂਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>(flagged in the review)</source>
            <translation>(ਸਮੀਖਿਆ ਵਿੱਚ ਨਿਸ਼ਾਨ ਲੱਗਿਆ)</translation>
        </message>
        <message>
            <source>Move this draft to the new version</source>
            <translation>ਇਹ ਖਰੜਾ ਨਵੇਂ ਵਰਜਨ ਵਿੱਚ ਲੈ ਜਾਓ</translation>
        </message>
        <message>
            <source>What the move does</source>
            <translation>ਤਬਦੀਲੀ ਕੀ ਕਰਦੀ ਹੈ</translation>
        </message>
        <message>
            <source>Move the draft</source>
            <translation>ਖਰੜਾ ਲੈ ਜਾਓ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>{count} answers stay with the same statement.</source>
            <translation>{count} ਜਵਾਬ ਉਨ੍ਹਾਂ ਹੀ ਕਥਨਾਂ ਨਾਲ ਰਹਿੰਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>Moved to the statement that replaces it</source>
            <translation>ਉਸ ਦੀ ਥਾਂ ਲੈਣ ਵਾਲੇ ਕਥਨ ਉੱਤੇ ਭੇਜੇ</translation>
        </message>
        <message>
            <source>Move this draft from version {from_version} to version {to_version} of the form?</source>
            <translation>ਇਹ ਖਰੜਾ ਫ਼ਾਰਮ ਦੇ ਵਰਜਨ {from_version} ਤੋਂ ਵਰਜਨ {to_version} ਵਿੱਚ ਲੈ ਜਾਈਏ?</translation>
        </message>
    </context>
    <context>
        <name>FieldPacks</name>
        <message>
            <source>Pack</source>
            <translation>ਪੈਕ</translation>
        </message>
        <message>
            <source>Built</source>
            <translation>ਬਣਾਇਆ</translation>
        </message>
        <message>
            <source>For</source>
            <translation>ਕਿਸ ਲਈ</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>ਰਿਕਾਰਡ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ਕੀ</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>ਇਸ ਨਾਂ ਨਾਲ ਸੰਭਾਲਿਆ</translation>
        </message>
        <message>
            <source>Save the field pack in which folder or USB stick?</source>
            <translation>ਫੀਲਡ ਪੈਕ ਕਿਸ ਫੋਲਡਰ ਜਾਂ USB ਸਟਿੱਕ ਵਿੱਚ ਸੰਭਾਲੀਏ?</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>ਸਭ ਕੁਝ</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>ਤਬਦੀਲੀਆਂ</translation>
        </message>
        <message>
            <source>Field packs</source>
            <translation>ਫੀਲਡ ਪੈਕ</translation>
        </message>
        <message>
            <source>A field pack carries the council's organisations, completed assessments, forms, support offers and ward list to a laptop, signed with the council's key. Laptops import it from their Sync page. A pack for a laptop holds only what changed since its last pack.</source>
            <translation>ਫੀਲਡ ਪੈਕ ਕੌਂਸਲ ਦੀਆਂ ਸੰਸਥਾਵਾਂ, ਪੂਰੇ ਮੁਲਾਂਕਣ, ਫਾਰਮ, ਸਹਾਇਤਾ ਦੀਆਂ ਪੇਸ਼ਕਸ਼ਾਂ ਅਤੇ ਵਾਰਡਾਂ ਦੀ ਸੂਚੀ, ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਕਰਕੇ, ਲੈਪਟਾਪ ਤੱਕ ਲੈ ਜਾਂਦਾ ਹੈ। ਲੈਪਟਾਪ ਇਸ ਨੂੰ ਆਪਣੇ ਸਿੰਕ ਸਫ਼ੇ ਤੋਂ ਇੰਪੋਰਟ ਕਰਦੇ ਹਨ। ਕਿਸੇ ਲੈਪਟਾਪ ਦੇ ਪੈਕ ਵਿੱਚ ਸਿਰਫ਼ ਉਹੀ ਹੁੰਦਾ ਹੈ ਜੋ ਉਸ ਦੇ ਪਿਛਲੇ ਪੈਕ ਤੋਂ ਬਾਅਦ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>New pack</source>
            <translation>ਨਵਾਂ ਪੈਕ</translation>
        </message>
        <message>
            <source>Wards</source>
            <translation>ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Everything, not only what changed since the laptop's last pack</source>
            <translation>ਸਭ ਕੁਝ, ਸਿਰਫ਼ ਉਹ ਨਹੀਂ ਜੋ ਲੈਪਟਾਪ ਦੇ ਪਿਛਲੇ ਪੈਕ ਤੋਂ ਬਾਅਦ ਬਦਲਿਆ</translation>
        </message>
        <message>
            <source>Build pack…</source>
            <translation>ਪੈਕ ਬਣਾਓ…</translation>
        </message>
        <message>
            <source>Choose a folder or USB stick and write the pack there (Ctrl+B)</source>
            <translation>ਕੋਈ ਫੋਲਡਰ ਜਾਂ USB ਸਟਿੱਕ ਚੁਣੋ ਅਤੇ ਪੈਕ ਉੱਥੇ ਲਿਖੋ (Ctrl+B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Packs built here</source>
            <translation>ਇੱਥੇ ਬਣਾਏ ਪੈਕ</translation>
        </message>
        <message>
            <source>No packs built yet.</source>
            <translation>ਹਾਲੇ ਕੋਈ ਪੈਕ ਨਹੀਂ ਬਣਾਇਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>Any laptop (everything in scope)</source>
            <translation>ਕੋਈ ਵੀ ਲੈਪਟਾਪ (ਦਾਇਰੇ ਦਾ ਸਭ ਕੁਝ)</translation>
        </message>
        <message>
            <source>everything in scope</source>
            <translation>ਦਾਇਰੇ ਦਾ ਸਭ ਕੁਝ</translation>
        </message>
        <message>
            <source>the changes since its last pack</source>
            <translation>ਇਸ ਦੇ ਪਿਛਲੇ ਪੈਕ ਤੋਂ ਬਾਅਦ ਦੀਆਂ ਤਬਦੀਲੀਆਂ</translation>
        </message>
        <message>
            <source>Field pack cancelled</source>
            <translation>ਫੀਲਡ ਪੈਕ ਰੱਦ ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>Choose the laptop whose organisations the pack should hold</source>
            <translation>ਉਹ ਲੈਪਟਾਪ ਚੁਣੋ ਜਿਸ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਪੈਕ ਵਿੱਚ ਹੋਣ</translation>
        </message>
        <message>
            <source>wards: {wards}</source>
            <translation>ਵਾਰਡ: {wards}</translation>
        </message>
        <message>
            <source>any laptop</source>
            <translation>ਕੋਈ ਵੀ ਲੈਪਟਾਪ</translation>
        </message>
        <message>
            <source>Field pack {number} saved as {path}: {what}, {organisations} in scope, {records}.</source>
            <translation>ਫੀਲਡ ਪੈਕ {number} {path} ਵਜੋਂ ਸੰਭਾਲਿਆ ਗਿਆ: {what}; ਦਾਇਰੇ ਵਿੱਚ: {organisations}; {records}।</translation>
        </message>
        <message>
            <source>Field pack {number} saved</source>
            <translation>ਫੀਲਡ ਪੈਕ {number} ਸੰਭਾਲਿਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>all</source>
            <translation>ਸਾਰੀਆਂ</translation>
        </message>
        <message>
            <source>worked-with</source>
            <translation>ਜਿਨ੍ਹਾਂ ਨਾਲ ਕੰਮ ਕੀਤਾ</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>ਨਾਮ</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>ਹੋਰ ਨਾਮ</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ</translation>
        </message>
        <message>
            <source>Legal form (other)</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ (ਹੋਰ)</translation>
        </message>
        <message>
            <source>Charity number</source>
            <translation>ਚੈਰਿਟੀ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>ਕੰਪਨੀ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>Mutuals register number</source>
            <translation>ਮਿਊਚੁਅਲਜ਼ ਰਜਿਸਟਰ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ਪਤਾ</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>ਕਸਬਾ</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>ਪੋਸਟਕੋਡ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>ਵਾਰਡਾਂ ਦੀ ਸੂਚੀ</translation>
        </message>
        <message>
            <source>District committee area</source>
            <translation>ਜ਼ਿਲ੍ਹਾ ਕਮੇਟੀ ਖੇਤਰ</translation>
        </message>
        <message>
            <source>Areas of benefit</source>
            <translation>ਲਾਭ ਦੇ ਖੇਤਰ</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>ਵਿਸ਼ੇ</translation>
        </message>
        <message>
            <source>Who benefits</source>
            <translation>ਕਿਸ ਨੂੰ ਲਾਭ ਹੁੰਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>Who benefits (other)</source>
            <translation>ਕਿਸ ਨੂੰ ਲਾਭ ਹੁੰਦਾ ਹੈ (ਹੋਰ)</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>ਸਥਾਪਨਾ ਦਾ ਸਾਲ</translation>
        </message>
        <message>
            <source>Annual income</source>
            <translation>ਸਾਲਾਨਾ ਆਮਦਨ</translation>
        </message>
        <message>
            <source>Trustees / committee members</source>
            <translation>ਟਰੱਸਟੀ / ਕਮੇਟੀ ਮੈਂਬਰ</translation>
        </message>
        <message>
            <source>Paid staff (FTE)</source>
            <translation>ਤਨਖ਼ਾਹਦਾਰ ਸਟਾਫ਼ (FTE)</translation>
        </message>
        <message>
            <source>Regular volunteers</source>
            <translation>ਨਿਯਮਤ ਵਲੰਟੀਅਰ</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>ਬੈਂਕ ਖਾਤਾ</translation>
        </message>
        <message>
            <source>Bank signatories</source>
            <translation>ਬੈਂਕ ਦੇ ਦਸਤਖ਼ਤਕਰਤਾ</translation>
        </message>
        <message>
            <source>Policies held</source>
            <translation>ਮੌਜੂਦ ਨੀਤੀਆਂ</translation>
        </message>
        <message>
            <source>Insurance held</source>
            <translation>ਮੌਜੂਦ ਬੀਮਾ</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>ਦਿਲਚਸਪੀ</translation>
        </message>
        <message>
            <source>Building for asset transfer</source>
            <translation>ਸੰਪਤੀ ਤਬਾਦਲੇ ਲਈ ਇਮਾਰਤ</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>ਸੰਪਰਕ ਦਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਦੀ ਭੂਮਿਕਾ</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>ਸੰਪਰਕ ਈਮੇਲ</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>ਸੰਪਰਕ ਫ਼ੋਨ</translation>
        </message>
        <message>
            <source>Contact's preferred language</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਦੀ ਪਸੰਦੀਦਾ ਭਾਸ਼ਾ</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>ਸਹਿਮਤੀ ਦੀ ਤਾਰੀਖ਼</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>ਸਹਿਮਤੀ ਕਿਵੇਂ ਦਿੱਤੀ ਗਈ</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>ਸਹਿਮਤੀ ਕਿਸ ਲਈ ਹੈ</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>GAP ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>GAP status date</source>
            <translation>GAP ਸਥਿਤੀ ਦੀ ਤਾਰੀਖ਼</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ਨੋਟ</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Register organisations and run health checks and CAT readiness assessments with groups, then send the work to the council.</source>
            <translation>ਸੰਗਠਨਾਂ ਨੂੰ ਰਜਿਸਟਰ ਕਰੋ, ਗਰੁੱਪਾਂ ਨਾਲ ਸਿਹਤ ਜਾਂਚਾਂ ਅਤੇ CAT ਤਿਆਰੀ ਦੇ ਮੁਲਾਂਕਣ ਕਰੋ, ਫਿਰ ਕੰਮ ਕੌਂਸਲ ਨੂੰ ਭੇਜੋ।</translation>
        </message>
        <message>
            <source>Check your own group's health without a worker: a plain-English guide for each section, everyone rates privately, then you agree an action plan and send it to the council.</source>
            <translation>ਵਰਕਰ ਤੋਂ ਬਿਨਾਂ ਆਪਣੇ ਗਰੁੱਪ ਦੀ ਸਿਹਤ ਜਾਂਚੋ: ਹਰ ਹਿੱਸੇ ਲਈ ਸੌਖੀ ਅਗਵਾਈ, ਹਰ ਕੋਈ ਨਿੱਜੀ ਤੌਰ 'ਤੇ ਦਰਜਾ ਦਿੰਦਾ ਹੈ, ਫਿਰ ਤੁਸੀਂ ਕਾਰਜ ਯੋਜਨਾ ਤੈਅ ਕਰਕੇ ਕੌਂਸਲ ਨੂੰ ਭੇਜਦੇ ਹੋ।</translation>
        </message>
        <message>
            <source>Bring in the work of field laptops and groups, approve devices, settle conflicts and look across all organisations.</source>
            <translation>ਫੀਲਡ ਲੈਪਟਾਪਾਂ ਅਤੇ ਗਰੁੱਪਾਂ ਦਾ ਕੰਮ ਲਿਆਓ, ਡਿਵਾਈਸਾਂ ਮਨਜ਼ੂਰ ਕਰੋ, ਟਕਰਾਅ ਸੁਲਝਾਓ ਅਤੇ ਸਾਰੇ ਸੰਗਠਨਾਂ ਉੱਤੇ ਨਜ਼ਰ ਮਾਰੋ।</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ਕੋਈ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ਚੁਣੋ…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ਪਿੱਛੇ</translation>
        </message>
        <message>
            <source>e.g. Sam Ahmed</source>
            <translation>ਜਿਵੇਂ Sam Ahmed</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>ਤੁਹਾਡਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>This laptop's name</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਦਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>Council device file</source>
            <translation>ਕੌਂਸਲ ਦੀ ਡਿਵਾਈਸ ਫਾਈਲ</translation>
        </message>
        <message>
            <source>Council public key</source>
            <translation>ਕੌਂਸਲ ਦੀ ਪਬਲਿਕ ਕੁੰਜੀ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>ਸ਼ੁਰੂ ਕਰੋ</translation>
        </message>
        <message>
            <source>e.g. Kirklees Council</source>
            <translation>ਜਿਵੇਂ Kirklees Council</translation>
        </message>
        <message>
            <source>Your council</source>
            <translation>ਤੁਹਾਡੀ ਕੌਂਸਲ</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>ਕੌਂਸਲ</translation>
        </message>
        <message>
            <source>First laptop (optional)</source>
            <translation>ਪਹਿਲਾ ਲੈਪਟਾਪ (ਚੋਣਵਾਂ)</translation>
        </message>
        <message>
            <source>Make the key and start</source>
            <translation>ਕੁੰਜੀ ਬਣਾਓ ਅਤੇ ਸ਼ੁਰੂ ਕਰੋ</translation>
        </message>
        <message>
            <source>The council's key pair was made:</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ-ਜੋੜੀ ਬਣਾ ਦਿੱਤੀ ਗਈ:</translation>
        </message>
        <message>
            <source>The council's key pair was found (and kept):</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ-ਜੋੜੀ ਮਿਲ ਗਈ (ਅਤੇ ਰੱਖ ਲਈ ਗਈ):</translation>
        </message>
        <message>
            <source>The council's key</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ</translation>
        </message>
        <message>
            <source>Who is using GAP Field Kit?</source>
            <translation>GAP Field Kit ਕੌਣ ਵਰਤ ਰਿਹਾ ਹੈ?</translation>
        </message>
        <message>
            <source>Change who uses this computer</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ ਕੌਣ ਵਰਤਦਾ ਹੈ, ਬਦਲੋ</translation>
        </message>
        <message>
            <source>Welcome to GAP Field Kit</source>
            <translation>GAP Field Kit ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ</translation>
        </message>
        <message>
            <source>Who uses this computer?</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ ਕੌਣ ਵਰਤਦਾ ਹੈ?</translation>
        </message>
        <message>
            <source>Who is using it on this computer? You can change this later in Settings.</source>
            <translation>ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਇਸ ਨੂੰ ਕੌਣ ਵਰਤ ਰਿਹਾ ਹੈ? ਤੁਸੀਂ ਇਸ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਬਦਲ ਸਕਦੇ ਹੋ।</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>from {file}</source>
            <translation>{file} ਤੋਂ</translation>
        </message>
        <message>
            <source>The laptop's name is how the council sees this laptop's bundles. The council's device file (optional) lets this laptop accept the council's field packs; council.pub (optional) encrypts the bundles you send. Both come from the council; you can add them later in Settings and Sync.</source>
            <translation>ਲੈਪਟਾਪ ਦੇ ਨਾਮ ਨਾਲ ਕੌਂਸਲ ਇਸ ਲੈਪਟਾਪ ਦੇ ਬੰਡਲ ਪਛਾਣਦੀ ਹੈ। ਕੌਂਸਲ ਦੀ ਡਿਵਾਈਸ ਫਾਈਲ (ਚੋਣਵੀਂ) ਇਸ ਲੈਪਟਾਪ ਨੂੰ ਕੌਂਸਲ ਦੇ ਫੀਲਡ ਪੈਕ ਸਵੀਕਾਰ ਕਰਨ ਦਿੰਦੀ ਹੈ; council.pub (ਚੋਣਵੀਂ) ਤੁਹਾਡੇ ਭੇਜੇ ਬੰਡਲਾਂ ਨੂੰ ਇਨਕ੍ਰਿਪਟ ਕਰਦੀ ਹੈ। ਦੋਵੇਂ ਕੌਂਸਲ ਤੋਂ ਮਿਲਦੀਆਂ ਹਨ; ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਸੈਟਿੰਗਾਂ ਅਤੇ ਸਿੰਕ ਵਿੱਚ ਜੋੜ ਸਕਦੇ ਹੋ।</translation>
        </message>
        <message>
            <source>This is the self-assessment edition. It keeps one organisation, yours: a short registration, then the health check, a guide before each section, everyone rating privately, the results, an action plan and a PDF to keep. When you are ready, 'Send to the council' writes a locked file only the council can open.</source>
            <translation>ਇਹ ਸਵੈ-ਮੁਲਾਂਕਣ ਵਾਲਾ ਐਡੀਸ਼ਨ ਹੈ। ਇਸ ਵਿੱਚ ਇੱਕੋ ਸੰਗਠਨ ਹੁੰਦਾ ਹੈ, ਤੁਹਾਡਾ: ਛੋਟੀ ਰਜਿਸਟ੍ਰੇਸ਼ਨ, ਫਿਰ ਸਿਹਤ ਜਾਂਚ, ਹਰ ਹਿੱਸੇ ਤੋਂ ਪਹਿਲਾਂ ਅਗਵਾਈ, ਹਰ ਕੋਈ ਨਿੱਜੀ ਤੌਰ 'ਤੇ ਦਰਜਾ ਦਿੰਦਾ ਹੈ, ਨਤੀਜੇ, ਕਾਰਜ ਯੋਜਨਾ ਅਤੇ ਰੱਖਣ ਲਈ ਇੱਕ PDF। ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਹੋਵੋ, 'ਕੌਂਸਲ ਨੂੰ ਭੇਜੋ' ਇੱਕ ਬੰਦ ਫਾਈਲ ਲਿਖਦਾ ਹੈ ਜਿਸ ਨੂੰ ਸਿਰਫ਼ ਕੌਂਸਲ ਖੋਲ੍ਹ ਸਕਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>The council's public key comes with the app from your council (in its council-setup.json) or as a file called council.pub.</source>
            <translation>ਕੌਂਸਲ ਦੀ ਪਬਲਿਕ ਕੁੰਜੀ ਤੁਹਾਡੀ ਕੌਂਸਲ ਤੋਂ ਐਪ ਦੇ ਨਾਲ ਆਉਂਦੀ ਹੈ (ਇਸ ਦੀ council-setup.json ਵਿੱਚ) ਜਾਂ council.pub ਨਾਮ ਦੀ ਫਾਈਲ ਵਜੋਂ।</translation>
        </message>
        <message>
            <source>The first laptop's device file is the one its Sync page saves (Save device file…); enrolling it means its bundles are trusted. More laptops are enrolled under Import → Devices.</source>
            <translation>ਪਹਿਲੇ ਲੈਪਟਾਪ ਦੀ ਡਿਵਾਈਸ ਫਾਈਲ ਉਹ ਹੈ ਜੋ ਉਸ ਦਾ ਸਿੰਕ ਪੰਨਾ ਸੇਵ ਕਰਦਾ ਹੈ (ਡਿਵਾਈਸ ਫਾਈਲ ਸੇਵ ਕਰੋ…); ਇਸ ਨੂੰ ਦਰਜ ਕਰਨ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਇਸ ਦੇ ਬੰਡਲਾਂ ਉੱਤੇ ਭਰੋਸਾ ਕੀਤਾ ਜਾਂਦਾ ਹੈ। ਹੋਰ ਲੈਪਟਾਪ ਆਯਾਤ → ਡਿਵਾਈਸਾਂ ਹੇਠ ਦਰਜ ਕੀਤੇ ਜਾਂਦੇ ਹਨ।</translation>
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
    ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰਹਿੰਦੀ ਹੈ; ਇਸ ਦਾ ਸੁਰੱਖਿਅਤ ਬੈਕਅੱਪ ਬਣਾਓ।
{public_key}
    ਹਰ ਲੈਪਟਾਪ ਅਤੇ ਗਰੁੱਪ ਨੂੰ ਜਾਂਦੀ ਹੈ (ਜਾਂ council-setup.json ਵਿੱਚ)।

ਫਿੰਗਰਪ੍ਰਿੰਟ: {fingerprint}</translation>
        </message>
        <message>
            <source>Council setup file found: {description}</source>
            <translation>ਕੌਂਸਲ ਦੀ ਸੈੱਟਅੱਪ ਫਾਈਲ ਮਿਲੀ: {description}</translation>
        </message>
        <message>
            <source>GAP Field Kit makes the council's key pair in {folder}: council.key stays on this computer (back it up: without it, bundles sent to the council cannot be opened) and council.pub goes to every laptop and group. An existing council.key there is kept and used.</source>
            <translation>GAP Field Kit ਕੌਂਸਲ ਦੀਆਂ ਕੁੰਜੀਆਂ ਦਾ ਜੋੜਾ {folder} ਵਿੱਚ ਬਣਾਉਂਦਾ ਹੈ: council.key ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰਹਿੰਦੀ ਹੈ (ਇਸ ਦਾ ਬੈਕਅੱਪ ਰੱਖੋ: ਇਸ ਤੋਂ ਬਿਨਾਂ ਕੌਂਸਲ ਨੂੰ ਭੇਜੇ ਬੰਡਲ ਖੋਲ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕਦੇ) ਅਤੇ council.pub ਹਰ ਲੈਪਟਾਪ ਅਤੇ ਗਰੁੱਪ ਨੂੰ ਜਾਂਦੀ ਹੈ। ਉੱਥੇ ਪਹਿਲਾਂ ਤੋਂ ਮੌਜੂਦ council.key ਰੱਖੀ ਅਤੇ ਵਰਤੀ ਜਾਂਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Enrolled the first laptop: {name}.</source>
            <translation>ਪਹਿਲਾ ਲੈਪਟਾਪ ਦਰਜ ਹੋ ਗਿਆ: {name}।</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Form</source>
            <translation>ਫਾਰਮ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ਕਿਸਮ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ਸੰਸਕਰਣ</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>ਭਾਸ਼ਾਵਾਂ</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>ਸਵਾਲ</translation>
        </message>
        <message>
            <source>&amp;Export as XLSForm…</source>
            <translation>XLSForm ਵਜੋਂ ਐਕਸਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Write the chosen form as an XLSForm for Kobo or ODK</source>
            <translation>ਚੁਣਿਆ ਫਾਰਮ Kobo ਜਾਂ ODK ਲਈ XLSForm ਵਜੋਂ ਲਿਖੋ</translation>
        </message>
        <message>
            <source>&amp;Import an XLSForm…</source>
            <translation>XLSForm ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Turn an ODK or Kobo XLSForm into a form file</source>
            <translation>ODK ਜਾਂ Kobo ਦੇ XLSForm ਨੂੰ ਫਾਰਮ ਫ਼ਾਈਲ ਵਿੱਚ ਬਦਲੋ</translation>
        </message>
        <message>
            <source>Import &amp;online answers…</source>
            <translation>ਔਨਲਾਈਨ ਜਵਾਬ ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Bring in a Kobo or ODK Central CSV export of the chosen form as assessments</source>
            <translation>ਚੁਣੇ ਫਾਰਮ ਦਾ Kobo ਜਾਂ ODK Central CSV ਐਕਸਪੋਰਟ ਮੁਲਾਂਕਣਾਂ ਵਜੋਂ ਲਿਆਓ</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>ਫਾਰਮ</translation>
        </message>
        <message>
            <source>The forms this app runs. A form can go to KoboToolbox or ODK as an XLSForm, so a group with a signal can also fill it in online.</source>
            <translation>ਫਾਰਮ ਜੋ ਇਹ ਐਪ ਚਲਾਉਂਦੀ ਹੈ। ਕੋਈ ਫਾਰਮ XLSForm ਵਜੋਂ KoboToolbox ਜਾਂ ODK ਉੱਤੇ ਜਾ ਸਕਦਾ ਹੈ, ਤਾਂ ਜੋ ਸਿਗਨਲ ਵਾਲਾ ਗਰੁੱਪ ਇਸ ਨੂੰ ਔਨਲਾਈਨ ਵੀ ਭਰ ਸਕੇ।</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>ਐਕਸਪੋਰਟ ਹੋ ਰਿਹਾ ਹੈ</translation>
        </message>
        <message>
            <source>Importing the XLSForm</source>
            <translation>XLSForm ਇੰਪੋਰਟ ਹੋ ਰਿਹਾ ਹੈ</translation>
        </message>
        <message>
            <source>Importing online answers</source>
            <translation>ਔਨਲਾਈਨ ਜਵਾਬ ਇੰਪੋਰਟ ਹੋ ਰਹੇ ਹਨ</translation>
        </message>
        <message>
            <source>Choose a form first.</source>
            <translation>ਪਹਿਲਾਂ ਕੋਈ ਫਾਰਮ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Export as XLSForm</source>
            <translation>XLSForm ਵਜੋਂ ਐਕਸਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>XLSForm ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>This form is a version of:</source>
            <translation>ਇਹ ਫਾਰਮ ਇਸ ਦਾ ਸੰਸਕਰਣ ਹੈ:</translation>
        </message>
        <message>
            <source>Save the form file</source>
            <translation>ਫਾਰਮ ਫ਼ਾਈਲ ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>Form file (*.yaml)</source>
            <translation>ਫਾਰਮ ਫ਼ਾਈਲ (*.yaml)</translation>
        </message>
        <message>
            <source>Choose the form the online answers were given on.</source>
            <translation>ਉਹ ਫਾਰਮ ਚੁਣੋ ਜਿਸ ਉੱਤੇ ਔਨਲਾਈਨ ਜਵਾਬ ਦਿੱਤੇ ਗਏ।</translation>
        </message>
        <message>
            <source>Import online answers</source>
            <translation>ਔਨਲਾਈਨ ਜਵਾਬ ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>CSV export (*.csv)</source>
            <translation>CSV ਐਕਸਪੋਰਟ (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {file}: {count} questions.</source>
            <translation>{file} ਲਿਖੀ ਗਈ: {count} ਸਵਾਲ।</translation>
        </message>
        <message>
            <source>Wrote {file}: {form} as an XLSForm.</source>
            <translation>{file} ਲਿਖੀ ਗਈ: {form} XLSForm ਵਜੋਂ।</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}.</source>
            <translation>{file} ਲਿਖੀ ਨਹੀਂ ਜਾ ਸਕੀ: {reason}।</translation>
        </message>
        <message>
            <source>Left out ({count}):</source>
            <translation>ਛੱਡਿਆ ਗਿਆ ({count}):</translation>
        </message>
    </context>
    <context>
        <name>Funds</name>
        <message>
            <source>Save the registration to see the funds this organisation could apply to.</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਸੰਭਾਲੋ ਤਾਂ ਜੋ ਉਹ ਫੰਡ ਦਿਸਣ ਜਿਨ੍ਹਾਂ ਲਈ ਇਹ ਸੰਸਥਾ ਅਰਜ਼ੀ ਦੇ ਸਕਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Start a health check first: actions go on an assessment's plan.</source>
            <translation>ਪਹਿਲਾਂ ਸਿਹਤ ਜਾਂਚ ਸ਼ੁਰੂ ਕਰੋ: ਕਾਰਵਾਈਆਂ ਕਿਸੇ ਮੁਲਾਂਕਣ ਦੀ ਕਾਰਜ ਯੋਜਨਾ ਵਿੱਚ ਜਾਂਦੀਆਂ ਹਨ।</translation>
        </message>
        <message>
            <source>There is no such assessment yet: use “Start assessment…” to run one.</source>
            <translation>ਅਜੇ ਅਜਿਹਾ ਕੋਈ ਮੁਲਾਂਕਣ ਨਹੀਂ: ਇੱਕ ਕਰਨ ਲਈ “Start assessment…” ਵਰਤੋ।</translation>
        </message>
        <message>
            <source>the {assessment} of {date}</source>
            <translation>{date} ਦੀ {assessment}</translation>
        </message>
        <message>
            <source>Added to the action plan: {action}</source>
            <translation>ਕਾਰਜ ਯੋਜਨਾ ਵਿੱਚ ਜੋੜਿਆ ਗਿਆ: {action}</translation>
        </message>
        <message>
            <source>This assessment is deleted; restore it to add to its plan.</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ; ਇਸਦੀ ਕਾਰਜ ਯੋਜਨਾ ਵਿੱਚ ਜੋੜਨ ਲਈ ਇਸਨੂੰ ਬਹਾਲ ਕਰੋ।</translation>
        </message>
        <message>
            <source>this assessment</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>ਬੰਦ</translation>
        </message>
        <message>
            <source>a health check</source>
            <translation>ਇੱਕ ਸਿਹਤ ਜਾਂਚ</translation>
        </message>
        <message>
            <source>apply any time</source>
            <translation>ਕਿਸੇ ਵੀ ਸਮੇਂ ਅਰਜ਼ੀ ਦਿਓ</translation>
        </message>
        <message>
            <source>a CAT readiness check</source>
            <translation>CAT ਲਈ ਤਿਆਰੀ ਦੀ ਇੱਕ ਜਾਂਚ</translation>
        </message>
        <message>
            <source>Eligibility here is a guide, never a decision: the funder decides.</source>
            <translation>ਇੱਥੇ ਯੋਗਤਾ ਸਿਰਫ਼ ਇੱਕ ਸੇਧ ਹੈ, ਫ਼ੈਸਲਾ ਨਹੀਂ: ਫ਼ੈਸਲਾ ਫੰਡ ਦੇਣ ਵਾਲਾ ਕਰਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Funding you could apply for</source>
            <translation>ਫੰਡਿੰਗ ਜਿਸ ਲਈ ਤੁਸੀਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ</translation>
        </message>
        <message>
            <source>Choose an organisation to see the funds it could apply to.</source>
            <translation>ਇੱਕ ਸੰਸਥਾ ਚੁਣੋ ਤਾਂ ਜੋ ਉਹ ਫੰਡ ਦਿਸਣ ਜਿਨ੍ਹਾਂ ਲਈ ਉਹ ਅਰਜ਼ੀ ਦੇ ਸਕਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Eligibility is a guide</source>
            <translation>ਯੋਗਤਾ ਸਿਰਫ਼ ਇੱਕ ਸੇਧ ਹੈ</translation>
        </message>
        <message>
            <source>Add as action</source>
            <translation>ਕਾਰਵਾਈ ਵਜੋਂ ਜੋੜੋ</translation>
        </message>
        <message>
            <source>In the plan</source>
            <translation>ਯੋਜਨਾ ਵਿੱਚ ਹੈ</translation>
        </message>
        <message>
            <source>This is on the action plan already.</source>
            <translation>ਇਹ ਪਹਿਲਾਂ ਹੀ ਕਾਰਜ ਯੋਜਨਾ ਵਿੱਚ ਹੈ।</translation>
        </message>
        <message>
            <source>next deadline {date}</source>
            <translation>ਅਗਲੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ {date}</translation>
        </message>
        <message>
            <source>closed on {date}</source>
            <translation>{date} ਨੂੰ ਬੰਦ ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>the CAT readiness statement “{statement}”</source>
            <translation>CAT ਲਈ ਤਿਆਰੀ ਦਾ ਕਥਨ “{statement}”</translation>
        </message>
        <message>
            <source>the CAT readiness section “{section}”</source>
            <translation>CAT ਲਈ ਤਿਆਰੀ ਦਾ ਭਾਗ “{section}”</translation>
        </message>
        <message>
            <source>Funds file last updated {date}.</source>
            <translation>ਫੰਡਾਂ ਦੀ ਫ਼ਾਈਲ ਆਖ਼ਰੀ ਵਾਰ {date} ਨੂੰ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ।</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>ਫੰਡ</translation>
        </message>
        <message>
            <source>Funds you can apply to now</source>
            <translation>ਫੰਡ ਜਿਨ੍ਹਾਂ ਲਈ ਤੁਸੀਂ ਹੁਣੇ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ</translation>
        </message>
        <message>
            <source>Funds you could apply to after…</source>
            <translation>ਫੰਡ ਜਿਨ੍ਹਾਂ ਲਈ ਤੁਸੀਂ ਇਸ ਤੋਂ ਬਾਅਦ ਅਰਜ਼ੀ ਦੇ ਸਕੋਗੇ…</translation>
        </message>
        <message>
            <source>the health check statement “{statement}”</source>
            <translation>ਸਿਹਤ ਜਾਂਚ ਦਾ ਕਥਨ “{statement}”</translation>
        </message>
        <message>
            <source>the health check section “{section}”</source>
            <translation>ਸਿਹਤ ਜਾਂਚ ਦਾ ਭਾਗ “{section}”</translation>
        </message>
        <message>
            <source>None yet: the funds below say what would open them.</source>
            <translation>ਅਜੇ ਕੋਈ ਨਹੀਂ: ਹੇਠਲੇ ਫੰਡ ਦੱਸਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਦਾ ਰਾਹ ਕਿਵੇਂ ਖੁੱਲ੍ਹੇਗਾ।</translation>
        </message>
        <message>
            <source>Nothing stands in the way of the open funds.</source>
            <translation>ਖੁੱਲ੍ਹੇ ਫੰਡਾਂ ਦੇ ਰਾਹ ਵਿੱਚ ਕੋਈ ਰੁਕਾਵਟ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Closed for now</source>
            <translation>ਫ਼ਿਲਹਾਲ ਬੰਦ</translation>
        </message>
        <message>
            <source>Closed funds</source>
            <translation>ਬੰਦ ਫੰਡ</translation>
        </message>
        <message>
            <source>Not met: {reason}</source>
            <translation>ਪੂਰੀ ਨਹੀਂ ਹੋਈ: {reason}</translation>
        </message>
        <message>
            <source>Add as action: {action}</source>
            <translation>ਕਾਰਵਾਈ ਵਜੋਂ ਜੋੜੋ: {action}</translation>
        </message>
        <message>
            <source>website</source>
            <translation>ਵੈੱਬਸਾਈਟ</translation>
        </message>
        <message>
            <source>There is no action plan to add to yet.</source>
            <translation>ਅਜੇ ਕੋਈ ਕਾਰਜ ਯੋਜਨਾ ਨਹੀਂ ਜਿਸ ਵਿੱਚ ਜੋੜਿਆ ਜਾਵੇ।</translation>
        </message>
        <message>
            <source>registration: {fields}</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ: {fields}</translation>
        </message>
        <message>
            <source>{action} — by {date}</source>
            <translation>{action} — {date} ਤੱਕ</translation>
        </message>
        <message>
            <source>Add “{action}” to the action plan of {plan}</source>
            <translation>“{action}” ਨੂੰ {plan} ਦੀ ਕਾਰਜ ਯੋਜਨਾ ਵਿੱਚ ਜੋੜੋ</translation>
        </message>
        <message>
            <source>help: {offer}</source>
            <translation>ਮਦਦ: {offer}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>User guide</source>
            <translation>ਵਰਤੋਂਕਾਰ ਗਾਈਡ</translation>
        </message>
        <message>
            <source>Running an assessment</source>
            <translation>ਮੁਲਾਂਕਣ ਚਲਾਉਣਾ</translation>
        </message>
        <message>
            <source>Self-assessment for groups</source>
            <translation>ਗਰੁੱਪਾਂ ਲਈ ਸਵੈ-ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Council setup file</source>
            <translation>ਕੌਂਸਲ ਸੈੱਟਅੱਪ ਫ਼ਾਈਲ</translation>
        </message>
        <message>
            <source>Installing and packaging</source>
            <translation>ਇੰਸਟਾਲ ਅਤੇ ਪੈਕੇਜਿੰਗ</translation>
        </message>
        <message>
            <source>Sync bundle format</source>
            <translation>ਸਿੰਕ ਬੰਡਲ ਦਾ ਢਾਂਚਾ</translation>
        </message>
        <message>
            <source>GAP Field Kit help</source>
            <translation>GAP Field Kit ਮਦਦ</translation>
        </message>
        <message>
            <source>Help documents</source>
            <translation>ਮਦਦ ਦੇ ਦਸਤਾਵੇਜ਼</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>ਮਦਦ ਦਾ ਪਾਠ</translation>
        </message>
        <message>
            <source>The help files were not found in {folder}. Reinstall GAP Field Kit.</source>
            <translation>ਮਦਦ ਦੀਆਂ ਫ਼ਾਈਲਾਂ {folder} ਵਿੱਚ ਨਹੀਂ ਮਿਲੀਆਂ। GAP Field Kit ਮੁੜ ਇੰਸਟਾਲ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}.</source>
            <translation>{file} ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: {error}।</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>(removed)</source>
            <translation>(ਹਟਾਇਆ)</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(ਮਿਟਾਇਆ)</translation>
        </message>
        <message>
            <source>(restored)</source>
            <translation>(ਮੁੜ ਲਿਆਂਦਾ)</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>ਬਣਾਇਆ</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>ਬਦਲਿਆ</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ਮਿਟਾਇਆ</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>ਮੁੜ ਲਿਆਂਦਾ</translation>
        </message>
        <message>
            <source>Conflict settled</source>
            <translation>ਟਕਰਾਅ ਸੁਲਝਿਆ</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>ਪੂਰਾ</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>ਮੁੜ ਖੋਲ੍ਹਿਆ</translation>
        </message>
        <message>
            <source>Erased at the person's request</source>
            <translation>ਵਿਅਕਤੀ ਦੀ ਬੇਨਤੀ ਉੱਤੇ ਮਿਟਾਇਆ</translation>
        </message>
        <message>
            <source>Erased from the history</source>
            <translation>ਇਤਿਹਾਸ ਵਿੱਚੋਂ ਮਿਟਾਇਆ</translation>
        </message>
        <message>
            <source>Moved to a new version of the form</source>
            <translation>ਫ਼ਾਰਮ ਦੇ ਨਵੇਂ ਵਰਜਨ ਵਿੱਚ ਭੇਜਿਆ</translation>
        </message>
        <message>
            <source>Kept after the retention review</source>
            <translation>ਸੰਭਾਲ-ਸਮੀਖਿਆ ਤੋਂ ਬਾਅਦ ਰੱਖਿਆ</translation>
        </message>
        <message>
            <source>The council confirmed receiving it</source>
            <translation>ਕੌਂਸਲ ਨੇ ਮਿਲਣ ਦੀ ਪੁਸ਼ਟੀ ਕੀਤੀ</translation>
        </message>
        <message>
            <source>Council key trusted</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਉੱਤੇ ਭਰੋਸਾ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Council key replaced</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਬਦਲੀ</translation>
        </message>
        <message>
            <source>Approved by the council</source>
            <translation>ਕੌਂਸਲ ਨੇ ਮਨਜ਼ੂਰ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Sent back by the council: has issues</source>
            <translation>ਕੌਂਸਲ ਨੇ ਵਾਪਸ ਭੇਜਿਆ: ਸਮੱਸਿਆਵਾਂ ਹਨ</translation>
        </message>
        <message>
            <source>Rejected by the council</source>
            <translation>ਕੌਂਸਲ ਨੇ ਨਾਮਨਜ਼ੂਰ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Fixed and sent again</source>
            <translation>ਠੀਕ ਕਰਕੇ ਮੁੜ ਭੇਜਿਆ</translation>
        </message>
        <message>
            <source>Review state set back to received</source>
            <translation>ਸਮੀਖਿਆ ਦੀ ਸਥਿਤੀ ਮੁੜ “ਮਿਲਿਆ” ਉੱਤੇ</translation>
        </message>
        <message>
            <source>status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>completion time</source>
            <translation>ਪੂਰਾ ਹੋਣ ਦਾ ਸਮਾਂ</translation>
        </message>
        <message>
            <source>statement in progress</source>
            <translation>ਚੱਲ ਰਿਹਾ ਕਥਨ</translation>
        </message>
        <message>
            <source>form</source>
            <translation>ਫ਼ਾਰਮ</translation>
        </message>
        <message>
            <source>form version</source>
            <translation>ਫ਼ਾਰਮ ਦਾ ਵਰਜਨ</translation>
        </message>
        <message>
            <source>CAT stage</source>
            <translation>CAT ਪੜਾਅ</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>ਸਹਿਮਤੀ</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>don't know</source>
            <translation>ਪਤਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>ਆਖ਼ਰੀ ਮਿਤੀ</translation>
        </message>
        <message>
            <source>support offered</source>
            <translation>ਪੇਸ਼ ਕੀਤੀ ਮਦਦ</translation>
        </message>
        <message>
            <source>review state</source>
            <translation>ਸਮੀਖਿਆ ਦੀ ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>ਖਰੜਾ</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ਕਾਰਵਾਈ</translation>
        </message>
        <message>
            <source>made here</source>
            <translation>ਇੱਥੇ ਬਣਾਇਆ</translation>
        </message>
        <message>
            <source>Made on this computer (or before arrivals were recorded).</source>
            <translation>ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਬਣਾਇਆ (ਜਾਂ ਆਮਦ ਦਰਜ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ)।</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ਹਾਂ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Carried over to the new form version</source>
            <translation>ਫ਼ਾਰਮ ਦੇ ਨਵੇਂ ਵਰਜਨ ਵਿੱਚ ਲਿਜਾਇਆ</translation>
        </message>
        <message>
            <source>Left with the old form version</source>
            <translation>ਪੁਰਾਣੇ ਫ਼ਾਰਮ ਵਰਜਨ ਨਾਲ ਰਹਿ ਗਿਆ</translation>
        </message>
        <message>
            <source>field pack</source>
            <translation>ਫੀਲਡ ਪੈਕ</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>ਬੰਡਲ</translation>
        </message>
        <message>
            <source>Bundle id {id}</source>
            <translation>ਬੰਡਲ ਪਛਾਣ {id}</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>ਤਬਦੀਲੀਆਂ</translation>
        </message>
        <message>
            <source>How many changes</source>
            <translation>ਕਿੰਨੀਆਂ ਤਬਦੀਲੀਆਂ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>version {id}</source>
            <translation>ਵਰਜਨ {id}</translation>
        </message>
        <message>
            <source>Review: {state}</source>
            <translation>ਸਮੀਖਿਆ: {state}</translation>
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
            <translation>ਡਿਵਾਈਸ {id}</translation>
        </message>
        <message>
            <source>{person} ({device})</source>
            <translation>{person} ({device})</translation>
        </message>
        <message>
            <source>{what} from {device}</source>
            <translation>{what}, {device} ਤੋਂ</translation>
        </message>
        <message>
            <source>Bundle id {id}, imported {when}</source>
            <translation>ਬੰਡਲ ਪਛਾਣ {id}, ਆਯਾਤ {when}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>ਕਦੋਂ</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>ਕੌਣ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ਕੀ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>ਪਹਿਲਾਂ</translation>
        </message>
        <message>
            <source>After</source>
            <translation>ਬਾਅਦ</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>ਰਾਹੀਂ</translation>
        </message>
        <message>
            <source>{action} {about}</source>
            <translation>{action}: {about}</translation>
        </message>
        <message>
            <source>bundle {number}</source>
            <translation>ਬੰਡਲ {number}</translation>
        </message>
        <message>
            <source>{count} field</source>
            <translation>{count} ਖ਼ਾਨਾ</translation>
        </message>
        <message>
            <source>{count} fields</source>
            <translation>{count} ਖ਼ਾਨੇ</translation>
        </message>
        <message>
            <source>field pack {number}</source>
            <translation>ਫੀਲਡ ਪੈਕ {number}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} ਤਬਦੀਲੀ</translation>
        </message>
        <message>
            <source>{count} changes</source>
            <translation>{count} ਤਬਦੀਲੀਆਂ</translation>
        </message>
        <message>
            <source>{changes}, oldest first: who made each one (the person and their device), when, and the bundle that brought it here.</source>
            <translation>{changes}, ਪੁਰਾਣੀਆਂ ਪਹਿਲਾਂ: ਹਰ ਇੱਕ ਕਿਸ ਨੇ ਕੀਤੀ (ਵਿਅਕਤੀ ਅਤੇ ਉਸ ਦੀ ਡਿਵਾਈਸ), ਕਦੋਂ, ਅਤੇ ਕਿਹੜਾ ਬੰਡਲ ਇਸ ਨੂੰ ਇੱਥੇ ਲਿਆਇਆ।</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Merged</source>
            <translation>ਮਿਲਾਇਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>ਰੱਦ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>ਉਡੀਕ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>ਪਹਿਲਾਂ ਹੀ ਇੰਪੋਰਟ ਹੋ ਚੁੱਕਾ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ਫ਼ਾਈਲ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ਕਿਸ ਤੋਂ</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>ਬੰਡਲ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ਨਤੀਜਾ</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>ਜੋੜੇ</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>ਅੱਪਡੇਟ</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>ਬਿਨਾਂ ਤਬਦੀਲੀ</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ਟਕਰਾਅ</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ਕੀ ਹੋਇਆ</translation>
        </message>
        <message>
            <source>From device</source>
            <translation>ਕਿਸ ਡਿਵਾਈਸ ਤੋਂ</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ਪ੍ਰਾਪਤ</translation>
        </message>
        <message>
            <source>Why it waits</source>
            <translation>ਉਡੀਕ ਕਿਉਂ</translation>
        </message>
        <message>
            <source>When</source>
            <translation>ਕਦੋਂ</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ਅਣਜਾਣ</translation>
        </message>
        <message>
            <source>the approved bundle</source>
            <translation>ਮਨਜ਼ੂਰ ਬੰਡਲ</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} ਅਤੇ {last}</translation>
        </message>
        <message>
            <source>Bundle {numbers} from {device} never arrived.</source>
            <translation>{device} ਦਾ ਬੰਡਲ {numbers} ਕਦੇ ਨਹੀਂ ਪਹੁੰਚਿਆ।</translation>
        </message>
        <message>
            <source>Bundles {numbers} from {device} never arrived.</source>
            <translation>{device} ਦੇ ਬੰਡਲ {numbers} ਕਦੇ ਨਹੀਂ ਪਹੁੰਚੇ।</translation>
        </message>
        <message>
            <source>Importing {name} ({number} of {count})</source>
            <translation>{name} ਇੰਪੋਰਟ ਹੋ ਰਿਹਾ ਹੈ ({count} ਵਿੱਚੋਂ {number})</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>ਬੰਡਲ ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>Drop .gapkit bundles or a folder of them here, or choose them. Each bundle is checked (signature, hashes, every record) and merged in one go, or not at all.</source>
            <translation>.gapkit ਬੰਡਲ ਜਾਂ ਉਨ੍ਹਾਂ ਦਾ ਫੋਲਡਰ ਇੱਥੇ ਛੱਡੋ, ਜਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਚੁਣੋ। ਹਰ ਬੰਡਲ ਜਾਂਚਿਆ ਜਾਂਦਾ ਹੈ (ਦਸਤਖ਼ਤ, ਹੈਸ਼, ਹਰ ਰਿਕਾਰਡ) ਅਤੇ ਇੱਕੋ ਵਾਰ ਵਿੱਚ ਮਿਲਾਇਆ ਜਾਂਦਾ ਹੈ, ਜਾਂ ਬਿਲਕੁਲ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>ਫ਼ਾਈਲਾਂ ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>ਫੋਲਡਰ ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>No bundles imported in this session yet.</source>
            <translation>ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਹਾਲੇ ਕੋਈ ਬੰਡਲ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>One row per bundle: what it added and changed</source>
            <translation>ਹਰ ਬੰਡਲ ਦੀ ਇੱਕ ਕਤਾਰ: ਉਸ ਨੇ ਕੀ ਜੋੜਿਆ ਅਤੇ ਕੀ ਬਦਲਿਆ</translation>
        </message>
        <message>
            <source>Approve device and import…</source>
            <translation>ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਕਰਕੇ ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Bundles from devices not yet enrolled; approve the device to import them</source>
            <translation>ਉਨ੍ਹਾਂ ਡਿਵਾਈਸਾਂ ਦੇ ਬੰਡਲ ਜੋ ਹਾਲੇ ਦਰਜ ਨਹੀਂ; ਇੰਪੋਰਟ ਕਰਨ ਲਈ ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>Registrations kept in a spreadsheet can be brought in too.</source>
            <translation>ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਿੱਚ ਰੱਖੀਆਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨਾਂ ਵੀ ਲਿਆਂਦੀਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ।</translation>
        </message>
        <message>
            <source>Import registrations from a spreadsheet…</source>
            <translation>ਸਪ੍ਰੈਡਸ਼ੀਟ ਤੋਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨਾਂ ਇੰਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>ਬੰਡਲ</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>ਡਿਵਾਈਸਾਂ</translation>
        </message>
        <message>
            <source>Every import attempt</source>
            <translation>ਇੰਪੋਰਟ ਦੀ ਹਰ ਕੋਸ਼ਿਸ਼</translation>
        </message>
        <message>
            <source>History</source>
            <translation>ਇਤਿਹਾਸ</translation>
        </message>
        <message>
            <source>Sync bundles (*.gapkit);;All files (*)</source>
            <translation>ਸਿੰਕ ਬੰਡਲ (*.gapkit);;ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ (*)</translation>
        </message>
        <message>
            <source>Import every bundle in a folder</source>
            <translation>ਫੋਲਡਰ ਦੇ ਸਾਰੇ ਬੰਡਲ ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>Importing 1 bundle…</source>
            <translation>1 ਬੰਡਲ ਇੰਪੋਰਟ ਹੋ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>import its bundle</source>
            <translation>ਇਸ ਦਾ ਬੰਡਲ ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>Approving the device and importing its bundle…</source>
            <translation>ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਕਰਕੇ ਉਸ ਦਾ ਬੰਡਲ ਇੰਪੋਰਟ ਹੋ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed by the bundle in progress.</source>
            <translation>ਰੱਦ: ਚੱਲ ਰਹੇ ਬੰਡਲ ਨੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ਆਯਾਤ</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>ਇੱਕ ਇੰਪੋਰਟ ਪਹਿਲਾਂ ਹੀ ਚੱਲ ਰਿਹਾ ਹੈ; ਉਸ ਦੇ ਮੁੱਕਣ ਦੀ ਉਡੀਕ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Bundles merged: {count}</source>
            <translation>ਮਿਲਾਏ ਗਏ ਬੰਡਲ: {count}</translation>
        </message>
        <message>
            <source>{count} already imported before (nothing changed)</source>
            <translation>{count} ਪਹਿਲਾਂ ਹੀ ਇੰਪੋਰਟ ਹੋ ਚੁੱਕੇ ਸਨ (ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ)</translation>
        </message>
        <message>
            <source>{count} rejected (see the red rows)</source>
            <translation>{count} ਰੱਦ (ਲਾਲ ਕਤਾਰਾਂ ਦੇਖੋ)</translation>
        </message>
        <message>
            <source>{count} waiting for approval</source>
            <translation>{count} ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>Waiting for approval ({count})</source>
            <translation>ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ ({count})</translation>
        </message>
        <message>
            <source>Importing {count} bundles…</source>
            <translation>{count} ਬੰਡਲ ਇੰਪੋਰਟ ਹੋ ਰਹੇ ਹਨ…</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>ਇਹ ਡਿਵਾਈਸ</translation>
        </message>
        <message>
            <source>Cancelling… the import is kept; the results not stored yet are worked out when a screen needs them.</source>
            <translation>ਰੱਦ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ… ਇੰਪੋਰਟ ਰੱਖਿਆ ਗਿਆ ਹੈ; ਜੋ ਨਤੀਜੇ ਅਜੇ ਨਹੀਂ ਸੰਭਾਲੇ ਗਏ ਉਹ ਉਦੋਂ ਕੱਢੇ ਜਾਣਗੇ ਜਦੋਂ ਕਿਸੇ ਸਕਰੀਨ ਨੂੰ ਉਹਨਾਂ ਦੀ ਲੋੜ ਹੋਵੇ।</translation>
        </message>
        <message>
            <source>Cancelling… the bundle being merged is rolled back.</source>
            <translation>ਰੱਦ ਹੋ ਰਿਹਾ ਹੈ… ਮਿਲਾਇਆ ਜਾ ਰਿਹਾ ਬੰਡਲ ਵਾਪਸ ਲਿਆ ਜਾਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Cancelled while storing results. {summary} The import is kept; the {count} results not stored yet are worked out when a screen needs them.</source>
            <translation>ਨਤੀਜੇ ਸੰਭਾਲਦੇ ਸਮੇਂ ਰੱਦ। {summary} ਇੰਪੋਰਟ ਰੱਖਿਆ ਗਿਆ ਹੈ; ਜੋ {count} ਨਤੀਜੇ ਅਜੇ ਨਹੀਂ ਸੰਭਾਲੇ ਗਏ ਉਹ ਉਦੋਂ ਕੱਢੇ ਜਾਣਗੇ ਜਦੋਂ ਕਿਸੇ ਸਕਰੀਨ ਨੂੰ ਉਹਨਾਂ ਦੀ ਲੋੜ ਹੋਵੇ।</translation>
        </message>
        <message>
            <source>Something went wrong while importing; the bundle in progress was rolled back, so nothing was half-imported. The details are in the log. ({detail})</source>
            <translation>ਇੰਪੋਰਟ ਦੌਰਾਨ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ; ਚੱਲ ਰਿਹਾ ਬੰਡਲ ਵਾਪਸ ਲਿਆ ਗਿਆ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਅੱਧਾ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ। ਵੇਰਵੇ ਲੌਗ ਵਿੱਚ ਹਨ। ({detail})</translation>
        </message>
        <message>
            <source>records added: {added}, updated: {updated}, conflicts: {conflicts}</source>
            <translation>ਜੋੜੇ ਰਿਕਾਰਡ: {added}, ਅੱਪਡੇਟ: {updated}, ਟਕਰਾਅ: {conflicts}</translation>
        </message>
        <message>
            <source>Cancelled. {summary} The bundle being merged when you cancelled was not changed.</source>
            <translation>ਰੱਦ। {summary} ਰੱਦ ਕਰਨ ਵੇਲੇ ਮਿਲਾਇਆ ਜਾ ਰਿਹਾ ਬੰਡਲ ਨਹੀਂ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>Storing results: {done} of {total}</source>
            <translation>ਨਤੀਜੇ ਸੰਭਾਲੇ ਜਾ ਰਹੇ ਹਨ: {total} ਵਿੱਚੋਂ {done}</translation>
        </message>
    </context>
    <context>
        <name>ImportCsv</name>
        <message>
            <source>Will be added</source>
            <translation>ਜੋੜਿਆ ਜਾਵੇਗਾ</translation>
        </message>
        <message>
            <source>Will update</source>
            <translation>ਅੱਪਡੇਟ ਕਰੇਗਾ</translation>
        </message>
        <message>
            <source>Already up to date</source>
            <translation>ਪਹਿਲਾਂ ਹੀ ਤਾਜ਼ਾ</translation>
        </message>
        <message>
            <source>Bad row</source>
            <translation>ਗ਼ਲਤ ਕਤਾਰ</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>ਜੋੜਿਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>ਅੱਪਡੇਟ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>ਬਿਨਾਂ ਤਬਦੀਲੀ</translation>
        </message>
        <message>
            <source>Import registrations from a spreadsheet</source>
            <translation>ਸਪ੍ਰੈਡਸ਼ੀਟ ਤੋਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨਾਂ ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>Choose a CSV or Excel file with one organisation a row and a header row. Each column is matched to a registration field by its name; change any that are wrong. Rows for organisations already registered (same charity, company or mutuals number, or same name and postcode) update them instead of adding them twice.</source>
            <translation>ਇੱਕ CSV ਜਾਂ ਐਕਸਲ ਫ਼ਾਈਲ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਹਰ ਕਤਾਰ ਵਿੱਚ ਇੱਕ ਸੰਸਥਾ ਅਤੇ ਇੱਕ ਸਿਰਲੇਖ ਕਤਾਰ ਹੋਵੇ। ਹਰ ਕਾਲਮ ਆਪਣੇ ਨਾਂ ਨਾਲ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦੇ ਕਿਸੇ ਖੇਤਰ ਨਾਲ ਮਿਲਾਇਆ ਜਾਂਦਾ ਹੈ; ਜੋ ਗ਼ਲਤ ਹੋਣ ਉਨ੍ਹਾਂ ਨੂੰ ਬਦਲੋ। ਪਹਿਲਾਂ ਤੋਂ ਰਜਿਸਟਰਡ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਕਤਾਰਾਂ (ਉਹੀ ਚੈਰਿਟੀ, ਕੰਪਨੀ ਜਾਂ ਮਿਊਚੁਅਲਜ਼ ਨੰਬਰ, ਜਾਂ ਉਹੀ ਨਾਮ ਅਤੇ ਪੋਸਟਕੋਡ) ਉਨ੍ਹਾਂ ਨੂੰ ਦੁਬਾਰਾ ਜੋੜਨ ਦੀ ਥਾਂ ਅੱਪਡੇਟ ਕਰਦੀਆਂ ਹਨ।</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>ਕੋਈ ਫ਼ਾਈਲ ਨਹੀਂ ਚੁਣੀ</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>ਫ਼ਾਈਲ ਚੁਣੋ…</translation>
        </message>
        <message>
            <source>What happens to each row; bad rows say why</source>
            <translation>ਹਰ ਕਤਾਰ ਨਾਲ ਕੀ ਹੋਵੇਗਾ; ਗ਼ਲਤ ਕਤਾਰਾਂ ਕਾਰਨ ਦੱਸਦੀਆਂ ਹਨ</translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>ਕੀ ਇੰਪੋਰਟ ਹੋਵੇਗਾ ਇਹ ਦੇਖਣ ਲਈ ਫ਼ਾਈਲ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>All or nothing: import only if every row is good</source>
            <translation>ਸਭ ਜਾਂ ਕੁਝ ਨਹੀਂ: ਤਾਂ ਹੀ ਇੰਪੋਰਟ ਕਰੋ ਜੇ ਹਰ ਕਤਾਰ ਠੀਕ ਹੋਵੇ</translation>
        </message>
        <message>
            <source>Skip bad rows: import the good rows, leave the bad ones out</source>
            <translation>ਗ਼ਲਤ ਕਤਾਰਾਂ ਛੱਡੋ: ਠੀਕ ਕਤਾਰਾਂ ਇੰਪੋਰਟ ਕਰੋ, ਗ਼ਲਤ ਬਾਹਰ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ਇੰਪੋਰਟ ਕਰੋ</translation>
        </message>
        <message>
            <source>Registration spreadsheet</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਸਪ੍ਰੈਡਸ਼ੀਟ</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>ਸਪ੍ਰੈਡਸ਼ੀਟਾਂ (*.csv *.xlsx);;CSV ਫ਼ਾਈਲਾਂ (*.csv);;ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ (*)</translation>
        </message>
        <message>
            <source>changes {fields} (matched on {key})</source>
            <translation>{fields} ਬਦਲਦਾ ਹੈ ({key} ਨਾਲ ਮਿਲਾਇਆ)</translation>
        </message>
        <message>
            <source>matched on {key}</source>
            <translation>{key} ਨਾਲ ਮਿਲਾਇਆ</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>ਕਾਲਮ</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>ਕਾਲਮ</translation>
        </message>
        <message>
            <source>Registration field</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਖੇਤਰ</translation>
        </message>
        <message>
            <source>First row</source>
            <translation>ਪਹਿਲੀ ਕਤਾਰ</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>ਕਤਾਰਾਂ</translation>
        </message>
        <message>
            <source>(leave out)</source>
            <translation>(ਛੱਡ ਦਿਓ)</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>ਹਰ ਕਤਾਰ ਦੀ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>ਇੰਪੋਰਟ ਹੋ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>ਲਾਈਨ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ਨਤੀਜਾ</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>ਵੇਰਵੇ</translation>
        </message>
        <message>
            <source>Some rows are bad: fix them in the file, or choose Skip bad rows.</source>
            <translation>ਕੁਝ ਕਤਾਰਾਂ ਗ਼ਲਤ ਹਨ: ਉਨ੍ਹਾਂ ਨੂੰ ਫ਼ਾਈਲ ਵਿੱਚ ਠੀਕ ਕਰੋ, ਜਾਂ "ਗ਼ਲਤ ਕਤਾਰਾਂ ਛੱਡੋ" ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Left out: {columns}.</source>
            <translation>ਛੱਡੇ ਗਏ: {columns}।</translation>
        </message>
        <message>
            <source>{summary} (read as {encoding})</source>
            <translation>{summary} ({encoding} ਵਜੋਂ ਪੜ੍ਹਿਆ)</translation>
        </message>
    </context>
    <context>
        <name>Inputs</name>
        <message>
            <source>Not answered</source>
            <translation>ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>ਸੁਝਾਇਆ</translation>
        </message>
        <message>
            <source>Type the answer here. Ctrl+Enter goes to the next statement.</source>
            <translation>ਜਵਾਬ ਇੱਥੇ ਲਿਖੋ। Ctrl+Enter ਅਗਲੇ ਕਥਨ ਉੱਤੇ ਲੈ ਜਾਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>ਲਾਗੂ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>This does not apply to us.</source>
            <translation>ਇਹ ਸਾਡੇ ਉੱਤੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦਾ।</translation>
        </message>
        <message>
            <source>Press {key}</source>
            <translation>{key} ਦਬਾਓ</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Something went wrong inside GAP Field Kit. Nothing you entered was lost: every change is saved as you make it. The details are in the log file {log}.</source>
            <translation>GAP Field Kit ਦੇ ਅੰਦਰ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਤੁਹਾਡਾ ਭਰਿਆ ਕੁਝ ਵੀ ਗੁੰਮ ਨਹੀਂ ਹੋਇਆ: ਹਰ ਤਬਦੀਲੀ ਨਾਲ-ਨਾਲ ਸੰਭਾਲੀ ਜਾਂਦੀ ਹੈ। ਵੇਰਵਾ ਲੌਗ ਫ਼ਾਈਲ {log} ਵਿੱਚ ਹੈ।</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>GAP Field Kit cannot open your data</source>
            <translation>GAP Field Kit ਤੁਹਾਡਾ ਡਾਟਾ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦਾ</translation>
        </message>
        <message>
            <source>About GAP Field Kit</source>
            <translation>GAP Field Kit ਬਾਰੇ</translation>
        </message>
        <message>
            <source>GAP Field Kit — council</source>
            <translation>GAP Field Kit — ਕੌਂਸਲ</translation>
        </message>
        <message>
            <source>GAP Field Kit — self-assessment</source>
            <translation>GAP Field Kit — ਸਵੈ-ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Our group</source>
            <translation>ਸਾਡਾ ਗਰੁੱਪ</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ਸਿੰਕ</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ਆਯਾਤ</translation>
        </message>
        <message>
            <source>Field packs</source>
            <translation>ਫੀਲਡ ਪੈਕ</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>ਸੰਖੇਪ</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ਟਕਰਾਅ</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>ਫਾਰਮ</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ਸੈਟਿੰਗਾਂ</translation>
        </message>
        <message>
            <source>GAP Field Kit</source>
            <translation>GAP Field Kit</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ਪੰਨੇ</translation>
        </message>
        <message>
            <source>Choose a page; Ctrl+1 to Ctrl+9 jump to a page.</source>
            <translation>ਪੰਨਾ ਚੁਣੋ; Ctrl+1 ਤੋਂ Ctrl+9 ਨਾਲ ਸਿੱਧਾ ਪੰਨੇ ਉੱਤੇ ਜਾਓ।</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>ਪੰਨਾ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ਮਦਦ</translation>
        </message>
        <message>
            <source>User guide (Ctrl+F1), council setup file, About GAP Field Kit</source>
            <translation>ਵਰਤੋਂਕਾਰ ਗਾਈਡ (Ctrl+F1), ਕੌਂਸਲ ਦੀ ਸੈੱਟਅੱਪ ਫ਼ਾਈਲ, GAP Field Kit ਬਾਰੇ</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>{page} ਉੱਤੇ ਜਾਓ</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>ਵਰਤੋਂਕਾਰ ਗਾਈਡ</translation>
        </message>
        <message>
            <source>Council setup file</source>
            <translation>ਕੌਂਸਲ ਦੀ ਸੈੱਟਅੱਪ ਫ਼ਾਈਲ</translation>
        </message>
        <message>
            <source>Opening your data</source>
            <translation>ਤੁਹਾਡਾ ਡਾਟਾ ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>ਤੁਹਾਡਾ ਡਾਟਾ ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ…</translation>
        </message>
    </context>
    <context>
        <name>Matched</name>
        <message>
            <source>charity number</source>
            <translation>ਚੈਰਿਟੀ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>company number</source>
            <translation>ਕੰਪਨੀ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>mutuals register number</source>
            <translation>ਮਿਊਚੁਅਲਜ਼ ਰਜਿਸਟਰ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>name and postcode</source>
            <translation>ਨਾਂ ਅਤੇ ਪੋਸਟਕੋਡ</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The database {path} is damaged ({what}). Nothing was changed. Close GAP Field Kit, move the file aside and copy the newest file from {backups} in its place (renamed {file}); ask IT for help if there is none.</source>
            <translation>ਡਾਟਾਬੇਸ {path} ਖ਼ਰਾਬ ਹੈ ({what})। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ। GAP Field Kit ਬੰਦ ਕਰੋ, ਫ਼ਾਈਲ ਨੂੰ ਇੱਕ ਪਾਸੇ ਹਟਾਓ ਅਤੇ ਉਸ ਦੀ ਥਾਂ {backups} ਤੋਂ ਸਭ ਤੋਂ ਨਵੀਂ ਫ਼ਾਈਲ ਕਾਪੀ ਕਰੋ (ਨਾਂ ਬਦਲ ਕੇ {file}); ਜੇ ਕੋਈ ਨਹੀਂ ਤਾਂ IT ਤੋਂ ਮਦਦ ਮੰਗੋ।</translation>
        </message>
        <message>
            <source>The file {path} is not a GAP Field Kit database ({what}). Nothing was changed. Check the data folder (--data-dir or GAPKIT_DATA_DIR) points where you meant; if it does, move that file aside.</source>
            <translation>ਫ਼ਾਈਲ {path} GAP Field Kit ਦਾ ਡਾਟਾਬੇਸ ਨਹੀਂ ({what})। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ। ਵੇਖੋ ਕਿ ਡਾਟਾ ਫੋਲਡਰ (--data-dir ਜਾਂ GAPKIT_DATA_DIR) ਉੱਥੇ ਹੀ ਹੈ ਜਿੱਥੇ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਸੀ; ਜੇ ਹੈ ਤਾਂ ਉਸ ਫ਼ਾਈਲ ਨੂੰ ਇੱਕ ਪਾਸੇ ਹਟਾਓ।</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so GAP Field Kit cannot save. The database is not damaged. Free some space (empty the recycle bin, move old files off), then try again.</source>
            <translation>ਉਹ ਡਿਸਕ ਭਰ ਗਈ ਹੈ ਜਿਸ ਉੱਤੇ {folder} ਹੈ, ਇਸ ਲਈ GAP Field Kit ਸੰਭਾਲ ਨਹੀਂ ਸਕਦਾ। ਡਾਟਾਬੇਸ ਖ਼ਰਾਬ ਨਹੀਂ ਹੈ। ਕੁਝ ਥਾਂ ਖ਼ਾਲੀ ਕਰੋ (ਰੀਸਾਈਕਲ ਬਿਨ ਖ਼ਾਲੀ ਕਰੋ, ਪੁਰਾਣੀਆਂ ਫ਼ਾਈਲਾਂ ਕਿਤੇ ਹੋਰ ਲੈ ਜਾਓ), ਫਿਰ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written to (it is read-only, or you have no permission). The database is not damaged. Choose a folder you can write to, or ask IT to give you write access.</source>
            <translation>ਡਾਟਾ ਫੋਲਡਰ {folder} ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ (ਇਹ ਸਿਰਫ਼ ਪੜ੍ਹਨ ਲਈ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਇਜਾਜ਼ਤ ਨਹੀਂ)। ਡਾਟਾਬੇਸ ਖ਼ਰਾਬ ਨਹੀਂ ਹੈ। ਅਜਿਹਾ ਫੋਲਡਰ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਲਿਖ ਸਕੋ, ਜਾਂ IT ਤੋਂ ਲਿਖਣ ਦੀ ਇਜਾਜ਼ਤ ਮੰਗੋ।</translation>
        </message>
        <message>
            <source>The database {where} was written by a newer version of GAP Field Kit (schema {revision}; this version knows up to {known}). Install the newer version to open it. The database has not been changed.</source>
            <translation>ਡਾਟਾਬੇਸ {where} GAP Field Kit ਦੇ ਨਵੇਂ ਵਰਜਨ ਨੇ ਲਿਖਿਆ ਹੈ (ਸਕੀਮਾ {revision}; ਇਹ ਵਰਜਨ {known} ਤੱਕ ਜਾਣਦਾ ਹੈ)। ਇਸ ਨੂੰ ਖੋਲ੍ਹਣ ਲਈ ਨਵਾਂ ਵਰਜਨ ਇੰਸਟਾਲ ਕਰੋ। ਡਾਟਾਬੇਸ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>the file is empty, 0 bytes, though this folder was used before</source>
            <translation>ਫ਼ਾਈਲ ਖ਼ਾਲੀ ਹੈ, 0 ਬਾਈਟ, ਹਾਲਾਂਕਿ ਇਹ ਫੋਲਡਰ ਪਹਿਲਾਂ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ</translation>
        </message>
        <message>
            <source>it is not an SQLite database file</source>
            <translation>ਇਹ SQLite ਡਾਟਾਬੇਸ ਫ਼ਾਈਲ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Cannot create the data folder {folder}: {reason}.</source>
            <translation>ਡਾਟਾ ਫੋਲਡਰ {folder} ਨਹੀਂ ਬਣ ਸਕਿਆ: {reason}।</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>ਫ਼ਾਈਲ ਅਧੂਰੀ ਹੈ</translation>
        </message>
        <message>
            <source>it holds other tables ({tables}…)</source>
            <translation>ਇਸ ਵਿੱਚ ਹੋਰ ਟੇਬਲ ਹਨ ({tables}…)</translation>
        </message>
        <message>
            <source>An action's outcome is one of: {outcomes}.</source>
            <translation>ਕਿਸੇ ਕੰਮ ਦਾ ਨਤੀਜਾ ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੁੰਦਾ ਹੈ: {outcomes}।</translation>
        </message>
        <message>
            <source>That assessment does not exist (it may have been deleted).</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ਮੌਜੂਦ ਨਹੀਂ ਹੈ (ਹੋ ਸਕਦਾ ਹੈ ਇਸਨੂੰ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ)।</translation>
        </message>
        <message>
            <source>This assessment is completed, so its review of last time's actions is locked. Reopen it to make changes.</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ਪੂਰਾ ਹੋ ਚੁੱਕਾ ਹੈ, ਇਸ ਲਈ ਪਿਛਲੀ ਵਾਰ ਦੇ ਕੰਮਾਂ ਦੀ ਸਮੀਖਿਆ ਬੰਦ ਹੈ। ਬਦਲਾਅ ਕਰਨ ਲਈ ਇਸਨੂੰ ਮੁੜ ਖੋਲ੍ਹੋ।</translation>
        </message>
        <message>
            <source>That action is not in an earlier plan of this organisation.</source>
            <translation>ਇਹ ਕੰਮ ਇਸ ਸੰਸਥਾ ਦੀ ਕਿਸੇ ਪਿਛਲੀ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>An assessment reviews earlier plans, not its own.</source>
            <translation>ਮੁਲਾਂਕਣ ਪਿਛਲੀਆਂ ਯੋਜਨਾਵਾਂ ਦੀ ਸਮੀਖਿਆ ਕਰਦਾ ਹੈ, ਆਪਣੀ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Say what the action is (for example: write a reserves policy).</source>
            <translation>ਦੱਸੋ ਕਿ ਕੰਮ ਕੀ ਹੈ (ਉਦਾਹਰਨ ਲਈ: ਰਿਜ਼ਰਵ ਨੀਤੀ ਲਿਖੋ)।</translation>
        </message>
        <message>
            <source>Action status must be one of: {statuses}.</source>
            <translation>ਕੰਮ ਦੀ ਸਥਿਤੀ ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ: {statuses}।</translation>
        </message>
        <message>
            <source>'{language}' is not a language code.</source>
            <translation>'{language}' ਭਾਸ਼ਾ ਦਾ ਕੋਡ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>Unknown assessment kind '{kind}'. Choose one of: {kinds}.</source>
            <translation>ਮੁਲਾਂਕਣ ਦੀ ਅਣਜਾਣ ਕਿਸਮ '{kind}'। ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ: {kinds}।</translation>
        </message>
        <message>
            <source>Unknown mode '{mode}'. Choose facilitated or group.</source>
            <translation>ਅਣਜਾਣ ਢੰਗ '{mode}'। facilitated ਜਾਂ group ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>The group has not agreed to their answers being kept and sent to the council. Ask for their agreement before starting, or stop here.</source>
            <translation>ਸਮੂਹ ਨੇ ਆਪਣੇ ਜਵਾਬ ਰੱਖਣ ਅਤੇ ਕੌਂਸਲ ਨੂੰ ਭੇਜਣ ਲਈ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੱਤੀ। ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਉਹਨਾਂ ਦੀ ਸਹਿਮਤੀ ਲਓ, ਜਾਂ ਇੱਥੇ ਹੀ ਰੁਕ ਜਾਓ।</translation>
        </message>
        <message>
            <source>A group session needs at least one participant (for example P1).</source>
            <translation>ਸਮੂਹ ਸੈਸ਼ਨ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਭਾਗੀਦਾਰ ਚਾਹੀਦਾ ਹੈ (ਜਿਵੇਂ P1)।</translation>
        </message>
        <message>
            <source>There is no {kind} form installed.</source>
            <translation>{kind} ਦਾ ਕੋਈ ਫਾਰਮ ਇੰਸਟਾਲ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>Each participant needs a label of their own (P1, P2, ...).</source>
            <translation>ਹਰ ਭਾਗੀਦਾਰ ਦਾ ਆਪਣਾ ਵੱਖਰਾ ਲੇਬਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ (P1, P2, ...)।</translation>
        </message>
        <message>
            <source>Role '{role}' is not one of: {roles}.</source>
            <translation>ਭੂਮਿਕਾ '{role}' ਇਹਨਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ: {roles}।</translation>
        </message>
        <message>
            <source>A participant needs a label, for example P4.</source>
            <translation>ਭਾਗੀਦਾਰ ਦਾ ਲੇਬਲ ਹੋਣਾ ਜ਼ਰੂਰੀ ਹੈ, ਜਿਵੇਂ P4।</translation>
        </message>
        <message>
            <source>Only rated statements take each participant's own rating.</source>
            <translation>ਸਿਰਫ਼ ਦਰਜਾਬੰਦੀ ਵਾਲੇ ਕਥਨ ਹਰ ਭਾਗੀਦਾਰ ਦੀ ਆਪਣੀ ਦਰਜਾਬੰਦੀ ਲੈਂਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>{count} required statement(s) have no answer yet. Answer them (or choose "don't know") before completing.</source>
            <translation>{count} ਲਾਜ਼ਮੀ ਕਥਨ(ਾਂ) ਦਾ ਅਜੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ। ਪੂਰਾ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਉਹਨਾਂ ਦਾ ਜਵਾਬ ਦਿਓ (ਜਾਂ "ਪਤਾ ਨਹੀਂ" ਚੁਣੋ)।</translation>
        </message>
        <message>
            <source>An action has no field {fields}.</source>
            <translation>ਕਿਸੇ ਕੰਮ ਵਿੱਚ {fields} ਨਾਂ ਦਾ ਖ਼ਾਨਾ ਨਹੀਂ ਹੁੰਦਾ।</translation>
        </message>
        <message>
            <source>This assessment is completed, so its answers are locked. Reopen it to make changes (the change will be recorded).</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ਪੂਰਾ ਹੋ ਚੁੱਕਾ ਹੈ, ਇਸ ਲਈ ਇਸਦੇ ਜਵਾਬ ਬੰਦ ਹਨ। ਬਦਲਾਅ ਕਰਨ ਲਈ ਇਸਨੂੰ ਮੁੜ ਖੋਲ੍ਹੋ (ਬਦਲਾਅ ਦਰਜ ਕੀਤਾ ਜਾਵੇਗਾ)।</translation>
        </message>
        <message>
            <source>The form '{form}' has no stages; it takes none.</source>
            <translation>ਫਾਰਮ '{form}' ਦੇ ਕੋਈ ਪੜਾਅ ਨਹੀਂ ਹਨ; ਇਸ ਵਿੱਚ ਕੋਈ ਪੜਾਅ ਨਹੀਂ ਚੁਣਿਆ ਜਾਂਦਾ।</translation>
        </message>
        <message>
            <source>'{stage}' is not a stage of this form. Choose one of: {stages}.</source>
            <translation>'{stage}' ਇਸ ਫਾਰਮ ਦਾ ਪੜਾਅ ਨਹੀਂ ਹੈ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ: {stages}।</translation>
        </message>
        <message>
            <source>The form this assessment was answered on is missing.</source>
            <translation>ਜਿਸ ਫਾਰਮ ਉੱਤੇ ਇਹ ਮੁਲਾਂਕਣ ਭਰਿਆ ਗਿਆ ਸੀ ਉਹ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>That organisation is not in the register.</source>
            <translation>ਇਹ ਸੰਸਥਾ ਰਜਿਸਟਰ ਵਿੱਚ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>There is already a participant called {label}.</source>
            <translation>{label} ਨਾਂ ਦਾ ਇੱਕ ਭਾਗੀਦਾਰ ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹੈ।</translation>
        </message>
        <message>
            <source>'{question}' is not a question of this form.</source>
            <translation>'{question}' ਇਸ ਫਾਰਮ ਦਾ ਸਵਾਲ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>{statement}: {problem}</source>
            <translation>{statement}: {problem}</translation>
        </message>
        <message>
            <source>That action is no longer in the plan.</source>
            <translation>ਇਹ ਕੰਮ ਹੁਣ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>The 'by when' date must look like 2026-03-31.</source>
            <translation>'ਕਦੋਂ ਤੱਕ' ਦੀ ਮਿਤੀ 2026-03-31 ਵਾਂਗ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>The start date {start} is after the end date {end}. Swap them round.</source>
            <translation>ਸ਼ੁਰੂ ਦੀ ਮਿਤੀ {start} ਆਖ਼ਰੀ ਮਿਤੀ {end} ਤੋਂ ਬਾਅਦ ਹੈ। ਇਹਨਾਂ ਨੂੰ ਆਪਸ ਵਿੱਚ ਬਦਲ ਦਿਓ।</translation>
        </message>
        <message>
            <source>Give this computer a name of 1 to 200 characters.</source>
            <translation>ਇਸ ਕੰਪਿਊਟਰ ਨੂੰ 1 ਤੋਂ 200 ਅੱਖਰਾਂ ਦਾ ਨਾਮ ਦਿਓ।</translation>
        </message>
        <message>
            <source>{problem} This laptop's signing key cannot be used, so bundles cannot be signed. Restore the file from a backup, or move it aside to make a new key (the council then has to enrol this laptop again).</source>
            <translation>{problem} ਇਸ ਲੈਪਟਾਪ ਦੀ ਦਸਤਖ਼ਤ ਕੁੰਜੀ ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ, ਇਸ ਲਈ ਬੰਡਲਾਂ ਉੱਤੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹੋ ਸਕਦੇ। ਫ਼ਾਈਲ ਬੈਕਅੱਪ ਤੋਂ ਬਹਾਲ ਕਰੋ, ਜਾਂ ਨਵੀਂ ਕੁੰਜੀ ਬਣਾਉਣ ਲਈ ਇਸਨੂੰ ਪਾਸੇ ਹਟਾ ਦਿਓ (ਫਿਰ ਕੌਂਸਲ ਨੂੰ ਇਹ ਲੈਪਟਾਪ ਮੁੜ ਦਰਜ ਕਰਨਾ ਪਵੇਗਾ)।</translation>
        </message>
        <message>
            <source>Cannot create this laptop's signing key in {folder}: {reason}. Check that the data folder can be written to.</source>
            <translation>{folder} ਵਿੱਚ ਇਸ ਲੈਪਟਾਪ ਦੀ ਦਸਤਖ਼ਤ ਕੁੰਜੀ ਨਹੀਂ ਬਣ ਸਕੀ: {reason}। ਜਾਂਚੋ ਕਿ ਡਾਟਾ ਫੋਲਡਰ ਵਿੱਚ ਲਿਖਿਆ ਜਾ ਸਕਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>The form version on this laptop changed since the move was offered. Look at the offer again.</source>
            <translation>ਤਬਦੀਲੀ ਦੀ ਪੇਸ਼ਕਸ਼ ਤੋਂ ਬਾਅਦ ਇਸ ਲੈਪਟਾਪ ਉੱਤੇ ਫਾਰਮ ਦਾ ਸੰਸਕਰਣ ਬਦਲ ਗਿਆ ਹੈ। ਪੇਸ਼ਕਸ਼ ਮੁੜ ਦੇਖੋ।</translation>
        </message>
        <message>
            <source>Only a draft can move to a new version of its form.</source>
            <translation>ਸਿਰਫ਼ ਖਰੜਾ ਹੀ ਆਪਣੇ ਫਾਰਮ ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਉੱਤੇ ਜਾ ਸਕਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>This draft is already on that version of the form.</source>
            <translation>ਇਹ ਖਰੜਾ ਪਹਿਲਾਂ ਹੀ ਫਾਰਮ ਦੇ ਉਸੇ ਸੰਸਕਰਣ ਉੱਤੇ ਹੈ।</translation>
        </message>
        <message>
            <source>That assessment does not exist.</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>That condition is met already, or the fund is no longer listed.</source>
            <translation>ਇਹ ਸ਼ਰਤ ਪਹਿਲਾਂ ਹੀ ਪੂਰੀ ਹੋ ਚੁੱਕੀ ਹੈ, ਜਾਂ ਫੰਡ ਹੁਣ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>The funds file cannot be used: {reason}</source>
            <translation>ਫੰਡਾਂ ਦੀ ਫ਼ਾਈਲ ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: {reason}</translation>
        </message>
        <message>
            <source>{added} online assessment(s) added, {already} already imported before</source>
            <translation>{added} ਆਨਲਾਈਨ ਮੁਲਾਂਕਣ ਜੋੜੇ ਗਏ, {already} ਪਹਿਲਾਂ ਹੀ ਇੰਪੋਰਟ ਹੋ ਚੁੱਕੇ ਸਨ</translation>
        </message>
        <message>
            <source>{file}: {count} submission(s) can't be imported, so none were. Fix these and import the file again:
{listed}{more}</source>
            <translation>{file}: {count} ਭੇਜੇ ਜਵਾਬ ਆਯਾਤ ਨਹੀਂ ਹੋ ਸਕਦੇ, ਇਸ ਲਈ ਕੋਈ ਵੀ ਆਯਾਤ ਨਹੀਂ ਹੋਇਆ। ਇਹਨਾਂ ਨੂੰ ਠੀਕ ਕਰੋ ਅਤੇ ਫ਼ਾਈਲ ਮੁੜ ਆਯਾਤ ਕਰੋ:
{listed}{more}</translation>
        </message>
        <message>
            <source>it has no instance id (meta/instanceID or _uuid)</source>
            <translation>ਇਸਦਾ ਕੋਈ instance id ਨਹੀਂ ਹੈ (meta/instanceID ਜਾਂ _uuid)</translation>
        </message>
        <message>
            <source>its instance id is too long</source>
            <translation>ਇਸਦਾ instance id ਬਹੁਤ ਲੰਮਾ ਹੈ</translation>
        </message>
        <message>
            <source>no registered organisation is called '{name}' at postcode '{postcode}'; register it first, or correct the name</source>
            <translation>ਪੋਸਟਕੋਡ '{postcode}' ਉੱਤੇ '{name}' ਨਾਂ ਦੀ ਕੋਈ ਰਜਿਸਟਰਡ ਸੰਸਥਾ ਨਹੀਂ; ਪਹਿਲਾਂ ਇਸਨੂੰ ਰਜਿਸਟਰ ਕਰੋ, ਜਾਂ ਨਾਮ ਠੀਕ ਕਰੋ</translation>
        </message>
        <message>
            <source>'{name}' at '{postcode}' matches {count} organisations</source>
            <translation>'{postcode}' ਉੱਤੇ '{name}' {count} ਸੰਸਥਾਵਾਂ ਨਾਲ ਮਿਲਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>it answers none of the form's statements</source>
            <translation>ਇਹ ਫਾਰਮ ਦੇ ਕਿਸੇ ਵੀ ਕਥਨ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੰਦਾ</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… ਅਤੇ {count} ਹੋਰ</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>{file} is {size:,} bytes; the limit is {most:,}.</source>
            <translation>{file} ਦਾ ਆਕਾਰ {size:,} ਬਾਈਟ ਹੈ; ਹੱਦ {most:,} ਹੈ।</translation>
        </message>
        <message>
            <source>Could not read {file}: {reason}.</source>
            <translation>{file} ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ: {reason}।</translation>
        </message>
        <message>
            <source>{file} is empty.</source>
            <translation>{file} ਖ਼ਾਲੀ ਹੈ।</translation>
        </message>
        <message>
            <source>{file} is not a CSV file ({reason}).</source>
            <translation>{file} CSV ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ ({reason})।</translation>
        </message>
        <message>
            <source>'{postcode}' is not a UK postcode</source>
            <translation>'{postcode}' ਯੂਕੇ ਦਾ ਪੋਸਟਕੋਡ ਨਹੀਂ ਹੈ</translation>
        </message>
        <message>
            <source>line {line}: submission {id} appears twice</source>
            <translation>ਲਾਈਨ {line}: ਭੇਜਿਆ ਜਵਾਬ {id} ਦੋ ਵਾਰ ਆਇਆ ਹੈ</translation>
        </message>
        <message>
            <source>{file} has more than {most:,} submissions.</source>
            <translation>{file} ਵਿੱਚ {most:,} ਤੋਂ ਵੱਧ ਭੇਜੇ ਜਵਾਬ ਹਨ।</translation>
        </message>
        <message>
            <source>{question}: {problem}</source>
            <translation>{question}: {problem}</translation>
        </message>
        <message>
            <source>{question}: '{answer}' is not a valid answer</source>
            <translation>{question}: '{answer}' ਸਹੀ ਜਵਾਬ ਨਹੀਂ ਹੈ</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>ਲਾਈਨ {line}: {problem}</translation>
        </message>
        <message>
            <source>That organisation is not in the register (it may have been deleted). Refresh the list and try again.</source>
            <translation>ਇਹ ਸੰਸਥਾ ਰਜਿਸਟਰ ਵਿੱਚ ਨਹੀਂ ਹੈ (ਹੋ ਸਕਦਾ ਹੈ ਇਸਨੂੰ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ)। ਸੂਚੀ ਤਾਜ਼ਾ ਕਰੋ ਅਤੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Cancelled; no organisations were registered.</source>
            <translation>ਰੱਦ ਕੀਤਾ ਗਿਆ; ਕੋਈ ਸੰਸਥਾ ਦਰਜ ਨਹੀਂ ਹੋਈ।</translation>
        </message>
        <message>
            <source>Give a name, email or phone number of at least 3 characters to look for.</source>
            <translation>ਲੱਭਣ ਲਈ ਘੱਟੋ-ਘੱਟ 3 ਅੱਖਰਾਂ ਦਾ ਨਾਮ, ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ ਦਿਓ।</translation>
        </message>
        <message>
            <source>The retention period is a number of years from 1 to 50.</source>
            <translation>ਸੰਭਾਲ ਕੇ ਰੱਖਣ ਦੀ ਮਿਆਦ 1 ਤੋਂ 50 ਸਾਲ ਤੱਕ ਹੁੰਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Give at least the first 4 characters of the organisation's id.</source>
            <translation>ਸੰਸਥਾ ਦੇ id ਦੇ ਘੱਟੋ-ਘੱਟ ਪਹਿਲੇ 4 ਅੱਖਰ ਦਿਓ।</translation>
        </message>
        <message>
            <source>{count} organisations' ids start with {start}; give more of it.</source>
            <translation>{count} ਸੰਸਥਾਵਾਂ ਦੇ id {start} ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੇ ਹਨ; ਇਸਦਾ ਹੋਰ ਹਿੱਸਾ ਦਿਓ।</translation>
        </message>
        <message>
            <source>No organisation with id {id}.</source>
            <translation>id {id} ਵਾਲੀ ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>{name} holds no contact details to erase.</source>
            <translation>{name} ਕੋਲ ਮਿਟਾਉਣ ਲਈ ਸੰਪਰਕ ਦੇ ਕੋਈ ਵੇਰਵੇ ਨਹੀਂ ਹਨ।</translation>
        </message>
        <message>
            <source>an erase event for the {what} {record_id} changes its {field}, which holds no personal data</source>
            <translation>{what} {record_id} ਲਈ ਮਿਟਾਉਣ ਦਾ ਇੰਦਰਾਜ ਇਸ ਦਾ {field} ਬਦਲਦਾ ਹੈ, ਜਿਸ ਵਿੱਚ ਕੋਈ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>an erase event for the {what} {record_id} replaces its {field} with text that is not held there with parts erased</source>
            <translation>{what} {record_id} ਲਈ ਮਿਟਾਉਣ ਦਾ ਇੰਦਰਾਜ ਇਸ ਦਾ {field} ਅਜਿਹੇ ਪਾਠ ਨਾਲ ਬਦਲਦਾ ਹੈ ਜੋ ਇੱਥੇ ਰੱਖੇ ਪਾਠ ਵਿੱਚੋਂ ਕੁਝ ਹਿੱਸੇ ਮਿਟਾ ਕੇ ਨਹੀਂ ਬਣਦਾ</translation>
        </message>
        <message>
            <source>Nothing is held about “{person}”: nothing was erased. Check the spelling, or look for their email or phone number.</source>
            <translation>“{person}” ਬਾਰੇ ਕੁਝ ਵੀ ਰੱਖਿਆ ਨਹੀਂ ਗਿਆ: ਕੁਝ ਨਹੀਂ ਮਿਟਾਇਆ ਗਿਆ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ, ਜਾਂ ਉਹਨਾਂ ਦੀ ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ ਲੱਭੋ।</translation>
        </message>
        <message>
            <source>No organisation's id starts with {start}.</source>
            <translation>ਕਿਸੇ ਸੰਸਥਾ ਦਾ id {start} ਨਾਲ ਸ਼ੁਰੂ ਨਹੀਂ ਹੁੰਦਾ।</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>ਇੰਪੋਰਟ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ; ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>Line {line} already gives {name} (same {how}), with a different {fields}. Keep one row for each organisation.</source>
            <translation>ਲਾਈਨ {line} ਪਹਿਲਾਂ ਹੀ {name} ਦਿੰਦੀ ਹੈ (ਉਹੀ {how}), ਪਰ ਵੱਖਰੇ {fields} ਨਾਲ। ਹਰ ਸੰਸਥਾ ਲਈ ਇੱਕ ਹੀ ਕਤਾਰ ਰੱਖੋ।</translation>
        </message>
        <message>
            <source>Line {line} already adds {name} (same {how}), with a different {fields}. Keep one row for each organisation.</source>
            <translation>ਲਾਈਨ {line} ਪਹਿਲਾਂ ਹੀ {name} ਜੋੜਦੀ ਹੈ (ਉਹੀ {how}), ਪਰ ਵੱਖਰੇ {fields} ਨਾਲ। ਹਰ ਸੰਸਥਾ ਲਈ ਇੱਕ ਹੀ ਕਤਾਰ ਰੱਖੋ।</translation>
        </message>
        <message>
            <source>This row is ambiguous: {problem}</source>
            <translation>ਇਹ ਕਤਾਰ ਅਸਪਸ਼ਟ ਹੈ: {problem}</translation>
        </message>
        <message>
            <source>form</source>
            <translation>ਫਾਰਮ</translation>
        </message>
        <message>
            <source>support offers</source>
            <translation>ਸਹਾਇਤਾ ਦੀਆਂ ਪੇਸ਼ਕਸ਼ਾਂ</translation>
        </message>
        <message>
            <source>ward list</source>
            <translation>ਵਾਰਡਾਂ ਦੀ ਸੂਚੀ</translation>
        </message>
        <message>
            <source>funds file</source>
            <translation>ਫੰਡਾਂ ਦੀ ਫ਼ਾਈਲ</translation>
        </message>
        <message>
            <source>The {kind} {path} cannot be read: {reason}</source>
            <translation>{kind} {path} ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: {reason}</translation>
        </message>
        <message>
            <source>The {kind} {path} is not valid, so no pack can carry it: {reason}</source>
            <translation>{kind} {path} ਸਹੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਕੋਈ ਪੈਕ ਇਸਨੂੰ ਨਹੀਂ ਲੈ ਜਾ ਸਕਦਾ: {reason}</translation>
        </message>
        <message>
            <source>Unknown review state {state}: choose one of {states}.</source>
            <translation>ਸਮੀਖਿਆ ਦੀ ਅਣਜਾਣ ਸਥਿਤੀ {state}: ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ: {states}।</translation>
        </message>
        <message>
            <source>The comment holds a NUL character; type it again.</source>
            <translation>ਟਿੱਪਣੀ ਵਿੱਚ NUL ਅੱਖਰ ਹੈ; ਇਸਨੂੰ ਮੁੜ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>The comment is longer than {most:,} characters.</source>
            <translation>ਟਿੱਪਣੀ {most:,} ਅੱਖਰਾਂ ਤੋਂ ਲੰਮੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Name an assessment by its id (gapkit review list shows them).</source>
            <translation>ਮੁਲਾਂਕਣ ਨੂੰ ਉਸਦੇ id ਨਾਲ ਦੱਸੋ (gapkit review list ਇਹਨਾਂ ਨੂੰ ਦਿਖਾਉਂਦਾ ਹੈ)।</translation>
        </message>
        <message>
            <source>There is no assessment with the id {id}. See the ids with: gapkit review list</source>
            <translation>id {id} ਵਾਲਾ ਕੋਈ ਮੁਲਾਂਕਣ ਨਹੀਂ। id ਦੇਖਣ ਲਈ: gapkit review list</translation>
        </message>
        <message>
            <source>More than one assessment id starts with {start}; type more of it.</source>
            <translation>ਇੱਕ ਤੋਂ ਵੱਧ ਮੁਲਾਂਕਣਾਂ ਦੇ id {start} ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੇ ਹਨ; ਇਸਦਾ ਹੋਰ ਹਿੱਸਾ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Council staff mark work approved, has-issues or rejected; {state} is not something to set.</source>
            <translation>ਕੌਂਸਲ ਦਾ ਸਟਾਫ਼ ਕੰਮ ਨੂੰ approved, has-issues ਜਾਂ rejected ਨਿਸ਼ਾਨਬੱਧ ਕਰਦਾ ਹੈ; {state} ਲਗਾਉਣ ਵਾਲੀ ਚੀਜ਼ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>Say why it is marked {state}: the worker sees the comment on their laptop (--comment TEXT).</source>
            <translation>ਦੱਸੋ ਕਿ ਇਸਨੂੰ {state} ਕਿਉਂ ਨਿਸ਼ਾਨਬੱਧ ਕੀਤਾ ਗਿਆ: ਕਰਮਚਾਰੀ ਇਹ ਟਿੱਪਣੀ ਆਪਣੇ ਲੈਪਟਾਪ ਉੱਤੇ ਦੇਖਦਾ ਹੈ (--comment TEXT)।</translation>
        </message>
        <message>
            <source>Choose at least one assessment to review.</source>
            <translation>ਸਮੀਖਿਆ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਮੁਲਾਂਕਣ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Write a comment first.</source>
            <translation>ਪਹਿਲਾਂ ਟਿੱਪਣੀ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Only council staff review work: this is a field laptop (council mode is off).</source>
            <translation>ਸਿਰਫ਼ ਕੌਂਸਲ ਦਾ ਸਟਾਫ਼ ਕੰਮ ਦੀ ਸਮੀਖਿਆ ਕਰਦਾ ਹੈ: ਇਹ ਫੀਲਡ ਲੈਪਟਾਪ ਹੈ (ਕੌਂਸਲ ਮੋਡ ਬੰਦ ਹੈ)।</translation>
        </message>
        <message>
            <source>There is no assessment with the id {id}.</source>
            <translation>id {id} ਵਾਲਾ ਕੋਈ ਮੁਲਾਂਕਣ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked (the review is all or nothing).</source>
            <translation>ਰੱਦ: ਕੁਝ ਵੀ ਨਿਸ਼ਾਨਬੱਧ ਨਹੀਂ ਹੋਇਆ (ਜਾਂਚ ਜਾਂ ਤਾਂ ਪੂਰੀ ਹੁੰਦੀ ਹੈ ਜਾਂ ਬਿਲਕੁਲ ਨਹੀਂ)।</translation>
        </message>
        <message>
            <source>The assessment {id} is not completed, so there is nothing to review yet.</source>
            <translation>ਮੁਲਾਂਕਣ {id} ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਅਜੇ ਸਮੀਖਿਆ ਲਈ ਕੁਝ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Your group is registered already; change its details instead.</source>
            <translation>ਤੁਹਾਡਾ ਸਮੂਹ ਪਹਿਲਾਂ ਹੀ ਰਜਿਸਟਰਡ ਹੈ; ਇਸਦੀ ਬਜਾਏ ਇਸਦੇ ਵੇਰਵੇ ਬਦਲੋ।</translation>
        </message>
        <message>
            <source>Register your group first.</source>
            <translation>ਪਹਿਲਾਂ ਆਪਣਾ ਸਮੂਹ ਰਜਿਸਟਰ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Not part of the short registration: {fields}.</source>
            <translation>ਛੋਟੀ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦਾ ਹਿੱਸਾ ਨਹੀਂ: {fields}।</translation>
        </message>
        <message>
            <source>Tick the box to agree that the council may keep your contact details, or leave the contact details empty.</source>
            <translation>ਇਸ ਗੱਲ ਦੀ ਸਹਿਮਤੀ ਲਈ ਖ਼ਾਨੇ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ ਕਿ ਕੌਂਸਲ ਤੁਹਾਡੇ ਸੰਪਰਕ ਵੇਰਵੇ ਰੱਖ ਸਕਦੀ ਹੈ, ਜਾਂ ਸੰਪਰਕ ਵੇਰਵੇ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।</translation>
        </message>
        <message>
            <source>Register your group first: there is nothing to send yet.</source>
            <translation>ਪਹਿਲਾਂ ਆਪਣਾ ਸਮੂਹ ਰਜਿਸਟਰ ਕਰੋ: ਅਜੇ ਭੇਜਣ ਲਈ ਕੁਝ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>This app has no council key to lock the file with, so it cannot send it. Ask the council for its council-setup.json or council.pub and choose it under Settings → Who uses this computer.</source>
            <translation>ਇਸ ਐਪ ਕੋਲ ਫ਼ਾਈਲ ਨੂੰ ਤਾਲਾ ਲਗਾਉਣ ਲਈ ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਇਸਨੂੰ ਭੇਜ ਨਹੀਂ ਸਕਦੀ। ਕੌਂਸਲ ਤੋਂ ਉਸਦੀ council-setup.json ਜਾਂ council.pub ਮੰਗੋ ਅਤੇ ਇਸਨੂੰ ਸੈਟਿੰਗਾਂ → ਇਹ ਕੰਪਿਊਟਰ ਕੌਣ ਵਰਤਦਾ ਹੈ ਵਿੱਚ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>{what} is needed.</source>
            <translation>{what} ਲੋੜੀਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>{what} is too long (200 characters at most).</source>
            <translation>{what} ਬਹੁਤ ਲੰਮਾ ਹੈ (ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰ)।</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>ਤੁਹਾਡਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>The laptop's name</source>
            <translation>ਲੈਪਟਾਪ ਦਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>A group needs the council's public key to send its results; it comes in the council's setup file (council-setup.json) or as council.pub.</source>
            <translation>ਸਮੂਹ ਨੂੰ ਆਪਣੇ ਨਤੀਜੇ ਭੇਜਣ ਲਈ ਕੌਂਸਲ ਦੀ ਪਬਲਿਕ ਕੁੰਜੀ ਚਾਹੀਦੀ ਹੈ; ਇਹ ਕੌਂਸਲ ਦੀ ਸੈੱਟਅੱਪ ਫ਼ਾਈਲ (council-setup.json) ਵਿੱਚ ਜਾਂ council.pub ਵਜੋਂ ਆਉਂਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Cannot write the council key files in {folder}: {reason}.</source>
            <translation>{folder} ਵਿੱਚ ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਨਹੀਂ ਲਿਖੀਆਂ ਜਾ ਸਕਦੀਆਂ: {reason}।</translation>
        </message>
        <message>
            <source>The council setup file {path} cannot be used: {problems}. Nothing was changed; ask the council for a corrected file (its format is in the Help menu, 'Council setup file').</source>
            <translation>ਕੌਂਸਲ ਦੀ ਸੈੱਟਅੱਪ ਫ਼ਾਈਲ {path} ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: {problems}। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ; ਕੌਂਸਲ ਤੋਂ ਠੀਕ ਕੀਤੀ ਫ਼ਾਈਲ ਮੰਗੋ (ਇਸਦਾ ਰੂਪ ਮਦਦ ਮੀਨੂ ਵਿੱਚ 'ਕੌਂਸਲ ਸੈੱਟਅੱਪ ਫ਼ਾਈਲ' ਹੇਠ ਹੈ)।</translation>
        </message>
        <message>
            <source>No conflict {conflict_id!r}; `gapkit conflicts list` shows the open ones.</source>
            <translation>ਕੋਈ ਟਕਰਾਅ {conflict_id!r} ਨਹੀਂ; ਖੁੱਲ੍ਹੇ ਟਕਰਾਅ `gapkit conflicts list` ਦਿਖਾਉਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>That conflict was already settled ({status}).</source>
            <translation>ਇਹ ਟਕਰਾਅ ਪਹਿਲਾਂ ਹੀ ਨਿਪਟ ਚੁੱਕਾ ਹੈ ({status})।</translation>
        </message>
        <message>
            <source>Conflicts on {table} cannot be reversed here.</source>
            <translation>{table} ਦੇ ਟਕਰਾਅ ਇੱਥੇ ਵਾਪਸ ਨਹੀਂ ਕੀਤੇ ਜਾ ਸਕਦੇ।</translation>
        </message>
        <message>
            <source>The record of that conflict no longer exists.</source>
            <translation>ਇਸ ਟਕਰਾਅ ਦਾ ਰਿਕਾਰਡ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>{problem} Use the file `gapkit devices show --json` writes on the council's computer.</source>
            <translation>{problem} ਉਹ ਫ਼ਾਈਲ ਵਰਤੋ ਜੋ ਕੌਂਸਲ ਦੇ ਕੰਪਿਊਟਰ ਉੱਤੇ `gapkit devices show --json` ਲਿਖਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>That is this computer's own device file, not the council's. Use the file from the council's computer.</source>
            <translation>ਇਹ ਇਸੇ ਕੰਪਿਊਟਰ ਦੀ ਆਪਣੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਹੈ, ਕੌਂਸਲ ਦੀ ਨਹੀਂ। ਕੌਂਸਲ ਦੇ ਕੰਪਿਊਟਰ ਵਾਲੀ ਫ਼ਾਈਲ ਵਰਤੋ।</translation>
        </message>
        <message>
            <source>That device id is this computer's own; nothing was changed.</source>
            <translation>ਇਹ ਡਿਵਾਈਸ ਆਈਡੀ ਇਸੇ ਕੰਪਿਊਟਰ ਦੀ ਆਪਣੀ ਹੈ; ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>This laptop already trusts {current} (fingerprint {current_fingerprint}). The file gives {offered} with another key (fingerprint {offered_fingerprint}). Replace the trusted key only if the council told you its key changed and the new fingerprint matches the one on the council's screen; nothing was changed.</source>
            <translation>ਇਹ ਲੈਪਟਾਪ ਪਹਿਲਾਂ ਹੀ {current} ਉੱਤੇ ਭਰੋਸਾ ਕਰਦਾ ਹੈ (ਫਿੰਗਰਪ੍ਰਿੰਟ {current_fingerprint})। ਫ਼ਾਈਲ ਵਿੱਚ {offered} ਕਿਸੇ ਹੋਰ ਕੁੰਜੀ ਨਾਲ ਹੈ (ਫਿੰਗਰਪ੍ਰਿੰਟ {offered_fingerprint})। ਭਰੋਸੇ ਵਾਲੀ ਕੁੰਜੀ ਤਾਂ ਹੀ ਬਦਲੋ ਜੇ ਕੌਂਸਲ ਨੇ ਦੱਸਿਆ ਹੋਵੇ ਕਿ ਉਸ ਦੀ ਕੁੰਜੀ ਬਦਲ ਗਈ ਹੈ ਅਤੇ ਨਵਾਂ ਫਿੰਗਰਪ੍ਰਿੰਟ ਕੌਂਸਲ ਦੀ ਸਕਰੀਨ ਵਾਲੇ ਨਾਲ ਮਿਲਦਾ ਹੋਵੇ; ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. Choose a full export to send everything again.</source>
            <translation>ਪਿਛਲੇ ਐਕਸਪੋਰਟ ਤੋਂ ਬਾਅਦ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ, ਇਸ ਲਈ ਭੇਜਣ ਨੂੰ ਕੁਝ ਨਹੀਂ। ਸਭ ਕੁਝ ਮੁੜ ਭੇਜਣ ਲਈ ਪੂਰਾ ਐਕਸਪੋਰਟ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. 1 draft assessment is held back until completed; include drafts to send them now. Choose a full export to send everything again.</source>
            <translation>ਪਿਛਲੇ ਐਕਸਪੋਰਟ ਤੋਂ ਬਾਅਦ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ, ਇਸ ਲਈ ਭੇਜਣ ਨੂੰ ਕੁਝ ਨਹੀਂ। 1 ਖਰੜਾ ਮੁਲਾਂਕਣ ਪੂਰਾ ਹੋਣ ਤੱਕ ਰੋਕਿਆ ਗਿਆ ਹੈ; ਇਸ ਨੂੰ ਹੁਣੇ ਭੇਜਣ ਲਈ ਖਰੜੇ ਸ਼ਾਮਲ ਕਰੋ। ਸਭ ਕੁਝ ਮੁੜ ਭੇਜਣ ਲਈ ਪੂਰਾ ਐਕਸਪੋਰਟ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. {drafts} draft assessments are held back until completed; include drafts to send them now. Choose a full export to send everything again.</source>
            <translation>ਪਿਛਲੇ ਐਕਸਪੋਰਟ ਤੋਂ ਬਾਅਦ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ, ਇਸ ਲਈ ਭੇਜਣ ਨੂੰ ਕੁਝ ਨਹੀਂ। {drafts} ਖਰੜਾ ਮੁਲਾਂਕਣ ਪੂਰੇ ਹੋਣ ਤੱਕ ਰੋਕੇ ਗਏ ਹਨ; ਇਨ੍ਹਾਂ ਨੂੰ ਹੁਣੇ ਭੇਜਣ ਲਈ ਖਰੜੇ ਸ਼ਾਮਲ ਕਰੋ। ਸਭ ਕੁਝ ਮੁੜ ਭੇਜਣ ਲਈ ਪੂਰਾ ਐਕਸਪੋਰਟ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>{problem} Use the council.pub file made by `gapkit keys council-init` on the council's computer.</source>
            <translation>{problem} ਉਹ council.pub ਫ਼ਾਈਲ ਵਰਤੋ ਜੋ ਕੌਂਸਲ ਦੇ ਕੰਪਿਊਟਰ ਉੱਤੇ `gapkit keys council-init` ਨੇ ਬਣਾਈ ਹੋਵੇ।</translation>
        </message>
        <message>
            <source>{source} is neither a council.pub file nor a council public key. Use the council.pub file made by `gapkit keys council-init` on the council's computer.</source>
            <translation>{source} ਨਾ ਤਾਂ council.pub ਫ਼ਾਈਲ ਹੈ ਅਤੇ ਨਾ ਹੀ ਕੌਂਸਲ ਦੀ ਪਬਲਿਕ ਕੁੰਜੀ। ਉਹ council.pub ਫ਼ਾਈਲ ਵਰਤੋ ਜੋ ਕੌਂਸਲ ਦੇ ਕੰਪਿਊਟਰ ਉੱਤੇ `gapkit keys council-init` ਨੇ ਬਣਾਈ ਹੋਵੇ।</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another file name, or a folder to save the bundle in (a new name is then chosen).</source>
            <translation>{path} ਪਹਿਲਾਂ ਤੋਂ ਮੌਜੂਦ ਹੈ। ਕੋਈ ਹੋਰ ਫ਼ਾਈਲ ਨਾਂ ਚੁਣੋ, ਜਾਂ ਉਹ ਫੋਲਡਰ ਜਿਸ ਵਿੱਚ ਬੰਡਲ ਸੰਭਾਲਣਾ ਹੈ (ਫਿਰ ਨਵਾਂ ਨਾਂ ਆਪੇ ਚੁਣਿਆ ਜਾਵੇਗਾ)।</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place to save the bundle (is the USB stick plugged in?).</source>
            <translation>ਫੋਲਡਰ {folder} ਮੌਜੂਦ ਨਹੀਂ; ਬੰਡਲ ਸੰਭਾਲਣ ਲਈ ਕੋਈ ਹੋਰ ਥਾਂ ਚੁਣੋ (ਕੀ USB ਸਟਿੱਕ ਲੱਗੀ ਹੋਈ ਹੈ?)।</translation>
        </message>
        <message>
            <source>Export cancelled; no bundle was written.</source>
            <translation>ਐਕਸਪੋਰਟ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ; ਕੋਈ ਬੰਡਲ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>Another export from this laptop finished at the same moment, so this bundle was not kept. Export again.</source>
            <translation>ਉਸੇ ਪਲ ਇਸ ਲੈਪਟਾਪ ਦਾ ਇੱਕ ਹੋਰ ਐਕਸਪੋਰਟ ਪੂਰਾ ਹੋਇਆ, ਇਸ ਲਈ ਇਹ ਬੰਡਲ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਮੁੜ ਐਕਸਪੋਰਟ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this ({more} more such problems); nothing was imported.</source>
            <translation>{source}: data/{table}.json, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {record_id}): {problem}। ਭੇਜਣ ਵਾਲੀ ਡਿਵਾਈਸ ਇਹ ਨਹੀਂ ਲਿਖ ਸਕਦੀ (ਅਜਿਹੀਆਂ {more} ਹੋਰ ਸਮੱਸਿਆਵਾਂ); ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device not enrolled here (key fingerprint {key}). It is kept until staff approve the device (`gapkit devices approve`), after checking the fingerprint with the laptop (`gapkit devices show` on it).</source>
            <translation>{source} {device} ਤੋਂ ਆਇਆ ਹੈ, ਜੋ ਇੱਥੇ ਦਰਜ ਡਿਵਾਈਸ ਨਹੀਂ (ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ {key})। ਇਹ ਤਦ ਤੱਕ ਰੱਖਿਆ ਜਾਵੇਗਾ ਜਦ ਤੱਕ ਸਟਾਫ਼ ਲੈਪਟਾਪ ਨਾਲ ਫਿੰਗਰਪ੍ਰਿੰਟ ਮਿਲਾ ਕੇ (ਉਸ ਉੱਤੇ `gapkit devices show`) ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਨਾ ਕਰੇ (`gapkit devices approve`)।</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this; nothing was imported.</source>
            <translation>{source}: data/{table}.json, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {record_id}): {problem}। ਭੇਜਣ ਵਾਲੀ ਡਿਵਾਈਸ ਇਹ ਨਹੀਂ ਲਿਖ ਸਕਦੀ; ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this (1 more such problem); nothing was imported.</source>
            <translation>{source}: data/{table}.json, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {record_id}): {problem}। ਭੇਜਣ ਵਾਲੀ ਡਿਵਾਈਸ ਇਹ ਨਹੀਂ ਲਿਖ ਸਕਦੀ (ਅਜਿਹੀ 1 ਹੋਰ ਸਮੱਸਿਆ); ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device not enrolled here (key fingerprint {key}). It is kept until staff approve the device (`gapkit devices approve`), after checking the fingerprint with the laptop (`gapkit devices show` on it). Another key ({other_key}) already claimed this device id: compare both fingerprints with the laptop, and enrol the laptop from its device file if the other one is not it.</source>
            <translation>{source} {device} ਤੋਂ ਆਇਆ ਹੈ, ਜੋ ਇੱਥੇ ਦਰਜ ਡਿਵਾਈਸ ਨਹੀਂ (ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ {key})। ਇਹ ਤਦ ਤੱਕ ਰੱਖਿਆ ਜਾਵੇਗਾ ਜਦ ਤੱਕ ਸਟਾਫ਼ ਲੈਪਟਾਪ ਨਾਲ ਫਿੰਗਰਪ੍ਰਿੰਟ ਮਿਲਾ ਕੇ (ਉਸ ਉੱਤੇ `gapkit devices show`) ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਨਾ ਕਰੇ (`gapkit devices approve`)। ਇੱਕ ਹੋਰ ਕੁੰਜੀ ({other_key}) ਪਹਿਲਾਂ ਹੀ ਇਸ ਡਿਵਾਈਸ ਆਈਡੀ ਦਾ ਦਾਅਵਾ ਕਰ ਚੁੱਕੀ ਹੈ: ਦੋਵੇਂ ਫਿੰਗਰਪ੍ਰਿੰਟ ਲੈਪਟਾਪ ਨਾਲ ਮਿਲਾਓ, ਅਤੇ ਜੇ ਦੂਜੀ ਵਾਲੀ ਇਹ ਲੈਪਟਾਪ ਨਹੀਂ ਤਾਂ ਲੈਪਟਾਪ ਨੂੰ ਉਸ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਤੋਂ ਦਰਜ ਕਰੋ।</translation>
        </message>
        <message>
            <source>The kept copy of that bundle is missing from the waiting folder; import the bundle again from its USB stick.</source>
            <translation>ਇਸ ਬੰਡਲ ਦੀ ਰੱਖੀ ਨਕਲ ਉਡੀਕ ਵਾਲੇ ਫੋਲਡਰ ਵਿੱਚ ਨਹੀਂ ਮਿਲੀ; ਬੰਡਲ ਨੂੰ ਉਸ ਦੀ USB ਸਟਿੱਕ ਤੋਂ ਮੁੜ ਇੰਪੋਰਟ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Import cancelled; the database was not changed.</source>
            <translation>ਇੰਪੋਰਟ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ; ਡਾਟਾਬੇਸ ਨਹੀਂ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>{source} was not imported: the council database itself is damaged ({damage}), and merging into it could lose data. Run `gapkit db check`, and restore the newest copy from the backups folder.</source>
            <translation>{source} ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ: ਕੌਂਸਲ ਦਾ ਡਾਟਾਬੇਸ ਆਪ ਖ਼ਰਾਬ ਹੈ ({damage}), ਅਤੇ ਉਸ ਵਿੱਚ ਮਿਲਾਉਣ ਨਾਲ ਡਾਟਾ ਗੁੰਮ ਹੋ ਸਕਦਾ ਹੈ। `gapkit db check` ਚਲਾਓ, ਅਤੇ ਬੈਕਅੱਪ ਫੋਲਡਰ ਤੋਂ ਸਭ ਤੋਂ ਨਵੀਂ ਨਕਲ ਬਹਾਲ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{source} is a field pack (made by a council for its laptops); this installation is in council mode, so it is not imported here.</source>
            <translation>{source} ਇੱਕ ਫੀਲਡ ਪੈਕ ਹੈ (ਜੋ ਕੌਂਸਲ ਆਪਣੇ ਲੈਪਟਾਪਾਂ ਲਈ ਬਣਾਉਂਦੀ ਹੈ); ਇਹ ਇੰਸਟਾਲੇਸ਼ਨ ਕੌਂਸਲ ਮੋਡ ਵਿੱਚ ਹੈ, ਇਸ ਲਈ ਇਹ ਇੱਥੇ ਇੰਪੋਰਟ ਨਹੀਂ ਹੁੰਦਾ।</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device whose trust was revoked; its bundles are no longer imported. If that was a mistake, enrol it again.</source>
            <translation>{source} {device} ਤੋਂ ਆਇਆ ਹੈ, ਇੱਕ ਅਜਿਹੀ ਡਿਵਾਈਸ ਜਿਸ ਉੱਤੇ ਭਰੋਸਾ ਰੱਦ ਕੀਤਾ ਜਾ ਚੁੱਕਾ ਹੈ; ਇਸ ਦੇ ਬੰਡਲ ਹੁਣ ਇੰਪੋਰਟ ਨਹੀਂ ਹੁੰਦੇ। ਜੇ ਇਹ ਗ਼ਲਤੀ ਸੀ ਤਾਂ ਇਸ ਨੂੰ ਮੁੜ ਦਰਜ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{source} claims to come from this installation itself; it is not imported.</source>
            <translation>{source} ਦਾ ਦਾਅਵਾ ਹੈ ਕਿ ਇਹ ਇਸੇ ਇੰਸਟਾਲੇਸ਼ਨ ਤੋਂ ਆਇਆ ਹੈ; ਇਸ ਨੂੰ ਇੰਪੋਰਟ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ।</translation>
        </message>
        <message>
            <source>{source} claims to come from device {device_id} but is signed with the key of {signer} ({signer_id}); it is not imported.</source>
            <translation>{source} ਦਾ ਦਾਅਵਾ ਹੈ ਕਿ ਇਹ ਡਿਵਾਈਸ {device_id} ਤੋਂ ਆਇਆ ਹੈ ਪਰ ਇਸ ਉੱਤੇ {signer} ({signer_id}) ਦੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਹਨ; ਇਸ ਨੂੰ ਇੰਪੋਰਟ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ।</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json (id {record_id}): a reference points at a record that is neither in this bundle nor in the database; nothing was imported.</source>
            <translation>{source}: data/{table}.json (ਆਈਡੀ {record_id}): ਇੱਕ ਹਵਾਲਾ ਅਜਿਹੇ ਰਿਕਾਰਡ ਵੱਲ ਹੈ ਜੋ ਨਾ ਇਸ ਬੰਡਲ ਵਿੱਚ ਹੈ ਨਾ ਡਾਟਾਬੇਸ ਵਿੱਚ; ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {field} refers to the {target} {target_id}, which is neither in this bundle nor in the council database. Import the laptop's earlier bundles first (see the sequence gaps), or ask for a full export.</source>
            <translation>{source}: data/{table}.json, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {record_id}): {field} {target} {target_id} ਦਾ ਹਵਾਲਾ ਦਿੰਦਾ ਹੈ, ਜੋ ਨਾ ਇਸ ਬੰਡਲ ਵਿੱਚ ਹੈ ਨਾ ਕੌਂਸਲ ਦੇ ਡਾਟਾਬੇਸ ਵਿੱਚ। ਪਹਿਲਾਂ ਲੈਪਟਾਪ ਦੇ ਪਿਛਲੇ ਬੰਡਲ ਇੰਪੋਰਟ ਕਰੋ (ਲੜੀ ਦੇ ਖੱਪੇ ਵੇਖੋ), ਜਾਂ ਪੂਰਾ ਐਕਸਪੋਰਟ ਮੰਗੋ।</translation>
        </message>
        <message>
            <source>{source}: the waiting folder already holds {count} bundles ({size} MB) from the unknown device {device} (key fingerprint {key}); at most {most} bundles or {most_size} MB wait per device. Approve the device (after checking its fingerprint with the laptop) or revoke it; this bundle was not kept.</source>
            <translation>{source}: ਉਡੀਕ ਵਾਲੇ ਫੋਲਡਰ ਵਿੱਚ ਅਣਜਾਣ ਡਿਵਾਈਸ {device} (ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ {key}) ਦੇ ਪਹਿਲਾਂ ਹੀ {count} ਬੰਡਲ ({size} MB) ਹਨ; ਹਰ ਡਿਵਾਈਸ ਦੇ ਵੱਧ ਤੋਂ ਵੱਧ {most} ਬੰਡਲ ਜਾਂ {most_size} MB ਉਡੀਕ ਕਰ ਸਕਦੇ ਹਨ। ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਕਰੋ (ਲੈਪਟਾਪ ਨਾਲ ਫਿੰਗਰਪ੍ਰਿੰਟ ਮਿਲਾਉਣ ਤੋਂ ਬਾਅਦ) ਜਾਂ ਇਸ ਨੂੰ ਰੱਦ ਕਰੋ; ਇਹ ਬੰਡਲ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>{source}: the waiting folder already holds {count} bundle ({size} MB) from the unknown device {device} (key fingerprint {key}); at most {most} bundles or {most_size} MB wait per device. Approve the device (after checking its fingerprint with the laptop) or revoke it; this bundle was not kept.</source>
            <translation>{source}: ਉਡੀਕ ਵਾਲੇ ਫੋਲਡਰ ਵਿੱਚ ਅਣਜਾਣ ਡਿਵਾਈਸ {device} (ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ {key}) ਦਾ ਪਹਿਲਾਂ ਹੀ {count} ਬੰਡਲ ({size} MB) ਹੈ; ਹਰ ਡਿਵਾਈਸ ਦੇ ਵੱਧ ਤੋਂ ਵੱਧ {most} ਬੰਡਲ ਜਾਂ {most_size} MB ਉਡੀਕ ਕਰ ਸਕਦੇ ਹਨ। ਡਿਵਾਈਸ ਮਨਜ਼ੂਰ ਕਰੋ (ਲੈਪਟਾਪ ਨਾਲ ਫਿੰਗਰਪ੍ਰਿੰਟ ਮਿਲਾਉਣ ਤੋਂ ਬਾਅਦ) ਜਾਂ ਇਸ ਨੂੰ ਰੱਦ ਕਰੋ; ਇਹ ਬੰਡਲ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>{source}: the waiting folder is full ({count} bundles, {size} MB from devices not enrolled; at most {most} bundles or {most_size} MB). Approve or revoke the devices waiting (`gapkit devices list`); this bundle was not kept.</source>
            <translation>{source}: ਉਡੀਕ ਵਾਲਾ ਫੋਲਡਰ ਭਰ ਗਿਆ ਹੈ (ਗ਼ੈਰ-ਦਰਜ ਡਿਵਾਈਸਾਂ ਦੇ {count} ਬੰਡਲ, {size} MB; ਵੱਧ ਤੋਂ ਵੱਧ {most} ਬੰਡਲ ਜਾਂ {most_size} MB)। ਉਡੀਕ ਕਰ ਰਹੀਆਂ ਡਿਵਾਈਸਾਂ ਮਨਜ਼ੂਰ ਜਾਂ ਰੱਦ ਕਰੋ (`gapkit devices list`); ਇਹ ਬੰਡਲ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>That bundle is not waiting for approval (it may have been imported already).</source>
            <translation>ਇਹ ਬੰਡਲ ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ (ਹੋ ਸਕਦਾ ਹੈ ਪਹਿਲਾਂ ਹੀ ਇੰਪੋਰਟ ਹੋ ਚੁੱਕਾ ਹੋਵੇ)।</translation>
        </message>
        <message>
            <source>That bundle was signed with the key {signer}, but the device {device_id} is known here with the key {known}. Only a bundle signed with the device's own key is imported; if the laptop's key really is the first one, enrol it from its device file.</source>
            <translation>ਇਸ ਬੰਡਲ ਉੱਤੇ ਕੁੰਜੀ {signer} ਨਾਲ ਦਸਤਖ਼ਤ ਹਨ, ਪਰ ਡਿਵਾਈਸ {device_id} ਇੱਥੇ ਕੁੰਜੀ {known} ਨਾਲ ਜਾਣੀ ਜਾਂਦੀ ਹੈ। ਸਿਰਫ਼ ਉਹੀ ਬੰਡਲ ਇੰਪੋਰਟ ਹੁੰਦਾ ਹੈ ਜਿਸ ਉੱਤੇ ਡਿਵਾਈਸ ਦੀ ਆਪਣੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਹੋਣ; ਜੇ ਲੈਪਟਾਪ ਦੀ ਕੁੰਜੀ ਸੱਚਮੁੱਚ ਪਹਿਲੀ ਵਾਲੀ ਹੈ ਤਾਂ ਇਸ ਨੂੰ ਇਸ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਤੋਂ ਦਰਜ ਕਰੋ।</translation>
        </message>
        <message>
            <source>The folder {folder} holds no {suffix} bundles.</source>
            <translation>ਫੋਲਡਰ {folder} ਵਿੱਚ ਕੋਈ {suffix} ਬੰਡਲ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>{file}: the database refused its records ({reason}). Nothing was changed.</source>
            <translation>{file}: ਡਾਟਾਬੇਸ ਨੇ ਇਸ ਦੇ ਰਿਕਾਰਡ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤੇ ({reason})। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>{file}: the bundle could not be read ({error}: {detail}). Nothing was changed; the details are in the log.</source>
            <translation>{file}: ਬੰਡਲ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ ({error}: {detail})। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ; ਵੇਰਵੇ ਲੌਗ ਫ਼ਾਈਲ ਵਿੱਚ ਹਨ।</translation>
        </message>
        <message>
            <source>{source}: data/audit_events.json: {problem}. The device that sent it may not write this; nothing was imported.</source>
            <translation>{source}: data/audit_events.json: {problem}। ਭੇਜਣ ਵਾਲੀ ਡਿਵਾਈਸ ਇਹ ਨਹੀਂ ਲਿਖ ਸਕਦੀ; ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source} carries council resources (forms, wards, support offers), which only the council sends; a laptop's bundle cannot change them. Nothing was imported.</source>
            <translation>{source} ਵਿੱਚ ਕੌਂਸਲ ਦੇ ਸਰੋਤ ਹਨ (ਫ਼ਾਰਮ, ਵਾਰਡ, ਮਦਦ ਦੀਆਂ ਪੇਸ਼ਕਸ਼ਾਂ), ਜੋ ਸਿਰਫ਼ ਕੌਂਸਲ ਭੇਜਦੀ ਹੈ; ਲੈਪਟਾਪ ਦਾ ਬੰਡਲ ਇਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ ਬਦਲ ਸਕਦਾ। ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {field} refers to the {target} {target_id}, which is neither in this pack nor on this laptop. Ask the council for a full pack for this laptop.</source>
            <translation>{source}: data/{table}.json, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {record_id}): {field} {target} {target_id} ਦਾ ਹਵਾਲਾ ਦਿੰਦਾ ਹੈ, ਜੋ ਨਾ ਇਸ ਪੈਕ ਵਿੱਚ ਹੈ ਨਾ ਇਸ ਲੈਪਟਾਪ ਉੱਤੇ। ਕੌਂਸਲ ਤੋਂ ਇਸ ਲੈਪਟਾਪ ਲਈ ਪੂਰਾ ਪੈਕ ਮੰਗੋ।</translation>
        </message>
        <message>
            <source>{source} is a {kind}, which is not imported here; nothing was imported.</source>
            <translation>{source} ਇੱਕ {kind} ਹੈ, ਜੋ ਇੱਥੇ ਇੰਪੋਰਟ ਨਹੀਂ ਹੁੰਦਾ; ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source} is a laptop's export (a bundle for the council), not a field pack from the council; nothing was imported.</source>
            <translation>{source} ਇੱਕ ਲੈਪਟਾਪ ਦਾ ਐਕਸਪੋਰਟ ਹੈ (ਕੌਂਸਲ ਲਈ ਬੰਡਲ), ਕੌਂਸਲ ਦਾ ਫੀਲਡ ਪੈਕ ਨਹੀਂ; ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source} is a field pack, but this laptop trusts no council yet. Trust the council's key first (Settings, or `gapkit council trust FILE` with the council's device file); nothing was imported.</source>
            <translation>{source} ਇੱਕ ਫੀਲਡ ਪੈਕ ਹੈ, ਪਰ ਇਹ ਲੈਪਟਾਪ ਹਾਲੇ ਕਿਸੇ ਕੌਂਸਲ ਉੱਤੇ ਭਰੋਸਾ ਨਹੀਂ ਕਰਦਾ। ਪਹਿਲਾਂ ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ (ਸੈਟਿੰਗਾਂ, ਜਾਂ ਕੌਂਸਲ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਨਾਲ `gapkit council trust FILE`); ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source} was made by {maker} (device {device_id}), not by {council}, the council this laptop trusts; nothing was imported.</source>
            <translation>{source} {maker} (ਡਿਵਾਈਸ {device_id}) ਨੇ ਬਣਾਇਆ ਹੈ, {council} ਨੇ ਨਹੀਂ, ਜੋ ਉਹ ਕੌਂਸਲ ਹੈ ਜਿਸ ਉੱਤੇ ਇਹ ਲੈਪਟਾਪ ਭਰੋਸਾ ਕਰਦਾ ਹੈ; ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source} was made for another laptop (device {device_id}); ask the council for a pack for this one. Nothing was imported.</source>
            <translation>{source} ਕਿਸੇ ਹੋਰ ਲੈਪਟਾਪ ਲਈ ਬਣਾਇਆ ਗਿਆ ਸੀ (ਡਿਵਾਈਸ {device_id}); ਕੌਂਸਲ ਤੋਂ ਇਸ ਲੈਪਟਾਪ ਲਈ ਪੈਕ ਮੰਗੋ। ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{source}: data/council_resources.json, record {number} (id {record_id}): {problem}. Nothing was imported.</source>
            <translation>{source}: data/council_resources.json, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {record_id}): {problem}। ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{count} of those organisations are in this laptop's scope or have work not yet sent to the council, so they are kept; nothing was forgotten.</source>
            <translation>ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ {count} ਸੰਸਥਾਵਾਂ ਇਸ ਲੈਪਟਾਪ ਦੇ ਦਾਇਰੇ ਵਿੱਚ ਹਨ ਜਾਂ ਉਨ੍ਹਾਂ ਦਾ ਕੰਮ ਹਾਲੇ ਕੌਂਸਲ ਨੂੰ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ, ਇਸ ਲਈ ਉਹ ਰੱਖੀਆਂ ਗਈਆਂ ਹਨ; ਕੁਝ ਨਹੀਂ ਭੁਲਾਇਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>{source}: data/form_snapshots.json, record {number} (id {record_id}): the form it holds is not valid ({problem}). Nothing was imported.</source>
            <translation>{source}: data/form_snapshots.json, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {record_id}): ਇਸ ਵਿਚਲਾ ਫ਼ਾਰਮ ਠੀਕ ਨਹੀਂ ({problem})। ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
        </message>
        <message>
            <source>{count} of those assessments are not confirmed as received by the council, or changed since; nothing was forgotten.</source>
            <translation>ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ {count} ਮੁਲਾਂਕਣਾਂ ਦੀ ਕੌਂਸਲ ਵੱਲੋਂ ਪ੍ਰਾਪਤੀ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ, ਜਾਂ ਉਹ ਬਾਅਦ ਵਿੱਚ ਬਦਲ ਗਏ ਹਨ; ਕੁਝ ਨਹੀਂ ਭੁਲਾਇਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>A pack of the organisations a laptop worked with needs that laptop.</source>
            <translation>ਜਿਨ੍ਹਾਂ ਸੰਸਥਾਵਾਂ ਨਾਲ ਕਿਸੇ ਲੈਪਟਾਪ ਨੇ ਕੰਮ ਕੀਤਾ, ਉਨ੍ਹਾਂ ਦੇ ਪੈਕ ਲਈ ਉਹ ਲੈਪਟਾਪ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Unknown scope {scope!r}: choose one of {scopes}.</source>
            <translation>ਅਣਜਾਣ ਦਾਇਰਾ {scope!r}: ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ: {scopes}।</translation>
        </message>
        <message>
            <source>{name} is {status}, not an enrolled laptop; enrol or approve it before sending it a pack.</source>
            <translation>{name} {status} ਹੈ, ਦਰਜ ਲੈਪਟਾਪ ਨਹੀਂ; ਇਸ ਨੂੰ ਪੈਕ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਦਰਜ ਜਾਂ ਮਨਜ਼ੂਰ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another file name, or a folder.</source>
            <translation>{path} ਪਹਿਲਾਂ ਤੋਂ ਮੌਜੂਦ ਹੈ। ਕੋਈ ਹੋਰ ਫ਼ਾਈਲ ਨਾਂ ਜਾਂ ਫੋਲਡਰ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place.</source>
            <translation>ਫੋਲਡਰ {folder} ਮੌਜੂਦ ਨਹੀਂ; ਕੋਈ ਹੋਰ ਥਾਂ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Name at least one ward for a ward pack (--ward).</source>
            <translation>ਵਾਰਡ ਪੈਕ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰਡ ਦਾ ਨਾਂ ਦਿਓ (--ward)।</translation>
        </message>
        <message>
            <source>Not a ward of {wards_of}: {unknown}. The wards are: {wards}.</source>
            <translation>{wards_of} ਦਾ ਵਾਰਡ ਨਹੀਂ: {unknown}। ਵਾਰਡ ਇਹ ਹਨ: {wards}।</translation>
        </message>
        <message>
            <source>A pack of the organisations a laptop worked with needs --device.</source>
            <translation>ਜਿਨ੍ਹਾਂ ਸੰਸਥਾਵਾਂ ਨਾਲ ਕਿਸੇ ਲੈਪਟਾਪ ਨੇ ਕੰਮ ਕੀਤਾ, ਉਨ੍ਹਾਂ ਦੇ ਪੈਕ ਲਈ --device ਜ਼ਰੂਰੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Pack cancelled; nothing was written.</source>
            <translation>ਪੈਕ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ; ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>Nothing has changed for that laptop since its last pack; choose a full pack to send everything again.</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਦੇ ਪਿਛਲੇ ਪੈਕ ਤੋਂ ਬਾਅਦ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ; ਸਭ ਕੁਝ ਮੁੜ ਭੇਜਣ ਲਈ ਪੂਰਾ ਪੈਕ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>`gapkit devices list` shows the devices known here, with their ids and fingerprints.</source>
            <translation>`gapkit devices list` ਇੱਥੇ ਜਾਣੀਆਂ ਡਿਵਾਈਸਾਂ ਉਨ੍ਹਾਂ ਦੀਆਂ ਆਈਡੀਆਂ ਅਤੇ ਫਿੰਗਰਪ੍ਰਿੰਟਾਂ ਸਮੇਤ ਦਿਖਾਉਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>That public key has the wrong length ({length} bytes; a device key is 32). Copy it again from `gapkit devices show` on the laptop.</source>
            <translation>ਇਸ ਪਬਲਿਕ ਕੁੰਜੀ ਦੀ ਲੰਬਾਈ ਗ਼ਲਤ ਹੈ ({length} ਬਾਈਟ; ਡਿਵਾਈਸ ਦੀ ਕੁੰਜੀ 32 ਦੀ ਹੁੰਦੀ ਹੈ)। ਇਸ ਨੂੰ ਲੈਪਟਾਪ ਉੱਤੇ `gapkit devices show` ਤੋਂ ਮੁੜ ਕਾਪੀ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{ref!r} names {count} devices ({listed}); nothing was changed. Give the device id, and compare the fingerprint with the laptop.</source>
            <translation>{ref!r} ਨਾਲ {count} ਡਿਵਾਈਸਾਂ ਮੇਲ ਖਾਂਦੀਆਂ ਹਨ ({listed}); ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ। ਡਿਵਾਈਸ ਦੀ ਆਈਡੀ ਦਿਓ, ਅਤੇ ਫਿੰਗਰਪ੍ਰਿੰਟ ਲੈਪਟਾਪ ਨਾਲ ਮਿਲਾਓ।</translation>
        </message>
        <message>
            <source>1 device is called that; give the device id or the full fingerprint from `gapkit devices list`.</source>
            <translation>ਇਸ ਨਾਂ ਦੀ 1 ਡਿਵਾਈਸ ਹੈ; `gapkit devices list` ਤੋਂ ਡਿਵਾਈਸ ਦੀ ਆਈਡੀ ਜਾਂ ਪੂਰਾ ਫਿੰਗਰਪ੍ਰਿੰਟ ਦਿਓ।</translation>
        </message>
        <message>
            <source>{count} devices are called that; give the device id or the full fingerprint from `gapkit devices list`.</source>
            <translation>ਇਸ ਨਾਂ ਦੀਆਂ {count} ਡਿਵਾਈਸਾਂ ਹਨ; `gapkit devices list` ਤੋਂ ਡਿਵਾਈਸ ਦੀ ਆਈਡੀ ਜਾਂ ਪੂਰਾ ਫਿੰਗਰਪ੍ਰਿੰਟ ਦਿਓ।</translation>
        </message>
        <message>
            <source>That public key is not valid base64 text. Copy it again from `gapkit devices show` on the laptop.</source>
            <translation>ਇਹ ਪਬਲਿਕ ਕੁੰਜੀ ਠੀਕ base64 ਪਾਠ ਨਹੀਂ। ਇਸ ਨੂੰ ਲੈਪਟਾਪ ਉੱਤੇ `gapkit devices show` ਤੋਂ ਮੁੜ ਕਾਪੀ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Give the device a name of 1 to 200 characters (e.g. the laptop's).</source>
            <translation>ਡਿਵਾਈਸ ਨੂੰ 1 ਤੋਂ 200 ਅੱਖਰਾਂ ਦਾ ਨਾਂ ਦਿਓ (ਜਿਵੇਂ ਲੈਪਟਾਪ ਦਾ ਨਾਂ)।</translation>
        </message>
        <message>
            <source>That is this installation's own device; only laptops need enrolling here.</source>
            <translation>ਇਹ ਇਸੇ ਇੰਸਟਾਲੇਸ਼ਨ ਦੀ ਆਪਣੀ ਡਿਵਾਈਸ ਹੈ; ਇੱਥੇ ਸਿਰਫ਼ ਲੈਪਟਾਪ ਦਰਜ ਕਰਨੇ ਹੁੰਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>That key already belongs to the device {name} ({device_id}); one key cannot speak for two devices. Nothing was changed.</source>
            <translation>ਇਹ ਕੁੰਜੀ ਪਹਿਲਾਂ ਹੀ ਡਿਵਾਈਸ {name} ({device_id}) ਦੀ ਹੈ; ਇੱਕ ਕੁੰਜੀ ਦੋ ਡਿਵਾਈਸਾਂ ਲਈ ਨਹੀਂ ਵਰਤੀ ਜਾ ਸਕਦੀ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>No device has the id or the full key fingerprint {ref!r}. {hint}</source>
            <translation>ਕਿਸੇ ਡਿਵਾਈਸ ਦੀ ਆਈਡੀ ਜਾਂ ਕੁੰਜੀ ਦਾ ਪੂਰਾ ਫਿੰਗਰਪ੍ਰਿੰਟ {ref!r} ਨਹੀਂ। {hint}</translation>
        </message>
        <message>
            <source>{device_id!r} is not a device id (it looks like a UUID).</source>
            <translation>{device_id!r} ਡਿਵਾਈਸ ਆਈਡੀ ਨਹੀਂ (ਉਹ UUID ਵਰਗੀ ਹੁੰਦੀ ਹੈ)।</translation>
        </message>
        <message>
            <source>The device {name} is {status}, not waiting for approval; to trust it again, enrol it from its device file.</source>
            <translation>ਡਿਵਾਈਸ {name} {status} ਹੈ, ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ; ਇਸ ਉੱਤੇ ਮੁੜ ਭਰੋਸਾ ਕਰਨ ਲਈ ਇਸ ਨੂੰ ਇਸ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਤੋਂ ਦਰਜ ਕਰੋ।</translation>
        </message>
        <message>
            <source>This installation's own device cannot be revoked.</source>
            <translation>ਇਸ ਇੰਸਟਾਲੇਸ਼ਨ ਦੀ ਆਪਣੀ ਡਿਵਾਈਸ ਰੱਦ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕਦੀ।</translation>
        </message>
        <message>
            <source>The device {name} is {status}, not pending.</source>
            <translation>ਡਿਵਾਈਸ {name} {status} ਹੈ, ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>The device {name} ({device_id}) is already known with a different key (fingerprint {known}); the file gives {given}. If the laptop was reinstalled, revoke the old entry's bundles with care and ask the laptop for a new device id; nothing was changed.</source>
            <translation>ਡਿਵਾਈਸ {name} ({device_id}) ਪਹਿਲਾਂ ਹੀ ਕਿਸੇ ਹੋਰ ਕੁੰਜੀ ਨਾਲ ਜਾਣੀ ਜਾਂਦੀ ਹੈ (ਫਿੰਗਰਪ੍ਰਿੰਟ {known}); ਫ਼ਾਈਲ ਵਿੱਚ {given} ਹੈ। ਜੇ ਲੈਪਟਾਪ ਮੁੜ ਇੰਸਟਾਲ ਹੋਇਆ ਹੈ ਤਾਂ ਪੁਰਾਣੇ ਇੰਦਰਾਜ ਦੇ ਬੰਡਲ ਧਿਆਨ ਨਾਲ ਰੱਦ ਕਰੋ ਅਤੇ ਲੈਪਟਾਪ ਤੋਂ ਨਵੀਂ ਡਿਵਾਈਸ ਆਈਡੀ ਮੰਗੋ; ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>Charity number: '{typed}' is not a charity number. Use 6 or 7 digits for England and Wales (1234567, or 1234567-1 for a linked charity), SC and 6 digits for Scotland (SC012345), or NIC and 6 digits for Northern Ireland (NIC100123).</source>
            <translation>ਚੈਰਿਟੀ ਨੰਬਰ: '{typed}' ਚੈਰਿਟੀ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼ ਲਈ 6 ਜਾਂ 7 ਅੰਕ (1234567, ਜਾਂ ਜੁੜੀ ਚੈਰਿਟੀ ਲਈ 1234567-1), ਸਕਾਟਲੈਂਡ ਲਈ SC ਅਤੇ 6 ਅੰਕ (SC012345), ਜਾਂ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਲਈ NIC ਅਤੇ 6 ਅੰਕ (NIC100123) ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Company number: '{typed}' is not a Companies House number. Use 8 characters: 8 digits (01234567) or 2 letters and 6 digits (SC123456).</source>
            <translation>ਕੰਪਨੀ ਨੰਬਰ: '{typed}' ਕੰਪਨੀਜ਼ ਹਾਊਸ ਦਾ ਨੰਬਰ ਨਹੀਂ ਹੈ। 8 ਅੱਖਰ ਲਿਖੋ: 8 ਅੰਕ (01234567) ਜਾਂ 2 ਅੱਖਰ ਅਤੇ 6 ਅੰਕ (SC123456)।</translation>
        </message>
        <message>
            <source>Mutuals register number: '{typed}' is not a Mutuals Public Register number. Use the digits, with the R at the end if it has one (12345R).</source>
            <translation>ਮਿਊਚੁਅਲਜ਼ ਰਜਿਸਟਰ ਨੰਬਰ: '{typed}' ਮਿਊਚੁਅਲਜ਼ ਪਬਲਿਕ ਰਜਿਸਟਰ ਦਾ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਅੰਕ ਲਿਖੋ, ਅਤੇ ਜੇ ਅਖੀਰ ਵਿੱਚ R ਹੋਵੇ ਤਾਂ ਉਹ ਵੀ (12345R)।</translation>
        </message>
        <message>
            <source>Postcode: '{typed}' is not a UK postcode. Use the form HD1 2AB.</source>
            <translation>ਪੋਸਟਕੋਡ: '{typed}' ਯੂਕੇ ਦਾ ਪੋਸਟਕੋਡ ਨਹੀਂ ਹੈ। HD1 2AB ਵਾਂਗ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Contact email: '{typed}' is not an email address. Use the form name@example.org.</source>
            <translation>ਸੰਪਰਕ ਈਮੇਲ: '{typed}' ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਹੈ। name@example.org ਵਾਂਗ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Contact phone: '{typed}' is not a UK phone number. Use 11 digits starting with 0 (01484 221000), or +44 and the number without its first 0.</source>
            <translation>ਸੰਪਰਕ ਫ਼ੋਨ: '{typed}' ਯੂਕੇ ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਹੈ। 0 ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੇ 11 ਅੰਕ ਲਿਖੋ (01484 221000), ਜਾਂ +44 ਅਤੇ ਪਹਿਲੇ 0 ਤੋਂ ਬਿਨਾਂ ਨੰਬਰ।</translation>
        </message>
        <message>
            <source>Postcode: it is empty. Type the postcode in the form HD1 2AB.</source>
            <translation>ਪੋਸਟਕੋਡ: ਖ਼ਾਲੀ ਹੈ। ਪੋਸਟਕੋਡ HD1 2AB ਵਾਂਗ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>ਲਾਈਨ {line}</translation>
        </message>
        <message>
            <source>{name} (in the register)</source>
            <translation>{name} (ਰਜਿਸਟਰ ਵਿੱਚ)</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged, {bad} bad</source>
            <translation>{added} ਜੋੜੇ, {updated} ਅੱਪਡੇਟ, {unchanged} ਬਿਨਾਂ ਤਬਦੀਲੀ, {bad} ਖ਼ਰਾਬ</translation>
        </message>
        <message>
            <source>Imported {rows}: {body}.</source>
            <translation>ਇੰਪੋਰਟ ਪੂਰਾ ({rows}): {body}।</translation>
        </message>
        <message>
            <source>{name} (line {line})</source>
            <translation>{name} (ਲਾਈਨ {line})</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 ਕਤਾਰ</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>{count} ਕਤਾਰਾਂ</translation>
        </message>
        <message>
            <source>Dry run of {rows}: would be {body}. Nothing was written.</source>
            <translation>ਅਜ਼ਮਾਇਸ਼ੀ ਜਾਂਚ ({rows}): ਨਤੀਜਾ ਹੁੰਦਾ {body}। ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>{rows}: {bad} bad, so nothing was imported (all or nothing). Fix the rows listed, or choose to skip bad rows.</source>
            <translation>{rows}: {bad} ਖ਼ਰਾਬ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ (ਸਭ ਜਾਂ ਕੁਝ ਨਹੀਂ)। ਦਿਖਾਈਆਂ ਕਤਾਰਾਂ ਠੀਕ ਕਰੋ, ਜਾਂ ਖ਼ਰਾਬ ਕਤਾਰਾਂ ਛੱਡਣਾ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>{rows}: {body}. Nothing needed writing.</source>
            <translation>{rows}: {body}। ਕੁਝ ਲਿਖਣ ਦੀ ਲੋੜ ਨਹੀਂ ਸੀ।</translation>
        </message>
        <message>
            <source>Imported {rows}: {body} ({bad} bad rows skipped).</source>
            <translation>ਇੰਪੋਰਟ ਪੂਰਾ ({rows}): {body} ({bad} ਖ਼ਰਾਬ ਕਤਾਰਾਂ ਛੱਡੀਆਂ ਗਈਆਂ)।</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} ਅਤੇ {second}</translation>
        </message>
        <message>
            <source>{first} and {second} and {third}</source>
            <translation>{first}, {second} ਅਤੇ {third}</translation>
        </message>
        <message>
            <source>its {numbers} belong to different organisations ({which}). Check the numbers.</source>
            <translation>ਇਸ ਦੇ {numbers} ਵੱਖ-ਵੱਖ ਸੰਸਥਾਵਾਂ ਦੇ ਹਨ ({which})। ਨੰਬਰ ਜਾਂਚੋ।</translation>
        </message>
        <message>
            <source>Cannot find the file {path}. Check the name and the folder.</source>
            <translation>ਫ਼ਾਈਲ {path} ਨਹੀਂ ਲੱਭੀ। ਨਾਮ ਅਤੇ ਫੋਲਡਰ ਜਾਂਚੋ।</translation>
        </message>
        <message>
            <source>{file} is {size} MB, more than the {most} MB a registration list can be. Split it into smaller files.</source>
            <translation>{file} ਦਾ ਆਕਾਰ {size} MB ਹੈ, ਜੋ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਸੂਚੀ ਦੀ ਹੱਦ {most} MB ਤੋਂ ਵੱਧ ਹੈ। ਇਸਨੂੰ ਛੋਟੀਆਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਵੰਡੋ।</translation>
        </message>
        <message>
            <source>{file} is empty. Choose a file with a header row and data rows.</source>
            <translation>{file} ਖ਼ਾਲੀ ਹੈ। ਅਜਿਹੀ ਫ਼ਾਈਲ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਸਿਰਲੇਖ ਦੀ ਕਤਾਰ ਅਤੇ ਡਾਟਾ ਦੀਆਂ ਕਤਾਰਾਂ ਹੋਣ।</translation>
        </message>
        <message>
            <source>The first sheet of {file} is empty.</source>
            <translation>{file} ਦੀ ਪਹਿਲੀ ਸ਼ੀਟ ਖ਼ਾਲੀ ਹੈ।</translation>
        </message>
        <message>
            <source>--map '{text}' is not in the form "Header=field". Write the column's header, an equals sign and the field (for example "Charity Reg=charity_id").</source>
            <translation>--map '{text}' "Header=field" ਦੇ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕਾਲਮ ਦਾ ਸਿਰਲੇਖ, ਬਰਾਬਰ ਦਾ ਨਿਸ਼ਾਨ ਅਤੇ ਖ਼ਾਨਾ ਲਿਖੋ (ਜਿਵੇਂ "Charity Reg=charity_id")।</translation>
        </message>
        <message>
            <source>--map '{text}': '{target}' is not a registration field. Use one of: {fields}.</source>
            <translation>--map '{text}': '{target}' ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦਾ ਖ਼ਾਨਾ ਨਹੀਂ ਹੈ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਵਰਤੋ: {fields}।</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: {reason}।</translation>
        </message>
        <message>
            <source>{file} line {line}: the file is not valid CSV ({reason}). Save it again from the spreadsheet as 'CSV UTF-8'.</source>
            <translation>{file} ਲਾਈਨ {line}: ਫ਼ਾਈਲ ਸਹੀ CSV ਨਹੀਂ ਹੈ ({reason})। ਇਸਨੂੰ ਸਪ੍ਰੈਡਸ਼ੀਟ ਤੋਂ ਮੁੜ 'CSV UTF-8' ਵਜੋਂ ਸੰਭਾਲੋ।</translation>
        </message>
        <message>
            <source>Reading .xlsx files needs openpyxl. Save the sheet as CSV.</source>
            <translation>.xlsx ਫ਼ਾਈਲਾਂ ਪੜ੍ਹਨ ਲਈ openpyxl ਚਾਹੀਦਾ ਹੈ। ਸ਼ੀਟ ਨੂੰ CSV ਵਜੋਂ ਸੰਭਾਲੋ।</translation>
        </message>
        <message>
            <source>Cannot read {file} as an Excel workbook ({reason}). Save it again from the spreadsheet, or as CSV.</source>
            <translation>{file} ਨੂੰ ਐਕਸਲ ਵਰਕਬੁੱਕ ਵਜੋਂ ਨਹੀਂ ਪੜ੍ਹਿਆ ਜਾ ਸਕਦਾ ({reason})। ਇਸਨੂੰ ਸਪ੍ਰੈਡਸ਼ੀਟ ਤੋਂ ਮੁੜ ਸੰਭਾਲੋ, ਜਾਂ CSV ਵਜੋਂ।</translation>
        </message>
        <message>
            <source>--map names the column '{header}', but the file has no such column. Its columns are: {columns}.</source>
            <translation>--map ਕਾਲਮ '{header}' ਦਾ ਨਾਮ ਲੈਂਦਾ ਹੈ, ਪਰ ਫ਼ਾਈਲ ਵਿੱਚ ਅਜਿਹਾ ਕੋਈ ਕਾਲਮ ਨਹੀਂ। ਇਸਦੇ ਕਾਲਮ ਇਹ ਹਨ: {columns}।</translation>
        </message>
        <message>
            <source>No column gives {fields}: rows can update organisations already registered but cannot add new ones. Map a column to it with --map "Header=field".</source>
            <translation>ਕੋਈ ਕਾਲਮ {fields} ਨਹੀਂ ਦਿੰਦਾ: ਕਤਾਰਾਂ ਪਹਿਲਾਂ ਤੋਂ ਦਰਜ ਸੰਸਥਾਵਾਂ ਨੂੰ ਅੱਪਡੇਟ ਕਰ ਸਕਦੀਆਂ ਹਨ ਪਰ ਨਵੀਆਂ ਨਹੀਂ ਜੋੜ ਸਕਦੀਆਂ। ਇਸ ਲਈ ਕੋਈ ਕਾਲਮ --map "Header=field" ਨਾਲ ਜੋੜੋ।</translation>
        </message>
        <message>
            <source>Columns '{first}' and '{second}' both give {field}; the last one filled in wins. Leave one out with --map "{second}=".</source>
            <translation>ਕਾਲਮ '{first}' ਅਤੇ '{second}' ਦੋਵੇਂ {field} ਦਿੰਦੇ ਹਨ; ਆਖ਼ਰੀ ਭਰਿਆ ਹੋਇਆ ਮੰਨਿਆ ਜਾਂਦਾ ਹੈ। ਇੱਕ ਨੂੰ --map "{second}=" ਨਾਲ ਛੱਡ ਦਿਓ।</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>expected a list. Pick from the list given.</source>
            <translation>ਸੂਚੀ ਚਾਹੀਦੀ ਹੈ। ਦਿੱਤੀ ਗਈ ਸੂਚੀ ਵਿੱਚੋਂ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>'{text}' is not one of the choices. Pick one of: {options}.</source>
            <translation>'{text}' ਦਿੱਤੀਆਂ ਚੋਣਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ: {options}।</translation>
        </message>
        <message>
            <source>'{value}' is not a date. Use the form 2025-03-31 or 31/03/2025.</source>
            <translation>'{value}' ਮਿਤੀ ਨਹੀਂ ਹੈ। 2025-03-31 ਜਾਂ 31/03/2025 ਵਾਂਗ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>'{value}' is not yes or no. Answer yes or no.</source>
            <translation>'{value}' ਨਾ ਹਾਂ ਹੈ ਨਾ ਨਹੀਂ। ਹਾਂ ਜਾਂ ਨਹੀਂ ਵਿੱਚ ਜਵਾਬ ਦਿਓ।</translation>
        </message>
        <message>
            <source>Ward: '{ward}' is not a ward in {council}'s current list ({list}). Pick one from the list.</source>
            <translation>ਵਾਰਡ: '{ward}' {council} ਦੀ ਮੌਜੂਦਾ ਸੂਚੀ ({list}) ਵਿੱਚ ਵਾਰਡ ਨਹੀਂ ਹੈ। ਸੂਚੀ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>District committee area: '{area}' is not one of {council}'s areas. Pick one of: {areas}.</source>
            <translation>ਜ਼ਿਲ੍ਹਾ ਕਮੇਟੀ ਦਾ ਖੇਤਰ: '{area}' {council} ਦੇ ਖੇਤਰਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ: {areas}।</translation>
        </message>
        <message>
            <source>it contains hidden control characters. Retype it.</source>
            <translation>ਇਸ ਵਿੱਚ ਲੁਕੇ ਹੋਏ ਕੰਟਰੋਲ ਅੱਖਰ ਹਨ। ਇਸਨੂੰ ਮੁੜ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>{length} characters is too long. Shorten it to {most} characters or fewer.</source>
            <translation>{length} ਅੱਖਰ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹਨ। ਇਸਨੂੰ {most} ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰਾਂ ਤੱਕ ਛੋਟਾ ਕਰੋ।</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number. {hint}</source>
            <translation>'{value}' ਪੂਰਾ ਅੰਕ ਨਹੀਂ ਹੈ। {hint}</translation>
        </message>
        <message>
            <source>{number} is out of range. {hint}</source>
            <translation>{number} ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ। {hint}</translation>
        </message>
        <message>
            <source>{date} is in the future. Use today's date or an earlier one.</source>
            <translation>{date} ਭਵਿੱਖ ਦੀ ਮਿਤੀ ਹੈ। ਅੱਜ ਦੀ ਜਾਂ ਇਸ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਮਿਤੀ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>{date} is too early. Check the year.</source>
            <translation>{date} ਬਹੁਤ ਪਹਿਲਾਂ ਦੀ ਮਿਤੀ ਹੈ। ਸਾਲ ਜਾਂਚੋ।</translation>
        </message>
        <message>
            <source>Name: it is empty. Type the organisation's name.</source>
            <translation>ਨਾਮ: ਖ਼ਾਲੀ ਹੈ। ਸੰਸਥਾ ਦਾ ਨਾਮ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Name: '{name}' is too short. Type the organisation's full name.</source>
            <translation>ਨਾਮ: '{name}' ਬਹੁਤ ਛੋਟਾ ਹੈ। ਸੰਸਥਾ ਦਾ ਪੂਰਾ ਨਾਮ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Name: {length} characters is too long. Shorten it to 200 characters or fewer, and put other names under Other names.</source>
            <translation>ਨਾਮ: {length} ਅੱਖਰ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹਨ। ਇਸਨੂੰ 200 ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰਾਂ ਤੱਕ ਛੋਟਾ ਕਰੋ, ਅਤੇ ਹੋਰ ਨਾਮ 'ਹੋਰ ਨਾਮ' ਵਿੱਚ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Legal form: none chosen. Pick the one that fits, or Other and say what.</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ: ਕੋਈ ਨਹੀਂ ਚੁਣਿਆ ਗਿਆ। ਜੋ ਢੁਕਵਾਂ ਹੋਵੇ ਉਹ ਚੁਣੋ, ਜਾਂ 'ਹੋਰ' ਚੁਣ ਕੇ ਦੱਸੋ ਕਿ ਕੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Legal form (other): it is empty. Say what legal form the organisation has.</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ (ਹੋਰ): ਖ਼ਾਲੀ ਹੈ। ਦੱਸੋ ਕਿ ਸੰਸਥਾ ਦਾ ਕਾਨੂੰਨੀ ਰੂਪ ਕੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Address: {count} lines is too many. Use up to 6 lines; the town and postcode have their own boxes.</source>
            <translation>ਪਤਾ: {count} ਲਾਈਨਾਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹਨ। ਵੱਧ ਤੋਂ ਵੱਧ 6 ਲਾਈਨਾਂ ਲਿਖੋ; ਸ਼ਹਿਰ ਅਤੇ ਪੋਸਟਕੋਡ ਦੇ ਆਪਣੇ ਖ਼ਾਨੇ ਹਨ।</translation>
        </message>
        <message>
            <source>Ward: '{ward}' is no longer a ward in {council}'s current list ({list}). Use {suggestions}.</source>
            <translation>ਵਾਰਡ: '{ward}' ਹੁਣ {council} ਦੀ ਮੌਜੂਦਾ ਸੂਚੀ ({list}) ਵਿੱਚ ਵਾਰਡ ਨਹੀਂ ਰਿਹਾ। {suggestions} ਵਰਤੋ।</translation>
        </message>
        <message>
            <source>Who benefits (other): it is empty. Say who else benefits, or untick Other.</source>
            <translation>ਕਿਸ ਨੂੰ ਲਾਭ ਹੁੰਦਾ ਹੈ (ਹੋਰ): ਖ਼ਾਲੀ ਹੈ। ਦੱਸੋ ਕਿ ਹੋਰ ਕਿਸ ਨੂੰ ਲਾਭ ਹੁੰਦਾ ਹੈ, ਜਾਂ 'ਹੋਰ' ਤੋਂ ਨਿਸ਼ਾਨ ਹਟਾ ਦਿਓ।</translation>
        </message>
        <message>
            <source>Type a year from 1800 to {year}.</source>
            <translation>1800 ਤੋਂ {year} ਤੱਕ ਦਾ ਸਾਲ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Type a number from 0 to 100.</source>
            <translation>0 ਤੋਂ 100 ਤੱਕ ਦਾ ਅੰਕ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Paid staff (FTE): '{value}' is not a number. Type full-time equivalents, for example 2.5.</source>
            <translation>ਤਨਖ਼ਾਹਦਾਰ ਸਟਾਫ਼ (FTE): '{value}' ਅੰਕ ਨਹੀਂ ਹੈ। ਪੂਰੇ ਸਮੇਂ ਦੇ ਬਰਾਬਰ ਅੰਕ ਲਿਖੋ, ਜਿਵੇਂ 2.5।</translation>
        </message>
        <message>
            <source>Paid staff (FTE): {number:g} is out of range. Type a number from 0 to 1000.</source>
            <translation>ਤਨਖ਼ਾਹਦਾਰ ਸਟਾਫ਼ (FTE): {number:g} ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ। 0 ਤੋਂ 1000 ਤੱਕ ਦਾ ਅੰਕ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Type a number from 0 to 100,000.</source>
            <translation>0 ਤੋਂ 100,000 ਤੱਕ ਦਾ ਅੰਕ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Type a number from 1 to 50.</source>
            <translation>1 ਤੋਂ 50 ਤੱਕ ਦਾ ਅੰਕ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Consent date: the contact person's details are personal data and need their consent. Record when they gave it, or leave the contact details empty.</source>
            <translation>ਸਹਿਮਤੀ ਦੀ ਮਿਤੀ: ਸੰਪਰਕ ਵਿਅਕਤੀ ਦੇ ਵੇਰਵੇ ਨਿੱਜੀ ਡਾਟਾ ਹਨ ਅਤੇ ਉਹਨਾਂ ਦੀ ਸਹਿਮਤੀ ਚਾਹੀਦੀ ਹੈ। ਦਰਜ ਕਰੋ ਕਿ ਉਹਨਾਂ ਨੇ ਕਦੋਂ ਸਹਿਮਤੀ ਦਿੱਤੀ, ਜਾਂ ਸੰਪਰਕ ਵੇਰਵੇ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।</translation>
        </message>
        <message>
            <source>How consent was given: it is empty. Say how, for example 'signed the registration form' or 'agreed by phone'.</source>
            <translation>ਸਹਿਮਤੀ ਕਿਵੇਂ ਦਿੱਤੀ ਗਈ: ਖ਼ਾਲੀ ਹੈ। ਦੱਸੋ ਕਿਵੇਂ, ਜਿਵੇਂ 'ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਫਾਰਮ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ' ਜਾਂ 'ਫ਼ੋਨ ਉੱਤੇ ਸਹਿਮਤੀ ਦਿੱਤੀ'।</translation>
        </message>
        <message>
            <source>expected text. Type it as words.</source>
            <translation>ਲਿਖਤ ਚਾਹੀਦੀ ਹੈ। ਇਸਨੂੰ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>District committee area: the ward {ward} is in {area}, not '{typed}'. Leave the area empty and it is filled in from the ward.</source>
            <translation>ਜ਼ਿਲ੍ਹਾ ਕਮੇਟੀ ਦਾ ਖੇਤਰ: ਵਾਰਡ {ward} ਖੇਤਰ {area} ਵਿੱਚ ਹੈ, '{typed}' ਵਿੱਚ ਨਹੀਂ। ਖੇਤਰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ ਤਾਂ ਇਹ ਵਾਰਡ ਤੋਂ ਆਪਣੇ ਆਪ ਭਰ ਜਾਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Areas of benefit: '{ward}' is not a current ward. Pick wards from the list, or {whole}.</source>
            <translation>ਲਾਭ ਦੇ ਖੇਤਰ: '{ward}' ਮੌਜੂਦਾ ਵਾਰਡ ਨਹੀਂ ਹੈ। ਸੂਚੀ ਵਿੱਚੋਂ ਵਾਰਡ ਚੁਣੋ, ਜਾਂ {whole}।</translation>
        </message>
        <message>
            <source>Bank signatories: how many people can sign? Type a number from 1 to 50.</source>
            <translation>ਬੈਂਕ ਦਸਤਖ਼ਤਕਾਰ: ਕਿੰਨੇ ਲੋਕ ਦਸਤਖ਼ਤ ਕਰ ਸਕਦੇ ਹਨ? 1 ਤੋਂ 50 ਤੱਕ ਦਾ ਅੰਕ ਲਿਖੋ।</translation>
        </message>
        <message>
            <source>Policies held: {policy} review date: {problem}</source>
            <translation>ਮੌਜੂਦ ਨੀਤੀਆਂ: {policy} ਦੀ ਸਮੀਖਿਆ ਦੀ ਮਿਤੀ: {problem}</translation>
        </message>
        <message>
            <source>'{field}' is not a registration field. Check the field's name.</source>
            <translation>'{field}' ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦਾ ਖ਼ਾਨਾ ਨਹੀਂ ਹੈ। ਖ਼ਾਨੇ ਦਾ ਨਾਮ ਜਾਂਚੋ।</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>{field}: {problem}।</translation>
        </message>
        <message>
            <source>No current ward list was found in {folder}. Add the council's ward file there, or point GAPKIT_WARD_FILE at it.</source>
            <translation>{folder} ਵਿੱਚ ਕੋਈ ਮੌਜੂਦਾ ਵਾਰਡ ਸੂਚੀ ਨਹੀਂ ਲੱਭੀ। ਕੌਂਸਲ ਦੀ ਵਾਰਡ ਫ਼ਾਈਲ ਉੱਥੇ ਰੱਖੋ, ਜਾਂ GAPKIT_WARD_FILE ਨੂੰ ਉਸ ਵੱਲ ਇਸ਼ਾਰਾ ਕਰੋ।</translation>
        </message>
        <message>
            <source>The ward file {file} could not be opened ({reason}). Check the path in settings or GAPKIT_WARD_FILE.</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲ {file} ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੀ ({reason})। ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਜਾਂ GAPKIT_WARD_FILE ਵਿੱਚ ਰਸਤਾ ਜਾਂਚੋ।</translation>
        </message>
        <message>
            <source>The ward file {file} could not be read: {reason}. It must be a UTF-8 YAML file.</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲ {file} ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ: {reason}। ਇਹ UTF-8 YAML ਫ਼ਾਈਲ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>The ward file {file} is not in the expected shape: at {where}, {problem}. Compare it with resources/wards/kirklees-2026.yaml.</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲ {file} ਉਮੀਦ ਕੀਤੇ ਰੂਪ ਵਿੱਚ ਨਹੀਂ: {where} ਉੱਤੇ, {problem}। ਇਸਦੀ ਤੁਲਨਾ resources/wards/kirklees-2026.yaml ਨਾਲ ਕਰੋ।</translation>
        </message>
        <message>
            <source>The ward file {file} lists the ward '{ward}' twice.</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲ {file} ਵਿੱਚ ਵਾਰਡ '{ward}' ਦੋ ਵਾਰ ਦਰਜ ਹੈ।</translation>
        </message>
        <message>
            <source>The ward file {file} puts '{ward}' in the area '{area}', which is not one of its areas. Add it to `areas` or correct the ward's area.</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲ {file} '{ward}' ਨੂੰ ਖੇਤਰ '{area}' ਵਿੱਚ ਰੱਖਦੀ ਹੈ, ਜੋ ਇਸਦੇ ਖੇਤਰਾਂ ਵਿੱਚੋਂ ਨਹੀਂ। ਇਸਨੂੰ `areas` ਵਿੱਚ ਜੋੜੋ ਜਾਂ ਵਾਰਡ ਦਾ ਖੇਤਰ ਠੀਕ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Cannot create the folder {folder}: {reason}.</source>
            <translation>ਫੋਲਡਰ {folder} ਨਹੀਂ ਬਣ ਸਕਿਆ: {reason}।</translation>
        </message>
        <message>
            <source>There is no assessment {assessment_id}; {count} report(s) were written to {folder} before it.</source>
            <translation>ਕੋਈ ਮੁਲਾਂਕਣ {assessment_id} ਨਹੀਂ; ਇਸ ਤੋਂ ਪਹਿਲਾਂ {count} ਰਿਪੋਰਟਾਂ {folder} ਵਿੱਚ ਲਿਖੀਆਂ ਗਈਆਂ।</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
            <translation>{folder} ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: {reason}। ਕੋਈ ਹੋਰ ਫੋਲਡਰ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>Could not save the report as {path}: {reason}. Check the disk has space and the file is not open in another program.</source>
            <translation>ਰਿਪੋਰਟ {path} ਵਜੋਂ ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ: {reason}। ਵੇਖੋ ਕਿ ਡਿਸਕ ਉੱਤੇ ਥਾਂ ਹੈ ਅਤੇ ਫ਼ਾਈਲ ਕਿਸੇ ਹੋਰ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਖੁੱਲ੍ਹੀ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>The council public key should be the path of council.pub or its base64 text.</source>
            <translation>ਕੌਂਸਲ ਦੀ ਪਬਲਿਕ ਕੁੰਜੀ council.pub ਦਾ ਰਸਤਾ ਜਾਂ ਉਸ ਦਾ base64 ਲਿਖਤ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>The device file's fingerprint does not match its public key; the file has been changed. Ask for a fresh copy from the laptop.</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ ਉਸ ਦੀ ਪਬਲਿਕ ਕੁੰਜੀ ਨਾਲ ਨਹੀਂ ਮਿਲਦਾ; ਫ਼ਾਈਲ ਬਦਲੀ ਗਈ ਹੈ। ਲੈਪਟਾਪ ਤੋਂ ਨਵੀਂ ਨਕਲ ਮੰਗੋ।</translation>
        </message>
        <message>
            <source>A council public key is 32 bytes long.</source>
            <translation>ਕੌਂਸਲ ਦੀ ਪਬਲਿਕ ਕੁੰਜੀ 32 ਬਾਈਟ ਲੰਮੀ ਹੁੰਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>This is not a GAP Field Kit device file: it should be the output of `gapkit devices show --json` on the laptop.</source>
            <translation>ਇਹ GAP Field Kit ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਨਹੀਂ: ਇਹ ਲੈਪਟਾਪ ਉੱਤੇ `gapkit devices show --json` ਦਾ ਨਤੀਜਾ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>{source} has no {file}, so it is not a complete GAP Field Kit bundle.</source>
            <translation>{source} ਵਿੱਚ {file} ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ GAP Field Kit ਦਾ ਪੂਰਾ ਬੰਡਲ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message>
            <source>{file} has been changed or damaged since the bundle was written (its hash or size does not match datapackage.json). Export it again.</source>
            <translation>ਬੰਡਲ ਲਿਖੇ ਜਾਣ ਤੋਂ ਬਾਅਦ {file} ਬਦਲੀ ਗਈ ਜਾਂ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੈ (ਉਸ ਦਾ ਹੈਸ਼ ਜਾਂ ਆਕਾਰ datapackage.json ਨਾਲ ਨਹੀਂ ਮਿਲਦਾ)। ਇਸਨੂੰ ਮੁੜ ਐਕਸਪੋਰਟ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{file} would have to be held in memory whole and is more than the {limit:,} bytes allowed for that; it will not be opened.</source>
            <translation>{file} ਨੂੰ ਪੂਰੀ ਦੀ ਪੂਰੀ ਮੈਮਰੀ ਵਿੱਚ ਰੱਖਣਾ ਪੈਂਦਾ, ਅਤੇ ਇਹ ਉਸ ਲਈ ਮਨਜ਼ੂਰ {limit:,} ਬਾਈਟ ਤੋਂ ਵੱਡੀ ਹੈ; ਇਹ ਖੋਲ੍ਹੀ ਨਹੀਂ ਜਾਵੇਗੀ।</translation>
        </message>
        <message>
            <source>manifest.json has no valid format_version; this is not a GAP Field Kit bundle.</source>
            <translation>manifest.json ਵਿੱਚ ਸਹੀ format_version ਨਹੀਂ; ਇਹ GAP Field Kit ਦਾ ਬੰਡਲ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>the bundle was written by a newer GAP Field Kit (bundle format {version}; this version reads up to format {supported}). Update GAP Field Kit, then import it again.</source>
            <translation>ਇਹ ਬੰਡਲ GAP Field Kit ਦੇ ਨਵੇਂ ਵਰਜਨ ਨੇ ਲਿਖਿਆ ਹੈ (ਬੰਡਲ ਫਾਰਮੈਟ {version}; ਇਹ ਵਰਜਨ ਫਾਰਮੈਟ {supported} ਤੱਕ ਪੜ੍ਹਦਾ ਹੈ)। GAP Field Kit ਅੱਪਡੇਟ ਕਰੋ, ਫਿਰ ਇਸਨੂੰ ਮੁੜ ਇੰਪੋਰਟ ਕਰੋ।</translation>
        </message>
        <message>
            <source>manifest.json: {problem}.</source>
            <translation>manifest.json: {problem}।</translation>
        </message>
        <message>
            <source>manifest.json says the bundle was made at {made}, more than a day after this computer's clock. Check the clocks of the laptop and of this computer.</source>
            <translation>manifest.json ਅਨੁਸਾਰ ਬੰਡਲ {made} ਨੂੰ ਬਣਿਆ, ਜੋ ਇਸ ਕੰਪਿਊਟਰ ਦੀ ਘੜੀ ਤੋਂ ਇੱਕ ਦਿਨ ਤੋਂ ਵੱਧ ਅੱਗੇ ਹੈ। ਲੈਪਟਾਪ ਅਤੇ ਇਸ ਕੰਪਿਊਟਰ ਦੀਆਂ ਘੜੀਆਂ ਜਾਂਚੋ।</translation>
        </message>
        <message>
            <source>manifest.json does not give a record count for every table.</source>
            <translation>manifest.json ਹਰ ਟੇਬਲ ਦੇ ਰਿਕਾਰਡਾਂ ਦੀ ਗਿਣਤੀ ਨਹੀਂ ਦਿੰਦਾ।</translation>
        </message>
        <message>
            <source>datapackage.json lists no resources.</source>
            <translation>datapackage.json ਵਿੱਚ ਕੋਈ ਸਰੋਤ ਦਰਜ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>the signature does not match its contents: the bundle was changed after the laptop signed it. Do not import it; export it again from the laptop.</source>
            <translation>ਦਸਤਖ਼ਤ ਇਸ ਦੀ ਸਮੱਗਰੀ ਨਾਲ ਨਹੀਂ ਮਿਲਦੇ: ਲੈਪਟਾਪ ਦੇ ਦਸਤਖ਼ਤ ਕਰਨ ਤੋਂ ਬਾਅਦ ਬੰਡਲ ਬਦਲਿਆ ਗਿਆ। ਇਸਨੂੰ ਇੰਪੋਰਟ ਨਾ ਕਰੋ; ਲੈਪਟਾਪ ਤੋਂ ਮੁੜ ਐਕਸਪੋਰਟ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{file} holds {count} records but manifest.json says {expected}.</source>
            <translation>{file} ਵਿੱਚ {count} ਰਿਕਾਰਡ ਹਨ ਪਰ manifest.json ਅਨੁਸਾਰ {expected} ਹਨ।</translation>
        </message>
        <message>
            <source>{source}: {file}, record {number} (id {id}): {problem}.</source>
            <translation>{source}: {file}, ਰਿਕਾਰਡ {number} (ਆਈਡੀ {id}): {problem}।</translation>
        </message>
        <message>
            <source>{source}: {file}, record {number}: {problem}.</source>
            <translation>{source}: {file}, ਰਿਕਾਰਡ {number}: {problem}।</translation>
        </message>
        <message>
            <source>{file} contains a NUL byte, which text never holds; the file is damaged.</source>
            <translation>{file} ਵਿੱਚ NUL ਬਾਈਟ ਹੈ, ਜੋ ਲਿਖਤ ਵਿੱਚ ਕਦੇ ਨਹੀਂ ਹੁੰਦਾ; ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ।</translation>
        </message>
        <message>
            <source>{problem} It will not be opened.</source>
            <translation>{problem} ਇਹ ਖੋਲ੍ਹਿਆ ਨਹੀਂ ਜਾਵੇਗਾ।</translation>
        </message>
        <message>
            <source>datapackage.json lists tables this format does not have ({tables}).</source>
            <translation>datapackage.json ਵਿੱਚ ਅਜਿਹੇ ਟੇਬਲ ਦਰਜ ਹਨ ਜੋ ਇਸ ਫਾਰਮੈਟ ਵਿੱਚ ਨਹੀਂ ({tables})।</translation>
        </message>
        <message>
            <source>datapackage.json lists tables this format does not have (a table twice).</source>
            <translation>datapackage.json ਵਿੱਚ ਅਜਿਹੇ ਟੇਬਲ ਦਰਜ ਹਨ ਜੋ ਇਸ ਫਾਰਮੈਟ ਵਿੱਚ ਨਹੀਂ (ਇੱਕ ਟੇਬਲ ਦੋ ਵਾਰ)।</translation>
        </message>
        <message>
            <source>datapackage.json does not list the {table} table.</source>
            <translation>datapackage.json ਵਿੱਚ {table} ਟੇਬਲ ਦਰਜ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>datapackage.json describes the {table} table differently from bundle format {version}; the bundle was changed or not made by GAP Field Kit.</source>
            <translation>datapackage.json {table} ਟੇਬਲ ਨੂੰ ਬੰਡਲ ਫਾਰਮੈਟ {version} ਤੋਂ ਵੱਖਰਾ ਦੱਸਦਾ ਹੈ; ਬੰਡਲ ਬਦਲਿਆ ਗਿਆ ਹੈ ਜਾਂ GAP Field Kit ਨੇ ਨਹੀਂ ਬਣਾਇਆ।</translation>
        </message>
        <message>
            <source>{file} is missing. The bundle holds only the CSV copy of the {table} table, which cannot be imported without losing detail; export the bundle again from GAP Field Kit rather than editing it.</source>
            <translation>{file} ਮੌਜੂਦ ਨਹੀਂ। ਬੰਡਲ ਵਿੱਚ {table} ਟੇਬਲ ਦੀ ਸਿਰਫ਼ CSV ਨਕਲ ਹੈ, ਜੋ ਵੇਰਵਾ ਗੁਆਏ ਬਿਨਾਂ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋ ਸਕਦੀ; ਬੰਡਲ ਵਿੱਚ ਸੋਧ ਕਰਨ ਦੀ ਬਜਾਏ ਇਸਨੂੰ GAP Field Kit ਤੋਂ ਮੁੜ ਐਕਸਪੋਰਟ ਕਰੋ।</translation>
        </message>
        <message>
            <source>datapackage.json does not describe {file}.</source>
            <translation>datapackage.json ਵਿੱਚ {file} ਦਾ ਵੇਰਵਾ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>{file} is missing.</source>
            <translation>{file} ਮੌਜੂਦ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>the signature file is damaged or does not belong to this bundle.</source>
            <translation>ਦਸਤਖ਼ਤ ਦੀ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਇਸ ਬੰਡਲ ਦੀ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>it was signed with a different key (fingerprint {signer}) from the one enrolled for device {device} ({enrolled}). Do not import it unless the laptop's key was really replaced; if so, enrol the device again.</source>
            <translation>ਇਸ ਉੱਤੇ ਇੱਕ ਵੱਖਰੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਹੋਏ (ਫਿੰਗਰਪ੍ਰਿੰਟ {signer}), ਨਾ ਕਿ ਡਿਵਾਈਸ {device} ਲਈ ਦਰਜ ਕੁੰਜੀ ਨਾਲ ({enrolled})। ਇਸਨੂੰ ਇੰਪੋਰਟ ਨਾ ਕਰੋ ਜਦ ਤੱਕ ਲੈਪਟਾਪ ਦੀ ਕੁੰਜੀ ਸੱਚਮੁੱਚ ਬਦਲੀ ਨਾ ਗਈ ਹੋਵੇ; ਜੇ ਬਦਲੀ ਗਈ ਹੈ ਤਾਂ ਡਿਵਾਈਸ ਮੁੜ ਦਰਜ ਕਰੋ।</translation>
        </message>
        <message>
            <source>{file} is not valid UTF-8 text at byte {offset:,} (in or near record {near}); the file is damaged or was saved by another program.</source>
            <translation>{file} ਬਾਈਟ {offset:,} ਉੱਤੇ ਸਹੀ UTF-8 ਲਿਖਤ ਨਹੀਂ (ਰਿਕਾਰਡ {near} ਵਿੱਚ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ); ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਕਿਸੇ ਹੋਰ ਪ੍ਰੋਗਰਾਮ ਨੇ ਸੰਭਾਲੀ ਹੈ।</translation>
        </message>
        <message>
            <source>{source} is encrypted to the council's key; import it on the council PC (or give the council private key).</source>
            <translation>{source} ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਨਾਲ ਇਨਕ੍ਰਿਪਟ ਕੀਤਾ ਗਿਆ ਹੈ; ਇਸਨੂੰ ਕੌਂਸਲ ਦੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਇੰਪੋਰਟ ਕਰੋ (ਜਾਂ ਕੌਂਸਲ ਦੀ ਨਿੱਜੀ ਕੁੰਜੀ ਦਿਓ)।</translation>
        </message>
        <message>
            <source>datapackage.json gives no valid hash and size for {file}; the bundle was changed or not made by GAP Field Kit.</source>
            <translation>datapackage.json ਵਿੱਚ {file} ਦਾ ਸਹੀ ਹੈਸ਼ ਅਤੇ ਆਕਾਰ ਨਹੀਂ; ਬੰਡਲ ਬਦਲਿਆ ਗਿਆ ਹੈ ਜਾਂ GAP Field Kit ਨੇ ਨਹੀਂ ਬਣਾਇਆ।</translation>
        </message>
        <message>
            <source>{file} is not valid JSON ({problem}); the file is damaged or cut short.</source>
            <translation>{file} ਸਹੀ JSON ਨਹੀਂ ({problem}); ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਅਧੂਰੀ ਹੈ।</translation>
        </message>
        <message>
            <source>{file} should hold a list of records.</source>
            <translation>{file} ਵਿੱਚ ਰਿਕਾਰਡਾਂ ਦੀ ਸੂਚੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Notice</source>
            <translation>ਸੂਚਨਾ</translation>
        </message>
        <message>
            <source>Notice text</source>
            <translation>ਸੂਚਨਾ ਦਾ ਪਾਠ</translation>
        </message>
        <message>
            <source>Notice action</source>
            <translation>ਸੂਚਨਾ ਦੀ ਕਾਰਵਾਈ</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>ਹਟਾਓ</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>ਸੂਚਨਾ ਹਟਾਓ</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>All wards</source>
            <translation>ਸਾਰੇ ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ਨਾਮ</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>ਪੋਸਟਕੋਡ</translation>
        </message>
        <message>
            <source>Identifiers</source>
            <translation>ਪਛਾਣ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>GAP ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>ਆਖ਼ਰੀ ਤਬਦੀਲੀ</translation>
        </message>
        <message>
            <source>{shown} of {total} organisations</source>
            <translation>{total} ਵਿੱਚੋਂ {shown} ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>{total} organisations</source>
            <translation>{total} ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>No match among {total} organisations</source>
            <translation>{total} ਸੰਸਥਾਵਾਂ ਵਿੱਚ ਕੋਈ ਨਹੀਂ ਮਿਲੀ</translation>
        </message>
        <message>
            <source>{total} organisation</source>
            <translation>{total} ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>No organisations yet. Register the first one with New organisation (Ctrl+N), or load example organisations to try the app.</source>
            <translation>ਅਜੇ ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ। ਪਹਿਲੀ ਸੰਸਥਾ “ਨਵੀਂ ਸੰਸਥਾ” (Ctrl+N) ਨਾਲ ਰਜਿਸਟਰ ਕਰੋ, ਜਾਂ ਐਪ ਅਜ਼ਮਾਉਣ ਲਈ ਨਮੂਨਾ ਸੰਸਥਾਵਾਂ ਲੋਡ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Load example organisations</source>
            <translation>ਨਮੂਨਾ ਸੰਸਥਾਵਾਂ ਲੋਡ ਕਰੋ</translation>
        </message>
        <message>
            <source>They are for trying the app. Like any organisation they are sent to the council with the next bundle, so delete them before you export real work.</source>
            <translation>ਇਹ ਐਪ ਅਜ਼ਮਾਉਣ ਲਈ ਹਨ। ਕਿਸੇ ਵੀ ਸੰਸਥਾ ਵਾਂਗ ਇਹ ਅਗਲੇ ਬੰਡਲ ਨਾਲ ਕੌਂਸਲ ਨੂੰ ਜਾਂਦੀਆਂ ਹਨ, ਇਸ ਲਈ ਅਸਲ ਕੰਮ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਇਨ੍ਹਾਂ ਨੂੰ ਮਿਟਾ ਦਿਓ।</translation>
        </message>
        <message>
            <source>Load examples</source>
            <translation>ਨਮੂਨੇ ਲੋਡ ਕਰੋ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Delete organisation</source>
            <translation>ਸੰਸਥਾ ਮਿਟਾਓ</translation>
        </message>
        <message>
            <source>It leaves the register on this laptop and in the next sync bundle. You can undo this straight after (Ctrl+Z).</source>
            <translation>ਇਹ ਇਸ ਲੈਪਟਾਪ ਦੇ ਰਜਿਸਟਰ ਅਤੇ ਅਗਲੇ ਸਿੰਕ ਬੰਡਲ ਵਿੱਚੋਂ ਨਿਕਲ ਜਾਵੇਗੀ। ਤੁਸੀਂ ਤੁਰੰਤ ਬਾਅਦ ਇਸ ਨੂੰ ਵਾਪਸ ਲੈ ਸਕਦੇ ਹੋ (Ctrl+Z)।</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ਮਿਟਾਓ</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>ਨਾ ਸੰਭਾਲੀਆਂ ਤਬਦੀਲੀਆਂ</translation>
        </message>
        <message>
            <source>If you don't save, what you typed since the last save is lost.</source>
            <translation>ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਸੰਭਾਲਦੇ, ਤਾਂ ਪਿਛਲੀ ਵਾਰ ਸੰਭਾਲਣ ਤੋਂ ਬਾਅਦ ਲਿਖਿਆ ਸਭ ਗੁੰਮ ਜਾਵੇਗਾ।</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>ਨਾ ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>Search name, charity or company number, postcode (Ctrl+F)</source>
            <translation>ਨਾਮ, ਚੈਰਿਟੀ ਜਾਂ ਕੰਪਨੀ ਨੰਬਰ, ਪੋਸਟਕੋਡ ਖੋਜੋ (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search organisations</source>
            <translation>ਸੰਸਥਾਵਾਂ ਖੋਜੋ</translation>
        </message>
        <message>
            <source>Show organisations in ward</source>
            <translation>ਵਾਰਡ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>ਨਵੀਂ ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Register a new organisation (Ctrl+N)</source>
            <translation>ਨਵੀਂ ਸੰਸਥਾ ਰਜਿਸਟਰ ਕਰੋ (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete the selected organisation (Delete); Ctrl+Z undoes</source>
            <translation>ਚੁਣੀ ਸੰਸਥਾ ਮਿਟਾਓ (Delete); Ctrl+Z ਨਾਲ ਵਾਪਸ</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ਨਿਰਯਾਤ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Export the register to a spreadsheet</source>
            <translation>ਰਜਿਸਟਰ ਨੂੰ ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਿੱਚ ਨਿਰਯਾਤ ਕਰੋ</translation>
        </message>
        <message>
            <source>The organisations listed (search and ward as set) as an Excel workbook or CSV file</source>
            <translation>ਸੂਚੀ ਵਿਚਲੀਆਂ ਸੰਸਥਾਵਾਂ (ਖੋਜ ਅਤੇ ਵਾਰਡ ਜਿਵੇਂ ਚੁਣੇ ਹਨ) Excel ਵਰਕਬੁੱਕ ਜਾਂ CSV ਫ਼ਾਈਲ ਵਜੋਂ</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>ਇਤਿਹਾਸ…</translation>
        </message>
        <message>
            <source>History of the organisation</source>
            <translation>ਸੰਸਥਾ ਦਾ ਇਤਿਹਾਸ</translation>
        </message>
        <message>
            <source>Every change to this organisation: before, after, who, when</source>
            <translation>ਇਸ ਸੰਸਥਾ ਦੀ ਹਰ ਤਬਦੀਲੀ: ਪਹਿਲਾਂ, ਬਾਅਦ, ਕਿਸ ਨੇ, ਕਦੋਂ</translation>
        </message>
        <message>
            <source>No organisations yet</source>
            <translation>ਅਜੇ ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Twelve made-up organisations to try the app with</source>
            <translation>ਐਪ ਅਜ਼ਮਾਉਣ ਲਈ ਬਾਰਾਂ ਫ਼ਰਜ਼ੀ ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Save registration</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>Save the registration (Ctrl+S)</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਸੰਭਾਲੋ (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>ਤਬਦੀਲੀਆਂ ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Start assessment…</source>
            <translation>ਮੁਲਾਂਕਣ ਸ਼ੁਰੂ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Start assessment</source>
            <translation>ਮੁਲਾਂਕਣ ਸ਼ੁਰੂ ਕਰੋ</translation>
        </message>
        <message>
            <source>Run a health check or CAT readiness assessment with this organisation</source>
            <translation>ਇਸ ਸੰਸਥਾ ਨਾਲ ਸਿਹਤ ਜਾਂਚ ਜਾਂ CAT ਤਿਆਰੀ ਦਾ ਮੁਲਾਂਕਣ ਕਰੋ</translation>
        </message>
        <message>
            <source>Registration and funding</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਅਤੇ ਫ਼ੰਡਿੰਗ</translation>
        </message>
        <message>
            <source>Re&amp;gistration</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ</translation>
        </message>
        <message>
            <source>F&amp;unding</source>
            <translation>ਫ਼ੰਡਿੰਗ</translation>
        </message>
        <message>
            <source>Register and form</source>
            <translation>ਰਜਿਸਟਰ ਅਤੇ ਫ਼ਾਰਮ</translation>
        </message>
        <message>
            <source>this new organisation</source>
            <translation>ਇਹ ਨਵੀਂ ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ਵਾਪਸ ਲਓ</translation>
        </message>
        <message>
            <source>Add {count} made-up organisations to the register?</source>
            <translation>ਰਜਿਸਟਰ ਵਿੱਚ {count} ਫ਼ਰਜ਼ੀ ਸੰਸਥਾਵਾਂ ਜੋੜੀਏ?</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>{name} ਮਿਟਾਈਏ?</translation>
        </message>
        <message>
            <source>Save your changes to {name}?</source>
            <translation>{name} ਵਿੱਚ ਆਪਣੀਆਂ ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੀਏ?</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>ਫ਼ੰਡਿੰਗ</translation>
        </message>
        <message>
            <source>{ward} (old ward)</source>
            <translation>{ward} (ਪੁਰਾਣਾ ਵਾਰਡ)</translation>
        </message>
        <message>
            <source>Registered {name}.</source>
            <translation>ਰਜਿਸਟਰ ਹੋ ਗਈ: {name}</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>ਸੰਭਾਲੀ ਗਈ: {name}</translation>
        </message>
        <message>
            <source>There are no organisations listed to export.</source>
            <translation>ਨਿਰਯਾਤ ਲਈ ਸੂਚੀ ਵਿੱਚ ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Saved {count} organisations to {file} in {folder}.</source>
            <translation>{count} ਸੰਸਥਾਵਾਂ ਸੰਭਾਲੀਆਂ ਗਈਆਂ: {file}, ਫੋਲਡਰ {folder}</translation>
        </message>
        <message>
            <source>Choose an organisation in the list to delete it.</source>
            <translation>ਮਿਟਾਉਣ ਲਈ ਸੂਚੀ ਵਿੱਚੋਂ ਸੰਸਥਾ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>this organisation</source>
            <translation>ਇਹ ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>ਵਾਪਸ ਲੈਣ ਲਈ ਕੁਝ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Restored {name}.</source>
            <translation>ਵਾਪਸ ਆ ਗਈ: {name}</translation>
        </message>
        <message>
            <source>Loaded {count} example organisations.</source>
            <translation>{count} ਨਮੂਨਾ ਸੰਸਥਾਵਾਂ ਲੋਡ ਹੋਈਆਂ।</translation>
        </message>
        <message>
            <source>Exporting organisations: {count}…</source>
            <translation>ਸੰਸਥਾਵਾਂ ਨਿਰਯਾਤ ਹੋ ਰਹੀਆਂ ਹਨ: {count}…</translation>
        </message>
        <message>
            <source>History of {name}</source>
            <translation>ਇਤਿਹਾਸ: {name}</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>ਮਿਟਾਈ ਗਈ: {name}</translation>
        </message>
        <message>
            <source>Deleted {name}. Ctrl+Z undoes.</source>
            <translation>ਮਿਟਾਈ ਗਈ: {name}। Ctrl+Z ਨਾਲ ਵਾਪਸ ਲਓ।</translation>
        </message>
        <message>
            <source>Not saved yet: things to put right: {count}</source>
            <translation>ਅਜੇ ਸੰਭਾਲਿਆ ਨਹੀਂ: ਠੀਕ ਕਰਨ ਵਾਲੀਆਂ ਗੱਲਾਂ: {count}</translation>
        </message>
        <message>
            <source>Could not save {file}: {error}</source>
            <translation>{file} ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ: {error}</translation>
        </message>
    </context>
    <context>
        <name>OurGroup</name>
        <message>
            <source>We agree that the council may keep these contact details and contact us</source>
            <translation>ਅਸੀਂ ਸਹਿਮਤ ਹਾਂ ਕਿ ਕੌਂਸਲ ਇਹ ਸੰਪਰਕ ਵੇਰਵੇ ਰੱਖ ਸਕਦੀ ਹੈ ਅਤੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ</translation>
        </message>
        <message>
            <source>The file is locked: only {council} can open it. To send it, either attach it to an email to your council contact, or copy it to a USB stick and hand it in. You can send again whenever you like; the council simply sees your latest answers.</source>
            <translation>ਫ਼ਾਈਲ ਤਾਲਾਬੰਦ ਹੈ: ਸਿਰਫ਼ {council} ਇਸ ਨੂੰ ਖੋਲ੍ਹ ਸਕਦੀ ਹੈ। ਭੇਜਣ ਲਈ ਇਸ ਨੂੰ ਕੌਂਸਲ ਵਿੱਚ ਆਪਣੇ ਸੰਪਰਕ ਨੂੰ ਈਮੇਲ ਨਾਲ ਲਗਾਓ, ਜਾਂ USB ਸਟਿੱਕ ਉੱਤੇ ਕਾਪੀ ਕਰਕੇ ਦੇ ਆਓ। ਤੁਸੀਂ ਜਦੋਂ ਚਾਹੋ ਮੁੜ ਭੇਜ ਸਕਦੇ ਹੋ; ਕੌਂਸਲ ਬੱਸ ਤੁਹਾਡੇ ਸਭ ਤੋਂ ਨਵੇਂ ਜਵਾਬ ਵੇਖਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Where should the file for the council go? (a USB stick, or a folder to email from)</source>
            <translation>ਕੌਂਸਲ ਲਈ ਫ਼ਾਈਲ ਕਿੱਥੇ ਜਾਵੇ? (USB ਸਟਿੱਕ, ਜਾਂ ਉਹ ਫੋਲਡਰ ਜਿੱਥੋਂ ਈਮੇਲ ਕਰੋਗੇ)</translation>
        </message>
        <message>
            <source>the council</source>
            <translation>ਕੌਂਸਲ</translation>
        </message>
        <message>
            <source>About this app</source>
            <translation>ਇਸ ਐਪ ਬਾਰੇ</translation>
        </message>
        <message>
            <source>Your group</source>
            <translation>ਤੁਹਾਡਾ ਗਰੁੱਪ</translation>
        </message>
        <message>
            <source>Change details</source>
            <translation>ਵੇਰਵੇ ਬਦਲੋ</translation>
        </message>
        <message>
            <source>Change your group's details</source>
            <translation>ਆਪਣੇ ਗਰੁੱਪ ਦੇ ਵੇਰਵੇ ਬਦਲੋ</translation>
        </message>
        <message>
            <source>Your health check</source>
            <translation>ਤੁਹਾਡੀ ਸਿਹਤ ਜਾਂਚ</translation>
        </message>
        <message>
            <source>Health check progress</source>
            <translation>ਸਿਹਤ ਜਾਂਚ ਦੀ ਤਰੱਕੀ</translation>
        </message>
        <message>
            <source>Start the health check</source>
            <translation>ਸਿਹਤ ਜਾਂਚ ਸ਼ੁਰੂ ਕਰੋ</translation>
        </message>
        <message>
            <source>Send it to the council</source>
            <translation>ਇਸ ਨੂੰ ਕੌਂਸਲ ਨੂੰ ਭੇਜੋ</translation>
        </message>
        <message>
            <source>How sending works</source>
            <translation>ਭੇਜਣਾ ਕਿਵੇਂ ਹੁੰਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>ਭੇਜਿਆ</translation>
        </message>
        <message>
            <source>Send to the council…</source>
            <translation>ਕੌਂਸਲ ਨੂੰ ਭੇਜੋ…</translation>
        </message>
        <message>
            <source>Send to the council</source>
            <translation>ਕੌਂਸਲ ਨੂੰ ਭੇਜੋ</translation>
        </message>
        <message>
            <source>Tell the council who you are. Only the group's name, its legal form and postcode are needed; a contact person helps the council get back to you.</source>
            <translation>ਕੌਂਸਲ ਨੂੰ ਦੱਸੋ ਤੁਸੀਂ ਕੌਣ ਹੋ। ਸਿਰਫ਼ ਗਰੁੱਪ ਦਾ ਨਾਮ, ਕਾਨੂੰਨੀ ਰੂਪ ਅਤੇ ਪੋਸਟਕੋਡ ਲੋੜੀਂਦੇ ਹਨ; ਸੰਪਰਕ ਵਿਅਕਤੀ ਹੋਵੇ ਤਾਂ ਕੌਂਸਲ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>ਗਰੁੱਪ ਦਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>e.g. Dalton Community Garden</source>
            <translation>ਜਿਵੇਂ Dalton Community Garden</translation>
        </message>
        <message>
            <source>What kind of group</source>
            <translation>ਗਰੁੱਪ ਦੀ ਕਿਸਮ</translation>
        </message>
        <message>
            <source>where you meet, e.g. HD1 2AB</source>
            <translation>ਜਿੱਥੇ ਤੁਸੀਂ ਮਿਲਦੇ ਹੋ, ਜਿਵੇਂ HD1 2AB</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>ਪੱਕਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Registration problem</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦੀ ਸਮੱਸਿਆ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Cancel changing the details</source>
            <translation>ਵੇਰਵੇ ਬਦਲਣਾ ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Register our group</source>
            <translation>ਸਾਡਾ ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>no contact person given</source>
            <translation>ਕੋਈ ਸੰਪਰਕ ਵਿਅਕਤੀ ਨਹੀਂ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>ਫ਼ਾਈਲ ਲਿਖੀ ਜਾ ਰਹੀ ਹੈ…</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>ਕਦਮ {number}: {title}</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Register your group</source>
            <translation>ਆਪਣਾ ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>Sit together, one screen everyone can see. Before each section you read a short guide; then each person rates each statement privately, you reveal the ratings together and agree one answer. Everything is saved as you go.</source>
            <translation>ਇਕੱਠੇ ਬੈਠੋ, ਇੱਕ ਸਕਰੀਨ ਜੋ ਸਾਰੇ ਵੇਖ ਸਕਣ। ਹਰ ਭਾਗ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਇੱਕ ਛੋਟੀ ਗਾਈਡ ਪੜ੍ਹਦੇ ਹੋ; ਫਿਰ ਹਰ ਵਿਅਕਤੀ ਹਰ ਕਥਨ ਨੂੰ ਵੱਖਰੇ ਤੌਰ ਉੱਤੇ ਦਰਜਾ ਦਿੰਦਾ ਹੈ, ਤੁਸੀਂ ਮਿਲ ਕੇ ਦਰਜੇ ਖੋਲ੍ਹਦੇ ਹੋ ਅਤੇ ਇੱਕ ਜਵਾਬ ਉੱਤੇ ਸਹਿਮਤ ਹੁੰਦੇ ਹੋ। ਸਭ ਕੁਝ ਨਾਲ-ਨਾਲ ਸੰਭਾਲਿਆ ਜਾਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Not started yet. It takes 60 to 90 minutes.</source>
            <translation>ਅਜੇ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ। ਇਸ ਨੂੰ 60 ਤੋਂ 90 ਮਿੰਟ ਲੱਗਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>Your group's self-assessment, to share with {council}.</source>
            <translation>ਤੁਹਾਡੇ ਗਰੁੱਪ ਦਾ ਸਵੈ-ਮੁਲਾਂਕਣ, {council} ਨਾਲ ਸਾਂਝਾ ਕਰਨ ਲਈ।</translation>
        </message>
        <message>
            <source>See results and report</source>
            <translation>ਨਤੀਜੇ ਅਤੇ ਰਿਪੋਰਟ ਵੇਖੋ</translation>
        </message>
        <message>
            <source>Started: carry on where you left off.</source>
            <translation>ਸ਼ੁਰੂ ਹੋ ਚੁੱਕਾ: ਜਿੱਥੇ ਛੱਡਿਆ ਸੀ ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੋ।</translation>
        </message>
        <message>
            <source>Carry on</source>
            <translation>ਜਾਰੀ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Saved {file} in {folder}. Now email it to {council}, or take the stick to them.</source>
            <translation>{file} ਸੰਭਾਲੀ ਗਈ, ਫੋਲਡਰ {folder}। ਹੁਣ ਇਸ ਨੂੰ {council} ਨੂੰ ਈਮੇਲ ਕਰੋ, ਜਾਂ ਸਟਿੱਕ ਉਨ੍ਹਾਂ ਨੂੰ ਦੇ ਆਓ।</translation>
        </message>
        <message>
            <source>The file for {council} is ready: {path}</source>
            <translation>{council} ਲਈ ਫ਼ਾਈਲ ਤਿਆਰ ਹੈ: {path}</translation>
        </message>
        <message>
            <source>Welcome. This is your group's own health check, to share with {council} when you are ready. Start by registering your group.</source>
            <translation>ਜੀ ਆਇਆਂ ਨੂੰ। ਇਹ ਤੁਹਾਡੇ ਗਰੁੱਪ ਦੀ ਆਪਣੀ ਸਿਹਤ ਜਾਂਚ ਹੈ, ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਹੋਵੋ ਤਾਂ {council} ਨਾਲ ਸਾਂਝੀ ਕਰਨ ਲਈ। ਆਪਣਾ ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰਕੇ ਸ਼ੁਰੂ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Contact: {contact}</source>
            <translation>ਸੰਪਰਕ: {contact}</translation>
        </message>
        <message>
            <source>Finished. See your results, your action plan, and save the report.</source>
            <translation>ਪੂਰਾ। ਆਪਣੇ ਨਤੀਜੇ ਅਤੇ ਕਾਰਜ ਯੋਜਨਾ ਵੇਖੋ, ਅਤੇ ਰਿਪੋਰਟ ਸੰਭਾਲੋ।</translation>
        </message>
        <message>
            <source>Something went wrong while writing the file; nothing was sent and your answers are safe. The details are in the log file. ({message})</source>
            <translation>ਫ਼ਾਈਲ ਲਿਖਦਿਆਂ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ; ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ ਅਤੇ ਤੁਹਾਡੇ ਜਵਾਬ ਸੁਰੱਖਿਅਤ ਹਨ। ਵੇਰਵਾ ਲੌਗ ਫ਼ਾਈਲ ਵਿੱਚ ਹੈ। ({message})</translation>
        </message>
        <message>
            <source>Finished on {date}. See your strengths, the areas to work on, your action plan, and save the report.</source>
            <translation>{date} ਨੂੰ ਪੂਰਾ ਹੋਇਆ। ਆਪਣੀਆਂ ਖ਼ੂਬੀਆਂ, ਸੁਧਾਰ ਦੇ ਖੇਤਰ ਅਤੇ ਕਾਰਜ ਯੋਜਨਾ ਵੇਖੋ, ਅਤੇ ਰਿਪੋਰਟ ਸੰਭਾਲੋ।</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Ready</source>
            <translation>ਤਿਆਰ</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>ਸਹਾਇਤਾ ਨਾਲ ਤਿਆਰ</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>ਹਾਲੇ ਤਿਆਰ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Health checks</source>
            <translation>ਸਿਹਤ ਜਾਂਚਾਂ</translation>
        </message>
        <message>
            <source>all wards</source>
            <translation>ਸਾਰੇ ਵਾਰਡਾਂ</translation>
        </message>
        <message>
            <source>Saved CSV files ({count}: {file}, …) in {folder}.</source>
            <translation>CSV ਫ਼ਾਈਲਾਂ ({count}: {file}, …) {folder} ਵਿੱਚ ਸੰਭਾਲੀਆਂ ਗਈਆਂ।</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>ਸੰਖੇਪ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Assessed from</source>
            <translation>ਮੁਲਾਂਕਣ ਕਦੋਂ ਤੋਂ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ਤੱਕ</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>ਤਾਜ਼ਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Export to spreadsheet…</source>
            <translation>ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਿੱਚ ਐਕਸਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Every table of the overview, in full, as an Excel workbook (.xlsx) or CSV files</source>
            <translation>ਸੰਖੇਪ ਦੀ ਹਰ ਸਾਰਣੀ, ਪੂਰੀ, ਐਕਸਲ ਵਰਕਬੁੱਕ (.xlsx) ਜਾਂ CSV ਫ਼ਾਈਲਾਂ ਵਜੋਂ</translation>
        </message>
        <message>
            <source>Working out the overview…</source>
            <translation>ਸੰਖੇਪ ਤਿਆਰ ਹੋ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Include work not yet approved</source>
            <translation>ਹਾਲੇ ਮਨਜ਼ੂਰ ਨਾ ਹੋਇਆ ਕੰਮ ਵੀ ਸ਼ਾਮਲ ਕਰੋ</translation>
        </message>
        <message>
            <source>Off: the figures count only assessments council staff approved on the Assessments page. On: every completed assessment, approved or not.</source>
            <translation>ਬੰਦ: ਅੰਕੜਿਆਂ ਵਿੱਚ ਸਿਰਫ਼ ਉਹ ਮੁਲਾਂਕਣ ਗਿਣੇ ਜਾਂਦੇ ਹਨ ਜੋ ਕੌਂਸਲ ਦੇ ਸਟਾਫ਼ ਨੇ ਮੁਲਾਂਕਣ ਸਫ਼ੇ ਉੱਤੇ ਮਨਜ਼ੂਰ ਕੀਤੇ। ਚਾਲੂ: ਹਰ ਪੂਰਾ ਮੁਲਾਂਕਣ, ਮਨਜ਼ੂਰ ਹੋਵੇ ਜਾਂ ਨਾ।</translation>
        </message>
        <message>
            <source>All wards</source>
            <translation>ਸਾਰੇ ਵਾਰਡ</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>ਸ਼ੁਰੂ</translation>
        </message>
        <message>
            <source>today</source>
            <translation>ਅੱਜ</translation>
        </message>
        <message>
            <source>(every completed assessment counts, approved or not)</source>
            <translation>(ਹਰ ਪੂਰਾ ਮੁਲਾਂਕਣ ਗਿਣਿਆ ਜਾਂਦਾ ਹੈ, ਮਨਜ਼ੂਰ ਹੋਵੇ ਜਾਂ ਨਾ)</translation>
        </message>
        <message>
            <source>number: average score (0–100)</source>
            <translation>ਗਿਣਤੀ: ਔਸਤ ਅੰਕ (0–100)</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>ਹਾਲੇ ਦਿਖਾਉਣ ਲਈ ਕੁਝ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Saved {file} in {folder}.</source>
            <translation>{file} ਨੂੰ {folder} ਵਿੱਚ ਸੰਭਾਲਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>Support needs by ward and theme</source>
            <translation>ਵਾਰਡ ਅਤੇ ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਸਹਾਇਤਾ ਦੀਆਂ ਲੋੜਾਂ</translation>
        </message>
        <message>
            <source>CAT readiness over time (per quarter)</source>
            <translation>ਸਮੇਂ ਨਾਲ CAT ਲਈ ਤਿਆਰੀ (ਹਰ ਤਿਮਾਹੀ)</translation>
        </message>
        <message>
            <source>Health checks per quarter (average score)</source>
            <translation>ਹਰ ਤਿਮਾਹੀ ਸਿਹਤ ਜਾਂਚਾਂ (ਔਸਤ ਅੰਕ)</translation>
        </message>
        <message>
            <source>Organisations by legal form</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ ਅਨੁਸਾਰ ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Organisations by ward</source>
            <translation>ਵਾਰਡ ਅਨੁਸਾਰ ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>No completed assessments have raised support needs yet.</source>
            <translation>ਹਾਲੇ ਕਿਸੇ ਪੂਰੇ ਮੁਲਾਂਕਣ ਨੇ ਸਹਾਇਤਾ ਦੀ ਲੋੜ ਨਹੀਂ ਦੱਸੀ।</translation>
        </message>
        <message>
            <source>Organisations whose latest assessment raised each support need, 1 theme most needed first; darker means more.</source>
            <translation>ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੇ ਤਾਜ਼ਾ ਮੁਲਾਂਕਣ ਨੇ ਹਰ ਸਹਾਇਤਾ ਦੀ ਲੋੜ ਦੱਸੀ, 1 ਵਿਸ਼ਾ, ਸਭ ਤੋਂ ਵੱਧ ਲੋੜੀਂਦਾ ਪਹਿਲਾਂ; ਗੂੜ੍ਹਾ ਮਤਲਬ ਵੱਧ।</translation>
        </message>
        <message>
            <source>1 organisation registered in {where}</source>
            <translation>{where} ਵਿੱਚ 1 ਸੰਸਥਾ ਰਜਿਸਟਰਡ</translation>
        </message>
        <message>
            <source>{count} organisations registered in {where}</source>
            <translation>{where} ਵਿੱਚ {count} ਸੰਸਥਾਵਾਂ ਰਜਿਸਟਰਡ</translation>
        </message>
        <message>
            <source>{count} with a completed assessment from {start} to {end}</source>
            <translation>{start} ਤੋਂ {end} ਤੱਕ {count} ਦਾ ਪੂਰਾ ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>{count} with a completed assessment</source>
            <translation>{count} ਦਾ ਪੂਰਾ ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>that council staff approved; 1 assessment not yet approved left out</source>
            <translation>ਜਿਸ ਨੂੰ ਕੌਂਸਲ ਦੇ ਸਟਾਫ਼ ਨੇ ਮਨਜ਼ੂਰ ਕੀਤਾ; 1 ਗ਼ੈਰ-ਮਨਜ਼ੂਰ ਮੁਲਾਂਕਣ ਸ਼ਾਮਲ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>that council staff approved</source>
            <translation>ਜਿਸ ਨੂੰ ਕੌਂਸਲ ਦੇ ਸਟਾਫ਼ ਨੇ ਮਨਜ਼ੂਰ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Organisations whose latest assessment raised each support need, {count} themes most needed first; darker means more.</source>
            <translation>ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੇ ਤਾਜ਼ਾ ਮੁਲਾਂਕਣ ਨੇ ਹਰ ਸਹਾਇਤਾ ਦੀ ਲੋੜ ਦੱਸੀ, {count} ਵਿਸ਼ੇ, ਸਭ ਤੋਂ ਵੱਧ ਲੋੜੀਂਦੇ ਪਹਿਲਾਂ; ਗੂੜ੍ਹਾ ਮਤਲਬ ਵੱਧ।</translation>
        </message>
        <message>
            <source>1 more theme is in the spreadsheet export or on a wider window.</source>
            <translation>1 ਹੋਰ ਵਿਸ਼ਾ ਸਪ੍ਰੈਡਸ਼ੀਟ ਐਕਸਪੋਰਟ ਵਿੱਚ ਜਾਂ ਚੌੜੀ ਵਿੰਡੋ ਵਿੱਚ ਹੈ।</translation>
        </message>
        <message>
            <source>1 more theme is in the spreadsheet export.</source>
            <translation>1 ਹੋਰ ਵਿਸ਼ਾ ਸਪ੍ਰੈਡਸ਼ੀਟ ਐਕਸਪੋਰਟ ਵਿੱਚ ਹੈ।</translation>
        </message>
        <message>
            <source>that council staff approved; {count} assessments not yet approved left out</source>
            <translation>ਜਿਸ ਨੂੰ ਕੌਂਸਲ ਦੇ ਸਟਾਫ਼ ਨੇ ਮਨਜ਼ੂਰ ਕੀਤਾ; {count} ਗ਼ੈਰ-ਮਨਜ਼ੂਰ ਮੁਲਾਂਕਣ ਸ਼ਾਮਲ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Could not save {file}: {reason}</source>
            <translation>{file} ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ: {reason}</translation>
        </message>
        <message>
            <source>{count} more themes are in the spreadsheet export or on a wider window.</source>
            <translation>{count} ਹੋਰ ਵਿਸ਼ੇ ਸਪ੍ਰੈਡਸ਼ੀਟ ਐਕਸਪੋਰਟ ਵਿੱਚ ਜਾਂ ਚੌੜੀ ਵਿੰਡੋ ਵਿੱਚ ਹਨ।</translation>
        </message>
        <message>
            <source>{count} more themes are in the spreadsheet export.</source>
            <translation>{count} ਹੋਰ ਵਿਸ਼ੇ ਸਪ੍ਰੈਡਸ਼ੀਟ ਐਕਸਪੋਰਟ ਵਿੱਚ ਹਨ।</translation>
        </message>
    </context>
    <context>
        <name>PhonePage</name>
        <message>
            <source>Vote</source>
            <translation>ਵੋਟ ਪਾਓ</translation>
        </message>
        <message>
            <source>Silent vote</source>
            <translation>ਚੁੱਪ ਵੋਟ</translation>
        </message>
        <message>
            <source>your rating stays private until everyone has voted</source>
            <translation>ਜਦੋਂ ਤੱਕ ਸਾਰੇ ਵੋਟ ਨਹੀਂ ਪਾ ਲੈਂਦੇ, ਤੁਹਾਡੀ ਰੇਟਿੰਗ ਨਿੱਜੀ ਰਹਿੰਦੀ ਹੈ</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>PIN ਦਰਜ ਕਰੋ</translation>
        </message>
        <message>
            <source>The 4-digit PIN is on the laptop or the big screen.</source>
            <translation>4 ਅੰਕਾਂ ਦਾ PIN ਲੈਪਟਾਪ ਜਾਂ ਵੱਡੀ ਸਕ੍ਰੀਨ 'ਤੇ ਹੈ।</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ਅੱਗੇ</translation>
        </message>
        <message>
            <source>Which one is you?</source>
            <translation>ਤੁਸੀਂ ਕਿਹੜੇ ਹੋ?</translation>
        </message>
        <message>
            <source>Choose the label the facilitator gave you. Only you can vote for it.</source>
            <translation>ਉਹ ਨਿਸ਼ਾਨ ਚੁਣੋ ਜੋ ਸੰਚਾਲਕ ਨੇ ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਹੈ। ਇਸ ਲਈ ਸਿਰਫ਼ ਤੁਸੀਂ ਵੋਟ ਪਾ ਸਕਦੇ ਹੋ।</translation>
        </message>
        <message>
            <source>Waiting for the next statement</source>
            <translation>ਅਗਲੇ ਕਥਨ ਦੀ ਉਡੀਕ</translation>
        </message>
        <message>
            <source>Keep this page open. It moves on by itself.</source>
            <translation>ਇਹ ਪੰਨਾ ਖੁੱਲ੍ਹਾ ਰੱਖੋ। ਇਹ ਆਪਣੇ-ਆਪ ਅੱਗੇ ਵਧੇਗਾ।</translation>
        </message>
        <message>
            <source>(taken)</source>
            <translation>(ਲਿਆ ਜਾ ਚੁੱਕਾ)</translation>
        </message>
        <message>
            <source>You are {chip}</source>
            <translation>ਤੁਸੀਂ ਹੋ: {chip}</translation>
        </message>
        <message>
            <source>Statement {number} of {total}</source>
            <translation>ਕਥਨ {number} / {total}</translation>
        </message>
        <message>
            <source>The votes are on the screen now. Talk about them together.</source>
            <translation>ਵੋਟਾਂ ਹੁਣ ਸਕ੍ਰੀਨ 'ਤੇ ਹਨ। ਇਕੱਠੇ ਇਨ੍ਹਾਂ ਬਾਰੇ ਗੱਲ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Your vote is in ({voted} of {people} have voted). You can change it until the votes are shown.</source>
            <translation>ਤੁਹਾਡੀ ਵੋਟ ਪਹੁੰਚ ਗਈ ({people} ਵਿੱਚੋਂ {voted} ਨੇ ਵੋਟ ਪਾਈ)। ਵੋਟਾਂ ਦਿਖਾਏ ਜਾਣ ਤੱਕ ਤੁਸੀਂ ਇਸਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ।</translation>
        </message>
        <message>
            <source>Tap the one that fits best. Nobody sees your vote until everyone has voted.</source>
            <translation>ਜੋ ਸਭ ਤੋਂ ਵੱਧ ਢੁਕਵਾਂ ਹੈ ਉਸਨੂੰ ਛੂਹੋ। ਜਦੋਂ ਤੱਕ ਸਾਰੇ ਵੋਟ ਨਹੀਂ ਪਾ ਲੈਂਦੇ, ਕੋਈ ਤੁਹਾਡੀ ਵੋਟ ਨਹੀਂ ਦੇਖੇਗਾ।</translation>
        </message>
        <message>
            <source>The PIN has 4 digits.</source>
            <translation>PIN ਵਿੱਚ 4 ਅੰਕ ਹਨ।</translation>
        </message>
        <message>
            <source>Can't reach the laptop. Check the Wi-Fi.</source>
            <translation>ਲੈਪਟਾਪ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਰਿਹਾ। Wi-Fi ਦੇਖੋ।</translation>
        </message>
        <message>
            <source>That didn't work. Try again.</source>
            <translation>ਇਹ ਨਹੀਂ ਹੋਇਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Your vote didn't arrive. Try again.</source>
            <translation>ਤੁਹਾਡੀ ਵੋਟ ਨਹੀਂ ਪਹੁੰਚੀ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>The PIN has changed.</source>
            <translation>PIN ਬਦਲ ਗਿਆ ਹੈ।</translation>
        </message>
        <message>
            <source>Can't reach the laptop just now. Trying again…</source>
            <translation>ਹੁਣੇ ਲੈਪਟਾਪ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਰਿਹਾ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਹੋ ਰਹੀ ਹੈ…</translation>
        </message>
        <message>
            <source>Another phone has already chosen this person.</source>
            <translation>ਕਿਸੇ ਹੋਰ ਫ਼ੋਨ ਨੇ ਇਹ ਵਿਅਕਤੀ ਪਹਿਲਾਂ ਹੀ ਚੁਣ ਲਿਆ ਹੈ।</translation>
        </message>
        <message>
            <source>Busy. Try again in a moment.</source>
            <translation>ਰੁੱਝਿਆ ਹੋਇਆ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Nothing here.</source>
            <translation>ਇੱਥੇ ਕੁਝ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>Phone voting answers the local network only.</source>
            <translation>ਫ਼ੋਨ ਵੋਟਿੰਗ ਸਿਰਫ਼ ਸਥਾਨਕ ਨੈੱਟਵਰਕ 'ਤੇ ਕੰਮ ਕਰਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Send a Content-Length.</source>
            <translation>Content-Length ਭੇਜੋ।</translation>
        </message>
        <message>
            <source>Something went wrong. Try again.</source>
            <translation>ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>That PIN is not right. Check the number on the screen.</source>
            <translation>ਇਹ PIN ਸਹੀ ਨਹੀਂ ਹੈ। ਸਕ੍ਰੀਨ 'ਤੇ ਨੰਬਰ ਦੇਖੋ।</translation>
        </message>
        <message>
            <source>That is not one of the choices.</source>
            <translation>ਇਹ ਚੋਣਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>That request is not JSON.</source>
            <translation>ਇਹ ਬੇਨਤੀ JSON ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>That request is not a JSON object.</source>
            <translation>ਇਹ ਬੇਨਤੀ JSON ਆਬਜੈਕਟ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>That request is too big.</source>
            <translation>ਇਹ ਬੇਨਤੀ ਬਹੁਤ ਵੱਡੀ ਹੈ।</translation>
        </message>
        <message>
            <source>The group has moved on. Your screen will catch up.</source>
            <translation>ਗਰੁੱਪ ਅੱਗੇ ਵਧ ਗਿਆ ਹੈ। ਤੁਹਾਡੀ ਸਕ੍ਰੀਨ ਵੀ ਆ ਜਾਵੇਗੀ।</translation>
        </message>
        <message>
            <source>The votes have been shown, so they can't change now.</source>
            <translation>ਵੋਟਾਂ ਦਿਖਾਈਆਂ ਜਾ ਚੁੱਕੀਆਂ ਹਨ, ਇਸ ਲਈ ਹੁਣ ਬਦਲੀਆਂ ਨਹੀਂ ਜਾ ਸਕਦੀਆਂ।</translation>
        </message>
        <message>
            <source>There is no statement to vote on just now.</source>
            <translation>ਹੁਣੇ ਵੋਟ ਲਈ ਕੋਈ ਕਥਨ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>There is no such person in this session.</source>
            <translation>ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਅਜਿਹਾ ਕੋਈ ਵਿਅਕਤੀ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>This phone has not chosen who it is yet.</source>
            <translation>ਇਸ ਫ਼ੋਨ ਨੇ ਅਜੇ ਨਹੀਂ ਚੁਣਿਆ ਕਿ ਇਹ ਕੌਣ ਹੈ।</translation>
        </message>
        <message>
            <source>Too many requests. Slow down a little.</source>
            <translation>ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। ਥੋੜ੍ਹਾ ਹੌਲੀ।</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Wait a minute and try again.</source>
            <translation>ਬਹੁਤ ਸਾਰੇ ਗਲਤ PIN। ਇੱਕ ਮਿੰਟ ਉਡੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoting</name>
        <message>
            <source>&lt;p&gt;Phones need to be on the same network as this laptop. No internet is needed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If the hall has Wi-Fi&lt;/b&gt;, join the laptop and the phones to it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If not, turn on the laptop's own hotspot&lt;/b&gt; and ask people to join it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows 10 and 11:&lt;/b&gt; Settings → Network &amp;amp; internet → Mobile hotspot → turn it on. The network name and password are shown there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;macOS:&lt;/b&gt; a Mac cannot share Wi-Fi over Wi-Fi; use the hall's Wi-Fi, or a phone's hotspot that both the laptop and the other phones join.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Linux (GNOME):&lt;/b&gt; Settings → Wi-Fi → ⋮ menu → Turn On Wi-Fi Hotspot….&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then people scan the QR code, or type the address, and enter the PIN.&lt;/p&gt;&lt;p&gt;GAP Field Kit never changes your network settings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ਫ਼ੋਨ ਉਸੇ ਨੈੱਟਵਰਕ 'ਤੇ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ ਜਿਸ 'ਤੇ ਇਹ ਲੈਪਟਾਪ ਹੈ। ਇੰਟਰਨੈੱਟ ਦੀ ਲੋੜ ਨਹੀਂ।&lt;/p&gt;&lt;p&gt;&lt;b&gt;ਜੇ ਹਾਲ ਵਿੱਚ Wi-Fi ਹੈ&lt;/b&gt;, ਤਾਂ ਲੈਪਟਾਪ ਅਤੇ ਫ਼ੋਨਾਂ ਨੂੰ ਉਸ ਨਾਲ ਜੋੜੋ।&lt;/p&gt;&lt;p&gt;&lt;b&gt;ਜੇ ਨਹੀਂ, ਤਾਂ ਲੈਪਟਾਪ ਦਾ ਆਪਣਾ ਹੌਟਸਪੌਟ ਚਾਲੂ ਕਰੋ&lt;/b&gt; ਅਤੇ ਲੋਕਾਂ ਨੂੰ ਉਸ ਨਾਲ ਜੁੜਨ ਲਈ ਕਹੋ:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows 10 ਅਤੇ 11:&lt;/b&gt; Settings → Network &amp;amp; internet → Mobile hotspot → ਚਾਲੂ ਕਰੋ। ਨੈੱਟਵਰਕ ਦਾ ਨਾਮ ਅਤੇ ਪਾਸਵਰਡ ਉੱਥੇ ਦਿਖਾਏ ਜਾਂਦੇ ਹਨ।&lt;/li&gt;&lt;li&gt;&lt;b&gt;macOS:&lt;/b&gt; Mac, Wi-Fi ਨੂੰ Wi-Fi ਰਾਹੀਂ ਸਾਂਝਾ ਨਹੀਂ ਕਰ ਸਕਦਾ; ਹਾਲ ਦਾ Wi-Fi ਵਰਤੋ, ਜਾਂ ਕਿਸੇ ਫ਼ੋਨ ਦਾ ਹੌਟਸਪੌਟ ਜਿਸ ਨਾਲ ਲੈਪਟਾਪ ਅਤੇ ਬਾਕੀ ਫ਼ੋਨ ਜੁੜਨ।&lt;/li&gt;&lt;li&gt;&lt;b&gt;Linux (GNOME):&lt;/b&gt; Settings → Wi-Fi → ⋮ ਮੀਨੂ → Turn On Wi-Fi Hotspot….&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;ਫਿਰ ਲੋਕ QR ਕੋਡ ਸਕੈਨ ਕਰਨ, ਜਾਂ ਪਤਾ ਲਿਖਣ, ਅਤੇ PIN ਦਰਜ ਕਰਨ।&lt;/p&gt;&lt;p&gt;GAP Field Kit ਕਦੇ ਵੀ ਤੁਹਾਡੀਆਂ ਨੈੱਟਵਰਕ ਸੈਟਿੰਗਾਂ ਨਹੀਂ ਬਦਲਦਾ।&lt;/p&gt;</translation>
        </message>
        <message>
            <source>QR code to open the voting page</source>
            <translation>ਵੋਟਿੰਗ ਪੰਨਾ ਖੋਲ੍ਹਣ ਲਈ QR ਕੋਡ</translation>
        </message>
        <message>
            <source>How to connect phones…</source>
            <translation>ਫ਼ੋਨ ਕਿਵੇਂ ਜੋੜਨੇ ਹਨ…</translation>
        </message>
        <message>
            <source>How to connect phones</source>
            <translation>ਫ਼ੋਨ ਕਿਵੇਂ ਜੋੜਨੇ ਹਨ</translation>
        </message>
        <message>
            <source>Stop phone voting</source>
            <translation>ਫ਼ੋਨ ਵੋਟਿੰਗ ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Connecting phones</source>
            <translation>ਫ਼ੋਨ ਜੋੜਨਾ</translation>
        </message>
        <message>
            <source>Phone voting is on</source>
            <translation>ਫ਼ੋਨ ਵੋਟਿੰਗ ਚਾਲੂ ਹੈ</translation>
        </message>
        <message>
            <source>Scan the code, or open &lt;b&gt;{address}&lt;/b&gt; and enter PIN {pin}</source>
            <translation>ਕੋਡ ਸਕੈਨ ਕਰੋ, ਜਾਂ &lt;b&gt;{address}&lt;/b&gt; ਖੋਲ੍ਹੋ ਅਤੇ PIN {pin} ਦਰਜ ਕਰੋ</translation>
        </message>
        <message>
            <source>PIN {pin}. This laptop is not on a network yet: join the hall's Wi-Fi or turn on its hotspot (How to connect phones).</source>
            <translation>PIN {pin}। ਇਹ ਲੈਪਟਾਪ ਅਜੇ ਕਿਸੇ ਨੈੱਟਵਰਕ 'ਤੇ ਨਹੀਂ ਹੈ: ਹਾਲ ਦੇ Wi-Fi ਨਾਲ ਜੋੜੋ ਜਾਂ ਇਸਦਾ ਹੌਟਸਪੌਟ ਚਾਲੂ ਕਰੋ (ਫ਼ੋਨ ਕਿਵੇਂ ਜੋੜਨੇ ਹਨ)।</translation>
        </message>
        <message>
            <source>{voted} of {people} have voted</source>
            <translation>{people} ਵਿੱਚੋਂ {voted} ਨੇ ਵੋਟ ਪਾਈ</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Contact name</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਦਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>ਸੰਪਰਕ ਈਮੇਲ</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>ਸੰਪਰਕ ਫ਼ੋਨ</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਦੀ ਭੂਮਿਕਾ</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>ਪਸੰਦੀਦਾ ਭਾਸ਼ਾ</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>ਸਹਿਮਤੀ ਦੀ ਮਿਤੀ</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>ਸਹਿਮਤੀ ਕਿਵੇਂ ਦਿੱਤੀ ਗਈ</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>ਸਹਿਮਤੀ ਕਿਸ ਲਈ ਹੈ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ਸੰਚਾਲਕ</translation>
        </message>
        <message>
            <source>Participant label</source>
            <translation>ਭਾਗੀਦਾਰ ਦਾ ਲੇਬਲ</translation>
        </message>
        <message>
            <source>Who will do it</source>
            <translation>ਕੌਣ ਕਰੇਗਾ</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>ਲਿਖਣ ਵਾਲਾ</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>ਟਿੱਪਣੀ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ਨੋਟ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ਨੋਟ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ਥਾਂ</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>ਕੀ ਕਰਨਾ ਹੈ</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>ਪੇਸ਼ ਕੀਤੀ ਮਦਦ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>ਭਾਗੀਦਾਰ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ਕਾਰਵਾਈ</translation>
        </message>
        <message>
            <source>Action review</source>
            <translation>ਕਾਰਵਾਈ ਦੀ ਸਮੀਖਿਆ</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>ਸਮੀਖਿਆ ਨੋਟ</translation>
        </message>
        <message>
            <source>{what}: {organisation}</source>
            <translation>{what}: {organisation}</translation>
        </message>
        <message>
            <source>Erase personal data?</source>
            <translation>ਨਿੱਜੀ ਡਾਟਾ ਮਿਟਾਉਣਾ ਹੈ?</translation>
        </message>
        <message>
            <source>Keep everything</source>
            <translation>ਸਭ ਕੁਝ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Contacts due for review</source>
            <translation>ਸਮੀਖਿਆ ਲਈ ਬਕਾਇਆ ਸੰਪਰਕ</translation>
        </message>
        <message>
            <source>&amp;Keep contact</source>
            <translation>ਸੰਪਰਕ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>&amp;Erase contact…</source>
            <translation>ਸੰਪਰਕ ਮਿਟਾਓ…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>ਕਿੱਥੇ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ਕੀ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ਮੁੱਲ</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ਸੰਪਰਕ</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>ਆਖਰੀ ਸਰਗਰਮੀ</translation>
        </message>
        <message>
            <source>Earlier decision</source>
            <translation>ਪਹਿਲਾ ਫ਼ੈਸਲਾ</translation>
        </message>
        <message>
            <source>Kept on {date}</source>
            <translation>{date} ਨੂੰ ਰੱਖਿਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>&lt;b&gt;Erase everything held about {person}?&lt;/b&gt; These values will be removed from this computer's records and from their history, leaving “erased on (date) at the person's request”. The erasure travels in the next bundle or field pack and reaches every copy. It cannot be undone.</source>
            <translation>&lt;b&gt;{person} ਬਾਰੇ ਰੱਖਿਆ ਸਭ ਕੁਝ ਮਿਟਾਉਣਾ ਹੈ?&lt;/b&gt; ਇਹ ਮੁੱਲ ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਰਿਕਾਰਡਾਂ ਅਤੇ ਉਹਨਾਂ ਦੇ ਇਤਿਹਾਸ ਵਿੱਚੋਂ ਹਟਾ ਦਿੱਤੇ ਜਾਣਗੇ, ਅਤੇ ਉਹਨਾਂ ਦੀ ਥਾਂ “(ਮਿਤੀ) ਨੂੰ ਵਿਅਕਤੀ ਦੀ ਬੇਨਤੀ ’ਤੇ ਮਿਟਾਇਆ ਗਿਆ” ਰਹੇਗਾ। ਮਿਟਾਉਣਾ ਅਗਲੇ ਬੰਡਲ ਜਾਂ ਫੀਲਡ ਪੈਕ ਨਾਲ ਜਾਂਦਾ ਹੈ ਅਤੇ ਹਰ ਕਾਪੀ ਤੱਕ ਪਹੁੰਚਦਾ ਹੈ। ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।</translation>
        </message>
        <message>
            <source>Entries of their history scrubbed: {count}.</source>
            <translation>ਇਤਿਹਾਸ ਦੀਆਂ ਸਾਫ਼ ਕੀਤੀਆਂ ਐਂਟਰੀਆਂ: {count}।</translation>
        </message>
        <message>
            <source>Erase these values ({count})</source>
            <translation>ਇਹ ਮੁੱਲ ਮਿਟਾਓ ({count})</translation>
        </message>
        <message>
            <source>Organisations holding a contact person's details, with no activity for {years} years or more: {count}. Keep a contact (the decision is recorded in the organisation's history and the period starts again) or erase it.</source>
            <translation>ਉਹ ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਕੋਲ ਕਿਸੇ ਸੰਪਰਕ ਵਿਅਕਤੀ ਦੇ ਵੇਰਵੇ ਹਨ, ਅਤੇ {years} ਸਾਲ ਜਾਂ ਵੱਧ ਤੋਂ ਕੋਈ ਸਰਗਰਮੀ ਨਹੀਂ: {count}। ਸੰਪਰਕ ਰੱਖੋ (ਫ਼ੈਸਲਾ ਸੰਸਥਾ ਦੇ ਇਤਿਹਾਸ ਵਿੱਚ ਦਰਜ ਹੁੰਦਾ ਹੈ ਅਤੇ ਮਿਆਦ ਮੁੜ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ) ਜਾਂ ਇਸ ਨੂੰ ਮਿਟਾਓ।</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ਕੋਈ ਨਾਮ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>Conflicts scrubbed: {count}.</source>
            <translation>ਸਾਫ਼ ਕੀਤੇ ਟਕਰਾਅ: {count}।</translation>
        </message>
        <message>
            <source>The app's backups of the database deleted (all are older than the erasure): {count}.</source>
            <translation>ਡਾਟਾਬੇਸ ਦੇ ਐਪ ਵਾਲੇ ਬੈਕਅੱਪ ਮਿਟਾਏ ਗਏ (ਸਾਰੇ ਮਿਟਾਉਣ ਤੋਂ ਪੁਰਾਣੇ ਹਨ): {count}।</translation>
        </message>
        <message>
            <source>{field} (only they are taken out)</source>
            <translation>{field} (ਸਿਰਫ਼ ਇਸ ਵਿਅਕਤੀ ਦੇ ਵੇਰਵੇ ਹਟਾਏ ਜਾਂਦੇ ਹਨ)</translation>
        </message>
        <message>
            <source>Personal data (UK GDPR)</source>
            <translation>ਨਿੱਜੀ ਡਾਟਾ (UK GDPR)</translation>
        </message>
        <message>
            <source>Find everything held about a person (by name, email or phone) to give them a copy, or erase it at their request. See docs/privacy.md.</source>
            <translation>ਕਿਸੇ ਵਿਅਕਤੀ ਬਾਰੇ ਰੱਖਿਆ ਸਭ ਕੁਝ ਲੱਭੋ (ਨਾਮ, ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ ਨਾਲ) ਤਾਂ ਜੋ ਉਹਨਾਂ ਨੂੰ ਇਸ ਦੀ ਕਾਪੀ ਦਿੱਤੀ ਜਾ ਸਕੇ, ਜਾਂ ਉਹਨਾਂ ਦੀ ਬੇਨਤੀ ’ਤੇ ਇਸ ਨੂੰ ਮਿਟਾਓ। docs/privacy.md ਵੇਖੋ।</translation>
        </message>
        <message>
            <source>Name, email or phone</source>
            <translation>ਨਾਮ, ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>ਵਿਅਕਤੀ</translation>
        </message>
        <message>
            <source>Subject access &amp;export…</source>
            <translation>ਪਹੁੰਚ ਬੇਨਤੀ ਦਾ ਨਿਰਯਾਤ…</translation>
        </message>
        <message>
            <source>E&amp;rase…</source>
            <translation>ਮਿਟਾਓ…</translation>
        </message>
        <message>
            <source> years</source>
            <translation> ਸਾਲ</translation>
        </message>
        <message>
            <source>Review due contacts…</source>
            <translation>ਬਕਾਇਆ ਸੰਪਰਕਾਂ ਦੀ ਸਮੀਖਿਆ…</translation>
        </message>
        <message>
            <source>&amp;Forget it on this computer…</source>
            <translation>ਇਸ ਕੰਪਿਊਟਰ ’ਤੇ ਭੁੱਲ ਜਾਓ…</translation>
        </message>
        <message>
            <source>Folder for the subject access files</source>
            <translation>ਪਹੁੰਚ ਬੇਨਤੀ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਲਈ ਫੋਲਡਰ</translation>
        </message>
        <message>
            <source>Erasing…</source>
            <translation>ਮਿਟਾਇਆ ਜਾ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Forget completed work?</source>
            <translation>ਪੂਰਾ ਹੋਇਆ ਕੰਮ ਭੁੱਲਣਾ ਹੈ?</translation>
        </message>
        <message>
            <source>The council has confirmed receiving them. Their answers, participants, actions and history are deleted here only; the council keeps them, and a field pack can bring them back.</source>
            <translation>ਕੌਂਸਲ ਨੇ ਇਹਨਾਂ ਦੇ ਮਿਲਣ ਦੀ ਪੁਸ਼ਟੀ ਕਰ ਦਿੱਤੀ ਹੈ। ਇਹਨਾਂ ਦੇ ਜਵਾਬ, ਭਾਗੀਦਾਰ, ਕਾਰਵਾਈਆਂ ਅਤੇ ਇਤਿਹਾਸ ਸਿਰਫ਼ ਇੱਥੋਂ ਮਿਟਾਏ ਜਾਂਦੇ ਹਨ; ਕੌਂਸਲ ਇਹਨਾਂ ਨੂੰ ਰੱਖਦੀ ਹੈ, ਅਤੇ ਫੀਲਡ ਪੈਕ ਇਹਨਾਂ ਨੂੰ ਵਾਪਸ ਲਿਆ ਸਕਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Forget them</source>
            <translation>ਭੁੱਲ ਜਾਓ</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>ਇਹਨਾਂ ਨੂੰ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>Forgetting…</source>
            <translation>ਭੁਲਾਇਆ ਜਾ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Kept; the decision is in the organisation's history.</source>
            <translation>ਰੱਖ ਲਿਆ; ਫ਼ੈਸਲਾ ਸੰਸਥਾ ਦੇ ਇਤਿਹਾਸ ਵਿੱਚ ਦਰਜ ਹੈ।</translation>
        </message>
        <message>
            <source>Review contacts after</source>
            <translation>ਸੰਪਰਕਾਂ ਦੀ ਸਮੀਖਿਆ ਕਰੋ</translation>
        </message>
        <message>
            <source>without activity</source>
            <translation>ਬਿਨਾਂ ਸਰਗਰਮੀ ਦੇ ਬਾਅਦ</translation>
        </message>
        <message>
            <source>Looking for “{person}”…</source>
            <translation>“{person}” ਨੂੰ ਲੱਭਿਆ ਜਾ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Wrote {json} and {pdf}.</source>
            <translation>{json} ਅਤੇ {pdf} ਲਿਖੀਆਂ ਗਈਆਂ।</translation>
        </message>
        <message>
            <source>Erased. Values: {values}; records: {records}; history entries scrubbed: {history}; backups deleted: {backups}. The erasure travels in the next bundle or field pack.</source>
            <translation>ਮਿਟਾ ਦਿੱਤਾ। ਮੁੱਲ: {values}; ਰਿਕਾਰਡ: {records}; ਇਤਿਹਾਸ ਦੀਆਂ ਸਾਫ਼ ਕੀਤੀਆਂ ਐਂਟਰੀਆਂ: {history}; ਮਿਟਾਏ ਬੈਕਅੱਪ: {backups}। ਮਿਟਾਉਣਾ ਅਗਲੇ ਬੰਡਲ ਜਾਂ ਫੀਲਡ ਪੈਕ ਨਾਲ ਜਾਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Completed assessments the council has confirmed receiving: {count}. Forgetting them leaves less on this computer if it is lost; the council keeps them.</source>
            <translation>ਪੂਰੇ ਮੁਲਾਂਕਣ ਜਿਨ੍ਹਾਂ ਦੇ ਮਿਲਣ ਦੀ ਕੌਂਸਲ ਨੇ ਪੁਸ਼ਟੀ ਕੀਤੀ ਹੈ: {count}। ਇਹਨਾਂ ਨੂੰ ਭੁੱਲਣ ਨਾਲ ਕੰਪਿਊਟਰ ਗੁੰਮ ਹੋਣ ’ਤੇ ਇਸ ਉੱਤੇ ਘੱਟ ਡਾਟਾ ਰਹਿੰਦਾ ਹੈ; ਕੌਂਸਲ ਇਹਨਾਂ ਨੂੰ ਰੱਖਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Completed assessments to forget on this computer: {count}. Forget them?</source>
            <translation>ਇਸ ਕੰਪਿਊਟਰ ’ਤੇ ਭੁਲਾਏ ਜਾਣ ਵਾਲੇ ਪੂਰੇ ਮੁਲਾਂਕਣ: {count}। ਇਹਨਾਂ ਨੂੰ ਭੁੱਲਣਾ ਹੈ?</translation>
        </message>
        <message>
            <source>Completed assessments forgotten on this computer: {count}.</source>
            <translation>ਇਸ ਕੰਪਿਊਟਰ ’ਤੇ ਭੁਲਾਏ ਗਏ ਪੂਰੇ ਮੁਲਾਂਕਣ: {count}।</translation>
        </message>
        <message>
            <source>Nothing is held about “{person}”. Check the spelling, or look for their email or phone number.</source>
            <translation>“{person}” ਬਾਰੇ ਕੁਝ ਵੀ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ, ਜਾਂ ਉਹਨਾਂ ਦੀ ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ ਲੱਭੋ।</translation>
        </message>
    </context>
    <context>
        <name>Projector</name>
        <message>
            <source>Projector</source>
            <translation>ਪ੍ਰੋਜੈਕਟਰ</translation>
        </message>
        <message>
            <source>How the group rated it</source>
            <translation>ਸਮੂਹ ਨੇ ਕੀ ਦਰਜਾ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>The ratings differ by two levels or more</source>
            <translation>ਦਰਜਿਆਂ ਵਿੱਚ ਦੋ ਜਾਂ ਵੱਧ ਪੱਧਰਾਂ ਦਾ ਫ਼ਰਕ ਹੈ</translation>
        </message>
        <message>
            <source>The ratings are shown when everyone has rated.</source>
            <translation>ਜਦੋਂ ਸਾਰੇ ਦਰਜਾ ਦੇ ਦੇਣਗੇ ਤਾਂ ਦਰਜੇ ਦਿਖਾਏ ਜਾਣਗੇ।</translation>
        </message>
        <message>
            <source>TALK ABOUT THIS</source>
            <translation>ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ</translation>
        </message>
        <message>
            <source>Vote on your phone: {address}  ·  PIN {pin}</source>
            <translation>ਆਪਣੇ ਫ਼ੋਨ 'ਤੇ ਵੋਟ ਪਾਓ: {address}  ·  PIN {pin}</translation>
        </message>
        <message>
            <source>statement {position} of {shown}</source>
            <translation>ਕਥਨ {position} / {shown}</translation>
        </message>
        <message>
            <source>{rated} of {raters} have rated.</source>
            <translation>{raters} ਵਿੱਚੋਂ {rated} ਨੇ ਦਰਜਾ ਦਿੱਤਾ ਹੈ।</translation>
        </message>
        <message>
            <source>section {number} of {count}</source>
            <translation>ਭਾਗ {number} / {count}</translation>
        </message>
    </context>
    <context>
        <name>Radar</name>
        <message>
            <source>no score</source>
            <translation>ਕੋਈ ਅੰਕ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>ਹਾਲੇ ਕੋਈ ਅੰਕ ਨਹੀਂ</translation>
        </message>
    </context>
    <context>
        <name>RegisterOrganisation</name>
        <message>
            <source>Register an organisation</source>
            <translation>ਸੰਸਥਾ ਰਜਿਸਟਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>Save and go back</source>
            <translation>ਸੰਭਾਲੋ ਅਤੇ ਵਾਪਸ ਜਾਓ</translation>
        </message>
        <message>
            <source>Save the registration and go back</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਸੰਭਾਲੋ ਅਤੇ ਵਾਪਸ ਜਾਓ</translation>
        </message>
        <message>
            <source>Register the organisation and return to the start (Ctrl+S)</source>
            <translation>ਸੰਸਥਾ ਰਜਿਸਟਰ ਕਰੋ ਅਤੇ ਸ਼ੁਰੂ ਵੱਲ ਵਾਪਸ ਜਾਓ (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Cancel: register nothing</source>
            <translation>ਰੱਦ ਕਰੋ: ਕੁਝ ਵੀ ਰਜਿਸਟਰ ਨਾ ਕਰੋ</translation>
        </message>
    </context>
    <context>
        <name>RegisterPreview</name>
        <message>
            <source>Opening your data…</source>
            <translation>ਤੁਹਾਡਾ ਡਾਟਾ ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ…</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Search name, charity or company number, postcode (Ctrl+F)</source>
            <translation>ਨਾਮ, ਚੈਰਿਟੀ ਜਾਂ ਕੰਪਨੀ ਨੰਬਰ, ਪੋਸਟਕੋਡ ਖੋਜੋ (Ctrl+F)</translation>
        </message>
        <message>
            <source>All wards</source>
            <translation>ਸਾਰੇ ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ਐਕਸਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>ਇਤਿਹਾਸ…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ਮਿਟਾਓ</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>ਨਵੀਂ ਸੰਸਥਾ</translation>
        </message>
    </context>
    <context>
        <name>Registration</name>
        <message>
            <source>Whole district</source>
            <translation>ਪੂਰਾ ਜ਼ਿਲ੍ਹਾ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ਨਾਮ</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>ਹੋਰ ਨਾਮ</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ</translation>
        </message>
        <message>
            <source>Legal form (other)</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ (ਹੋਰ)</translation>
        </message>
        <message>
            <source>Charity number</source>
            <translation>ਚੈਰਿਟੀ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>ਕੰਪਨੀ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>Mutuals register number</source>
            <translation>ਮਿਊਚੁਅਲਜ਼ ਰਜਿਸਟਰ ਨੰਬਰ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ਪਤਾ</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>ਕਸਬਾ / ਸ਼ਹਿਰ</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>ਪੋਸਟਕੋਡ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>ਵਾਰਡਾਂ ਦੀ ਸੂਚੀ</translation>
        </message>
        <message>
            <source>District committee area</source>
            <translation>ਜ਼ਿਲ੍ਹਾ ਕਮੇਟੀ ਦਾ ਖੇਤਰ</translation>
        </message>
        <message>
            <source>Areas of benefit</source>
            <translation>ਲਾਭ ਦੇ ਖੇਤਰ</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>ਵਿਸ਼ੇ</translation>
        </message>
        <message>
            <source>Who benefits</source>
            <translation>ਕਿਸ ਨੂੰ ਲਾਭ ਹੁੰਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>Who benefits (other)</source>
            <translation>ਕਿਸ ਨੂੰ ਲਾਭ ਹੁੰਦਾ ਹੈ (ਹੋਰ)</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>ਸਥਾਪਨਾ ਦਾ ਸਾਲ</translation>
        </message>
        <message>
            <source>Annual income</source>
            <translation>ਸਾਲਾਨਾ ਆਮਦਨ</translation>
        </message>
        <message>
            <source>Trustees / committee members</source>
            <translation>ਟਰੱਸਟੀ / ਕਮੇਟੀ ਮੈਂਬਰ</translation>
        </message>
        <message>
            <source>Paid staff (FTE)</source>
            <translation>ਤਨਖ਼ਾਹਦਾਰ ਸਟਾਫ਼ (FTE)</translation>
        </message>
        <message>
            <source>Regular volunteers</source>
            <translation>ਨਿਯਮਤ ਵਲੰਟੀਅਰ</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>ਬੈਂਕ ਖਾਤਾ</translation>
        </message>
        <message>
            <source>Bank signatories</source>
            <translation>ਬੈਂਕ ਦਸਤਖ਼ਤਕਾਰ</translation>
        </message>
        <message>
            <source>Policies held</source>
            <translation>ਮੌਜੂਦ ਨੀਤੀਆਂ</translation>
        </message>
        <message>
            <source>Insurance held</source>
            <translation>ਮੌਜੂਦ ਬੀਮਾ</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>ਦਿਲਚਸਪੀ</translation>
        </message>
        <message>
            <source>Building for asset transfer</source>
            <translation>ਸੰਪਤੀ ਤਬਾਦਲੇ ਲਈ ਇਮਾਰਤ</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਦਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਦੀ ਭੂਮਿਕਾ</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>ਸੰਪਰਕ ਈਮੇਲ</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>ਸੰਪਰਕ ਫ਼ੋਨ</translation>
        </message>
        <message>
            <source>Contact's preferred language</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਦੀ ਪਸੰਦੀਦਾ ਭਾਸ਼ਾ</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>ਸਹਿਮਤੀ ਦੀ ਮਿਤੀ</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>ਸਹਿਮਤੀ ਕਿਵੇਂ ਦਿੱਤੀ ਗਈ</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>ਸਹਿਮਤੀ ਕਿਸ ਚੀਜ਼ ਦੀ ਹੈ</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>GAP ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>GAP status date</source>
            <translation>GAP ਸਥਿਤੀ ਦੀ ਮਿਤੀ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ਨੋਟ</translation>
        </message>
        <message>
            <source>Unincorporated association</source>
            <translation>ਗ਼ੈਰ-ਨਿਗਮਿਤ ਐਸੋਸੀਏਸ਼ਨ</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>ਟਰੱਸਟ</translation>
        </message>
        <message>
            <source>CIO (association model)</source>
            <translation>CIO (ਐਸੋਸੀਏਸ਼ਨ ਮਾਡਲ)</translation>
        </message>
        <message>
            <source>CIO (foundation model)</source>
            <translation>CIO (ਫਾਊਂਡੇਸ਼ਨ ਮਾਡਲ)</translation>
        </message>
        <message>
            <source>Charitable company (limited by guarantee)</source>
            <translation>ਚੈਰੀਟੇਬਲ ਕੰਪਨੀ (ਗਰੰਟੀ ਨਾਲ ਸੀਮਤ)</translation>
        </message>
        <message>
            <source>Company limited by guarantee (not a charity)</source>
            <translation>ਗਰੰਟੀ ਨਾਲ ਸੀਮਤ ਕੰਪਨੀ (ਚੈਰਿਟੀ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>Community interest company (CIC)</source>
            <translation>ਕਮਿਊਨਿਟੀ ਹਿੱਤ ਕੰਪਨੀ (CIC)</translation>
        </message>
        <message>
            <source>Community benefit society (CBS)</source>
            <translation>ਕਮਿਊਨਿਟੀ ਲਾਭ ਸੋਸਾਇਟੀ (CBS)</translation>
        </message>
        <message>
            <source>Co-operative society</source>
            <translation>ਸਹਿਕਾਰੀ ਸੋਸਾਇਟੀ</translation>
        </message>
        <message>
            <source>Faith group</source>
            <translation>ਧਾਰਮਿਕ ਗਰੁੱਪ</translation>
        </message>
        <message>
            <source>Informal or mutual aid group</source>
            <translation>ਗ਼ੈਰ-ਰਸਮੀ ਜਾਂ ਆਪਸੀ ਮਦਦ ਗਰੁੱਪ</translation>
        </message>
        <message>
            <source>Town or parish council</source>
            <translation>ਟਾਊਨ ਜਾਂ ਪੈਰਿਸ਼ ਕੌਂਸਲ</translation>
        </message>
        <message>
            <source>Other (say what)</source>
            <translation>ਹੋਰ (ਦੱਸੋ ਕੀ)</translation>
        </message>
        <message>
            <source>Community groups and activities</source>
            <translation>ਕਮਿਊਨਿਟੀ ਗਰੁੱਪ ਅਤੇ ਸਰਗਰਮੀਆਂ</translation>
        </message>
        <message>
            <source>Health, wellbeing and self-care</source>
            <translation>ਸਿਹਤ, ਤੰਦਰੁਸਤੀ ਅਤੇ ਆਪਣੀ ਦੇਖਭਾਲ</translation>
        </message>
        <message>
            <source>Volunteering and social action</source>
            <translation>ਵਲੰਟੀਅਰੀ ਅਤੇ ਸਮਾਜਿਕ ਕਾਰਵਾਈ</translation>
        </message>
        <message>
            <source>Social prescribing</source>
            <translation>ਸਮਾਜਿਕ ਨੁਸਖ਼ਾ (ਸੋਸ਼ਲ ਪ੍ਰਿਸਕ੍ਰਾਈਬਿੰਗ)</translation>
        </message>
        <message>
            <source>Sharing resources (space, equipment, skills)</source>
            <translation>ਸਾਧਨ ਸਾਂਝੇ ਕਰਨਾ (ਥਾਂ, ਸਾਮਾਨ, ਹੁਨਰ)</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>ਭੋਜਨ</translation>
        </message>
        <message>
            <source>Exercise and sport</source>
            <translation>ਕਸਰਤ ਅਤੇ ਖੇਡ</translation>
        </message>
        <message>
            <source>Arts and culture</source>
            <translation>ਕਲਾ ਅਤੇ ਸਭਿਆਚਾਰ</translation>
        </message>
        <message>
            <source>Learning and skills</source>
            <translation>ਸਿੱਖਿਆ ਅਤੇ ਹੁਨਰ</translation>
        </message>
        <message>
            <source>Children, young people and families</source>
            <translation>ਬੱਚੇ, ਨੌਜਵਾਨ ਅਤੇ ਪਰਿਵਾਰ</translation>
        </message>
        <message>
            <source>Older people</source>
            <translation>ਬਜ਼ੁਰਗ ਲੋਕ</translation>
        </message>
        <message>
            <source>Disabled people</source>
            <translation>ਅਪਾਹਜ ਲੋਕ</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>ਮਾਨਸਿਕ ਸਿਹਤ</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>ਰੁਜ਼ਗਾਰ</translation>
        </message>
        <message>
            <source>Money, debt and housing advice</source>
            <translation>ਪੈਸੇ, ਕਰਜ਼ੇ ਅਤੇ ਰਿਹਾਇਸ਼ ਬਾਰੇ ਸਲਾਹ</translation>
        </message>
        <message>
            <source>Environment and green spaces</source>
            <translation>ਵਾਤਾਵਰਣ ਅਤੇ ਹਰੀਆਂ ਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>ਧਰਮ</translation>
        </message>
        <message>
            <source>Refugees and new arrivals</source>
            <translation>ਸ਼ਰਨਾਰਥੀ ਅਤੇ ਨਵੇਂ ਆਏ ਲੋਕ</translation>
        </message>
        <message>
            <source>Domestic abuse support</source>
            <translation>ਘਰੇਲੂ ਹਿੰਸਾ ਵਿੱਚ ਮਦਦ</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>ਹੋਰ</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>ਬੱਚੇ</translation>
        </message>
        <message>
            <source>Young people</source>
            <translation>ਨੌਜਵਾਨ</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>ਪਰਿਵਾਰ</translation>
        </message>
        <message>
            <source>Carers</source>
            <translation>ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ</translation>
        </message>
        <message>
            <source>People with mental health needs</source>
            <translation>ਮਾਨਸਿਕ ਸਿਹਤ ਦੀਆਂ ਲੋੜਾਂ ਵਾਲੇ ਲੋਕ</translation>
        </message>
        <message>
            <source>People on low incomes</source>
            <translation>ਘੱਟ ਆਮਦਨ ਵਾਲੇ ਲੋਕ</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>ਔਰਤਾਂ</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>ਮਰਦ</translation>
        </message>
        <message>
            <source>LGBTQ+ people</source>
            <translation>LGBTQ+ ਲੋਕ</translation>
        </message>
        <message>
            <source>Minority ethnic communities</source>
            <translation>ਨਸਲੀ ਘੱਟਗਿਣਤੀ ਭਾਈਚਾਰੇ</translation>
        </message>
        <message>
            <source>Faith communities</source>
            <translation>ਧਾਰਮਿਕ ਭਾਈਚਾਰੇ</translation>
        </message>
        <message>
            <source>Everyone in the area</source>
            <translation>ਇਲਾਕੇ ਵਿੱਚ ਹਰ ਕੋਈ</translation>
        </message>
        <message>
            <source>Other (say who)</source>
            <translation>ਹੋਰ (ਦੱਸੋ ਕੌਣ)</translation>
        </message>
        <message>
            <source>Under £10k</source>
            <translation>£10k ਤੋਂ ਘੱਟ</translation>
        </message>
        <message>
            <source>£10k–£25k</source>
            <translation>£10k–£25k</translation>
        </message>
        <message>
            <source>£25k–£100k</source>
            <translation>£25k–£100k</translation>
        </message>
        <message>
            <source>£100k–£500k</source>
            <translation>£100k–£500k</translation>
        </message>
        <message>
            <source>£500k–£1m</source>
            <translation>£500k–£1m</translation>
        </message>
        <message>
            <source>Over £1m</source>
            <translation>£1m ਤੋਂ ਵੱਧ</translation>
        </message>
        <message>
            <source>Safeguarding</source>
            <translation>ਸੁਰੱਖਿਆ (ਸੇਫ਼ਗਾਰਡਿੰਗ)</translation>
        </message>
        <message>
            <source>Equality and inclusion</source>
            <translation>ਬਰਾਬਰੀ ਅਤੇ ਸ਼ਮੂਲੀਅਤ</translation>
        </message>
        <message>
            <source>Data protection / privacy notice</source>
            <translation>ਡਾਟਾ ਸੁਰੱਖਿਆ / ਪਰਦੇਦਾਰੀ ਨੋਟਿਸ</translation>
        </message>
        <message>
            <source>Health and safety</source>
            <translation>ਸਿਹਤ ਅਤੇ ਸੁਰੱਖਿਆ</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>ਸ਼ਿਕਾਇਤਾਂ</translation>
        </message>
        <message>
            <source>Volunteer policy</source>
            <translation>ਵਲੰਟੀਅਰ ਨੀਤੀ</translation>
        </message>
        <message>
            <source>Financial procedures</source>
            <translation>ਵਿੱਤੀ ਪ੍ਰਕਿਰਿਆਵਾਂ</translation>
        </message>
        <message>
            <source>Public liability</source>
            <translation>ਜਨਤਕ ਜ਼ਿੰਮੇਵਾਰੀ</translation>
        </message>
        <message>
            <source>Employer's liability</source>
            <translation>ਮਾਲਕ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>ਇਮਾਰਤਾਂ</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>ਸਾਮਾਨ</translation>
        </message>
        <message>
            <source>Trustee indemnity</source>
            <translation>ਟਰੱਸਟੀ ਜ਼ਿੰਮੇਵਾਰੀ ਬੀਮਾ</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>ਸਮਾਗਮ</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>ਗ੍ਰਾਂਟਾਂ</translation>
        </message>
        <message>
            <source>Community asset transfer</source>
            <translation>ਕਮਿਊਨਿਟੀ ਸੰਪਤੀ ਤਬਾਦਲਾ</translation>
        </message>
        <message>
            <source>Volunteering support</source>
            <translation>ਵਲੰਟੀਅਰੀ ਵਿੱਚ ਮਦਦ</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>ਸਿਖਲਾਈ</translation>
        </message>
        <message>
            <source>Contact by the council</source>
            <translation>ਕੌਂਸਲ ਵੱਲੋਂ ਸੰਪਰਕ</translation>
        </message>
        <message>
            <source>Sharing with partner organisations</source>
            <translation>ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਨਾਲ ਸਾਂਝ</translation>
        </message>
        <message>
            <source>Listing in the community directory</source>
            <translation>ਕਮਿਊਨਿਟੀ ਡਾਇਰੈਕਟਰੀ ਵਿੱਚ ਸੂਚੀਬੱਧ</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>ਰਜਿਸਟਰਡ</translation>
        </message>
        <message>
            <source>Health check offered</source>
            <translation>ਸਿਹਤ ਜਾਂਚ ਦੀ ਪੇਸ਼ਕਸ਼ ਹੋਈ</translation>
        </message>
        <message>
            <source>Health check done</source>
            <translation>ਸਿਹਤ ਜਾਂਚ ਹੋ ਗਈ</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>ਨਵੀਂ ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ਚੁਣੋ…</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>ਦਿਨ/ਮਹੀਨਾ/ਸਾਲ</translation>
        </message>
        <message>
            <source>{title} section</source>
            <translation>ਭਾਗ: {title}</translation>
        </message>
        <message>
            <source>Show or hide this section</source>
            <translation>ਇਹ ਭਾਗ ਦਿਖਾਓ ਜਾਂ ਲੁਕਾਓ</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>ਸਮੱਸਿਆ: {field}</translation>
        </message>
        <message>
            <source>Registration form</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਫ਼ਾਰਮ</translation>
        </message>
        <message>
            <source>Organisation being edited</source>
            <translation>ਸੋਧੀ ਜਾ ਰਹੀ ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Problems to put right before saving</source>
            <translation>ਸੰਭਾਲਣ ਤੋਂ ਪਹਿਲਾਂ ਠੀਕ ਕਰਨ ਵਾਲੀਆਂ ਗੱਲਾਂ</translation>
        </message>
        <message>
            <source>Registration fields</source>
            <translation>ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦੇ ਖ਼ਾਨੇ</translation>
        </message>
        <message>
            <source>Fields marked * are needed.</source>
            <translation>* ਵਾਲੇ ਖ਼ਾਨੇ ਲੋੜੀਂਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>working or former names, one a line</source>
            <translation>ਕੰਮ ਵਾਲੇ ਜਾਂ ਪੁਰਾਣੇ ਨਾਮ, ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ</translation>
        </message>
        <message>
            <source>Address and ward</source>
            <translation>ਪਤਾ ਅਤੇ ਵਾਰਡ</translation>
        </message>
        <message>
            <source>one line each</source>
            <translation>ਹਰ ਇੱਕ ਵੱਖਰੀ ਲਾਈਨ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>ਤੈਅ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Filled in from the ward</source>
            <translation>ਵਾਰਡ ਤੋਂ ਭਰਿਆ ਜਾਂਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>ਇਹ ਕੀ ਕਰਦੀ ਹੈ</translation>
        </message>
        <message>
            <source>e.g. 1998</source>
            <translation>ਜਿਵੇਂ 1998</translation>
        </message>
        <message>
            <source>Size and money</source>
            <translation>ਆਕਾਰ ਅਤੇ ਪੈਸਾ</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ਪਤਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>0–100</source>
            <translation>0–100 ਤੱਕ</translation>
        </message>
        <message>
            <source>e.g. 2.5</source>
            <translation>ਜਿਵੇਂ 2.5</translation>
        </message>
        <message>
            <source>e.g. 25</source>
            <translation>ਜਿਵੇਂ 25</translation>
        </message>
        <message>
            <source>how many can sign</source>
            <translation>ਕਿੰਨੇ ਦਸਤਖ਼ਤ ਕਰ ਸਕਦੇ ਹਨ</translation>
        </message>
        <message>
            <source>Policies and insurance</source>
            <translation>ਨੀਤੀਆਂ ਅਤੇ ਬੀਮਾ</translation>
        </message>
        <message>
            <source>Contact person and consent</source>
            <translation>ਸੰਪਰਕ ਵਿਅਕਤੀ ਅਤੇ ਸਹਿਮਤੀ</translation>
        </message>
        <message>
            <source>GAP status and notes</source>
            <translation>GAP ਸਥਿਤੀ ਅਤੇ ਨੋਟ</translation>
        </message>
        <message>
            <source>One thing to put right before saving:</source>
            <translation>ਸੰਭਾਲਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਗੱਲ ਠੀਕ ਕਰੋ:</translation>
        </message>
        <message>
            <source>Policy held: {policy}</source>
            <translation>ਮੌਜੂਦ ਨੀਤੀ: {policy}</translation>
        </message>
        <message>
            <source>last reviewed, {date_format}</source>
            <translation>ਆਖ਼ਰੀ ਸਮੀਖਿਆ, {date_format}</translation>
        </message>
        <message>
            <source>{policy} policy: last review date</source>
            <translation>ਨੀਤੀ {policy}: ਆਖ਼ਰੀ ਸਮੀਖਿਆ ਦੀ ਮਿਤੀ</translation>
        </message>
        <message>
            <source>{label} *</source>
            <translation>{label} *</translation>
        </message>
        <message>
            <source>e.g. Holme Valley Food Bank</source>
            <translation>ਜਿਵੇਂ Holme Valley Food Bank</translation>
        </message>
        <message>
            <source>say what</source>
            <translation>ਦੱਸੋ ਕੀ</translation>
        </message>
        <message>
            <source>e.g. 1234567, SC012345</source>
            <translation>ਜਿਵੇਂ 1234567, SC012345</translation>
        </message>
        <message>
            <source>e.g. 01234567, SC123456</source>
            <translation>ਜਿਵੇਂ 01234567, SC123456</translation>
        </message>
        <message>
            <source>e.g. 12345R</source>
            <translation>ਜਿਵੇਂ 12345R</translation>
        </message>
        <message>
            <source>e.g. HD1 2AB</source>
            <translation>ਜਿਵੇਂ HD1 2AB</translation>
        </message>
        <message>
            <source>say who</source>
            <translation>ਦੱਸੋ ਕੌਣ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ਹਾਂ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ਨਹੀਂ</translation>
        </message>
        <message>
            <source>building name and address</source>
            <translation>ਇਮਾਰਤ ਦਾ ਨਾਮ ਅਤੇ ਪਤਾ</translation>
        </message>
        <message>
            <source>e.g. Secretary</source>
            <translation>ਜਿਵੇਂ ਸਕੱਤਰ</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>e.g. 01484 221000</source>
            <translation>ਜਿਵੇਂ 01484 221000</translation>
        </message>
        <message>
            <source>e.g. English, Urdu</source>
            <translation>ਜਿਵੇਂ ਅੰਗਰੇਜ਼ੀ, ਉਰਦੂ</translation>
        </message>
        <message>
            <source>e.g. signed the registration form</source>
            <translation>ਜਿਵੇਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਫ਼ਾਰਮ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ</translation>
        </message>
        <message>
            <source>{ward} (not a current ward)</source>
            <translation>{ward} (ਹੁਣ ਵਾਰਡ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>{count} things to put right before saving:</source>
            <translation>ਸੰਭਾਲਣ ਤੋਂ ਪਹਿਲਾਂ ਠੀਕ ਕਰਨ ਵਾਲੀਆਂ ਗੱਲਾਂ: {count}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>To do</source>
            <translation>ਕਰਨਾ ਹੈ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>ਜਾਰੀ ਹੈ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>Organisational health check</source>
            <translation>ਸੰਗਠਨ ਦੀ ਸਿਹਤ ਜਾਂਚ</translation>
        </message>
        <message>
            <source>CAT readiness</source>
            <translation>CAT ਲਈ ਤਿਆਰੀ</translation>
        </message>
        <message>
            <source>organisational health check</source>
            <translation>ਸੰਸਥਾ ਦੀ ਸਿਹਤ ਜਾਂਚ</translation>
        </message>
        <message>
            <source>CAT readiness assessment</source>
            <translation>CAT ਤਿਆਰੀ ਦਾ ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Not met yet</source>
            <translation>ਅਜੇ ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ</translation>
        </message>
        <message>
            <source>The group did not know</source>
            <translation>ਗਰੁੱਪ ਨੂੰ ਪਤਾ ਨਹੀਂ ਸੀ</translation>
        </message>
        <message>
            <source>Draft: the answers may still change</source>
            <translation>ਖਰੜਾ: ਜਵਾਬ ਅਜੇ ਬਦਲ ਸਕਦੇ ਹਨ</translation>
        </message>
        <message>
            <source>Each section's score is the average of its agreed answers, from 0 to 100. “Don't know” answers are not scored.</source>
            <translation>ਹਰ ਭਾਗ ਦਾ ਸਕੋਰ ਉਸਦੇ ਸਹਿਮਤ ਜਵਾਬਾਂ ਦੀ ਔਸਤ ਹੈ, 0 ਤੋਂ 100 ਤੱਕ। "ਪਤਾ ਨਹੀਂ" ਵਾਲੇ ਜਵਾਬ ਗਿਣੇ ਨਹੀਂ ਜਾਂਦੇ।</translation>
        </message>
        <message>
            <source>done</source>
            <translation>ਹੋ ਗਈਆਂ</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>ਜਾਰੀ</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>ਛੱਡ ਦਿੱਤੀਆਂ</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ਛੱਡ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>1 trustee</source>
            <translation>1 ਟਰੱਸਟੀ</translation>
        </message>
        <message>
            <source>{count} trustees</source>
            <translation>{count} ਟਰੱਸਟੀ</translation>
        </message>
        <message>
            <source>1 volunteer</source>
            <translation>1 ਵਲੰਟੀਅਰ</translation>
        </message>
        <message>
            <source>{count} volunteers</source>
            <translation>{count} ਵਲੰਟੀਅਰ</translation>
        </message>
        <message>
            <source>1 staff</source>
            <translation>1 ਸਟਾਫ਼</translation>
        </message>
        <message>
            <source>{count} staff</source>
            <translation>{count} ਸਟਾਫ਼</translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>1 ਮੈਂਬਰ</translation>
        </message>
        <message>
            <source>{count} members</source>
            <translation>{count} ਮੈਂਬਰ</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 ਵਿਅਕਤੀ</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} ਲੋਕ</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>ਪੂਰਾ</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>ਸਕੋਰ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Overall score</source>
            <translation>ਕੁੱਲ ਸਕੋਰ</translation>
        </message>
        <message>
            <source>1 section improved</source>
            <translation>1 ਭਾਗ ਵਿੱਚ ਸੁਧਾਰ</translation>
        </message>
        <message>
            <source>Every condition is met</source>
            <translation>ਹਰ ਸ਼ਰਤ ਪੂਰੀ ਹੈ</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>ਭਾਗ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>ਸਕੋਰ</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>ਦਰਜਾ</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>same</source>
            <translation>ਉਹੀ</translation>
        </message>
        <message>
            <source>Every condition of this stage is met and every section reached the readiness level.</source>
            <translation>ਇਸ ਪੜਾਅ ਦੀ ਹਰ ਸ਼ਰਤ ਪੂਰੀ ਹੈ ਅਤੇ ਹਰ ਭਾਗ ਤਿਆਰੀ ਦੇ ਪੱਧਰ ਤੱਕ ਪਹੁੰਚ ਗਿਆ ਹੈ।</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>ਕੀ ਤੈਅ ਹੋਇਆ</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>ਕੌਣ</translation>
        </message>
        <message>
            <source>Since then</source>
            <translation>ਉਦੋਂ ਤੋਂ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ਨੋਟ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ਕੀ</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>ਕਦੋਂ ਤੱਕ</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>ਸਹਾਇਤਾ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>{kind} · form {form} version {version} · report created {when}</source>
            <translation>{kind} · ਫਾਰਮ {form} ਸੰਸਕਰਣ {version} · ਰਿਪੋਰਟ ਬਣੀ {when}</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਗਠਨ</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>ਕਾਨੂੰਨੀ ਰੂਪ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>ਵਾਰਡ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ਤਾਰੀਖ਼</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ਸਥਾਨ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ਸੰਚਾਲਕ</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ਭਾਗੀਦਾਰ</translation>
        </message>
        <message>
            <source>How it was run</source>
            <translation>ਇਹ ਕਿਵੇਂ ਚਲਾਇਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>This report starts with what is strong, then what to develop and the support on offer, and ends with the action plan and every answer the group agreed. It is a development tool, not a pass or fail test.</source>
            <translation>ਇਹ ਰਿਪੋਰਟ ਮਜ਼ਬੂਤ ਪੱਖਾਂ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ, ਫਿਰ ਦੱਸਦੀ ਹੈ ਕਿ ਕੀ ਵਿਕਸਿਤ ਕਰਨਾ ਹੈ ਅਤੇ ਕਿਹੜੀ ਸਹਾਇਤਾ ਮਿਲਦੀ ਹੈ, ਅਤੇ ਕਾਰਵਾਈ ਯੋਜਨਾ ਅਤੇ ਗਰੁੱਪ ਦੇ ਸਹਿਮਤ ਹਰ ਜਵਾਬ ਨਾਲ ਖ਼ਤਮ ਹੁੰਦੀ ਹੈ। ਇਹ ਵਿਕਾਸ ਦਾ ਸਾਧਨ ਹੈ, ਪਾਸ ਜਾਂ ਫੇਲ੍ਹ ਦਾ ਇਮਤਿਹਾਨ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>ਦਰਜ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>ਕੋਈ ਦਰਜ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>ਸਾਰ</translation>
        </message>
        <message>
            <source>What's strong</source>
            <translation>ਕੀ ਮਜ਼ਬੂਤ ਹੈ</translation>
        </message>
        <message>
            <source>Since {date} (was {score})</source>
            <translation>{date} ਤੋਂ (ਪਹਿਲਾਂ {score})</translation>
        </message>
        <message>
            <source>1 condition not met yet</source>
            <translation>1 ਸ਼ਰਤ ਅਜੇ ਪੂਰੀ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>ਪਹਿਲਾਂ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>ਬਦਲਾਅ</translation>
        </message>
        <message>
            <source>Section by section</source>
            <translation>ਭਾਗ-ਦਰ-ਭਾਗ</translation>
        </message>
        <message>
            <source>Some conditions must be met at this stage of the transfer, and these are not met yet. They are the first things to work on, with the council's support.</source>
            <translation>ਤਬਾਦਲੇ ਦੇ ਇਸ ਪੜਾਅ ਉੱਤੇ ਕੁਝ ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਹੋਣੀਆਂ ਜ਼ਰੂਰੀ ਹਨ, ਅਤੇ ਇਹ ਅਜੇ ਪੂਰੀਆਂ ਨਹੀਂ ਹੋਈਆਂ। ਕੌਂਸਲ ਦੀ ਸਹਾਇਤਾ ਨਾਲ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਇਨ੍ਹਾਂ ਉੱਤੇ ਕੰਮ ਕਰਨਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Community Asset Transfer readiness</source>
            <translation>ਕਮਿਊਨਿਟੀ ਸੰਪਤੀ ਤਬਾਦਲੇ (CAT) ਲਈ ਤਿਆਰੀ</translation>
        </message>
        <message>
            <source>Support on offer</source>
            <translation>ਮਿਲਣ ਵਾਲੀ ਸਹਾਇਤਾ</translation>
        </message>
        <message>
            <source>These themes came up in the answers. Next to each is the support the council and its partners offer; most of it is free to community groups.</source>
            <translation>ਇਹ ਵਿਸ਼ੇ ਜਵਾਬਾਂ ਵਿੱਚ ਆਏ। ਹਰੇਕ ਦੇ ਨਾਲ ਉਹ ਸਹਾਇਤਾ ਹੈ ਜੋ ਕੌਂਸਲ ਅਤੇ ਉਸਦੇ ਭਾਈਵਾਲ ਦਿੰਦੇ ਹਨ; ਜ਼ਿਆਦਾਤਰ ਕਮਿਊਨਿਟੀ ਗਰੁੱਪਾਂ ਲਈ ਮੁਫ਼ਤ ਹੈ।</translation>
        </message>
        <message>
            <source>Since last time</source>
            <translation>ਪਿਛਲੀ ਵਾਰ ਤੋਂ ਹੁਣ ਤੱਕ</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>ਕਾਰਵਾਈ ਯੋਜਨਾ</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>ਲਾਗੂ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Appendix: every statement and answer</source>
            <translation>ਅੰਤਿਕਾ: ਹਰ ਕਥਨ ਅਤੇ ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>ਕਥਨ</translation>
        </message>
        <message>
            <source>Agreed answer</source>
            <translation>ਸਹਿਮਤ ਜਵਾਬ</translation>
        </message>
        <message>
            <source>How people rated</source>
            <translation>ਲੋਕਾਂ ਨੇ ਕਿਵੇਂ ਰੇਟ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Group session: each person rated, then the group agreed</source>
            <translation>ਗਰੁੱਪ ਸੈਸ਼ਨ: ਹਰ ਵਿਅਕਤੀ ਨੇ ਰੇਟ ਕੀਤਾ, ਫਿਰ ਗਰੁੱਪ ਸਹਿਮਤ ਹੋਇਆ</translation>
        </message>
        <message>
            <source>Facilitated: one agreed answer per statement</source>
            <translation>ਸੰਚਾਲਿਤ: ਹਰ ਕਥਨ ਦਾ ਇੱਕ ਸਹਿਮਤ ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Rating scale</source>
            <translation>ਰੇਟਿੰਗ ਪੈਮਾਨਾ</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>ਸਕੋਰ</translation>
        </message>
        <message>
            <source>Statements the group rated highly:</source>
            <translation>ਕਥਨ ਜਿਨ੍ਹਾਂ ਨੂੰ ਗਰੁੱਪ ਨੇ ਉੱਚਾ ਰੇਟ ਕੀਤਾ:</translation>
        </message>
        <message>
            <source>No section scored highly yet. Every group starts somewhere: the action plan shows the first steps and the support on offer.</source>
            <translation>ਅਜੇ ਕਿਸੇ ਭਾਗ ਦਾ ਸਕੋਰ ਉੱਚਾ ਨਹੀਂ। ਹਰ ਗਰੁੱਪ ਕਿਤੋਂ ਸ਼ੁਰੂ ਕਰਦਾ ਹੈ: ਕਾਰਵਾਈ ਯੋਜਨਾ ਪਹਿਲੇ ਕਦਮ ਅਤੇ ਮਿਲਣ ਵਾਲੀ ਸਹਾਇਤਾ ਦਿਖਾਉਂਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>This assessment ({date})</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ({date})</translation>
        </message>
        <message>
            <source>What to develop next</source>
            <translation>ਅੱਗੇ ਕੀ ਵਿਕਸਿਤ ਕਰਨਾ ਹੈ</translation>
        </message>
        <message>
            <source>{count} sections improved</source>
            <translation>{count} ਭਾਗਾਂ ਵਿੱਚ ਸੁਧਾਰ</translation>
        </message>
        <message>
            <source>{answered} of {total}</source>
            <translation>{total} ਵਿੱਚੋਂ {answered}</translation>
        </message>
        <message>
            <source>Stage: {stage}.</source>
            <translation>ਪੜਾਅ: {stage}।</translation>
        </message>
        <message>
            <source>Conditions not met yet</source>
            <translation>ਸ਼ਰਤਾਂ ਜੋ ਅਜੇ ਪੂਰੀਆਂ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>No answer asked for support this time.</source>
            <translation>ਇਸ ਵਾਰ ਕਿਸੇ ਜਵਾਬ ਨੇ ਸਹਾਇਤਾ ਨਹੀਂ ਮੰਗੀ।</translation>
        </message>
        <message>
            <source>No actions were agreed in this session yet.</source>
            <translation>ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਅਜੇ ਕੋਈ ਕਾਰਵਾਈ ਤੈਅ ਨਹੀਂ ਹੋਈ।</translation>
        </message>
        <message>
            <source>None chosen</source>
            <translation>ਕੁਝ ਨਹੀਂ ਚੁਣਿਆ</translation>
        </message>
        <message>
            <source>The agreed answer to every statement shown in this session, with how people rated it before agreeing (one dot per person at each level), and the notes the group made.</source>
            <translation>ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਦਿਖਾਏ ਹਰ ਕਥਨ ਦਾ ਸਹਿਮਤ ਜਵਾਬ, ਸਹਿਮਤੀ ਤੋਂ ਪਹਿਲਾਂ ਲੋਕਾਂ ਨੇ ਇਸਨੂੰ ਕਿਵੇਂ ਰੇਟ ਕੀਤਾ (ਹਰ ਪੱਧਰ ਉੱਤੇ ਹਰ ਵਿਅਕਤੀ ਦਾ ਇੱਕ ਬਿੰਦੂ), ਅਤੇ ਗਰੁੱਪ ਦੇ ਨੋਟ।</translation>
        </message>
        <message>
            <source>The agreed answer to every statement shown in this session, and the notes the group made.</source>
            <translation>ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਦਿਖਾਏ ਹਰ ਕਥਨ ਦਾ ਸਹਿਮਤ ਜਵਾਬ, ਅਤੇ ਗਰੁੱਪ ਦੇ ਨੋਟ।</translation>
        </message>
        <message>
            <source>Notes on the session</source>
            <translation>ਸੈਸ਼ਨ ਬਾਰੇ ਨੋਟ</translation>
        </message>
        <message>
            <source>Report of the session on {date}</source>
            <translation>{date} ਦੇ ਸੈਸ਼ਨ ਦੀ ਰਿਪੋਰਟ</translation>
        </message>
        <message>
            <source>Completed {date}</source>
            <translation>{date} ਨੂੰ ਪੂਰਾ</translation>
        </message>
        <message>
            <source>{low} and above</source>
            <translation>{low} ਅਤੇ ਵੱਧ</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} ਤੋਂ {high}</translation>
        </message>
        <message>
            <source>below {high}</source>
            <translation>{high} ਤੋਂ ਘੱਟ</translation>
        </message>
        <message>
            <source>and</source>
            <translation>ਅਤੇ</translation>
        </message>
        <message>
            <source>Previous ({date})</source>
            <translation>ਪਿਛਲਾ ({date})</translation>
        </message>
        <message>
            <source>Scores by section</source>
            <translation>ਭਾਗ ਅਨੁਸਾਰ ਸਕੋਰ</translation>
        </message>
        <message>
            <source>{section}: {score} out of 100</source>
            <translation>{section}: 100 ਵਿੱਚੋਂ {score}</translation>
        </message>
        <message>
            <source>{count} conditions not met yet</source>
            <translation>{count} ਸ਼ਰਤਾਂ ਅਜੇ ਪੂਰੀਆਂ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>“Before” is the previous {kind} on {date}.</source>
            <translation>"ਪਹਿਲਾਂ" ਦਾ ਮਤਲਬ {date} ਦਾ ਪਿਛਲਾ {kind} ਹੈ।</translation>
        </message>
        <message>
            <source>Every condition of this stage is met. With support, these sections can reach the readiness level: {sections}.</source>
            <translation>ਇਸ ਪੜਾਅ ਦੀ ਹਰ ਸ਼ਰਤ ਪੂਰੀ ਹੈ। ਸਹਾਇਤਾ ਨਾਲ ਇਹ ਭਾਗ ਤਿਆਰੀ ਦੇ ਪੱਧਰ ਤੱਕ ਪਹੁੰਚ ਸਕਦੇ ਹਨ: {sections}।</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>ਸ਼ਰਤ</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>ਕਿੱਥੋਂ ਆਇਆ</translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <translation>{count} {outcome}</translation>
        </message>
        <message>
            <source>See below</source>
            <translation>ਹੇਠਾਂ ਦੇਖੋ</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>ਨੋਟ:</translation>
        </message>
        <message>
            <source>({count} don't know)</source>
            <translation>({count} ਪਤਾ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>{met} of {total} conditions are met.</source>
            <translation>{total} ਵਿੱਚੋਂ {met} ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਹਨ।</translation>
        </message>
        <message>
            <source>Ask your development worker.</source>
            <translation>ਆਪਣੇ ਡਿਵੈਲਪਮੈਂਟ ਵਰਕਰ ਨੂੰ ਪੁੱਛੋ।</translation>
        </message>
        <message>
            <source>{count} not reviewed</source>
            <translation>{count} ਦੀ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ</translation>
        </message>
        <message>
            <source>The actions agreed on {date}, and what became of them: {counts}.</source>
            <translation>{date} ਨੂੰ ਤੈਅ ਹੋਈਆਂ ਕਾਰਵਾਈਆਂ, ਅਤੇ ਉਨ੍ਹਾਂ ਦਾ ਕੀ ਬਣਿਆ: {counts}।</translation>
        </message>
        <message>
            <source>Gateway criterion</source>
            <translation>ਲਾਜ਼ਮੀ ਸ਼ਰਤ</translation>
        </message>
        <message>
            <source>Each section scores 0 to 100.</source>
            <translation>ਹਰ ਭਾਗ ਦਾ ਸਕੋਰ 0 ਤੋਂ 100 ਤੱਕ ਹੈ।</translation>
        </message>
        <message>
            <source>{sections} scored {score} out of 100.</source>
            <translation>{sections} ਦਾ ਸਕੋਰ 100 ਵਿੱਚੋਂ {score} ਰਿਹਾ।</translation>
        </message>
        <message>
            <source>{sections} each scored {score} out of 100.</source>
            <translation>{sections} ਵਿੱਚੋਂ ਹਰੇਕ ਦਾ ਸਕੋਰ 100 ਵਿੱਚੋਂ {score} ਰਿਹਾ।</translation>
        </message>
        <message>
            <source>Support on offer for: {themes}. See the pages that follow.</source>
            <translation>ਇਨ੍ਹਾਂ ਲਈ ਸਹਾਇਤਾ ਮਿਲਦੀ ਹੈ: {themes}। ਅਗਲੇ ਪੰਨੇ ਦੇਖੋ।</translation>
        </message>
        <message>
            <source>Action {number}</source>
            <translation>ਕਾਰਵਾਈ {number}</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>ਇਸ ਬਾਰੇ ਗੱਲ ਹੋਈ</translation>
        </message>
        <message>
            <source>Who: {who}</source>
            <translation>ਕੌਣ: {who}</translation>
        </message>
        <message>
            <source>By {date}</source>
            <translation>{date} ਤੱਕ</translation>
        </message>
        <message>
            <source>Support: {offer}</source>
            <translation>ਸਹਾਇਤਾ: {offer}</translation>
        </message>
        <message>
            <source>Not enough sections to draw a chart.</source>
            <translation>ਚਾਰਟ ਬਣਾਉਣ ਲਈ ਕਾਫ਼ੀ ਭਾਗ ਨਹੀਂ ਹਨ।</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ਬੰਦ</translation>
        </message>
        <message>
            <source>Apply any time</source>
            <translation>ਕਿਸੇ ਵੀ ਸਮੇਂ ਅਰਜ਼ੀ ਦਿਓ</translation>
        </message>
        <message>
            <source>Eligibility here is a guide, never a decision: the funder decides.</source>
            <translation>ਇੱਥੇ ਯੋਗਤਾ ਸਿਰਫ਼ ਇੱਕ ਸੇਧ ਹੈ, ਫ਼ੈਸਲਾ ਨਹੀਂ: ਫ਼ੈਸਲਾ ਫੰਡ ਦੇਣ ਵਾਲਾ ਕਰਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Funding you could apply for</source>
            <translation>ਫੰਡਿੰਗ ਜਿਸ ਲਈ ਤੁਸੀਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ</translation>
        </message>
        <message>
            <source>Funds you can apply to now</source>
            <translation>ਫੰਡ ਜਿਨ੍ਹਾਂ ਲਈ ਤੁਸੀਂ ਹੁਣੇ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ</translation>
        </message>
        <message>
            <source>Funds you could apply to after…</source>
            <translation>ਫੰਡ ਜਿਨ੍ਹਾਂ ਲਈ ਤੁਸੀਂ ਇਸ ਤੋਂ ਬਾਅਦ ਅਰਜ਼ੀ ਦੇ ਸਕੋਗੇ…</translation>
        </message>
        <message>
            <source>Funds file last updated {date}.</source>
            <translation>ਫੰਡਾਂ ਦੀ ਫ਼ਾਈਲ ਆਖ਼ਰੀ ਵਾਰ {date} ਨੂੰ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ।</translation>
        </message>
        <message>
            <source>Next deadline {date}</source>
            <translation>ਅਗਲੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ {date}</translation>
        </message>
        <message>
            <source>Closed on {date}</source>
            <translation>{date} ਨੂੰ ਬੰਦ ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>None yet: the funds below say what would open them.</source>
            <translation>ਅਜੇ ਕੋਈ ਨਹੀਂ: ਹੇਠਲੇ ਫੰਡ ਦੱਸਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਦਾ ਰਾਹ ਕਿਵੇਂ ਖੁੱਲ੍ਹੇਗਾ।</translation>
        </message>
        <message>
            <source>Nothing stands in the way of the open funds.</source>
            <translation>ਖੁੱਲ੍ਹੇ ਫੰਡਾਂ ਦੇ ਰਾਹ ਵਿੱਚ ਕੋਈ ਰੁਕਾਵਟ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>Closed for now</source>
            <translation>ਫ਼ਿਲਹਾਲ ਬੰਦ</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>ਫੰਡ</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>ਰਕਮ</translation>
        </message>
        <message>
            <source>When</source>
            <translation>ਕਦੋਂ</translation>
        </message>
        <message>
            <source>Help: {offers}</source>
            <translation>ਮਦਦ: {offers}</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>ਮਜ਼ਬੂਤ</translation>
        </message>
        <message>
            <source>Developing</source>
            <translation>ਵਿਕਸਿਤ ਹੋ ਰਿਹਾ</translation>
        </message>
        <message>
            <source>Priority for support</source>
            <translation>ਸਹਾਇਤਾ ਦੀ ਤਰਜੀਹ</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>ਤਿਆਰ</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>ਸਹਾਇਤਾ ਨਾਲ ਤਿਆਰ</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>ਅਜੇ ਤਿਆਰ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>ਮੁਲਾਂਕਣ ਨਹੀਂ ਹੋਇਆ</translation>
        </message>
        <message>
            <source>January</source>
            <translation>ਜਨਵਰੀ</translation>
        </message>
        <message>
            <source>February</source>
            <translation>ਫ਼ਰਵਰੀ</translation>
        </message>
        <message>
            <source>March</source>
            <translation>ਮਾਰਚ</translation>
        </message>
        <message>
            <source>April</source>
            <translation>ਅਪ੍ਰੈਲ</translation>
        </message>
        <message>
            <source>May</source>
            <translation>ਮਈ</translation>
        </message>
        <message>
            <source>June</source>
            <translation>ਜੂਨ</translation>
        </message>
        <message>
            <source>July</source>
            <translation>ਜੁਲਾਈ</translation>
        </message>
        <message>
            <source>August</source>
            <translation>ਅਗਸਤ</translation>
        </message>
        <message>
            <source>September</source>
            <translation>ਸਤੰਬਰ</translation>
        </message>
        <message>
            <source>October</source>
            <translation>ਅਕਤੂਬਰ</translation>
        </message>
        <message>
            <source>November</source>
            <translation>ਨਵੰਬਰ</translation>
        </message>
        <message>
            <source>December</source>
            <translation>ਦਸੰਬਰ</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ਜਨਵਰੀ</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>ਫ਼ਰਵਰੀ</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>ਮਾਰਚ</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>ਅਪ੍ਰੈਲ</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>ਜੂਨ</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>ਜੁਲਾਈ</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ਅਗਸਤ</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>ਸਤੰਬਰ</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>ਅਕਤੂਬਰ</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>ਨਵੰਬਰ</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>ਦਸੰਬਰ</translation>
        </message>
        <message>
            <source>Page {page} of</source>
            <translation>ਪੰਨਾ {page} /</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>no change</source>
            <translation>ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>ਮਜ਼ਬੂਤ</translation>
        </message>
        <message>
            <source>Developing</source>
            <translation>ਵਿਕਾਸਸ਼ੀਲ</translation>
        </message>
        <message>
            <source>Priority for support</source>
            <translation>ਸਹਾਇਤਾ ਲਈ ਤਰਜੀਹ</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>ਤਿਆਰ</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>ਸਹਾਇਤਾ ਨਾਲ ਤਿਆਰ</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>ਹਾਲੇ ਤਿਆਰ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ਹੋ ਗਿਆ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>ਜਾਰੀ ਹੈ</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ਛੱਡ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>ਰਿਪੋਰਟ PDF ਵਜੋਂ ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ਫ਼ਾਈਲਾਂ (*.pdf)</translation>
        </message>
        <message>
            <source>1 statement</source>
            <translation>1 ਕਥਨ</translation>
        </message>
        <message>
            <source>{count} statements</source>
            <translation>{count} ਕਥਨ</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>ਨਤੀਜੇ</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF ਸੰਭਾਲੋ…</translation>
        </message>
        <message>
            <source>Change answers</source>
            <translation>ਜਵਾਬ ਬਦਲੋ</translation>
        </message>
        <message>
            <source>Go back to the statements (a completed one is reopened)</source>
            <translation>ਕਥਨਾਂ ਉੱਤੇ ਵਾਪਸ ਜਾਓ (ਪੂਰਾ ਮੁਲਾਂਕਣ ਮੁੜ ਖੁੱਲ੍ਹ ਜਾਵੇਗਾ)</translation>
        </message>
        <message>
            <source>Back to assessments</source>
            <translation>ਮੁਲਾਂਕਣਾਂ ਉੱਤੇ ਵਾਪਸ</translation>
        </message>
        <message>
            <source>What is strong</source>
            <translation>ਕੀ ਮਜ਼ਬੂਤ ਹੈ</translation>
        </message>
        <message>
            <source>Areas to develop</source>
            <translation>ਵਿਕਾਸ ਦੇ ਖੇਤਰ</translation>
        </message>
        <message>
            <source>Support needs and what is on offer</source>
            <translation>ਸਹਾਇਤਾ ਦੀਆਂ ਲੋੜਾਂ ਅਤੇ ਉਪਲਬਧ ਸਹਾਇਤਾ</translation>
        </message>
        <message>
            <source>Since last time</source>
            <translation>ਪਿਛਲੀ ਵਾਰ ਤੋਂ ਹੁਣ ਤੱਕ</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>ਨਤੀਜੇ</translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>ਕਾਰਜ ਯੋਜਨਾ</translation>
        </message>
        <message>
            <source>&amp;Funding</source>
            <translation>ਫੰਡਿੰਗ</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>ਪੂਰਾ</translation>
        </message>
        <message>
            <source>not completed yet (draft)</source>
            <translation>ਹਾਲੇ ਪੂਰਾ ਨਹੀਂ (ਖਰੜਾ)</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>ਭਾਗ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>ਅੰਕ</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>ਦਰਜਾ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>ਬਦਲਾਅ</translation>
        </message>
        <message>
            <source>Save the results and action plan as a PDF for the group (Ctrl+P)</source>
            <translation>ਨਤੀਜੇ ਅਤੇ ਕਾਰਜ ਯੋਜਨਾ ਸਮੂਹ ਲਈ PDF ਵਿੱਚ ਸੰਭਾਲੋ (Ctrl+P)</translation>
        </message>
        <message>
            <source>PDF reports are not available in this version yet.</source>
            <translation>ਇਸ ਸੰਸਕਰਣ ਵਿੱਚ ਹਾਲੇ PDF ਰਿਪੋਰਟਾਂ ਉਪਲਬਧ ਨਹੀਂ।</translation>
        </message>
        <message>
            <source>There is no such assessment yet: start one from the list.</source>
            <translation>ਅਜੇ ਅਜਿਹਾ ਕੋਈ ਮੁਲਾਂਕਣ ਨਹੀਂ ਹੈ: ਸੂਚੀ ਵਿੱਚੋਂ ਇੱਕ ਸ਼ੁਰੂ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Essential conditions not met yet:</source>
            <translation>ਜ਼ਰੂਰੀ ਸ਼ਰਤਾਂ ਹਾਲੇ ਪੂਰੀਆਂ ਨਹੀਂ ਹੋਈਆਂ:</translation>
        </message>
        <message>
            <source>Every essential condition is met and every section is ready.</source>
            <translation>ਹਰ ਜ਼ਰੂਰੀ ਸ਼ਰਤ ਪੂਰੀ ਹੈ ਅਤੇ ਹਰ ਭਾਗ ਤਿਆਰ ਹੈ।</translation>
        </message>
        <message>
            <source>This assessment ({date})</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ({date})</translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <translation>{count} {outcome}</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <translation>ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…ਅਤੇ {count} ਹੋਰ।</translation>
        </message>
        <message>
            <source>Previous ({date})</source>
            <translation>ਪਿਛਲਾ ({date})</translation>
        </message>
        <message>
            <source>Once statements are rated 3 or 4, they show here first.</source>
            <translation>ਜਦੋਂ ਕਥਨਾਂ ਨੂੰ 3 ਜਾਂ 4 ਦਰਜਾ ਮਿਲੇਗਾ, ਉਹ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਇੱਥੇ ਦਿਖਣਗੇ।</translation>
        </message>
        <message>
            <source>Strongest sections: {sections}.</source>
            <translation>ਸਭ ਤੋਂ ਮਜ਼ਬੂਤ ਭਾਗ: {sections}।</translation>
        </message>
        <message>
            <source>No section is below green. Keep doing what works.</source>
            <translation>ਕੋਈ ਭਾਗ ਹਰੇ ਤੋਂ ਹੇਠਾਂ ਨਹੀਂ। ਜੋ ਕੰਮ ਕਰਦਾ ਹੈ ਉਹ ਜਾਰੀ ਰੱਖੋ।</translation>
        </message>
        <message>
            <source>Sections to work on first: {sections}.</source>
            <translation>ਪਹਿਲਾਂ ਇਹਨਾਂ ਭਾਗਾਂ ਉੱਤੇ ਕੰਮ ਕਰੋ: {sections}।</translation>
        </message>
        <message>
            <source>No support needs were raised.</source>
            <translation>ਸਹਾਇਤਾ ਦੀ ਕੋਈ ਲੋੜ ਸਾਹਮਣੇ ਨਹੀਂ ਆਈ।</translation>
        </message>
        <message>
            <source>{count} not reviewed</source>
            <translation>{count} ਦੀ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ</translation>
        </message>
        <message>
            <source>Actions agreed on {date}: {counts}.</source>
            <translation>{date} ਨੂੰ ਤੈਅ ਹੋਈਆਂ ਕਾਰਵਾਈਆਂ: {counts}।</translation>
        </message>
        <message>
            <source>Overall score &lt;b&gt;{score}&lt;/b&gt; out of 100</source>
            <translation>ਕੁੱਲ ਅੰਕ 100 ਵਿੱਚੋਂ &lt;b&gt;{score}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Every essential condition is met. Sections to strengthen first: {sections}.</source>
            <translation>ਹਰ ਜ਼ਰੂਰੀ ਸ਼ਰਤ ਪੂਰੀ ਹੈ। ਪਹਿਲਾਂ ਇਹਨਾਂ ਭਾਗਾਂ ਨੂੰ ਮਜ਼ਬੂਤ ਕਰੋ: {sections}।</translation>
        </message>
        <message>
            <source>Support need: {theme} ({statements})</source>
            <translation>ਸਹਾਇਤਾ ਦੀ ਲੋੜ: {theme} ({statements})</translation>
        </message>
        <message>
            <source>Area to develop: {section} ({score})</source>
            <translation>ਸੁਧਾਰ ਦਾ ਖੇਤਰ: {section} ({score})</translation>
        </message>
        <message>
            <source>Statement: {text}</source>
            <translation>ਕਥਨ: {text}</translation>
        </message>
        <message>
            <source>previous assessment ({date}): {score}</source>
            <translation>ਪਿਛਲਾ ਮੁਲਾਂਕਣ ({date}): {score}</translation>
        </message>
        <message>
            <source>raised by: {statements}</source>
            <translation>ਇਹਨਾਂ ਕਥਨਾਂ ਤੋਂ: {statements}</translation>
        </message>
        <message>
            <source>Ask your development worker.</source>
            <translation>ਆਪਣੇ ਵਿਕਾਸ ਕਰਮਚਾਰੀ ਨੂੰ ਪੁੱਛੋ।</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Not applicable</source>
            <translation>ਲਾਗੂ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Complete the assessment</source>
            <translation>ਮੁਲਾਂਕਣ ਪੂਰਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Unanswered statements are not scored. You can reopen the assessment later to add them; the change is recorded.</source>
            <translation>ਜਿਨ੍ਹਾਂ ਕਥਨਾਂ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ ਉਨ੍ਹਾਂ ਦਾ ਸਕੋਰ ਨਹੀਂ ਬਣਦਾ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਮੁਲਾਂਕਣ ਮੁੜ ਖੋਲ੍ਹ ਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਜੋੜ ਸਕਦੇ ਹੋ; ਇਹ ਤਬਦੀਲੀ ਦਰਜ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Complete anyway</source>
            <translation>ਫਿਰ ਵੀ ਪੂਰਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ਵਾਪਸ ਜਾਓ</translation>
        </message>
        <message>
            <source>Review and complete</source>
            <translation>ਜਾਂਚੋ ਅਤੇ ਪੂਰਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Review last time's actions…</source>
            <translation>ਪਿਛਲੀ ਵਾਰ ਦੀਆਂ ਕਾਰਵਾਈਆਂ ਦੀ ਜਾਂਚ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Move to the new version…</source>
            <translation>ਨਵੇਂ ਸੰਸਕਰਣ 'ਤੇ ਲੈ ਜਾਓ…</translation>
        </message>
        <message>
            <source>← Back to the statements</source>
            <translation>← ਕਥਨਾਂ 'ਤੇ ਵਾਪਸ</translation>
        </message>
        <message>
            <source>Complete assessment</source>
            <translation>ਮੁਲਾਂਕਣ ਪੂਰਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Lock the answers and see the results (Ctrl+Enter)</source>
            <translation>ਜਵਾਬ ਤਾਲਾਬੰਦ ਕਰੋ ਅਤੇ ਨਤੀਜੇ ਵੇਖੋ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;To look at</source>
            <translation>ਵੇਖਣ ਲਈ</translation>
        </message>
        <message>
            <source>&amp;All answers</source>
            <translation>ਸਾਰੇ ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Assessment completed: the answers are locked.</source>
            <translation>ਮੁਲਾਂਕਣ ਪੂਰਾ ਹੋ ਗਿਆ: ਜਵਾਬ ਤਾਲਾਬੰਦ ਹਨ।</translation>
        </message>
        <message>
            <source>{count} required statement(s) have no answer. Complete anyway?</source>
            <translation>{count} ਲਾਜ਼ਮੀ ਕਥਨਾਂ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ। ਫਿਰ ਵੀ ਪੂਰਾ ਕਰੀਏ?</translation>
        </message>
        <message>
            <source>{answered} answered, {unanswered} without an answer ({required} required).</source>
            <translation>{answered} ਦੇ ਜਵਾਬ ਦਿੱਤੇ, {unanswered} ਦਾ ਜਵਾਬ ਨਹੀਂ ({required} ਲਾਜ਼ਮੀ)।</translation>
        </message>
        <message>
            <source>Press Enter on a statement to go back to it.</source>
            <translation>ਕਿਸੇ ਕਥਨ 'ਤੇ ਵਾਪਸ ਜਾਣ ਲਈ ਉਸ 'ਤੇ Enter ਦਬਾਓ।</translation>
        </message>
        <message>
            <source>Talk about this (group mode only)</source>
            <translation>ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ (ਸਿਰਫ਼ ਗਰੁੱਪ ਢੰਗ ਵਿੱਚ)</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>ਕਥਨ</translation>
        </message>
        <message>
            <source>Agreed answer</source>
            <translation>ਸਹਿਮਤ ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Group ratings</source>
            <translation>ਗਰੁੱਪ ਦੇ ਦਰਜੇ</translation>
        </message>
        <message>
            <source>Agreed?</source>
            <translation>ਸਹਿਮਤੀ ਹੋਈ?</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>{count} don't know</source>
            <translation>{count} ਪਤਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>{count} not rated</source>
            <translation>{count} ਨੇ ਦਰਜਾ ਨਹੀਂ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>spread {spread}</source>
            <translation>ਫ਼ਰਕ {spread}</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>ਲਾਜ਼ਮੀ</translation>
        </message>
        <message>
            <source>Talk about this</source>
            <translation>ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ</translation>
        </message>
        <message>
            <source>No agreed score yet</source>
            <translation>ਅਜੇ ਕੋਈ ਸਹਿਮਤ ਸਕੋਰ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Without an answer ({count})</source>
            <translation>ਬਿਨਾਂ ਜਵਾਬ ({count})</translation>
        </message>
        <message>
            <source>{done} of {count} answered</source>
            <translation>{count} ਵਿੱਚੋਂ {done} ਦੇ ਜਵਾਬ ਦਿੱਤੇ</translation>
        </message>
        <message>
            <source>&amp;All answers ({count})</source>
            <translation>ਸਾਰੇ ਜਵਾਬ ({count})</translation>
        </message>
        <message>
            <source>From the earlier version, read only ({count}): not scored, kept with the assessment</source>
            <translation>ਪਿਛਲੇ ਸੰਸਕਰਣ ਤੋਂ, ਸਿਰਫ਼ ਪੜ੍ਹਨ ਲਈ ({count}): ਸਕੋਰ ਨਹੀਂ ਹੁੰਦੇ, ਮੁਲਾਂਕਣ ਨਾਲ ਰੱਖੇ ਜਾਂਦੇ ਹਨ</translation>
        </message>
        <message>
            <source>Moved to version {version}. New statements are marked in the list; answers with no place are kept read-only below.</source>
            <translation>ਸੰਸਕਰਣ {version} 'ਤੇ ਲੈ ਗਏ। ਨਵੇਂ ਕਥਨ ਸੂਚੀ ਵਿੱਚ ਨਿਸ਼ਾਨਬੱਧ ਹਨ; ਜਿਨ੍ਹਾਂ ਜਵਾਬਾਂ ਦੀ ਥਾਂ ਨਹੀਂ ਰਹੀ ਉਹ ਹੇਠਾਂ ਸਿਰਫ਼ ਪੜ੍ਹਨ ਲਈ ਰੱਖੇ ਗਏ ਹਨ।</translation>
        </message>
        <message>
            <source>Draft moved to version {version} of the form</source>
            <translation>ਖਰੜਾ ਫ਼ਾਰਮ ਦੇ ਸੰਸਕਰਣ {version} 'ਤੇ ਲੈ ਗਏ</translation>
        </message>
        <message>
            <source>{count} statement(s) had ratings two or more levels apart.</source>
            <translation>{count} ਕਥਨਾਂ ਦੇ ਦਰਜਿਆਂ ਵਿੱਚ ਦੋ ਜਾਂ ਵੱਧ ਪੱਧਰਾਂ ਦਾ ਫ਼ਰਕ ਸੀ।</translation>
        </message>
        <message>
            <source>Talk about this ({talk}); no agreed score ({disagreed})</source>
            <translation>ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ ({talk}); ਕੋਈ ਸਹਿਮਤ ਸਕੋਰ ਨਹੀਂ ({disagreed})</translation>
        </message>
        <message>
            <source>Last time's actions: {reviewed} of {count} reviewed.</source>
            <translation>ਪਿਛਲੀ ਵਾਰ ਦੀਆਂ ਕਾਰਵਾਈਆਂ: {count} ਵਿੱਚੋਂ {reviewed} ਦੀ ਜਾਂਚ ਹੋਈ।</translation>
        </message>
        <message>
            <source>The others show as not reviewed in the results.</source>
            <translation>ਬਾਕੀ ਨਤੀਜਿਆਂ ਵਿੱਚ ਬਿਨਾਂ ਜਾਂਚ ਦੇ ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ।</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>ਸਹਿਮਤੀ ਹੋਈ</translation>
        </message>
        <message>
            <source>This draft uses version {old} of the form; version {new} is now on this laptop. Answers follow their statements.</source>
            <translation>ਇਹ ਖਰੜਾ ਫ਼ਾਰਮ ਦਾ ਸੰਸਕਰਣ {old} ਵਰਤਦਾ ਹੈ; ਸੰਸਕਰਣ {new} ਹੁਣ ਇਸ ਲੈਪਟਾਪ 'ਤੇ ਹੈ। ਜਵਾਬ ਆਪਣੇ ਕਥਨਾਂ ਦੇ ਨਾਲ ਜਾਂਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>Move to version {version}…</source>
            <translation>ਸੰਸਕਰਣ {version} 'ਤੇ ਲੈ ਜਾਓ…</translation>
        </message>
        <message>
            <source>New in version {version}</source>
            <translation>ਸੰਸਕਰਣ {version} ਵਿੱਚ ਨਵਾਂ</translation>
        </message>
        <message>
            <source>talk about this</source>
            <translation>ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ</translation>
        </message>
        <message>
            <source>No agreed score</source>
            <translation>ਕੋਈ ਸਹਿਮਤ ਸਕੋਰ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Fix it, then Review and complete to send it again.</source>
            <translation>ਠੀਕ ਕਰੋ, ਫਿਰ “ਸਮੀਖਿਆ ਕਰੋ ਅਤੇ ਪੂਰਾ ਕਰੋ” ਨਾਲ ਮੁੜ ਭੇਜੋ।</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>ਟਿੱਪਣੀ</translation>
        </message>
        <message>
            <source>The council marked this “{state}”.</source>
            <translation>ਕੌਂਸਲ ਨੇ ਇਸ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਇਆ: “{state}”।</translation>
        </message>
        <message>
            <source>Council review</source>
            <translation>ਕੌਂਸਲ ਦੀ ਸਮੀਖਿਆ</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>ਸਮੀਖਿਆ ਦੀ ਸਥਿਤੀ</translation>
        </message>
        <message>
            <source>Review comments</source>
            <translation>ਸਮੀਖਿਆ ਦੀਆਂ ਟਿੱਪਣੀਆਂ</translation>
        </message>
        <message>
            <source>Co&amp;mment…</source>
            <translation>ਟਿੱਪਣੀ…</translation>
        </message>
        <message>
            <source>Add a comment to the thread</source>
            <translation>ਗੱਲਬਾਤ ਵਿੱਚ ਟਿੱਪਣੀ ਜੋੜੋ</translation>
        </message>
        <message>
            <source>Review progress</source>
            <translation>ਸਮੀਖਿਆ ਦੀ ਤਰੱਕੀ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Stop: nothing is marked (all or nothing)</source>
            <translation>ਰੋਕੋ: ਕਿਸੇ ਉੱਤੇ ਨਿਸ਼ਾਨ ਨਹੀਂ ਲੱਗੇਗਾ (ਸਭ ਜਾਂ ਕੁਝ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>Reopen to &amp;fix</source>
            <translation>ਠੀਕ ਕਰਨ ਲਈ ਮੁੜ ਖੋਲ੍ਹੋ</translation>
        </message>
        <message>
            <source>Unlock the answers, fix what the council asked, complete again</source>
            <translation>ਜਵਾਬ ਖੋਲ੍ਹੋ, ਕੌਂਸਲ ਦੀ ਕਹੀ ਗੱਲ ਠੀਕ ਕਰੋ, ਮੁੜ ਪੂਰਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>ਮਨਜ਼ੂਰ ਕਰੋ</translation>
        </message>
        <message>
            <source>Count it in the council's figures (Alt+A)</source>
            <translation>ਇਸ ਨੂੰ ਕੌਂਸਲ ਦੇ ਅੰਕੜਿਆਂ ਵਿੱਚ ਗਿਣੋ (Alt+A)</translation>
        </message>
        <message>
            <source>Has &amp;issues…</source>
            <translation>ਸਮੱਸਿਆਵਾਂ ਹਨ…</translation>
        </message>
        <message>
            <source>Send it back to the worker with what to fix</source>
            <translation>ਠੀਕ ਕਰਨ ਵਾਲੀ ਗੱਲ ਨਾਲ ਵਰਕਰ ਨੂੰ ਵਾਪਸ ਭੇਜੋ</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>ਨਾਮਨਜ਼ੂਰ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Leave it out for good, saying why</source>
            <translation>ਕਾਰਨ ਦੱਸ ਕੇ ਹਮੇਸ਼ਾ ਲਈ ਬਾਹਰ ਰੱਖੋ</translation>
        </message>
        <message>
            <source>The council</source>
            <translation>ਕੌਂਸਲ</translation>
        </message>
        <message>
            <source>{count} assessments chosen: Approve marks them all approved.</source>
            <translation>{count} ਮੁਲਾਂਕਣ ਚੁਣੇ: “ਮਨਜ਼ੂਰ ਕਰੋ” ਸਾਰਿਆਂ ਨੂੰ ਮਨਜ਼ੂਰ ਕਰ ਦੇਵੇਗਾ।</translation>
        </message>
        <message>
            <source>Council review: once it is completed.</source>
            <translation>ਕੌਂਸਲ ਦੀ ਸਮੀਖਿਆ: ਪੂਰਾ ਹੋਣ ਤੋਂ ਬਾਅਦ।</translation>
        </message>
        <message>
            <source>Council review: {state}</source>
            <translation>ਕੌਂਸਲ ਦੀ ਸਮੀਖਿਆ: {state}</translation>
        </message>
    </context>
    <context>
        <name>ReviewState</name>
        <message>
            <source>received</source>
            <translation>ਮਿਲਿਆ</translation>
        </message>
        <message>
            <source>resubmitted</source>
            <translation>ਮੁੜ ਭੇਜਿਆ</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>ਸਮੱਸਿਆਵਾਂ ਵਾਲਾ</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>ਮਨਜ਼ੂਰ</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ਨਾਮਨਜ਼ੂਰ</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>✓ rated</source>
            <translation>✓ ਦਰਜਾ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>not rated yet</source>
            <translation>ਅਜੇ ਦਰਜਾ ਨਹੀਂ ਦਿੱਤਾ</translation>
        </message>
        <message>
            <source>&amp;Don't know</source>
            <translation>ਪਤਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>ਮਿਟਾਓ</translation>
        </message>
        <message>
            <source>Talk about this: the ratings differ by two levels or more</source>
            <translation>ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ: ਦਰਜਿਆਂ ਵਿੱਚ ਦੋ ਜਾਂ ਵੱਧ ਪੱਧਰਾਂ ਦਾ ਫ਼ਰਕ ਹੈ</translation>
        </message>
        <message>
            <source>rated; hidden until everyone has rated</source>
            <translation>ਦਰਜਾ ਦੇ ਦਿੱਤਾ; ਸਭ ਦੇ ਦਰਜਾ ਦੇਣ ਤੱਕ ਲੁਕਿਆ ਹੋਇਆ</translation>
        </message>
        <message>
            <source>the keys rate this person now</source>
            <translation>ਹੁਣ ਕੁੰਜੀਆਂ ਇਸ ਵਿਅਕਤੀ ਦਾ ਦਰਜਾ ਦਿੰਦੀਆਂ ਹਨ</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>ਪਤਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>don't know</source>
            <translation>ਪਤਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>Rating for {person}</source>
            <translation>{person} ਦਾ ਦਰਜਾ</translation>
        </message>
        <message>
            <source>{person}: click to set or change their rating</source>
            <translation>{person}: ਦਰਜਾ ਦੇਣ ਜਾਂ ਬਦਲਣ ਲਈ ਕਲਿੱਕ ਕਰੋ</translation>
        </message>
        <message>
            <source>rating {rating}</source>
            <translation>ਦਰਜਾ {rating}</translation>
        </message>
        <message>
            <source>Click a section to go to its first statement</source>
            <translation>ਕਿਸੇ ਭਾਗ ਦੇ ਪਹਿਲੇ ਕਥਨ 'ਤੇ ਜਾਣ ਲਈ ਉਸ 'ਤੇ ਕਲਿੱਕ ਕਰੋ</translation>
        </message>
        <message>
            <source>Projector view</source>
            <translation>ਪ੍ਰੋਜੈਕਟਰ ਦ੍ਰਿਸ਼</translation>
        </message>
        <message>
            <source>Show the statement on a projector (F5)</source>
            <translation>ਕਥਨ ਪ੍ਰੋਜੈਕਟਰ ਉੱਤੇ ਦਿਖਾਓ (F5)</translation>
        </message>
        <message>
            <source>Review and complete</source>
            <translation>ਜਾਂਚੋ ਅਤੇ ਪੂਰਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>See what is left, then complete</source>
            <translation>ਦੇਖੋ ਕੀ ਬਾਕੀ ਹੈ, ਫਿਰ ਪੂਰਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ਬੰਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Back to the list; everything is saved</source>
            <translation>ਸੂਚੀ ਉੱਤੇ ਵਾਪਸ; ਸਭ ਕੁਝ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ</translation>
        </message>
        <message>
            <source>Change the session's language (L)</source>
            <translation>ਸੈਸ਼ਨ ਦੀ ਭਾਸ਼ਾ ਬਦਲੋ (L)</translation>
        </message>
        <message>
            <source>Help (F1)</source>
            <translation>ਮਦਦ (F1)</translation>
        </message>
        <message>
            <source>Show or hide the help for this statement</source>
            <translation>ਇਸ ਕਥਨ ਦੀ ਮਦਦ ਦਿਖਾਓ ਜਾਂ ਲੁਕਾਓ</translation>
        </message>
        <message>
            <source>&amp;Reveal now (R)</source>
            <translation>ਹੁਣੇ ਦਿਖਾਓ (R)</translation>
        </message>
        <message>
            <source>Show every rating now, before everyone has rated</source>
            <translation>ਸਾਰਿਆਂ ਦੇ ਦਰਜਾ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਸਾਰੇ ਦਰਜੇ ਹੁਣੇ ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>&amp;Phone voting…</source>
            <translation>ਫ਼ੋਨ ਵੋਟਿੰਗ…</translation>
        </message>
        <message>
            <source>Let people vote from their own phones, privately, with no internet</source>
            <translation>ਲੋਕਾਂ ਨੂੰ ਆਪਣੇ ਫ਼ੋਨਾਂ ਤੋਂ, ਨਿੱਜੀ ਤੌਰ 'ਤੇ, ਬਿਨਾਂ ਇੰਟਰਨੈੱਟ ਦੇ ਵੋਟ ਪਾਉਣ ਦਿਓ</translation>
        </message>
        <message>
            <source>&amp;Don't know (D)</source>
            <translation>ਪਤਾ ਨਹੀਂ (D)</translation>
        </message>
        <message>
            <source>Answer "don't know": not scored</source>
            <translation>ਜਵਾਬ "ਪਤਾ ਨਹੀਂ": ਅੰਕ ਨਹੀਂ ਗਿਣੇ ਜਾਂਦੇ</translation>
        </message>
        <message>
            <source>&amp;Skip (S)</source>
            <translation>ਛੱਡੋ (S)</translation>
        </message>
        <message>
            <source>Leave this statement unanswered</source>
            <translation>ਇਸ ਕਥਨ ਨੂੰ ਬਿਨਾਂ ਜਵਾਬ ਛੱਡੋ</translation>
        </message>
        <message>
            <source>Clear answer (Delete)</source>
            <translation>ਜਵਾਬ ਮਿਟਾਓ (Delete)</translation>
        </message>
        <message>
            <source>Remove the answer given</source>
            <translation>ਦਿੱਤਾ ਜਵਾਬ ਹਟਾਓ</translation>
        </message>
        <message>
            <source>Note or evidence</source>
            <translation>ਨੋਟ ਜਾਂ ਸਬੂਤ</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← ਪਿੱਛੇ</translation>
        </message>
        <message>
            <source>The statement before (Backspace)</source>
            <translation>ਪਿਛਲਾ ਕਥਨ (Backspace)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>ਅੱਗੇ →</translation>
        </message>
        <message>
            <source>The next statement (Enter)</source>
            <translation>ਅਗਲਾ ਕਥਨ (Enter)</translation>
        </message>
        <message>
            <source>Keys: 1–4 choose · D don't know · Enter next · Backspace back · F1 help · L language</source>
            <translation>ਕੁੰਜੀਆਂ: 1–4 ਚੁਣੋ · D ਪਤਾ ਨਹੀਂ · Enter ਅੱਗੇ · Backspace ਪਿੱਛੇ · F1 ਮਦਦ · L ਭਾਸ਼ਾ</translation>
        </message>
        <message>
            <source>facilitated</source>
            <translation>ਸੰਚਾਲਕ ਨਾਲ</translation>
        </message>
        <message>
            <source>Reopened: changes from now on are recorded.</source>
            <translation>ਮੁੜ ਖੋਲ੍ਹਿਆ: ਹੁਣ ਤੋਂ ਬਦਲਾਅ ਦਰਜ ਹੋਣਗੇ।</translation>
        </message>
        <message>
            <source>L language</source>
            <translation>L ਭਾਸ਼ਾ</translation>
        </message>
        <message>
            <source>This statement has no agreed score yet. Press 1–4 for the agreed score, or press Enter again to leave it without one.</source>
            <translation>ਇਸ ਕਥਨ ਦਾ ਹਾਲੇ ਕੋਈ ਸਹਿਮਤ ਅੰਕ ਨਹੀਂ। ਸਹਿਮਤ ਅੰਕ ਲਈ 1–4 ਦਬਾਓ, ਜਾਂ ਇਸ ਨੂੰ ਬਿਨਾਂ ਅੰਕ ਛੱਡਣ ਲਈ ਮੁੜ Enter ਦਬਾਓ।</translation>
        </message>
        <message>
            <source>Not everyone has rated this statement and it has no agreed score. Press Enter again to leave it without one.</source>
            <translation>ਸਾਰਿਆਂ ਨੇ ਇਸ ਕਥਨ ਨੂੰ ਦਰਜਾ ਨਹੀਂ ਦਿੱਤਾ ਅਤੇ ਇਸ ਦਾ ਕੋਈ ਸਹਿਮਤ ਅੰਕ ਨਹੀਂ। ਇਸ ਨੂੰ ਬਿਨਾਂ ਅੰਕ ਛੱਡਣ ਲਈ ਮੁੜ Enter ਦਬਾਓ।</translation>
        </message>
        <message>
            <source>Leave it without one</source>
            <translation>ਬਿਨਾਂ ਅੰਕ ਛੱਡੋ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ</translation>
        </message>
        <message>
            <source>Phone voting is off.</source>
            <translation>ਫ਼ੋਨ ਵੋਟਿੰਗ ਬੰਦ ਹੈ।</translation>
        </message>
        <message>
            <source>{done} of {count} sections done</source>
            <translation>{count} ਵਿੱਚੋਂ {done} ਭਾਗ ਪੂਰੇ</translation>
        </message>
        <message>
            <source>This assessment is completed, so its answers are locked.</source>
            <translation>ਇਹ ਮੁਲਾਂਕਣ ਪੂਰਾ ਹੋ ਚੁੱਕਾ ਹੈ, ਇਸ ਲਈ ਇਸ ਦੇ ਜਵਾਬ ਬੰਦ ਹਨ।</translation>
        </message>
        <message>
            <source>Reopen to change answers</source>
            <translation>ਜਵਾਬ ਬਦਲਣ ਲਈ ਮੁੜ ਖੋਲ੍ਹੋ</translation>
        </message>
        <message>
            <source>Note of the discussion (what was said, what was agreed)</source>
            <translation>ਗੱਲਬਾਤ ਦਾ ਨੋਟ (ਕੀ ਕਿਹਾ ਗਿਆ, ਕਿਸ ਉੱਤੇ ਸਹਿਮਤੀ ਹੋਈ)</translation>
        </message>
        <message>
            <source>Note or evidence (optional)</source>
            <translation>ਨੋਟ ਜਾਂ ਸਬੂਤ (ਚੋਣਵਾਂ)</translation>
        </message>
        <message>
            <source>Review →</source>
            <translation>ਜਾਂਚ →</translation>
        </message>
        <message>
            <source>Agreed score: opens once everyone has rated</source>
            <translation>ਸਹਿਮਤ ਅੰਕ: ਸਾਰਿਆਂ ਦੇ ਦਰਜਾ ਦੇਣ ਤੋਂ ਬਾਅਦ ਖੁੱਲ੍ਹੇਗਾ</translation>
        </message>
        <message>
            <source>Agreed score</source>
            <translation>ਸਹਿਮਤ ਅੰਕ</translation>
        </message>
        <message>
            <source>The answers are locked.</source>
            <translation>ਜਵਾਬ ਬੰਦ ਹਨ।</translation>
        </message>
        <message>
            <source>1–4 rate</source>
            <translation>1–4 ਦਰਜਾ</translation>
        </message>
        <message>
            <source>D don't know</source>
            <translation>D ਪਤਾ ਨਹੀਂ</translation>
        </message>
        <message>
            <source>← → person</source>
            <translation>← → ਵਿਅਕਤੀ</translation>
        </message>
        <message>
            <source>R reveal</source>
            <translation>R ਦਿਖਾਓ</translation>
        </message>
        <message>
            <source>Ctrl+Enter next</source>
            <translation>Ctrl+Enter ਅੱਗੇ</translation>
        </message>
        <message>
            <source>Enter next</source>
            <translation>Enter ਅੱਗੇ</translation>
        </message>
        <message>
            <source>Ctrl+Enter next from the note</source>
            <translation>ਨੋਟ ਤੋਂ Ctrl+Enter ਅੱਗੇ</translation>
        </message>
        <message>
            <source>Backspace back</source>
            <translation>Backspace ਪਿੱਛੇ</translation>
        </message>
        <message>
            <source>F1 help</source>
            <translation>F1 ਮਦਦ</translation>
        </message>
        <message>
            <source>This statement needs an answer. If nobody knows, choose "Don't know" (D).</source>
            <translation>ਇਸ ਕਥਨ ਦਾ ਜਵਾਬ ਚਾਹੀਦਾ ਹੈ। ਜੇ ਕਿਸੇ ਨੂੰ ਪਤਾ ਨਹੀਂ, ਤਾਂ "ਪਤਾ ਨਹੀਂ" (D) ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>group of {count}</source>
            <translation>{count} ਜਣਿਆਂ ਦਾ ਸਮੂਹ</translation>
        </message>
        <message>
            <source>Session language: {language}</source>
            <translation>ਸੈਸ਼ਨ ਦੀ ਭਾਸ਼ਾ: {language}</translation>
        </message>
        <message>
            <source>Suggested agreed score: none (nobody gave a level).</source>
            <translation>ਸੁਝਾਇਆ ਸਹਿਮਤ ਅੰਕ: ਕੋਈ ਨਹੀਂ (ਕਿਸੇ ਨੇ ਦਰਜਾ ਨਹੀਂ ਦਿੱਤਾ)।</translation>
        </message>
        <message>
            <source>Ratings are hidden until everyone has rated: {rated} of {raters} so far.</source>
            <translation>ਸਾਰਿਆਂ ਦੇ ਦਰਜਾ ਦੇਣ ਤੱਕ ਦਰਜੇ ਲੁਕੇ ਹਨ: ਹੁਣ ਤੱਕ {raters} ਵਿੱਚੋਂ {rated}।</translation>
        </message>
        <message>
            <source>Keys 1–4 and D now set the group's &lt;b&gt;agreed score&lt;/b&gt;. Click a person to change their rating.</source>
            <translation>ਕੁੰਜੀਆਂ 1–4 ਅਤੇ D ਹੁਣ ਸਮੂਹ ਦਾ &lt;b&gt;ਸਹਿਮਤ ਅੰਕ&lt;/b&gt; ਤੈਅ ਕਰਦੀਆਂ ਹਨ। ਕਿਸੇ ਦਾ ਦਰਜਾ ਬਦਲਣ ਲਈ ਉਸ ਵਿਅਕਤੀ ਉੱਤੇ ਕਲਿੱਕ ਕਰੋ।</translation>
        </message>
        <message>
            <source>Keys: {keys}</source>
            <translation>ਕੁੰਜੀਆਂ: {keys}</translation>
        </message>
        <message>
            <source>Something went wrong saving this answer. It is still on screen; try again.</source>
            <translation>ਇਹ ਜਵਾਬ ਸੰਭਾਲਦੇ ਸਮੇਂ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਇਹ ਹਾਲੇ ਸਕਰੀਨ ਉੱਤੇ ਹੈ; ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>✓ Saved {time}</source>
            <translation>✓ ਸੰਭਾਲਿਆ {time}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ: {problem}</translation>
        </message>
        <message>
            <source>Phone voting is on. PIN {pin}.</source>
            <translation>ਫ਼ੋਨ ਵੋਟਿੰਗ ਚਾਲੂ ਹੈ। PIN {pin}।</translation>
        </message>
        <message>
            <source>now in {section}, {answered} of {shown} answered</source>
            <translation>ਹੁਣ {section} ਵਿੱਚ, {shown} ਵਿੱਚੋਂ {answered} ਦੇ ਜਵਾਬ ਦਿੱਤੇ</translation>
        </message>
        <message>
            <source>section {number} of {count}, statement {position} of {shown}</source>
            <translation>ਭਾਗ {number} / {count}, ਕਥਨ {position} / {shown}</translation>
        </message>
        <message>
            <source>1 choose</source>
            <translation>1 ਚੁਣੋ</translation>
        </message>
        <message>
            <source>{section}: {answered} of {shown} answered</source>
            <translation>{section}: {shown} ਵਿੱਚੋਂ {answered} ਦੇ ਜਵਾਬ ਦਿੱਤੇ</translation>
        </message>
        <message>
            <source>Suggested agreed score: &lt;b&gt;{level} {name}&lt;/b&gt; (the middle of the ratings). The group decides.</source>
            <translation>ਸੁਝਾਇਆ ਸਹਿਮਤ ਅੰਕ: &lt;b&gt;{level} {name}&lt;/b&gt; (ਦਰਜਿਆਂ ਦਾ ਵਿਚਕਾਰਲਾ)। ਫ਼ੈਸਲਾ ਸਮੂਹ ਕਰੇਗਾ।</translation>
        </message>
        <message>
            <source>Keys 1–4 and D now rate &lt;b&gt;{person}&lt;/b&gt;. ← → choose another person.</source>
            <translation>ਕੁੰਜੀਆਂ 1–4 ਅਤੇ D ਹੁਣ &lt;b&gt;{person}&lt;/b&gt; ਦਾ ਦਰਜਾ ਦਿੰਦੀਆਂ ਹਨ। ← → ਕੋਈ ਹੋਰ ਵਿਅਕਤੀ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>1 tick</source>
            <translation>1 ਨਿਸ਼ਾਨ</translation>
        </message>
        <message>
            <source>Phone voting could not start: {problem}. Check no other program is using the network port, then try again.</source>
            <translation>ਫ਼ੋਨ ਵੋਟਿੰਗ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋ ਸਕੀ: {problem}। ਦੇਖੋ ਕਿ ਕੋਈ ਹੋਰ ਪ੍ਰੋਗਰਾਮ ਨੈੱਟਵਰਕ ਪੋਰਟ ਨਾ ਵਰਤ ਰਿਹਾ ਹੋਵੇ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
        </message>
        <message>
            <source>1–{count} choose</source>
            <translation>1–{count} ਚੁਣੋ</translation>
        </message>
        <message>
            <source>1–{count} tick</source>
            <translation>1–{count} ਨਿਸ਼ਾਨ</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings</source>
            <translation>ਸੈਟਿੰਗਾਂ</translation>
        </message>
        <message>
            <source>Who uses this computer</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ ਕੌਣ ਵਰਤਦਾ ਹੈ</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>ਬਦਲੋ…</translation>
        </message>
        <message>
            <source>Council mode</source>
            <translation>ਕੌਂਸਲ ਮੋਡ</translation>
        </message>
        <message>
            <source>Use this computer for council work (import bundles, review conflicts, overview)</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ ਕੌਂਸਲ ਦੇ ਕੰਮ ਲਈ ਵਰਤੋ (ਬੰਡਲ ਇੰਪੋਰਟ ਕਰਨਾ, ਟਕਰਾਅ ਦੇਖਣਾ, ਸੰਖੇਪ ਝਾਤ)</translation>
        </message>
        <message>
            <source>keys/council.key in the data folder</source>
            <translation>ਡੇਟਾ ਫੋਲਡਰ ਵਿੱਚ keys/council.key</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ਚੁਣੋ…</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>ਵਾਰਡਾਂ ਦੀ ਸੂਚੀ</translation>
        </message>
        <message>
            <source>Choose ward file…</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲ ਚੁਣੋ…</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>ਡਿਵਾਈਸ ਦਾ ਨਾਮ</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>ਡਿਵਾਈਸ ਆਈਡੀ</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ਫੋਲਡਰ ਖੋਲ੍ਹੋ</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ਡੇਟਾ ਫੋਲਡਰ</translation>
        </message>
        <message>
            <source>On: the Import, Overview and Conflicts pages are in the side bar. Bundles are imported only from devices you trust (Import → Devices).</source>
            <translation>ਚਾਲੂ: ਇੰਪੋਰਟ, ਸੰਖੇਪ ਝਾਤ ਅਤੇ ਟਕਰਾਅ ਵਾਲੇ ਸਫ਼ੇ ਸਾਈਡ ਬਾਰ ਵਿੱਚ ਹਨ। ਬੰਡਲ ਸਿਰਫ਼ ਉਨ੍ਹਾਂ ਡਿਵਾਈਸਾਂ ਤੋਂ ਇੰਪੋਰਟ ਹੁੰਦੇ ਹਨ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ (ਇੰਪੋਰਟ → ਡਿਵਾਈਸਾਂ)।</translation>
        </message>
        <message>
            <source>Off: this is a field laptop. Turn council mode on for the computer that imports bundles from the laptops; the council pages appear in the side bar at once.</source>
            <translation>ਬੰਦ: ਇਹ ਫੀਲਡ ਲੈਪਟਾਪ ਹੈ। ਜੋ ਕੰਪਿਊਟਰ ਲੈਪਟਾਪਾਂ ਤੋਂ ਬੰਡਲ ਇੰਪੋਰਟ ਕਰਦਾ ਹੈ ਉਸ ਉੱਤੇ ਕੌਂਸਲ ਮੋਡ ਚਾਲੂ ਕਰੋ; ਕੌਂਸਲ ਦੇ ਸਫ਼ੇ ਉਸੇ ਵੇਲੇ ਸਾਈਡ ਬਾਰ ਵਿੱਚ ਆ ਜਾਂਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>Council private key</source>
            <translation>ਕੌਂਸਲ ਦੀ ਨਿੱਜੀ ਕੁੰਜੀ</translation>
        </message>
        <message>
            <source>Key files (*.key *.pem);;All files (*)</source>
            <translation>ਕੁੰਜੀ ਫ਼ਾਈਲਾਂ (*.key *.pem);;ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ (*)</translation>
        </message>
        <message>
            <source>Saved. Encrypted bundles are opened with this key from now on.</source>
            <translation>ਸੰਭਾਲ ਲਿਆ। ਹੁਣ ਤੋਂ ਇਨਕ੍ਰਿਪਟ ਕੀਤੇ ਬੰਡਲ ਇਸੇ ਕੁੰਜੀ ਨਾਲ ਖੋਲ੍ਹੇ ਜਾਣਗੇ।</translation>
        </message>
        <message>
            <source>Ward file</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲ</translation>
        </message>
        <message>
            <source>Ward files (*.yaml *.yml);;All files (*)</source>
            <translation>ਵਾਰਡ ਫ਼ਾਈਲਾਂ (*.yaml *.yml);;ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ (*)</translation>
        </message>
        <message>
            <source>Private key for encrypted bundles</source>
            <translation>ਇਨਕ੍ਰਿਪਟ ਕੀਤੇ ਬੰਡਲਾਂ ਲਈ ਨਿੱਜੀ ਕੁੰਜੀ</translation>
        </message>
        <message>
            <source>not made yet</source>
            <translation>ਹਾਲੇ ਨਹੀਂ ਬਣੀ</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>ਹਾਲੇ ਨਹੀਂ ਚੁਣਿਆ</translation>
        </message>
        <message>
            <source>Council mode is on.</source>
            <translation>ਕੌਂਸਲ ਮੋਡ ਚਾਲੂ ਹੈ।</translation>
        </message>
        <message>
            <source>Council mode is off.</source>
            <translation>ਕੌਂਸਲ ਮੋਡ ਬੰਦ ਹੈ।</translation>
        </message>
        <message>
            <source>this computer: {name}</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ: {name}</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}।</translation>
        </message>
        <message>
            <source>In use: {title} ({council}, from {date}), {count} wards.</source>
            <translation>ਵਰਤੋਂ ਵਿੱਚ: {title} ({council}, {date} ਤੋਂ), {count} ਵਾਰਡ।</translation>
        </message>
        <message>
            <source>Saved: {what}</source>
            <translation>ਸੰਭਾਲ ਲਿਆ: {what}</translation>
        </message>
        <message>
            <source>Saved: {title}, {count} wards. It is used from the next time GAP Field Kit starts.</source>
            <translation>ਸੰਭਾਲ ਲਿਆ: {title}, {count} ਵਾਰਡ। ਇਹ ਅਗਲੀ ਵਾਰ GAP Field Kit ਸ਼ੁਰੂ ਹੋਣ ਤੇ ਵਰਤੀ ਜਾਵੇਗੀ।</translation>
        </message>
        <message>
            <source>worker: {name}</source>
            <translation>ਕਰਮਚਾਰੀ: {name}</translation>
        </message>
        <message>
            <source>council: {name}</source>
            <translation>ਕੌਂਸਲ: {name}</translation>
        </message>
        <message>
            <source>{file} cannot be used: {error}. Choose the council.key file made when the council's keys were created.</source>
            <translation>{file} ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: {error}। ਉਹ council.key ਫ਼ਾਈਲ ਚੁਣੋ ਜੋ ਕੌਂਸਲ ਦੀਆਂ ਕੁੰਜੀਆਂ ਬਣਾਉਣ ਵੇਲੇ ਬਣੀ ਸੀ।</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>A council development worker</source>
            <translation>ਕੌਂਸਲ ਦਾ ਵਿਕਾਸ ਕਰਮਚਾਰੀ</translation>
        </message>
        <message>
            <source>A community group assessing itself</source>
            <translation>ਆਪਣਾ ਮੁਲਾਂਕਣ ਆਪ ਕਰਨ ਵਾਲਾ ਭਾਈਚਾਰਕ ਸਮੂਹ</translation>
        </message>
        <message>
            <source>Council staff</source>
            <translation>ਕੌਂਸਲ ਦਾ ਅਮਲਾ</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ਐਕਸਲ ਵਰਕਬੁੱਕ (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export to spreadsheet</source>
            <translation>ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਿੱਚ ਐਕਸਪੋਰਟ ਕਰੋ</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>The group agreed: answers are kept on this laptop and sent to the council</source>
            <translation>ਸਮੂਹ ਨੇ ਸਹਿਮਤੀ ਦਿੱਤੀ: ਜਵਾਬ ਇਸ ਲੈਪਟਾਪ ਉੱਤੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਕੌਂਸਲ ਨੂੰ ਭੇਜੇ ਜਾਂਦੇ ਹਨ</translation>
        </message>
        <message>
            <source>Draft translation: to be checked by a native speaker before use</source>
            <translation>ਖਰੜਾ ਅਨੁਵਾਦ: ਵਰਤਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਬੋਲਣ ਵਾਲੇ ਤੋਂ ਜਾਂਚ ਕਰਵਾਓ</translation>
        </message>
        <message>
            <source>Trustee</source>
            <translation>ਟਰੱਸਟੀ</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>ਵਲੰਟੀਅਰ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>ਸਟਾਫ਼</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>ਮੈਂਬਰ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ਹਟਾਓ</translation>
        </message>
        <message>
            <source>Start an assessment</source>
            <translation>ਮੁਲਾਂਕਣ ਸ਼ੁਰੂ ਕਰੋ</translation>
        </message>
        <message>
            <source>&amp;Facilitated (one agreed answer per statement)</source>
            <translation>ਸੰਚਾਲਕ ਨਾਲ (ਹਰ ਕਥਨ ਦਾ ਇੱਕ ਸਹਿਮਤ ਜਵਾਬ)</translation>
        </message>
        <message>
            <source>&amp;Group (each person rates, then agree)</source>
            <translation>ਸਮੂਹ (ਹਰ ਵਿਅਕਤੀ ਦਰਜਾ ਦੇਵੇ, ਫਿਰ ਸਹਿਮਤੀ)</translation>
        </message>
        <message>
            <source>For example: St Paul's church hall</source>
            <translation>ਉਦਾਹਰਨ ਲਈ: ਸੇਂਟ ਪੌਲ ਦਾ ਚਰਚ ਹਾਲ</translation>
        </message>
        <message>
            <source>Who is running the session</source>
            <translation>ਸੈਸ਼ਨ ਕੌਣ ਚਲਾ ਰਿਹਾ ਹੈ</translation>
        </message>
        <message>
            <source>Participants (labels and roles; no names needed)</source>
            <translation>ਭਾਗੀਦਾਰ (ਲੇਬਲ ਅਤੇ ਭੂਮਿਕਾਵਾਂ; ਨਾਂ ਦੀ ਲੋੜ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>ਭਾਗੀਦਾਰ ਜੋੜੋ</translation>
        </message>
        <message>
            <source>The council uses them to plan support; no names are recorded. If the group does not agree, stop here: press Cancel and nothing is saved.</source>
            <translation>ਕੌਂਸਲ ਇਹਨਾਂ ਨੂੰ ਸਹਾਇਤਾ ਦੀ ਯੋਜਨਾ ਲਈ ਵਰਤਦੀ ਹੈ; ਕੋਈ ਨਾਂ ਦਰਜ ਨਹੀਂ ਹੁੰਦਾ। ਜੇ ਸਮੂਹ ਸਹਿਮਤ ਨਹੀਂ, ਤਾਂ ਇੱਥੇ ਰੁਕੋ: ਰੱਦ ਕਰੋ ਦਬਾਓ ਅਤੇ ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਵੇਗਾ।</translation>
        </message>
        <message>
            <source>&amp;Register it now…</source>
            <translation>ਹੁਣੇ ਰਜਿਸਟਰ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ਸੰਸਥਾ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>ਤਰੀਕਾ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ਭਾਸ਼ਾ</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>ਥਾਂ</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>ਸੰਚਾਲਕ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>ਸ਼ੁਰੂ ਕਰੋ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>The verdict will say which conditions of this stage are met.</source>
            <translation>ਫ਼ੈਸਲਾ ਦੱਸੇਗਾ ਕਿ ਇਸ ਪੜਾਅ ਦੀਆਂ ਕਿਹੜੀਆਂ ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਹੋਈਆਂ ਹਨ।</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register one now, then start.</source>
            <translation>ਹਾਲੇ ਕੋਈ ਸੰਸਥਾ ਰਜਿਸਟਰਡ ਨਹੀਂ ਹੈ। ਹੁਣੇ ਇੱਕ ਰਜਿਸਟਰ ਕਰੋ, ਫਿਰ ਸ਼ੁਰੂ ਕਰੋ।</translation>
        </message>
        <message>
            <source>CAT &amp;stage</source>
            <translation>CAT ਪੜਾਅ</translation>
        </message>
        <message>
            <source>Cove&amp;rage</source>
            <translation>ਦਾਇਰਾ</translation>
        </message>
        <message>
            <source>Record the group's agreement first</source>
            <translation>ਪਹਿਲਾਂ ਸਮੂਹ ਦੀ ਸਹਿਮਤੀ ਦਰਜ ਕਰੋ</translation>
        </message>
        <message>
            <source>Choose the organisation first.</source>
            <translation>ਪਹਿਲਾਂ ਸੰਸਥਾ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>{title}: about {minutes} minutes</source>
            <translation>{title}: ਲਗਭਗ {minutes} ਮਿੰਟ</translation>
        </message>
        <message>
            <source>Longer than one sitting of {limit} minutes: plan two visits, or start with the key statements.</source>
            <translation>{limit} ਮਿੰਟ ਦੀ ਇੱਕ ਬੈਠਕ ਤੋਂ ਲੰਮਾ: ਦੋ ਮੁਲਾਕਾਤਾਂ ਦੀ ਯੋਜਨਾ ਬਣਾਓ, ਜਾਂ ਮੁੱਖ ਕਥਨਾਂ ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ।</translation>
        </message>
        <message>
            <source>“{name}” is not registered yet. Register it now, then start.</source>
            <translation>“{name}” ਹਾਲੇ ਰਜਿਸਟਰਡ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਇਸਨੂੰ ਰਜਿਸਟਰ ਕਰੋ, ਫਿਰ ਸ਼ੁਰੂ ਕਰੋ।</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Bundle</source>
            <translation>ਬੰਡਲ</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>ਲਿਖਿਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>ਰਿਕਾਰਡ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ਕੀ</translation>
        </message>
        <message>
            <source>Bundle id</source>
            <translation>ਬੰਡਲ ਆਈਡੀ</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>ਇਸ ਨਾਂ ਨਾਲ ਸੰਭਾਲਿਆ</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>ਸਭ ਕੁਝ</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>ਤਬਦੀਲੀਆਂ</translation>
        </message>
        <message>
            <source>with drafts</source>
            <translation>ਖਰੜਿਆਂ ਸਮੇਤ</translation>
        </message>
        <message>
            <source>encrypted</source>
            <translation>ਇਨਕ੍ਰਿਪਟ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>Bundles from this computer are not encrypted. They carry contact details, so anyone who finds the USB stick or the email can read them. Choose the council's own council.pub, kept beside council.key: then only a computer with council.key can open them.</source>
            <translation>ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਬੰਡਲ ਇਨਕ੍ਰਿਪਟ ਨਹੀਂ ਕੀਤੇ ਜਾ ਰਹੇ। ਇਨ੍ਹਾਂ ਵਿੱਚ ਸੰਪਰਕ ਵੇਰਵੇ ਹੁੰਦੇ ਹਨ, ਇਸ ਲਈ ਜਿਸ ਨੂੰ ਵੀ USB ਸਟਿੱਕ ਜਾਂ ਈਮੇਲ ਮਿਲੇ ਉਹ ਇਨ੍ਹਾਂ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਕੌਂਸਲ ਦੀ ਆਪਣੀ council.pub ਚੁਣੋ, ਜੋ council.key ਦੇ ਨਾਲ ਰੱਖੀ ਹੈ: ਫਿਰ ਇਨ੍ਹਾਂ ਨੂੰ ਸਿਰਫ਼ ਉਹ ਕੰਪਿਊਟਰ ਖੋਲ੍ਹ ਸਕੇਗਾ ਜਿਸ ਉੱਤੇ council.key ਹੈ।</translation>
        </message>
        <message>
            <source>Bundles are not encrypted. They carry contact details, so anyone who finds the USB stick or the email can read them. Choose the council.pub file from the council: once it is chosen, every bundle is encrypted to it.</source>
            <translation>ਬੰਡਲ ਇਨਕ੍ਰਿਪਟ ਨਹੀਂ ਕੀਤੇ ਜਾ ਰਹੇ। ਇਨ੍ਹਾਂ ਵਿੱਚ ਸੰਪਰਕ ਵੇਰਵੇ ਹੁੰਦੇ ਹਨ, ਇਸ ਲਈ ਜਿਸ ਨੂੰ ਵੀ USB ਸਟਿੱਕ ਜਾਂ ਈਮੇਲ ਮਿਲੇ ਉਹ ਇਨ੍ਹਾਂ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਕੌਂਸਲ ਤੋਂ ਮਿਲੀ council.pub ਫ਼ਾਈਲ ਚੁਣੋ: ਉਸ ਤੋਂ ਬਾਅਦ ਹਰ ਬੰਡਲ ਉਸੇ ਲਈ ਇਨਕ੍ਰਿਪਟ ਹੋਵੇਗਾ।</translation>
        </message>
        <message>
            <source>Save the bundle in which folder or USB stick?</source>
            <translation>ਬੰਡਲ ਕਿਸ ਫੋਲਡਰ ਜਾਂ USB ਸਟਿੱਕ ਵਿੱਚ ਸੰਭਾਲੀਏ?</translation>
        </message>
        <message>
            <source>Choose the council's public key (council.pub)</source>
            <translation>ਕੌਂਸਲ ਦੀ ਜਨਤਕ ਕੁੰਜੀ ਚੁਣੋ (council.pub)</translation>
        </message>
        <message>
            <source>Council public key (*.pub);;All files (*)</source>
            <translation>ਕੌਂਸਲ ਦੀ ਜਨਤਕ ਕੁੰਜੀ (*.pub);;ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ (*)</translation>
        </message>
        <message>
            <source>Save this laptop's device file for the council</source>
            <translation>ਕੌਂਸਲ ਲਈ ਇਸ ਲੈਪਟਾਪ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਸੰਭਾਲੋ</translation>
        </message>
        <message>
            <source>Device file (*.json)</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲ (*.json)</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ਸਿੰਕ</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ਐਕਸਪੋਰਟ</translation>
        </message>
        <message>
            <source>Include drafts (assessments not completed yet)</source>
            <translation>ਖਰੜੇ ਸ਼ਾਮਲ ਕਰੋ (ਮੁਲਾਂਕਣ ਜੋ ਹਾਲੇ ਪੂਰੇ ਨਹੀਂ ਹੋਏ)</translation>
        </message>
        <message>
            <source>Normally only completed assessments are sent; a draft goes once it is completed.</source>
            <translation>ਆਮ ਤੌਰ ਤੇ ਸਿਰਫ਼ ਪੂਰੇ ਮੁਲਾਂਕਣ ਭੇਜੇ ਜਾਂਦੇ ਹਨ; ਖਰੜਾ ਪੂਰਾ ਹੋਣ ਤੇ ਜਾਂਦਾ ਹੈ।</translation>
        </message>
        <message>
            <source>Full export (everything, not just the changes)</source>
            <translation>ਪੂਰਾ ਐਕਸਪੋਰਟ (ਸਭ ਕੁਝ, ਸਿਰਫ਼ ਤਬਦੀਲੀਆਂ ਨਹੀਂ)</translation>
        </message>
        <message>
            <source>Send every record again, for example if a bundle was lost before the council imported it.</source>
            <translation>ਹਰ ਰਿਕਾਰਡ ਦੁਬਾਰਾ ਭੇਜੋ, ਜਿਵੇਂ ਜੇ ਕੌਂਸਲ ਦੇ ਇੰਪੋਰਟ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਕੋਈ ਬੰਡਲ ਗੁੰਮ ਹੋ ਗਿਆ ਹੋਵੇ।</translation>
        </message>
        <message>
            <source>Encrypt to council key…</source>
            <translation>ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਲਈ ਇਨਕ੍ਰਿਪਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Don't encrypt</source>
            <translation>ਇਨਕ੍ਰਿਪਟ ਨਾ ਕਰੋ</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>ਬੰਡਲ ਐਕਸਪੋਰਟ ਕਰੋ…</translation>
        </message>
        <message>
            <source>Choose a folder or USB stick and write the bundle there</source>
            <translation>ਕੋਈ ਫੋਲਡਰ ਜਾਂ USB ਸਟਿੱਕ ਚੁਣੋ ਅਤੇ ਬੰਡਲ ਉੱਥੇ ਲਿਖੋ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ਰੱਦ ਕਰੋ</translation>
        </message>
        <message>
            <source>Save device file…</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਸੰਭਾਲੋ…</translation>
        </message>
        <message>
            <source>Save the file the council needs to trust this laptop's bundles</source>
            <translation>ਉਹ ਫ਼ਾਈਲ ਸੰਭਾਲੋ ਜਿਸ ਨਾਲ ਕੌਂਸਲ ਇਸ ਲੈਪਟਾਪ ਦੇ ਬੰਡਲਾਂ ਉੱਤੇ ਭਰੋਸਾ ਕਰ ਸਕੇ</translation>
        </message>
        <message>
            <source>Bundles written from this laptop</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਤੋਂ ਲਿਖੇ ਬੰਡਲ</translation>
        </message>
        <message>
            <source>No bundles written yet.</source>
            <translation>ਹਾਲੇ ਕੋਈ ਬੰਡਲ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।</translation>
        </message>
        <message>
            <source>From the council</source>
            <translation>ਕੌਂਸਲ ਵੱਲੋਂ</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>ਗਿਣਤੀ ਹੋ ਰਹੀ ਹੈ…</translation>
        </message>
        <message>
            <source>Could not count what is waiting.</source>
            <translation>ਉਡੀਕ ਵਿੱਚ ਪਈਆਂ ਚੀਜ਼ਾਂ ਦੀ ਗਿਣਤੀ ਨਹੀਂ ਹੋ ਸਕੀ।</translation>
        </message>
        <message>
            <source>It is encrypted to the council key.</source>
            <translation>ਇਹ ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਲਈ ਇਨਕ੍ਰਿਪਟ ਹੈ।</translation>
        </message>
        <message>
            <source>It is NOT encrypted: anyone with the file can read the contact details in it. Keep it safe, and choose the council key for the next bundle.</source>
            <translation>ਇਹ ਇਨਕ੍ਰਿਪਟ ਨਹੀਂ ਹੈ: ਜਿਸ ਕੋਲ ਵੀ ਫ਼ਾਈਲ ਹੋਵੇ ਉਹ ਇਸ ਵਿਚਲੇ ਸੰਪਰਕ ਵੇਰਵੇ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਇਸ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖੋ, ਅਤੇ ਅਗਲੇ ਬੰਡਲ ਲਈ ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>This is the council's computer: bundles from the laptops come in on the Import page. Here you can export this computer's own changes as a signed bundle, for another council computer or to keep a copy.</source>
            <translation>ਇਹ ਕੌਂਸਲ ਦਾ ਕੰਪਿਊਟਰ ਹੈ: ਲੈਪਟਾਪਾਂ ਦੇ ਬੰਡਲ ਆਯਾਤ ਵਾਲੇ ਸਫ਼ੇ ਉੱਤੇ ਆਉਂਦੇ ਹਨ। ਇੱਥੇ ਤੁਸੀਂ ਇਸ ਕੰਪਿਊਟਰ ਦੀਆਂ ਆਪਣੀਆਂ ਤਬਦੀਲੀਆਂ ਦਸਤਖ਼ਤ ਕੀਤੇ ਬੰਡਲ ਵਜੋਂ ਐਕਸਪੋਰਟ ਕਰ ਸਕਦੇ ਹੋ, ਕੌਂਸਲ ਦੇ ਕਿਸੇ ਹੋਰ ਕੰਪਿਊਟਰ ਲਈ ਜਾਂ ਨਕਲ ਰੱਖਣ ਲਈ।</translation>
        </message>
        <message>
            <source>Bundles written from this computer</source>
            <translation>ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਲਿਖੇ ਬੰਡਲ</translation>
        </message>
        <message>
            <source>Changes made on this laptop go to the council in a bundle file: save it to a USB stick or a shared folder and hand it over. Each bundle is signed by this laptop, so the council knows where it came from.</source>
            <translation>ਇਸ ਲੈਪਟਾਪ ਉੱਤੇ ਕੀਤੀਆਂ ਤਬਦੀਲੀਆਂ ਇੱਕ ਬੰਡਲ ਫ਼ਾਈਲ ਵਿੱਚ ਕੌਂਸਲ ਨੂੰ ਜਾਂਦੀਆਂ ਹਨ: ਇਸ ਨੂੰ USB ਸਟਿੱਕ ਜਾਂ ਸਾਂਝੇ ਫੋਲਡਰ ਵਿੱਚ ਸੰਭਾਲ ਕੇ ਸੌਂਪ ਦਿਓ। ਹਰ ਬੰਡਲ ਉੱਤੇ ਇਸ ਲੈਪਟਾਪ ਦੇ ਦਸਤਖ਼ਤ ਹੁੰਦੇ ਹਨ, ਇਸ ਲਈ ਕੌਂਸਲ ਜਾਣਦੀ ਹੈ ਕਿ ਇਹ ਕਿੱਥੋਂ ਆਇਆ।</translation>
        </message>
        <message>
            <source>Choose the council.pub file from the council: only the council can then open the bundles, so a lost USB stick leaks nothing.</source>
            <translation>ਕੌਂਸਲ ਤੋਂ ਮਿਲੀ council.pub ਫ਼ਾਈਲ ਚੁਣੋ: ਫਿਰ ਬੰਡਲ ਸਿਰਫ਼ ਕੌਂਸਲ ਖੋਲ੍ਹ ਸਕਦੀ ਹੈ, ਇਸ ਲਈ ਗੁੰਮ ਹੋਈ USB ਸਟਿੱਕ ਤੋਂ ਕੁਝ ਨਹੀਂ ਖੁੱਲ੍ਹਦਾ।</translation>
        </message>
        <message>
            <source>1 draft assessment is held back until completed (tick Include drafts to send it now).</source>
            <translation>1 ਖਰੜਾ ਮੁਲਾਂਕਣ ਪੂਰਾ ਹੋਣ ਤੱਕ ਰੋਕਿਆ ਗਿਆ ਹੈ (ਇਸ ਨੂੰ ਹੁਣੇ ਭੇਜਣ ਲਈ "ਖਰੜੇ ਸ਼ਾਮਲ ਕਰੋ" ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਓ)।</translation>
        </message>
        <message>
            <source>Bundle {number} saved as {path} ({count} records, {size} MB).</source>
            <translation>ਬੰਡਲ {number} {path} ਵਜੋਂ ਸੰਭਾਲਿਆ ਗਿਆ ({count} ਰਿਕਾਰਡ, {size} MB)।</translation>
        </message>
        <message>
            <source>{count} records changed on this computer since its last export.</source>
            <translation>ਪਿਛਲੇ ਐਕਸਪੋਰਟ ਤੋਂ ਬਾਅਦ ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ {count} ਰਿਕਾਰਡ ਬਦਲੇ।</translation>
        </message>
        <message>
            <source>There is nothing to send yet.</source>
            <translation>ਹਾਲੇ ਭੇਜਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export.</source>
            <translation>ਪਿਛਲੇ ਐਕਸਪੋਰਟ ਤੋਂ ਬਾਅਦ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।</translation>
        </message>
        <message>
            <source>Device file saved as {path}. Give it to the council and read them the key fingerprint {fingerprint} so they can check it.</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲ {path} ਵਜੋਂ ਸੰਭਾਲੀ ਗਈ। ਇਸ ਨੂੰ ਕੌਂਸਲ ਨੂੰ ਦਿਓ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ {fingerprint} ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ ਤਾਂ ਜੋ ਉਹ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਸਕਣ।</translation>
        </message>
        <message>
            <source>Bundle {number} saved</source>
            <translation>ਬੰਡਲ {number} ਸੰਭਾਲਿਆ ਗਿਆ</translation>
        </message>
        <message>
            <source>Something went wrong while writing the bundle; nothing was saved and your data is unchanged. The details are in the log file. ({detail})</source>
            <translation>ਬੰਡਲ ਲਿਖਦੇ ਸਮੇਂ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ; ਕੁਝ ਨਹੀਂ ਸੰਭਾਲਿਆ ਗਿਆ ਅਤੇ ਤੁਹਾਡਾ ਡਾਟਾ ਨਹੀਂ ਬਦਲਿਆ। ਵੇਰਵੇ ਲੌਗ ਫ਼ਾਈਲ ਵਿੱਚ ਹਨ। ({detail})</translation>
        </message>
        <message>
            <source>Choose the council's own council.pub (in {folder}): only a computer with council.key can then open the bundles, so a lost USB stick leaks nothing.</source>
            <translation>ਕੌਂਸਲ ਦੀ ਆਪਣੀ council.pub ਚੁਣੋ ({folder} ਵਿੱਚ): ਫਿਰ ਬੰਡਲ ਸਿਰਫ਼ ਉਹ ਕੰਪਿਊਟਰ ਖੋਲ੍ਹ ਸਕੇਗਾ ਜਿਸ ਉੱਤੇ council.key ਹੈ, ਇਸ ਲਈ ਗੁੰਮ ਹੋਈ USB ਸਟਿੱਕ ਤੋਂ ਕੁਝ ਨਹੀਂ ਖੁੱਲ੍ਹਦਾ।</translation>
        </message>
        <message>
            <source>{count} records are waiting to be sent.</source>
            <translation>{count} ਰਿਕਾਰਡ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।</translation>
        </message>
        <message>
            <source>This computer: {name}
Key fingerprint: {fingerprint}
Laptops trust this computer's field packs from its device file.</source>
            <translation>ਇਹ ਕੰਪਿਊਟਰ: {name}
ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ: {fingerprint}
ਲੈਪਟਾਪ ਇਸ ਕੰਪਿਊਟਰ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਰਾਹੀਂ ਇਸ ਦੇ ਫੀਲਡ ਪੈਕਾਂ ਉੱਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹਨ।</translation>
        </message>
        <message>
            <source>This laptop: {name}
Key fingerprint: {fingerprint}
The council enrols this laptop from its device file.</source>
            <translation>ਇਹ ਲੈਪਟਾਪ: {name}
ਕੁੰਜੀ ਦਾ ਫਿੰਗਰਪ੍ਰਿੰਟ: {fingerprint}
ਕੌਂਸਲ ਇਸ ਲੈਪਟਾਪ ਨੂੰ ਇਸ ਦੀ ਡਿਵਾਈਸ ਫ਼ਾਈਲ ਤੋਂ ਦਰਜ ਕਰਦੀ ਹੈ।</translation>
        </message>
        <message>
            <source>Bundles are encrypted to the council key
{fingerprint}</source>
            <translation>ਬੰਡਲ ਕੌਂਸਲ ਦੀ ਕੁੰਜੀ ਲਈ ਇਨਕ੍ਰਿਪਟ ਕੀਤੇ ਜਾਂਦੇ ਹਨ
{fingerprint}</translation>
        </message>
        <message>
            <source>Bundles will be encrypted to {fingerprint}</source>
            <translation>ਬੰਡਲ {fingerprint} ਲਈ ਇਨਕ੍ਰਿਪਟ ਕੀਤੇ ਜਾਣਗੇ</translation>
        </message>
        <message>
            <source>The folder {folder} is not there any more (is the USB stick plugged in?). Choose the folder again.</source>
            <translation>ਫੋਲਡਰ {folder} ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ (ਕੀ USB ਸਟਿੱਕ ਲੱਗੀ ਹੋਈ ਹੈ?)। ਫੋਲਡਰ ਦੁਬਾਰਾ ਚੁਣੋ।</translation>
        </message>
        <message>
            <source>{count} draft assessments are held back until completed (tick Include drafts to send them now).</source>
            <translation>{count} ਖਰੜਾ ਮੁਲਾਂਕਣ ਪੂਰੇ ਹੋਣ ਤੱਕ ਰੋਕੇ ਗਏ ਹਨ (ਇਨ੍ਹਾਂ ਨੂੰ ਹੁਣੇ ਭੇਜਣ ਲਈ "ਖਰੜੇ ਸ਼ਾਮਲ ਕਰੋ" ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਓ)।</translation>
        </message>
        <message>
            <source>Could not save the device file as {path}: {reason}. Choose another folder.</source>
            <translation>ਡਿਵਾਈਸ ਫ਼ਾਈਲ {path} ਵਜੋਂ ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ: {reason}। ਕੋਈ ਹੋਰ ਫੋਲਡਰ ਚੁਣੋ।</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>Organisations</source>
            <translation>ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Form versions</source>
            <translation>ਫਾਰਮ ਦੇ ਸੰਸਕਰਣ</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>ਮੁਲਾਂਕਣ</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ਭਾਗੀਦਾਰ</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>ਜਵਾਬ</translation>
        </message>
        <message>
            <source>Action plan items</source>
            <translation>ਕਾਰਜ ਯੋਜਨਾ ਦੀਆਂ ਮੱਦਾਂ</translation>
        </message>
        <message>
            <source>Action reviews</source>
            <translation>ਕਾਰਵਾਈਆਂ ਦੀਆਂ ਸਮੀਖਿਆਵਾਂ</translation>
        </message>
        <message>
            <source>Council resources</source>
            <translation>ਕੌਂਸਲ ਦੇ ਸਰੋਤ</translation>
        </message>
        <message>
            <source>Review notes</source>
            <translation>ਸਮੀਖਿਆ ਦੇ ਨੋਟ</translation>
        </message>
        <message>
            <source>Audit trail entries</source>
            <translation>ਆਡਿਟ ਰਿਕਾਰਡ ਦੀਆਂ ਐਂਟਰੀਆਂ</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>ਸਾਰੀਆਂ ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Organisations in some wards</source>
            <translation>ਕੁਝ ਵਾਰਡਾਂ ਦੀਆਂ ਸੰਸਥਾਵਾਂ</translation>
        </message>
        <message>
            <source>Organisations the laptop worked with</source>
            <translation>ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨਾਲ ਲੈਪਟਾਪ ਨੇ ਕੰਮ ਕੀਤਾ</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ਕੁਝ ਨਹੀਂ</translation>
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
            <translation>ਪ੍ਰਬੰਧ (ਗਵਰਨੈਂਸ)</translation>
        </message>
        <message>
            <source>legal structure</source>
            <translation>ਕਾਨੂੰਨੀ ਢਾਂਚਾ</translation>
        </message>
        <message>
            <source>trustee skills</source>
            <translation>ਟਰੱਸਟੀਆਂ ਦੇ ਹੁਨਰ</translation>
        </message>
        <message>
            <source>trustee recruitment</source>
            <translation>ਟਰੱਸਟੀਆਂ ਦੀ ਭਰਤੀ</translation>
        </message>
        <message>
            <source>financial management</source>
            <translation>ਵਿੱਤੀ ਪ੍ਰਬੰਧ</translation>
        </message>
        <message>
            <source>business planning</source>
            <translation>ਕਾਰੋਬਾਰੀ ਯੋਜਨਾਬੰਦੀ</translation>
        </message>
        <message>
            <source>funding</source>
            <translation>ਫੰਡਿੰਗ</translation>
        </message>
        <message>
            <source>capital funding</source>
            <translation>ਪੂੰਜੀ ਫੰਡਿੰਗ</translation>
        </message>
        <message>
            <source>volunteering</source>
            <translation>ਵਲੰਟੀਅਰੀ</translation>
        </message>
        <message>
            <source>safeguarding</source>
            <translation>ਸੁਰੱਖਿਆ (ਸੇਫਗਾਰਡਿੰਗ)</translation>
        </message>
        <message>
            <source>health and safety</source>
            <translation>ਸਿਹਤ ਅਤੇ ਸੁਰੱਖਿਆ</translation>
        </message>
        <message>
            <source>policies</source>
            <translation>ਨੀਤੀਆਂ</translation>
        </message>
        <message>
            <source>data protection</source>
            <translation>ਡਾਟਾ ਸੁਰੱਖਿਆ</translation>
        </message>
        <message>
            <source>insurance</source>
            <translation>ਬੀਮਾ</translation>
        </message>
        <message>
            <source>community consultation</source>
            <translation>ਭਾਈਚਾਰੇ ਨਾਲ ਸਲਾਹ-ਮਸ਼ਵਰਾ</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>ਪ੍ਰਚਾਰ</translation>
        </message>
        <message>
            <source>networking</source>
            <translation>ਨੈੱਟਵਰਕਿੰਗ</translation>
        </message>
        <message>
            <source>impact measurement</source>
            <translation>ਪ੍ਰਭਾਵ ਦਾ ਮਾਪ</translation>
        </message>
        <message>
            <source>planning</source>
            <translation>ਯੋਜਨਾਬੰਦੀ</translation>
        </message>
        <message>
            <source>property advice</source>
            <translation>ਜਾਇਦਾਦ ਬਾਰੇ ਸਲਾਹ</translation>
        </message>
        <message>
            <source>building compliance</source>
            <translation>ਇਮਾਰਤ ਦੇ ਨਿਯਮਾਂ ਦੀ ਪਾਲਣਾ</translation>
        </message>
        <message>
            <source>professional advice</source>
            <translation>ਪੇਸ਼ੇਵਰ ਸਲਾਹ</translation>
        </message>
        <message>
            <source>legal advice</source>
            <translation>ਕਾਨੂੰਨੀ ਸਲਾਹ</translation>
        </message>
        <message>
            <source>risk management</source>
            <translation>ਜੋਖਮ ਪ੍ਰਬੰਧ</translation>
        </message>
        <message>
            <source>training</source>
            <translation>ਸਿਖਲਾਈ</translation>
        </message>
        <message>
            <source>capacity building</source>
            <translation>ਸਮਰੱਥਾ ਵਧਾਉਣਾ</translation>
        </message>
        <message>
            <source>employment advice</source>
            <translation>ਰੁਜ਼ਗਾਰ ਬਾਰੇ ਸਲਾਹ</translation>
        </message>
        <message>
            <source>accessibility</source>
            <translation>ਪਹੁੰਚਯੋਗਤਾ</translation>
        </message>
        <message>
            <source>small group support</source>
            <translation>ਛੋਟੇ ਗਰੁੱਪਾਂ ਲਈ ਸਹਾਇਤਾ</translation>
        </message>
        <message>
            <source>digital skills</source>
            <translation>ਡਿਜੀਟਲ ਹੁਨਰ</translation>
        </message>
        <message>
            <source>commissioning</source>
            <translation>ਸੇਵਾਵਾਂ ਦੀ ਖਰੀਦ (ਕਮਿਸ਼ਨਿੰਗ)</translation>
        </message>
    </context>
</TS>
