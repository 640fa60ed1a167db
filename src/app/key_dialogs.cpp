#include "key_dialogs.h"

#include "key_map.h"
#include "ui_cheatsheetdialog.h"
#include "ui_keysdialog.h"

#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QPushButton>

namespace certphoto::app {

namespace {

void setUpView(QTableView* view, KeyMapModel* model) {
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    view->setWordWrap(false);
}

} // namespace

CheatSheetDialog::CheatSheetDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::CheatSheetDialog>()), model_(new KeyMapModel(this)) {
    ui_->setupUi(this);
    setUpView(ui_->keysView, model_);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui_->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close (Esc)"));
}

CheatSheetDialog::~CheatSheetDialog() = default;

KeysDialog::KeysDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::KeysDialog>()), model_(new KeyMapModel(this)) {
    ui_->setupUi(this);
    setUpView(ui_->keysView, model_);
    // Only remappable commands can be chosen.
    for (int r = 0; r < model_->rowCount(); ++r)
        if (!model_->index(r, 0).data(KeyMapModel::RemappableRole).toBool())
            ui_->keysView->setRowHidden(r, true);
    ui_->keysView->selectRow(0);
    connect(ui_->keyEdit, &QKeySequenceEdit::editingFinished, this, &KeysDialog::keyChosen);
    connect(ui_->defaultButton, &QPushButton::clicked, this, [this] {
        model_->setKeys(row(), {});
        ui_->problemLabel->clear();
    });
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &KeysDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

KeysDialog::~KeysDialog() = default;

int KeysDialog::row() const {
    const QModelIndex i = ui_->keysView->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void KeysDialog::select(const QString& commandId) {
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->index(r, 0).data(KeyMapModel::CommandIdRole).toString() == commandId)
            ui_->keysView->selectRow(r);
}

void KeysDialog::keyChosen() {
    const QKeySequence key = ui_->keyEdit->keySequence();
    const int r = row();
    if (key.isEmpty() || r < 0)
        return;
    // Against the keys pending in this dialog, not only the saved ones.
    for (int other = 0; other < model_->rowCount(); ++other) {
        if (other == r || !model_->index(other, 0).data(KeyMapModel::RemappableRole).toBool())
            continue;
        if (model_->keysAt(other).contains(key)) {
            ui_->problemLabel->setText(
                tr("%1 is already the key of “%2”. Choose another key, or change that "
                   "command first.")
                    .arg(key.toString(QKeySequence::NativeText), model_->index(other, 0).data().toString()));
            ui_->keyEdit->clear();
            return;
        }
    }
    model_->setKeys(r, {key});
    ui_->problemLabel->clear();
    ui_->keyEdit->clear();
}

void KeysDialog::accept() {
    model_->save();
    QDialog::accept();
}

} // namespace certphoto::app
