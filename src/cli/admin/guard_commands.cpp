#include "guard_commands.h"

#include <certphoto/store/audit.h>
#include <certphoto/store/limits.h>

#include <cstdio>

namespace certphoto::cli {

namespace {

int failed(const Error& e) {
    std::fprintf(stderr, "certphoto-admin: %s (%s)\n", e.message.c_str(), e.code.c_str());
    return 1;
}

int usage(const char* why) {
    std::fprintf(stderr, "certphoto-admin: %s\n", why);
    return 2;
}

int verifyAudit(store::Connection& c, const QString& expectHead, QTextStream& out) {
    std::optional<store::AuditHead> expected;
    if (!expectHead.isEmpty()) {
        expected = store::AuditHead::parse(expectHead);
        if (!expected)
            return usage("--expect-head takes SEQ:HEX, as verify-audit printed it (head SEQ:HEX)");
    }
    auto check = store::verifyAuditTrail(c, expected);
    if (!check)
        return failed(check.error());
    out << "audit trail: " << check->rows << " rows in the chain" << Qt::endl;
    // The head, to keep somewhere else: a later check with --expect-head shows a trail rewritten since.
    out << "head " << check->headSeq << ':' << check->headHash << Qt::endl;
    if (check->broken) {
        const auto& b = *check->broken;
        out << "BROKEN at ";
        if (b.rowId > 0)
            out << "audit row " << b.rowId;
        else
            out << "the end of the chain";
        if (b.chainSeq > 0)
            out << " (chain position " << b.chainSeq << ")";
        out << ": " << b.why << Qt::endl;
        return 1;
    }
    out << "intact" << Qt::endl;
    return 0;
}

} // namespace

bool isGuardCommand(const QString& command) {
    return command == QLatin1String("verify-audit") || command == QLatin1String("set-limit");
}

int runGuardCommand(store::Connection& c, const QStringList& args, const QString& expectHead,
                    QTextStream& out) {
    if (args.value(0) == QLatin1String("verify-audit")) {
        if (args.size() != 1)
            return usage("verify-audit takes no arguments");
        return verifyAudit(c, expectHead, out);
    }
    bool ok = false;
    const int value = args.value(2).toInt(&ok);
    if (args.size() != 3 || !ok)
        return usage("set-limit needs KEY and a whole number VALUE");
    if (auto set = store::setGuardSetting(c, args.at(1), value); !set)
        return failed(set.error());
    out << args.at(1) << " = " << value << Qt::endl;
    return 0;
}

} // namespace certphoto::cli
