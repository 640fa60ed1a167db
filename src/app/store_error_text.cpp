#include "store_error_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>

#include <QCoreApplication>

namespace certphoto::app {

namespace {

constexpr const char* kContext = "StoreErrorText";

struct Entry {
    const char* code;
    const char* text; // English source; translated at use
};

// One sentence per code: what happened, then what the person can do. The codes come from src/store
// (makeError("…"), errorFrom's SQLSTATE mapping in detail/sql.cpp, RAISE 'certphoto:<code>: …' in the
// migrations) and from src/app (session.no_role). Codes the window never meets (intake, users, schools)
// have a sentence too, so nothing the store can return falls through to the generic one.
// "db.connection" reads differently at the login (see storeErrorText); a refused login is "db.auth".
const Entry kEntries[] = {
    // The connection and the database server.
    {"db.auth",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The login name or the password is wrong. Check both (and Caps Lock) and try again.")},
    {"db.connection",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The connection to the database server was lost. The program reconnects by itself; if "
                       "this lasts, check the network or ask the administrator whether the server is up.")},
    {"db.driver",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The PostgreSQL driver is missing on this computer. Ask the administrator "
                       "to install the package libqt6sql6-psql.")},
    {"db.permission",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "Your account may not do this. Ask an administrator to check your role.")},
    {"db.duplicate", QT_TRANSLATE_NOOP("StoreErrorText",
                                       "This was saved already (perhaps by someone else at the same moment). "
                                       "Refresh the queue and check.")},
    {"db.conflict",
     QT_TRANSLATE_NOOP("StoreErrorText", "Someone changed the same data at the same moment. Try again.")},
    {"db.error",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The database refused the request. Try again; if it happens again, tell the "
                       "administrator the time it happened (the details are in the log).")},
    // The schema.
    {"schema.too_old",
     QT_TRANSLATE_NOOP("StoreErrorText", "The database is older than this program. Ask the administrator to "
                                         "run \"certphoto-admin upgrade\".")},
    {"schema.too_new",
     QT_TRANSLATE_NOOP("StoreErrorText", "The database is newer than this program. Ask the administrator for "
                                         "the current version of certphoto.")},
    {"schema.missing_migration",
     QT_TRANSLATE_NOOP("StoreErrorText", "This installation of certphoto is incomplete (a database upgrade "
                                         "file is missing). Ask the administrator to reinstall it.")},
    // The private cluster on this computer.
    {"cluster.no_server",
     QT_TRANSLATE_NOOP("StoreErrorText", "The PostgreSQL server is not installed on this computer. Ask the "
                                         "administrator to install the package postgresql.")},
    {"cluster.root",
     QT_TRANSLATE_NOOP("StoreErrorText", "certphoto was started as the system administrator (root), and the "
                                         "database may not run so. Start certphoto as a normal user.")},
    {"cluster.folder",
     QT_TRANSLATE_NOOP("StoreErrorText", "The database folder on this computer cannot be prepared. Check the "
                                         "free disk space and the folder's permissions.")},
    {"cluster.socket",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The database's connection folder cannot be prepared. Check the free "
                       "disk space, or ask the administrator.")},
    {"cluster.lock",
     QT_TRANSLATE_NOOP("StoreErrorText", "The local database is locked by another copy of certphoto that is "
                                         "starting. Wait a moment and try again.")},
    {"cluster.config",
     QT_TRANSLATE_NOOP("StoreErrorText", "The settings of the local database cannot be written. Check the "
                                         "free disk space and the folder's permissions.")},
    {"cluster.initdb",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The local database could not be created. Check the free disk space; "
                       "the log has the details for the administrator.")},
    {"cluster.start",
     QT_TRANSLATE_NOOP("StoreErrorText", "The local database server did not start. Try again; if it keeps "
                                         "failing, the log has the details for the administrator.")},
    // The login.
    {"session.no_role",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "This login is not an auditor, supervisor or admin of certphoto. Ask "
                       "an admin to create your user.")},
    // Claims.
    {"lease.lost",
     QT_TRANSLATE_NOOP("StoreErrorText", "Your claim on this submission has expired and it went back to the "
                                         "queue. Claim it again or take the next one.")},
    {"lease.held_by_other",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "Another auditor is working on this submission now. Take another one.")},
    {"submission.not_found",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "This submission no longer exists. Refresh the queue and take another one.")},
    {"submission.not_pending",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "This submission has been decided or withdrawn already. Take the next one.")},
    // Decisions.
    {"decision.exists",
     QT_TRANSLATE_NOOP("StoreErrorText", "Another auditor has decided this submission already; your "
                                         "decision was not recorded. Take the next one.")},
    {"decision.not_saved",
     QT_TRANSLATE_NOOP("StoreErrorText", "The database did not confirm the decision. Decide again.")},
    {"decision.id_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "The decision was sent incomplete (a program fault). Decide again; "
                                         "if it repeats, tell the administrator.")},
    {"decision.id_reused",
     QT_TRANSLATE_NOOP("StoreErrorText", "The decision clashed with another one in the database (a program "
                                         "fault). Decide again; if it repeats, tell the administrator.")},
    {"decision.bad_verdict",
     QT_TRANSLATE_NOOP("StoreErrorText", "A decision is either approve or reject. Decide again.")},
    {"decision.reason_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "A rejection needs at least one reason. Choose a reason and reject "
                                         "again.")},
    {"decision.note_required",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The reason \"other\" needs a note for the applicant. Write the note "
                       "and reject again.")},
    {"decision.unknown_reason",
     QT_TRANSLATE_NOOP("StoreErrorText", "A chosen reason is no longer in the list of reasons. Log in again "
                                         "to load the current list.")},
    // The server's limits against abuse (schema 10, docs/security.md).
    {"lease.limit",
     QT_TRANSLATE_NOOP("StoreErrorText", "You hold as many submissions as one person may at a time. Decide "
                                         "or give back one of them (N), then take the next.")},
    {"lease.renew_limit",
     QT_TRANSLATE_NOOP("StoreErrorText", "You have held this submission for the longest time one claim may "
                                         "last, so it went back to the queue. Press N for the next one.")},
    {"lease.pick_too_far",
     QT_TRANSLATE_NOOP("StoreErrorText", "Only submissions near the front of the queue can be picked. Take "
                                         "the next one with N, or pick one higher up the list.")},
    {"decision.reasons_with_approval",
     QT_TRANSLATE_NOOP("StoreErrorText", "An approval carries no reasons. Approve without reasons, or "
                                         "reject with them.")},
    {"decision.note_bad_character",
     QT_TRANSLATE_NOOP("StoreErrorText", "The note holds control, direction or invisible characters (often "
                                         "from pasted text). Type the note again and reject again.")},
    {"decision.note_too_long",
     QT_TRANSLATE_NOOP("StoreErrorText", "The note is too long for the applicant's SMS. Shorten it and "
                                         "reject again.")},
    {"decision.note_url",
     QT_TRANSLATE_NOOP("StoreErrorText", "The note holds a web address, and an SMS to the applicant may not "
                                         "carry one. Remove it and reject again.")},
    {"decision.sms_too_long",
     QT_TRANSLATE_NOOP("StoreErrorText", "The SMS to the applicant would be too long. Shorten the note or "
                                         "choose fewer reasons, and reject again.")},
    {"undo.expired",
     QT_TRANSLATE_NOOP("StoreErrorText", "Too late to undo: the grace period is over and the SMS to the "
                                         "applicant may be on its way. The decision stands.")},
    {"undo.sent", QT_TRANSLATE_NOOP("StoreErrorText", "Too late to undo: the SMS to the applicant has been "
                                                      "sent. The decision stands.")},
    {"undo.not_yours",
     QT_TRANSLATE_NOOP("StoreErrorText", "Only the auditor who made a decision can undo it.")},
    {"undo.not_found", QT_TRANSLATE_NOOP("StoreErrorText", "There is no such decision to undo.")},
    {"undo.superseded",
     QT_TRANSLATE_NOOP("StoreErrorText", "Cannot undo: the applicant has sent a newer photo since.")},
    {"undo.exported",
     QT_TRANSLATE_NOOP("StoreErrorText", "Cannot undo: the approved photo is in an export batch already.")},
    {"decision.undone",
     QT_TRANSLATE_NOOP("StoreErrorText", "This decision was undone. Decide the submission again.")},
    {"queue.bad_limit", QT_TRANSLATE_NOOP("StoreErrorText", "The queue was asked for an impossible page.")},
    {"queue.bad_filter",
     QT_TRANSLATE_NOOP("StoreErrorText", "The queue filter is not valid. Clear it and choose again.")},
    {"db.timeout",
     QT_TRANSLATE_NOOP("StoreErrorText", "The database waited too long (someone else is holding the same "
                                         "data). Try again in a moment.")},
    {"schema.checksum_mismatch",
     QT_TRANSLATE_NOOP("StoreErrorText", "The database's schema is not the one this program ships (it was "
                                         "changed by hand or by another build). Ask the administrator.")},
    {"user.password_not_hashed",
     QT_TRANSLATE_NOOP("StoreErrorText", "The password was not sent in the protected form the server "
                                         "demands (a program fault). Update the program.")},
    {"settings.unknown_key",
     QT_TRANSLATE_NOOP("StoreErrorText", "There is no such limit. The limits that can be set are listed in "
                                         "the security notes of certphoto.")},
    // The SMS outbox (the admin's outbox view and certphoto-sms).
    {"outbox.bad_batch",
     QT_TRANSLATE_NOOP("StoreErrorText", "An outbox batch is 1 to 1000 messages, a list 1 to 10000.")},
    {"outbox.bad_lease", QT_TRANSLATE_NOOP("StoreErrorText", "The outbox lease must be 1 to 86400 seconds.")},
    {"outbox.bad_filter",
     QT_TRANSLATE_NOOP("StoreErrorText", "The outbox can show all, pending, sent or failed messages.")},
    {"outbox.bad_policy",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The SMS retry settings are out of range: a wait of at least 1 second "
                       "and at most 7 days, 1 to 100 attempts, a lease of 1 to 86400 seconds.")},
    {"outbox.not_found",
     QT_TRANSLATE_NOOP("StoreErrorText", "This outbox message no longer exists. Refresh the outbox.")},
    {"outbox.not_saved",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The database did not confirm the outbox change. Refresh the outbox and "
                       "try again.")},
    // Intake, users, schools, settings, re-analysis (the administrator's tools; listed for completeness).
    {"intake.failed",
     QT_TRANSLATE_NOOP("StoreErrorText", "An entry of the import was not stored. Check the file and import "
                                         "it again.")},
    {"intake.exam_number_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "An entry has no exam or student number. Complete it and import "
                                         "again.")},
    {"intake.school_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "An entry has no school. Complete it and import again.")},
    {"intake.photo_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "An entry has no photo. Add it and import again.")},
    {"intake.arrival_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "An entry has no arrival time. Complete it and import again.")},
    {"intake.approved_final",
     QT_TRANSLATE_NOOP("StoreErrorText", "This applicant's photo is approved already; an approved photo is "
                                         "final.")},
    {"intake.bad_id_number",
     QT_TRANSLATE_NOOP("StoreErrorText", "An ID number is not valid (its check digit is wrong). Correct it "
                                         "and import again.")},
    {"user.bad_group",
     QT_TRANSLATE_NOOP("StoreErrorText", "A user can only be an auditor, a supervisor or an admin.")},
    {"user.bad_login",
     QT_TRANSLATE_NOOP("StoreErrorText", "A login is lower-case letters, digits, \"_\", \".\" or \"-\", and "
                                         "may not start with \"certphoto\" or \"pg_\".")},
    {"user.exists", QT_TRANSLATE_NOOP("StoreErrorText", "This login exists already. Choose another one.")},
    {"school.name_required", QT_TRANSLATE_NOOP("StoreErrorText", "The school needs a name.")},
    {"school.no_default_profile",
     QT_TRANSLATE_NOOP("StoreErrorText", "The database names no default photo profile for schools. Tell the "
                                         "administrator: the database schema may be damaged.")},
    {"school.bad_deadline",
     QT_TRANSLATE_NOOP("StoreErrorText", "A school's review deadline is at least one hour.")},
    {"settings.bad_value",
     QT_TRANSLATE_NOOP("StoreErrorText", "The value is outside what this setting allows (the claim length, "
                                         "for example, is 1 to 86400 seconds).")},
    {"reanalysis.bad_batch",
     QT_TRANSLATE_NOOP("StoreErrorText", "A re-analysis batch is 1 to 10000 submissions.")},
    {"reanalysis.version_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "A new report needs the version of the checks that made it.")},
    {"reanalysis.not_saved",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "The new report was not stored, as the submission changed meanwhile. "
                       "Run the re-analysis again.")},
    // Export batches (migration 0008).
    {"export.unknown_receiver",
     QT_TRANSLATE_NOOP("StoreErrorText", "No receiver or school has this name. Pick one from the list.")},
    {"export.bad_naming",
     QT_TRANSLATE_NOOP("StoreErrorText", "The export format names its files by something other than the ID "
                                         "number or the exam number. Fix the format file.")},
    {"export.bad_format",
     QT_TRANSLATE_NOOP(
         "StoreErrorText",
         "The export format's name is not valid. Use lower-case letters, digits, \"-\" or \"_\".")},
    {"export.destination_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "Choose the folder the batch is written to.")},
    {"export.why_required",
     QT_TRANSLATE_NOOP("StoreErrorText", "Say why: voiding a batch or sending photos again needs a reason.")},
    {"export.name_clash",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "Two or more photos would get the same file name (the same number twice). Correct the "
                       "applicants' numbers, then export again; nothing was written.")},
    {"export.name_missing",
     QT_TRANSLATE_NOOP("StoreErrorText", "Some applicants lack the number their receiver names files by. Add "
                                         "it, then export again; nothing was written.")},
    {"export.bad_page", QT_TRANSLATE_NOOP("StoreErrorText", "A batch is read 1 to 10000 items at a time.")},
    {"export.no_batch", QT_TRANSLATE_NOOP("StoreErrorText", "There is no such batch.")},
    {"export.not_building",
     QT_TRANSLATE_NOOP("StoreErrorText", "This batch is no longer being built by this window.")},
    {"export.bad_hash",
     QT_TRANSLATE_NOOP("StoreErrorText", "The archive's checksum was not valid; the batch was not sealed.")},
    {"export.bad_refusals",
     QT_TRANSLATE_NOOP("StoreErrorText", "Every refused photo needs its reason; the batch was not sealed.")},
    {"export.busy", QT_TRANSLATE_NOOP("StoreErrorText", "Another session is building this batch right now.")},
    {"export.not_voidable",
     QT_TRANSLATE_NOOP("StoreErrorText", "Only a sealed or transmitted batch can be voided.")},
    {"export.not_sealed",
     QT_TRANSLATE_NOOP(
         "StoreErrorText",
         "Only a sealed batch can be marked transmitted, and only a sealed or transmitted one rebuilt.")},
    {"receiver.name_required", QT_TRANSLATE_NOOP("StoreErrorText", "The receiver needs a name.")},
    {"school.not_found", QT_TRANSLATE_NOOP("StoreErrorText", "There is no school with this name.")},
    {"audit.append_only",
     QT_TRANSLATE_NOOP("StoreErrorText", "The audit trail cannot be changed or deleted.")},
    {"stats.bad_range",
     QT_TRANSLATE_NOOP("StoreErrorText", "The statistics need a first day on or before the last day, at most "
                                         "ten years apart. Choose the days again.")},
    {"stats.bad_kind",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "This list of disagreements does not exist. Tell the administrator.")},
    {"history.bad_entries",
     QT_TRANSLATE_NOOP("StoreErrorText", "The decided history could not be read. Nothing was recorded.")},
    {"history.bad_time",
     QT_TRANSLATE_NOOP("StoreErrorText",
                       "A decision of the history lies before its arrival or in the future. "
                       "Nothing was recorded.")},
    {"history.unknown_auditor",
     QT_TRANSLATE_NOOP("StoreErrorText", "An auditor of the history is not a certphoto login. Nothing was "
                                         "recorded.")},
};

QString translated(const char* source) {
    return QCoreApplication::translate(kContext, source);
}

} // namespace

