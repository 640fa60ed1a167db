#include "attempts_panel.h"

#include "attempts_model.h"
#include "database.h"
#include "store_error_text.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace certphoto::app {

AttemptsPanel::AttemptsPanel(Database* db, std::vector<store::ReasonCode> codes, QWidget* parent)
    : QGroupBox(tr("Earlier attempts"), parent), db_(db), model_(new AttemptsModel(this)),
      list_(new QListView(this)), note_(new QLabel(this)) {
    model_->setReasonCodes(std::move(codes));
    list_->setModel(model_);
    list_->setIconSize({72, 96});
    list_->setWordWrap(true);
    list_->setFocusPolicy(Qt::NoFocus);
    list_->setUniformItemSizes(false);
    list_->setSpacing(2);
    note_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note_);
    layout->addWidget(list_);
    showFor(0);
}

void AttemptsPanel::showFor(qint64 submissionId) {
    shown_ = submissionId;
    model_->setAttempts({});
    list_->hide();
    if (!submissionId) {
        note_->setText(tr("Earlier attempts of the applicant appear here."));
        return;
    }
    note_->setText(tr("Loading…"));
    db_->run<std::vector<AttemptItem>>(
        this, {QStringLiteral("earlier attempts"), submissionId, Retry::OnDrop},
        [submissionId](store::Connection& c) { return loadAttempts(c, submissionId); },
        [this, submissionId](Result<std::vector<AttemptItem>> r) {
            if (submissionId != shown_)
                return; // the person moved on meanwhile
            if (!r) {
                note_->setText(
                    tr("The earlier attempts could not be read. %1").arg(storeErrorText(r.error())));
                return;
            }
            const int n = int(r->size());
            model_->setAttempts(std::move(r.value()));
            note_->setText(n == 0 ? tr("This is the applicant's first photo.") : QString());
            note_->setVisible(n == 0);
            list_->setVisible(n > 0);
            emit loaded(n);
        });
}

} // namespace certphoto::app
