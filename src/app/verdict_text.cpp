#include "verdict_text.h"

#include <QCoreApplication>

namespace certphoto::app {

QString verdictText(const QString& verdict) {
    if (verdict == u"pass")
        return QCoreApplication::translate("VerdictText", "pass");
    if (verdict == u"review")
        return QCoreApplication::translate("VerdictText", "review");
    if (verdict == u"fail")
        return QCoreApplication::translate("VerdictText", "fail");
    return verdict.isEmpty() ? QCoreApplication::translate("VerdictText", "no report") : verdict;
}

} // namespace certphoto::app
