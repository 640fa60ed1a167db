#include "queue_filter_bar.h"

#include "ui_queuefilterbar.h"
#include "verdict_text.h"

#include <QLocale>

namespace certphoto::app {

QueueFilterBar::QueueFilterBar(QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::QueueFilterBar>()) {
    ui_->setupUi(this);
    ui_->schoolCombo->addItem(tr("All schools"), QString());
    ui_->levelCombo->addItem(tr("All levels"), QString());
    // Levels are data values (as the import wrote them), shown as they are.
    for (const char* level : {"本科", "专科"})
        ui_->levelCombo->addItem(QString::fromUtf8(level), QString::fromUtf8(level));
    ui_->verdictCombo->addItem(tr("Any core verdict"), QString());
    for (const char* v : {"pass", "review", "fail"})
        ui_->verdictCombo->addItem(verdictText(QString::fromLatin1(v)), QString::fromLatin1(v));
    ui_->verdictCombo->addItem(tr("no report"), QStringLiteral("none"));
    ui_->reasonCombo->addItem(tr("Any reason"), QString());
    ui_->overdueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto changed = [this] { emit filterChanged(filter()); };
    for (QComboBox* c : {ui_->schoolCombo, ui_->levelCombo, ui_->verdictCombo, ui_->reasonCombo})
        connect(c, &QComboBox::activated, this, changed);
    connect(ui_->overdueCheck, &QCheckBox::toggled, this, changed);
}

QueueFilterBar::~QueueFilterBar() = default;

void QueueFilterBar::setSchools(const QStringList& schools) {
    const QString current = ui_->schoolCombo->currentData().toString();
    while (ui_->schoolCombo->count() > 1)
        ui_->schoolCombo->removeItem(1);
    for (const QString& s : schools)
        ui_->schoolCombo->addItem(s, s);
    ui_->schoolCombo->setCurrentIndex(std::max(0, ui_->schoolCombo->findData(current)));
}

void QueueFilterBar::setReasonCodes(const std::vector<store::ReasonCode>& codes) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const store::ReasonCode& r : codes)
        if (r.detectable)
            ui_->reasonCombo->addItem(chinese ? r.labelZh : r.labelEn, r.code);
}

store::QueueFilter QueueFilterBar::filter() const {
    store::QueueFilter f;
    f.school = ui_->schoolCombo->currentData().toString();
    f.level = ui_->levelCombo->currentData().toString();
    f.coreVerdict = ui_->verdictCombo->currentData().toString();
    f.reasonCode = ui_->reasonCombo->currentData().toString();
    f.overdueOnly = ui_->overdueCheck->isChecked();
    return f;
}

void QueueFilterBar::showCounts(const store::QueueCounts& counts) {
    ui_->overdueLabel->setText(tr("Overdue: %1").arg(QLocale().toString(counts.overdue)));
    QPalette p = ui_->overdueLabel->palette();
    p.setColor(QPalette::WindowText,
               counts.overdue > 0 ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    ui_->overdueLabel->setPalette(p);
    QFont f = ui_->overdueLabel->font();
    f.setBold(counts.overdue > 0);
    ui_->overdueLabel->setFont(f);
}

QString QueueFilterBar::overdueText() const {
    return ui_->overdueLabel->text();
}

} // namespace certphoto::app
