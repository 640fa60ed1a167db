#include "grid_dialog.h"

#include "grid_model.h"
#include "grid_page.h"
#include "ui_griddialog.h"

#include <QKeyEvent>
#include <QPushButton>

namespace certphoto::app {

GridDialog::GridDialog(Database* db, ReviewSession* review, int pageSize, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::GridDialog>()),
      page_(new GridPage(db, review, pageSize, this)), model_(new GridModel(page_, this)) {
    ui_->setupUi(this);
    ui_->gridView->setModel(model_);
    ui_->gridView->setItemDelegate(new GridDelegate(ui_->gridView));
    approveButton_ = ui_->buttonBox->addButton(tr("Approve the rest (Enter)"), QDialogButtonBox::AcceptRole);
    QPushButton* leave = ui_->buttonBox->addButton(tr("Leave the grid (Esc)"), QDialogButtonBox::RejectRole);
    for (QPushButton* b : {approveButton_, leave}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
    }
    connect(approveButton_, &QPushButton::clicked, page_, &GridPage::approveRest);
    connect(leave, &QPushButton::clicked, this, &GridDialog::reject);
    connect(page_, &GridPage::stateChanged, this, [this](GridPage::State s) {
        if (s == GridPage::State::Done && page_->savedCount() > 0)
            page_->load(); // the next page follows by itself
        updateStatus();
    });
    connect(page_, &GridPage::itemChanged, this, [this] { updateStatus(); });
    connect(page_, &GridPage::message, this, [this](const QString& text, bool error) {
        note_ = text;
        noteIsError_ = error;
        updateStatus();
    });
    page_->load();
    updateStatus();
}

GridDialog::~GridDialog() = default;

QString GridDialog::statusText() const {
    return ui_->statusLabel->text();
}

void GridDialog::updateStatus() {
    QString text;
    switch (page_->state()) {
    case GridPage::State::Loading:
        text = tr("Claiming and loading the next photos the core passed…");
        break;
    case GridPage::State::Showing:
        text = tr("%n photo(s) on this page", nullptr, int(page_->items().size())) + QStringLiteral(" · ") +
               tr("%n marked as exception(s)", nullptr, page_->exceptionCount());
        break;
    case GridPage::State::Approving:
        text = tr("Saving the approvals…");
        break;
    case GridPage::State::Done:
        text = tr("Page done.");
        break;
    case GridPage::State::Empty:
        text = tr("No more photos the core passed are waiting. Esc goes back to one-at-a-time review.");
        break;
    }
    if (!note_.isEmpty())
        text = note_ + QStringLiteral("  ") + text;
    ui_->statusLabel->setText(text);
    ui_->statusLabel->setStyleSheet(noteIsError_ ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                                 : QString());
    approveButton_->setEnabled(page_->state() == GridPage::State::Showing);
}

void GridDialog::keyPressEvent(QKeyEvent* event) {
    const int index = gridIndexOfKey(event->key());
    if (index >= 0 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        page_->toggleException(index);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (page_->state() == GridPage::State::Empty)
            reject();
        else
            page_->approveRest();
        return;
    }
    QDialog::keyPressEvent(event); // Esc: reject()
}

void GridDialog::reject() {
    page_->leave();
    QDialog::reject();
}

} // namespace certphoto::app
