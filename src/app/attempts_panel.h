#pragma once
// The panel of the applicant's earlier attempts beside the findings: loaded on the database worker for the
// submission shown, thumbnails and rejection reasons; says so when there are none.

#include <certphoto/store/types.h>

#include <QGroupBox>

class QLabel;
class QListView;

namespace certphoto::app {

class AttemptsModel;
class Database;

class AttemptsPanel : public QGroupBox {
    Q_OBJECT
public:
    AttemptsPanel(Database* db, std::vector<store::ReasonCode> codes, QWidget* parent = nullptr);
    // Shows the earlier attempts of the submission's applicant (0 = nothing shown).
    void showFor(qint64 submissionId);
    AttemptsModel* model() const { return model_; }
    qint64 shownFor() const { return shown_; }

signals:
    void loaded(int count);

private:
    Database* db_;
    AttemptsModel* model_;
    QListView* list_;
    QLabel* note_;
    qint64 shown_ = 0;
};

} // namespace certphoto::app
