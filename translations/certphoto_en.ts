<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About certphoto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>certphoto: review certificate photos for the exam offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared server as a libpq connection string (else CERTPHOTO_DATABASE, the saved setting, or the private cluster on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login prefilled in the login dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveConfirmDialog</name>
    <message>
        <source>Approve a photo the core failed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliance core failed this photo on these checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve it anyway? The applicant is told the photo passed. Enter approves, Esc goes back to the photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Export batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;transmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of the review window. Keys can be changed in Settings → Keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementsDialog</name>
    <message>
        <source>The submissions behind the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up certphoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where does certphoto keep its data?&lt;/b&gt; You can change this later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This computer only (try it out, or a single auditor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam server (several workstations share one PostgreSQL server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a connection &amp;string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <source>Grid: photos the core passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look across the photos. Press a photo&apos;s key (1 … 9, 0, -, =) to mark it as an exception: it goes to one-at-a-time review. Enter approves every photo not marked, each as its own decision. Esc leaves the grid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Change keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a command with Up/Down, then Tab to the key field and press the new key. A key another command uses is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadedSubmission</name>
    <message>
        <source>The photo cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to certphoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate photo review&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private cluster on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL connection string such as &quot;host=db.example dbname=certphoto&quot;, or empty for the private cluster on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>certphoto — photo review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue (by deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip (give back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background &amp;mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glare spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About certphoto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>SMS outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be released:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Guide &amp;lines of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;2:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings&apos; &amp;details (check ids, reason codes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Only this school&apos;s submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only submissions with this core verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only submissions whose core findings name this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reject: choose the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every reason that applies. Type to filter, number keys tick the listed reasons, Up/Down and Space work in the list, Enter confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (required for &quot;other&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This login is not an auditor, supervisor or admin of certphoto. Ask an admin to create your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and show the next submission with one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> photos passed by the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>certphoto — statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput per &amp;auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the numbers as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>The connection to the database server was lost. The program reconnects by itself; if this lasts, check the network or ask the administrator whether the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver is missing on this computer. Ask the administrator to install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this. Ask an administrator to check your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was saved already (perhaps by someone else at the same moment). Refresh the queue and check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the same data at the same moment. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the request. Try again; if it happens again, tell the administrator the time it happened (the details are in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is older than this program. Ask the administrator to run &quot;certphoto-admin upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is newer than this program. Ask the administrator for the current version of certphoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of certphoto is incomplete (a database upgrade file is missing). Ask the administrator to reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server is not installed on this computer. Ask the administrator to install the package postgresql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certphoto was started as the system administrator (root), and the database may not run so. Start certphoto as a normal user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database folder on this computer cannot be prepared. Check the free disk space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s connection folder cannot be prepared. Check the free disk space, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is locked by another copy of certphoto that is starting. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the local database cannot be written. Check the free disk space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be created. Check the free disk space; the log has the details for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database server did not start. Try again; if it keeps failing, the log has the details for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not an auditor, supervisor or admin of certphoto. Ask an admin to create your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your claim on this submission has expired and it went back to the queue. Claim it again or take the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another auditor is working on this submission now. Take another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission no longer exists. Refresh the queue and take another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission has been decided or withdrawn already. Take the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another auditor has decided this submission already; your decision was not recorded. Take the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not confirm the decision. Decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was sent incomplete (a program fault). Decide again; if it repeats, tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision clashed with another one in the database (a program fault). Decide again; if it repeats, tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision is either approve or reject. Decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs at least one reason. Choose a reason and reject again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note for the applicant. Write the note and reject again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen reason is no longer in the list of reasons. Log in again to load the current list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the import was not stored. Check the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry has no exam or student number. Complete it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry has no school. Complete it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry has no photo. Add it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry has no arrival time. Complete it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This applicant&apos;s photo is approved already; an approved photo is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number is not valid (its check digit is wrong). Correct it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user can only be an auditor, a supervisor or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, and may not start with &quot;certphoto&quot; or &quot;pg_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login exists already. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school&apos;s review deadline is at least one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-analysis batch is 1 to 10000 submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new report needs the version of the checks that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new report was not stored, as the submission changed meanwhile. Run the re-analysis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name or the password is wrong. Check both (and Caps Lock) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the server address and the network, then try again; if it keeps failing, ask the administrator whether the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported a problem (code %1). Try again; if it happens again, tell the administrator the code and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold as many submissions as one person may at a time. Decide or give back one of them (N), then take the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have held this submission for the longest time one claim may last, so it went back to the queue. Press N for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only submissions near the front of the queue can be picked. Take the next one with N, or pick one higher up the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval carries no reasons. Approve without reasons, or reject with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note holds control, direction or invisible characters (often from pasted text). Type the note again and reject again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long for the applicant&apos;s SMS. Shorten it and reject again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note holds a web address, and an SMS to the applicant may not carry one. Remove it and reject again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS to the applicant would be too long. Shorten the note or choose fewer reasons, and reject again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database waited too long (someone else is holding the same data). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one this program ships (it was changed by hand or by another build). Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not sent in the protected form the server demands (a program fault). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such limit. The limits that can be set are listed in the security notes of certphoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox batch is 1 to 1000 messages, a list 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox lease must be 1 to 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox can show all, pending, sent or failed messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS retry settings are out of range: a wait of at least 1 second and at most 7 days, 1 to 100 attempts, a lease of 1 to 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outbox message no longer exists. Refresh the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not confirm the outbox change. Refresh the outbox and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is outside what this setting allows (the claim length, for example, is 1 to 86400 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receiver or school has this name. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export format names its files by something other than the ID number or the exam number. Fix the format file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export format&apos;s name is not valid. Use lower-case letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the batch is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: voiding a batch or sending photos again needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more photos would get the same file name (the same number twice). Correct the applicants&apos; numbers, then export again; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some applicants lack the number their receiver names files by. Add it, then export again; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is read 1 to 10000 items at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is no longer being built by this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s checksum was not valid; the batch was not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every refused photo needs its reason; the batch was not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session is building this batch right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sealed or transmitted batch can be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sealed batch can be marked transmitted, and only a sealed or transmitted one rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics need a first day on or before the last day, at most ten years apart. Choose the days again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of disagreements does not exist. Tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decided history could not be read. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision of the history lies before its arrival or in the future. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auditor of the history is not a certphoto login. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: the grace period is over and the SMS to the applicant may be on its way. The decision stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: the SMS to the applicant has been sent. The decision stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the auditor who made a decision can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such decision to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: the applicant has sent a newer photo since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: the approved photo is in an export batch already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision was undone. Decide the submission again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue was asked for an impossible page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue filter is not valid. Clear it and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database names no default photo profile for schools. Tell the administrator: the database schema may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1 h %2 min</source>
        <comment>short, in the queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>short, under the header Time left</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app</name>
    <message>
        <source>The server answers (PostgreSQL %1), but this database is not a certphoto database: it holds no certphoto schema. Check the database name, or ask the administrator to set it up with &quot;certphoto-admin upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, certphoto schema version %2. This server can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::AboutDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;certphoto %1&lt;/b&gt;&lt;br&gt;The reviewer workstation for certificate photos: the review queue with an automated compliance core, statistics, and the transmission of approved photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certphoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::AppController</name>
    <message>
        <source>Starting the private database on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private database on this computer could not start. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::ApproveConfirmDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core&apos;s verdict: fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve anyway (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::AttemptsModel</name>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a newer photo before review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s SMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::AttemptsPanel</name>
    <message>
        <source>Earlier attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier attempts of the applicant appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier attempts could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the applicant&apos;s first photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::BatchListModel</name>
    <message>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::BatchesDialog</name>
    <message>
        <source>Batch %1 marked transmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this batch void? Its photos can then be exported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 voided: its photos can be exported again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::CheatSheetDialog</name>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::DisagreementsDialog</name>
    <message>
        <source>No submission went against the core on the check &quot;%1&quot; in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions where the auditor and the check &quot;%1&quot; disagreed: %2 (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core against auditors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::ExportDialog</name>
    <message>
        <source>Folder for the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiver first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for approved photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos: %1, %2 in all, format %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems: %1 — correct them before exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to export for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 200 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be created: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written and nothing marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch: every photo was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 sealed — photos: %2, refused: %3, file: %4
SHA-256: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::ExportRowsModel</name>
    <message>
        <source>number missing for the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number cannot be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same file name as another photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::FindingText</name>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1‰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔL* %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L* %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s distance from the centre line (share of the photo&apos;s width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s turn to one side (0 = straight on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skin&apos;s hue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skin&apos;s colour strength (chroma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain background&apos;s share of the area around the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The darker shoulder&apos;s lightness against the lighter one&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo&apos;s height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s height (crown to chin) as a share of the photo&apos;s height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crown&apos;s distance from the top edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s sideways tilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eyes&apos; distance from the top edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face&apos;s width (cheek to cheek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background&apos;s colour difference from the nearest accepted colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest colour difference across the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare on the face (share of the face&apos;s area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face&apos;s sharpness score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face&apos;s lightness (0 black to 100 white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lightness difference between the two cheeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour cast skin and background share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clothing&apos;s colour difference from the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, over the limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, under the limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than usual (usually %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, less than usual (usually %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than the usual %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, less than the usual %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG in 24-bit colour, as required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; a JPEG in 24-bit colour is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a %1 image, not a JPEG; a JPEG in 24-bit colour is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an image format the program knows; a JPEG is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG is greyscale; 24-bit colour is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG is in CMYK (for print); 24-bit RGB colour is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG has %1 colour components; 3 (24-bit colour) are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG has %1 bits per colour; 8 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JPEG in 24-bit colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image data is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be analyzed; judge it by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image data is incomplete or damaged: the photo does not decode completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is %1, as required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is %1; it must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is %1; it must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face finder could not run; count the faces by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One face found, as required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face found; exactly one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 faces found; exactly one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clothing in the photo to compare with the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (the limit is in the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare spots: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the eye distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the cheeks&apos; lightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible teeth (share of the mouth)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::FindingsView</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image data intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head tilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background uniformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing vs background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lips closed, no teeth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head covering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tinted glasses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::FirstRunDialog</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certphoto keeps its own PostgreSQL database in %1 on this computer; nothing to type, and you are its administrator. To back it up, close certphoto and copy that folder, or run &quot;pg_dump&quot; on the database while certphoto runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the team server (its host), or choose &quot;This computer only&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::GridDialog</name>
    <message>
        <source>Approve the rest (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the grid (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming and loading the next photos the core passed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) on this page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as exception(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the approvals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more photos the core passed are waiting. Esc goes back to one-at-a-time review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::GridPage</name>
    <message>
        <source>Could not claim a photo for the grid. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more photos the core passed are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be approved; press Enter to try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n photo(s) approved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certphoto::app::KeyMap</name>
    <message>
        <source>Next submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (give back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid of passed photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: mark or unmark photo 1–12 as an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: approve every photo not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: leave the page (gives the photos back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason picker: tick the listed reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs: confirm / go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: claim the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::KeyMapModel</name>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::KeysDialog</name>
    <message>
        <source>%1 is already the key of “%2”. Choose another key, or change that command first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared server: log in with the user an admin created for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private cluster keeps its data on this computer. You (%1) are its admin; no password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private cluster keeps its data on this computer. %1 logs in with the password its admin (%2) set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::MainWindow</name>
    <message>
        <source>Press N or Space to claim the next submission.
A or Ctrl+Enter approves, R rejects, S gives it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in. Press N or Space to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject… (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (N / Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head box (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmarks (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming the next submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty. New submissions appear here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press N or Space to claim the next submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission #%1 — A approve, R reject, S skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1 pending, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::MyDayStatus</name>
    <message>
        <source>Today: %1 decided (%2 approved, %3 rejected), median %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decisions today; handling time is the time a photo was on screen before your decision, idle gaps over a minute left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::OutboxDialog</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written %1 (%2 min ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected messages has failed. Select failed ones, or none to retry every failed message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed message(s) put back into the queue; the relay sends them next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS &amp;outbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::OutboxModel</name>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be sent from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 parts) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / failed / next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::PasswordVault</name>
    <message>
        <source>No keychain service is running on this computer, so the password is not kept: you will be asked for it at each login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used, so the password is not kept: you will be asked for it at each login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::PhotoView</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::PrivateClusterKeeper</name>
    <message>
        <source>The private database on this computer stopped and could not be started again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private database on this computer had stopped; it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private database on this computer stopped; starting it again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::QueueFilterBar</name>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any core verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::QueuePageModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::ReasonDialog</name>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a note for the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::ReviewActions</name>
    <message>
        <source>&amp;Undo the last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid of passed photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo the last decision (%n s left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo the last decision (time is up: the server will refuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo (%1) — %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::ReviewSession</name>
    <message>
        <source>The queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your claim on this submission ran out; it went back to the queue. Press N for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission is no longer yours to decide. Press N for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: approved. Press N for the next submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: rejected. Press N for the next submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not claim a submission. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim on this submission could not be renewed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1 Press the key again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: #%1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: #%1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was not saved: %2 It is shown again; press N for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was not saved: %2 It is shown again; press the key again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was not saved: %2 It comes next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::SettingsDialog</name>
    <message>
        <source>As the system (Chinese on a Chinese system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ISO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the system&apos;s format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new server is used from the next start of certphoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (the private database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new keys are in use when this dialog closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::StatisticsEntry</name>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s figures, charts and the daily report (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::StatisticsWindow</name>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core against auditors (click a row for its submissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day: nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (days in %2): decisions: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files saved in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the daily report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the daily report as %1 (pages: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::UndoTracker</name>
    <message>
        <source>Undone: the decision is withdrawn and its SMS will not be sent. The submission is yours to decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone. %1 Press %2 again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::report::ChartPanel</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind the chart under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG for print (2×)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::report::Charts</name>
    <message>
        <source>Decisions per hour, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions per day, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · approved %2, rejected %3, total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending by time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest pending: #%1, waiting %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided within the promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the promise (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share kept (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival to decision (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · nothing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 % within the promise (%3 of %4) · median %5 h, p95 %6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was decided in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reasons, most frequent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 rejections, %4 % · cumulative %5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejections in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of the day&apos;s rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::report::DailyReport</name>
    <message>
        <source>Nothing on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (all of them in the CSV export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report %1 (days in %2); promise kept %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 (%2) · page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certphoto · certificate photo review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top rejection reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::report::Exports</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::report::FigureTableModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::report::Figures</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12–24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24–48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (arrival to decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (arrival to decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, core failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, core passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overruled (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overruled share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed, auditor rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons the auditors picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core failed, auditor approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core passed, auditor rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
