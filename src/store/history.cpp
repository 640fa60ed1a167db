#include <certphoto/store/history.h>

#include "detail/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace certphoto::store {

Result<int> importDecidedHistory(Connection& c, const std::vector<HistoryDecision>& entries) {
    QJsonArray all;
    for (const HistoryDecision& h : entries) {
        QJsonObject o;
        o.insert(u"school", h.school);
        o.insert(u"exam_number", h.examNumber);
        o.insert(u"name", h.applicantName);
        if (!h.idNumber.isEmpty())
            o.insert(u"id_number", h.idNumber);
        o.insert(u"level", h.level);
        o.insert(u"phone", h.phone);
        o.insert(u"arrived_at", detail::isoUtc(h.arrivedAt));
        o.insert(u"decided_at", detail::isoUtc(h.decidedAt));
        o.insert(u"like", h.likeSubmission);
        o.insert(u"auditor", h.auditor);
        o.insert(u"verdict",
                 h.decision == Decision::Approve ? QStringLiteral("approve") : QStringLiteral("reject"));
        o.insert(u"reasons", QJsonArray::fromStringList(h.reasonCodes));
        o.insert(u"note", h.note);
        o.insert(u"seconds", h.secondsSpent);
        all.append(o);
    }
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.import_decided_history(?::jsonb)"),
                         {QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact))},
                         QStringLiteral("importing decided history"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace certphoto::store
