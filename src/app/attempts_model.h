#pragma once
// The applicant's earlier attempts as a list: each with its photo thumbnail (made on the database worker,
// never on the GUI thread), when it arrived, what became of it and the reasons it was rejected, in the
// window's language.

#include <certphoto/store/attempts.h>
#include <certphoto/store/types.h>

#include <QAbstractListModel>
#include <QImage>
#include <vector>

namespace certphoto::app {

struct AttemptItem {
    store::EarlierAttempt attempt; // photo bytes dropped once the thumbnail is made
    QImage thumbnail;
};

// Worker thread: the attempts with thumbnails of at most `side` pixels.
Result<std::vector<AttemptItem>> loadAttempts(store::Connection& c, qint64 submissionId, int side = 96);

class AttemptsModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit AttemptsModel(QObject* parent = nullptr);
    void setReasonCodes(std::vector<store::ReasonCode> codes) { codes_ = std::move(codes); }
    void setAttempts(std::vector<AttemptItem> items);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // A reason code as the person reads it (the label in the window's language; the code if unknown).
    QString reasonLabel(const QString& code) const;

private:
    std::vector<AttemptItem> items_;
    std::vector<store::ReasonCode> codes_;
};

} // namespace certphoto::app
