<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>TimeLeft</name>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
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
        <source>The private database could not start: %1</source>
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
        <source>Could not log in: %1</source>
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
        <source>look</source>
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
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code: %1</source>
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
        <source>Queue: %1+ pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1 pending</source>
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
</context>
<context>
    <name>certphoto::app::PhotoView</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certphoto::app::QueueModel</name>
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
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
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
        <source>Arrived</source>
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
        <source>Claimed by</source>
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
    <name>certphoto::app::ReviewSession</name>
    <message>
        <source>Could not claim a submission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database to keep the claim: %1</source>
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
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 — press the key again to retry.</source>
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
</context>
</TS>