QString storeErrorText(const Error& error, StoreErrorWhere where) {
    if (where == StoreErrorWhere::Login && error.code == "db.connection") {
        return QCoreApplication::translate(
            "StoreErrorText",
            "The database server cannot be reached. Check the server address and the network, then "
            "try again; if it keeps failing, ask the administrator whether the server is up.");
    }
    for (const Entry& e : kEntries)
        if (error.code == e.code)
            return translated(e.text);
    return storeErrorFallbackText(error.code);
}

QString storeErrorFallbackText(const std::string& code) {
    return QCoreApplication::translate("StoreErrorText",
                                       "The database reported a problem (code %1). Try again; if it happens "
                                       "again, tell the administrator the code and the time.")
        .arg(QString::fromStdString(code));
}

std::vector<std::string> storeErrorCodes() {
    std::vector<std::string> out;
    for (const Entry& e : kEntries)
        out.emplace_back(e.code);
    return out;
}

bool hasStoreErrorText(const std::string& code) {
    for (const Entry& e : kEntries)
        if (code == e.code)
            return true;
    return false;
}

void logStoreError(const QString& what, const Error& error) {
    logging::warning(QStringLiteral("%1 failed: %2 (%3)")
                         .arg(what, privacy::scrub(QString::fromStdString(error.message)),
                              QString::fromStdString(error.code)));
}

} // namespace certphoto::app
