#pragma once
// certphoto-admin's commands for the server's guard (issue 12):
//   verify-audit [--expect-head SEQ:HEX]   recompute the audit chain; exit 1 and name the first broken row
//   set-limit KEY VALUE                     max_leases_per_login, lease_max_seconds, claim_pick_window,
//                                           note_max_chars, sms_max_parts

#include <certphoto/store/connection.h>

#include <QStringList>
#include <QTextStream>

namespace certphoto::cli {

bool isGuardCommand(const QString& command);
// args: the positional arguments (command first). Returns the exit status (0, 1 failed, 2 usage).
int runGuardCommand(store::Connection& c, const QStringList& args, const QString& expectHead,
                    QTextStream& out);

} // namespace certphoto::cli
