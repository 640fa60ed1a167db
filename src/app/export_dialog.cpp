#include "export_dialog.h"

#include "database.h"
#include "export_rows_model.h"
#include "store_error_text.h"
#include "ui_exportdialog.h"

#include <certphoto/export/export_job.h>
#include <certphoto/store/export_batches.h>

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>

namespace certphoto::app {

namespace {

// The export library's own codes (zip.*, export.too_large, …) have no store sentence: their message then.
QString errorText(const Error& e) {
    const auto known = storeErrorCodes();
    if (std::find(known.begin(), known.end(), e.code) != known.end() || e.code.rfind("db.", 0) == 0)
        return storeErrorText(e);
    return QCoreApplication::translate("ExportDialog", "The export failed: %1 (%2)")
        .arg(QString::fromStdString(e.message), QString::fromStdString(e.code));
}

} // namespace

struct ExportDialog::Selection {
    store::ExportSelection s;
    QString out;
};

ExportDialog::ExportDialog(Database* db, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ExportDialog>()), db_(db), rows_(new ExportRowsModel(this)),
      cancel_(std::make_shared<std::atomic<bool>>(false)) {
    ui_->setupUi(this);
    ui_->rowsView->setModel(rows_);
    ui_->rowsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->rowsView->verticalHeader()->hide();
    const QDate today = QDate::currentDate();
    ui_->fromDate->setDate(today.addDays(-7));
    ui_->toDate->setDate(today);
    ui_->outEdit->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QStringLiteral("/certphoto-exports"));
    ui_->progressBar->setVisible(false);
    connect(ui_->fromCheck, &QCheckBox::toggled, ui_->fromDate, &QWidget::setEnabled);
    connect(ui_->toCheck, &QCheckBox::toggled, ui_->toDate, &QWidget::setEnabled);
    connect(ui_->previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(ui_->createButton, &QPushButton::clicked, this, &ExportDialog::create);
    connect(ui_->cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(ui_->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui_->browseButton, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    // A changed selection needs a new preview before a batch is made from it.
    auto stale = [this] {
        previewed_ = false;
        ui_->createButton->setEnabled(false);
    };
    connect(ui_->receiverCombo, &QComboBox::currentTextChanged, this, stale);
    connect(ui_->levelEdit, &QLineEdit::textChanged, this, stale);
    connect(ui_->fromCheck, &QCheckBox::toggled, this, stale);
    connect(ui_->toCheck, &QCheckBox::toggled, this, stale);
    connect(ui_->fromDate, &QDateEdit::dateChanged, this, stale);
    connect(ui_->toDate, &QDateEdit::dateChanged, this, stale);
    ui_->previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    ui_->createButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    db_->run<QStringList>(
        this, {QStringLiteral("list receivers"), 0, Retry::OnDrop},
        [](store::Connection& c) { return store::listReceiverNames(c); },
        [this](Result<QStringList> r) {
            if (!r) {
                ui_->statusLabel->setText(errorText(r.error()));
                return;
            }
            const QString typed = ui_->receiverCombo->currentText();
            ui_->receiverCombo->addItems(*r);
            if (!typed.isEmpty())
                ui_->receiverCombo->setCurrentText(typed);
        });
}

ExportDialog::~ExportDialog() {
    cancel_->store(true); // a running export stops and rolls back; its answer finds no dialog
}

ExportDialog::Selection ExportDialog::selection() const {
    Selection sel;
    sel.s.receiver = ui_->receiverCombo->currentText().trimmed();
    sel.s.level = ui_->levelEdit->text().trimmed();
    const QTimeZone beijing(8 * 3600); // the receivers' days
    if (ui_->fromCheck->isChecked())
        sel.s.from = QDateTime(ui_->fromDate->date(), QTime(0, 0), beijing);
    if (ui_->toCheck->isChecked())
        sel.s.to = QDateTime(ui_->toDate->date().addDays(1), QTime(0, 0), beijing);
    sel.out = ui_->outEdit->text().trimmed();
    return sel;
}

void ExportDialog::setBusy(bool busy) {
    busy_ = busy;
    for (QWidget* w :
         std::initializer_list<QWidget*>{ui_->previewButton, ui_->receiverCombo, ui_->levelEdit,
                                         ui_->fromCheck, ui_->toCheck, ui_->outEdit, ui_->browseButton})
        w->setEnabled(!busy);
    ui_->fromDate->setEnabled(!busy && ui_->fromCheck->isChecked());
    ui_->toDate->setEnabled(!busy && ui_->toCheck->isChecked());
    ui_->createButton->setEnabled(!busy && previewed_);
    ui_->cancelButton->setEnabled(busy);
}

void ExportDialog::chooseFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for the batch"), ui_->outEdit->text());
    if (!dir.isEmpty())
        ui_->outEdit->setText(dir);
}

void ExportDialog::preview() {
    const Selection sel = selection();
    if (sel.s.receiver.isEmpty()) {
        ui_->statusLabel->setText(tr("Choose the receiver first."));
        return;
    }
    setBusy(true);
    ui_->statusLabel->setText(tr("Looking for approved photos…"));
    db_->run<exporting::Preview>(
        this, {QStringLiteral("export preview"), 0, Retry::OnDrop},
        [s = sel.s](store::Connection& c) { return exporting::previewBatch(c, s); },
        [this](Result<exporting::Preview> r) {
            previewed_ = false;
            if (!r) {
                rows_->setRows({});
                ui_->summaryLabel->clear();
                ui_->statusLabel->setText(errorText(r.error()));
                setBusy(false);
                return;
            }
            const int count = int(r->rows.size());
            std::vector<store::ExportRow> first(r->rows.begin(), r->rows.begin() + std::min(count, 200));
            rows_->setRows(std::move(first));
            QString summary =
                tr("Photos: %1, %2 in all, format %3 (%4)")
                    .arg(count)
                    .arg(QLocale().formattedDataSize(r->totalBytes, 1), r->receiver.format, r->formatTitle);
            if (r->problems > 0)
                summary += QLatin1String(" — ") +
                           tr("problems: %1 — correct them before exporting").arg(r->problems);
            ui_->summaryLabel->setText(summary);
            previewed_ = count > 0 && r->problems == 0;
            ui_->statusLabel->setText(count == 0    ? tr("Nothing left to export for this selection.")
                                      : count > 200 ? tr("The first 200 rows are shown.")
                                                    : QString());
            setBusy(false);
        });
}

void ExportDialog::create() {
    if (!previewed_ || busy_)
        return;
    const Selection sel = selection();
    if (sel.out.isEmpty() || !QDir().mkpath(sel.out)) {
        ui_->statusLabel->setText(tr("The folder cannot be created: choose another one."));
        return;
    }
    cancel_->store(false);
    setBusy(true);
    ui_->progressBar->setVisible(true);
    ui_->progressBar->setRange(0, 0);
    ui_->statusLabel->setText(tr("Writing the batch…"));
    auto relay = std::shared_ptr<ExportProgressRelay>(new ExportProgressRelay,
                                                      [](ExportProgressRelay* r) { r->deleteLater(); });
    connect(relay.get(), &ExportProgressRelay::progressed, this, [this](int done, int total) {
        ui_->progressBar->setRange(0, total);
        ui_->progressBar->setValue(done);
    });
    std::shared_ptr<std::atomic<bool>> cancel = cancel_;
    db_->run<exporting::Created>(
        this, {QStringLiteral("export batch"), 0, Retry::No},
        [s = sel.s, out = sel.out, cancel, relay](store::Connection& c) {
            exporting::JobControl control;
            control.cancel = cancel.get();
            control.progress = [relay](const exporting::Progress& p) {
                QMetaObject::invokeMethod(
                    relay.get(), [relay, p] { emit relay->progressed(p.done, p.total); },
                    Qt::QueuedConnection);
            };
            return exporting::createBatch(c, s, out, control);
        },
        [this](Result<exporting::Created> r) {
            ui_->progressBar->setVisible(false);
            previewed_ = false;
            setBusy(false);
            if (!r) {
                ui_->statusLabel->setText(r.error().code == "export.cancelled"
                                              ? tr("Cancelled: nothing was written and nothing marked.")
                                              : errorText(r.error()));
                return;
            }
            if (!r->batchId) {
                ui_->statusLabel->setText(r->refused > 0
                                              ? tr("No batch: every photo was refused (%1).").arg(r->refused)
                                              : tr("Nothing left to export for this selection."));
                return;
            }
            ui_->statusLabel->setText(tr("Batch %1 sealed — photos: %2, refused: %3, file: %4\nSHA-256: %5")
                                          .arg(*r->batchId)
                                          .arg(r->photos)
                                          .arg(r->refused)
                                          .arg(QDir::toNativeSeparators(r->file), r->sha256));
            rows_->setRows({});
            ui_->summaryLabel->clear();
        });
}

void ExportDialog::cancelExport() {
    cancel_->store(true);
    ui_->statusLabel->setText(tr("Cancelling…"));
}

} // namespace certphoto::app
