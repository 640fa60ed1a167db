#include "attempts_model.h"

#include "date_format.h"
#include "verdict_text.h"

#include <QLocale>
#include <QPixmap>

namespace certphoto::app {

Result<std::vector<AttemptItem>> loadAttempts(store::Connection& c, qint64 submissionId, int side) {
    auto attempts = store::earlierAttempts(c, submissionId, true);
    if (!attempts)
        return attempts.error();
    std::vector<AttemptItem> out;
    out.reserve(attempts->size());
    for (store::EarlierAttempt& a : *attempts) {
        AttemptItem item;
        QImage photo;
        if (!a.photo.isEmpty() && photo.loadFromData(a.photo))
            item.thumbnail = photo.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        a.photo.clear();
        item.attempt = std::move(a);
        out.push_back(std::move(item));
    }
    return out;
}

AttemptsModel::AttemptsModel(QObject* parent) : QAbstractListModel(parent) {}

void AttemptsModel::setAttempts(std::vector<AttemptItem> items) {
    beginResetModel();
    items_ = std::move(items);
    endResetModel();
}

int AttemptsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(items_.size());
}

QString AttemptsModel::reasonLabel(const QString& code) const {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const store::ReasonCode& r : codes_)
        if (r.code == code)
            return chinese ? r.labelZh : r.labelEn;
    return code;
}

QVariant AttemptsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttemptItem& item = items_[size_t(index.row())];
    const store::EarlierAttempt& a = item.attempt;
    switch (role) {
    case Qt::DisplayRole: {
        QString outcome;
        if (a.status == u"approved")
            outcome = tr("approved");
        else if (a.status == u"rejected")
            outcome = tr("rejected");
        else if (a.status == u"replaced")
            outcome = tr("replaced by a newer photo before review");
        else if (a.status == u"pending")
            outcome = tr("also waiting for review");
        else
            outcome = a.status;
        QString text = tr("Attempt %1 · %2 · %3").arg(a.attempt).arg(formatDateTime(a.arrivedAt), outcome);
        if (!a.reasonCodes.isEmpty()) {
            QStringList labels;
            for (const QString& code : a.reasonCodes)
                labels << reasonLabel(code);
            text += u'\n' + tr("Reasons: %1").arg(labels.join(tr(", ")));
        }
        if (!a.decidedBy.isEmpty())
            text += u'\n' + tr("Decided by %1 on %2").arg(a.decidedBy, formatDateTime(a.decidedAt));
        text += u'\n' + tr("Core verdict: %1").arg(verdictText(a.coreVerdict));
        return text;
    }
    case Qt::DecorationRole:
        if (item.thumbnail.isNull())
            return {};
        return QPixmap::fromImage(item.thumbnail);
    case Qt::ToolTipRole:
        if (!a.smsText.isEmpty())
            return tr("The applicant's SMS: %1").arg(a.smsText);
        return {};
    case Qt::UserRole:
        return a.submissionId;
    default:
        return {};
    }
}

} // namespace certphoto::app
