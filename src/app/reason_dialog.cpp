#include "reason_dialog.h"

#include "ui_reasondialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace certphoto::app {
namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2;
} // namespace

ReasonDialog::ReasonDialog(std::vector<store::ReasonCode> codes, const QStringList& preTicked,
                           QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ReasonDialog>()), codes_(std::move(codes)) {
    ui_->setupUi(this);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    for (size_t i = 0; i < codes_.size(); ++i) {
        auto* item = new QListWidgetItem(ui_->reasonList);
        item->setData(CodeRole, codes_[i].code);
        item->setData(IndexRole, int(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(preTicked.contains(codes_[i].code) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(codes_[i].smsText); // what the applicant's SMS will say (the code is not for people)
    }
    relabel();
    if (ui_->reasonList->count() > 0)
        ui_->reasonList->setCurrentRow(0);
    connect(ui_->filterEdit, &QLineEdit::textChanged, this, &ReasonDialog::applyFilter);
    connect(ui_->reasonList, &QListWidget::itemChanged, this, [this] { ui_->problemLabel->clear(); });
    ui_->filterEdit->installEventFilter(this);
    ui_->reasonList->installEventFilter(this);
    ui_->noteEdit->installEventFilter(this);
    ui_->filterEdit->setFocus();
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::relabel() {
    // The first nine visible reasons carry the number key that ticks them.
    int n = 0;
    for (int row = 0; row < ui_->reasonList->count(); ++row) {
        QListWidgetItem* item = ui_->reasonList->item(row);
        const store::ReasonCode& c = codes_[size_t(item->data(IndexRole).toInt())];
        const QString key = !item->isHidden() && n < 9 ? QString::number(++n) : QStringLiteral(" ");
        // The label in the window's language; the filter still matches both.
        const bool chinese = QLocale().language() == QLocale::Chinese;
        item->setText(QStringLiteral("%1   %2").arg(key, chinese ? c.labelZh : c.labelEn));
    }
}

void ReasonDialog::applyFilter(const QString& text) {
    const QString t = text.trimmed();
    for (int row = 0; row < ui_->reasonList->count(); ++row) {
        QListWidgetItem* item = ui_->reasonList->item(row);
        const store::ReasonCode& c = codes_[size_t(item->data(IndexRole).toInt())];
        const bool match = t.isEmpty() || c.code.contains(t, Qt::CaseInsensitive) ||
                           c.labelZh.contains(t, Qt::CaseInsensitive) ||
                           c.labelEn.contains(t, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
    relabel();
    const auto visible = visibleItems();
    if (!visible.isEmpty() && (!ui_->reasonList->currentItem() || ui_->reasonList->currentItem()->isHidden()))
        ui_->reasonList->setCurrentItem(visible.first());
}

QList<QListWidgetItem*> ReasonDialog::visibleItems() const {
    QList<QListWidgetItem*> out;
    for (int row = 0; row < ui_->reasonList->count(); ++row)
        if (!ui_->reasonList->item(row)->isHidden())
            out << ui_->reasonList->item(row);
    return out;
}

void ReasonDialog::toggle(QListWidgetItem* item) {
    if (item)
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void ReasonDialog::moveCurrent(int step) {
    const auto visible = visibleItems();
    if (visible.isEmpty())
        return;
    int at = int(visible.indexOf(ui_->reasonList->currentItem()));
    at = std::clamp(at < 0 ? 0 : at + step, 0, int(visible.size()) - 1);
    ui_->reasonList->setCurrentItem(visible[at]);
}

bool ReasonDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool inFilter = watched == ui_->filterEdit;
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QDialog::eventFilter(watched, event);
    if (watched == ui_->noteEdit) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            accept();
            return true;
        }
        return QDialog::eventFilter(watched, event);
    }
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        const auto visible = visibleItems();
        const int n = key->key() - Qt::Key_1;
        if (n < visible.size()) {
            toggle(visible[n]);
            ui_->reasonList->setCurrentItem(visible[n]);
        }
        return true;
    }
    if (inFilter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    }
    if (inFilter && key->key() == Qt::Key_Space && ui_->filterEdit->text().isEmpty()) {
        toggle(ui_->reasonList->currentItem());
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        accept();
        return true;
    }
    if (!inFilter && !key->text().isEmpty() && key->text().at(0).isLetter()) {
        // Typing in the list goes to the filter.
        ui_->filterEdit->setFocus();
        ui_->filterEdit->insert(key->text());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QStringList ReasonDialog::selectedCodes() const {
    QStringList out;
    for (int row = 0; row < ui_->reasonList->count(); ++row)
        if (ui_->reasonList->item(row)->checkState() == Qt::Checked)
            out << ui_->reasonList->item(row)->data(CodeRole).toString();
    return out;
}

QString ReasonDialog::note() const {
    return ui_->noteEdit->text().trimmed();
}

void ReasonDialog::accept() {
    const QStringList codes = selectedCodes();
    if (codes.isEmpty()) {
        ui_->problemLabel->setText(tr("Tick at least one reason."));
        ui_->filterEdit->setFocus();
        return;
    }
    for (const store::ReasonCode& c : codes_) {
        if (c.needsNote && codes.contains(c.code) && note().isEmpty()) {
            ui_->problemLabel->setText(
                tr("\"%1\" needs a note for the applicant.")
                    .arg(QLocale().language() == QLocale::Chinese ? c.labelZh : c.labelEn));
            ui_->noteEdit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace certphoto::app
