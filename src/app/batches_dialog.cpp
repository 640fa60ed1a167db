#include "batches_dialog.h"

#include "database.h"
#include "store_error_text.h"
#include "ui_batchesdialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTimeZone>

namespace certphoto::app {

void BatchListModel::setBatches(std::vector<store::ExportBatch> batches) {
    beginResetModel();
    batches_ = std::move(batches);
    endResetModel();
}

const store::ExportBatch* BatchListModel::batch(int row) const {
    return row >= 0 && row < int(batches_.size()) ? &batches_[std::size_t(row)] : nullptr;
}

int BatchListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(batches_.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchListModel::stateText(const QString& state) {
    if (state == QLatin1String("building"))
        return tr("building");
    if (state == QLatin1String("sealed"))
        return tr("sealed");
    if (state == QLatin1String("transmitted"))
        return tr("transmitted");
    if (state == QLatin1String("voided"))
        return tr("voided");
    return state;
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const {
    const store::ExportBatch* b = index.isValid() ? batch(index.row()) : nullptr;
    if (!b)
        return {};
    if (role == Qt::ToolTipRole && b->state == QLatin1String("voided"))
        return b->voidReason;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == Photos || index.column() == Refused))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return b->id;
    case Receiver:
        return b->receiver;
    case Format:
        return b->format;
    case State:
        return stateText(b->state);
    case Photos:
        return b->photos;
    case Refused:
        return b->refused;
    case Created:
        return b->createdAt.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case File:
        return b->fileName;
    default:
        return {};
    }
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Batch");
    case Receiver:
        return tr("Receiver");
    case Format:
        return tr("Format");
    case State:
        return tr("State");
    case Photos:
        return tr("Photos");
    case Refused:
        return tr("Refused");
    case Created:
        return tr("Created");
    case File:
        return tr("File");
    default:
        return {};
    }
}

BatchesDialog::BatchesDialog(Database* db, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::BatchesDialog>()), db_(db), model_(new BatchListModel(this)) {
    ui_->setupUi(this);
    ui_->batchesView->setModel(model_);
    ui_->batchesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->batchesView->verticalHeader()->hide();
    connect(ui_->refreshButton, &QPushButton::clicked, this, &BatchesDialog::refresh);
    connect(ui_->transmittedButton, &QPushButton::clicked, this, &BatchesDialog::markTransmitted);
    connect(ui_->voidButton, &QPushButton::clicked, this, [this] { voidSelected(); });
    connect(ui_->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui_->batchesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchesDialog::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &BatchesDialog::updateButtons);
    ui_->refreshButton->setShortcut(QKeySequence::Refresh);
    refresh();
}

BatchesDialog::~BatchesDialog() = default;

const store::ExportBatch* BatchesDialog::selected() const {
    const auto rows = ui_->batchesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->batch(rows.first().row());
}

void BatchesDialog::updateButtons() {
    const store::ExportBatch* b = selected();
    ui_->transmittedButton->setEnabled(!busy_ && b && b->state == QLatin1String("sealed"));
    ui_->voidButton->setEnabled(
        !busy_ && b && (b->state == QLatin1String("sealed") || b->state == QLatin1String("transmitted")));
}

void BatchesDialog::refresh() {
    busy_ = true;
    updateButtons();
    db_->run<std::vector<store::ExportBatch>>(
        this, {QStringLiteral("list export batches"), 0, Retry::OnDrop},
        [](store::Connection& c) { return store::listExportBatches(c); },
        [this](Result<std::vector<store::ExportBatch>> r) {
            busy_ = false;
            if (!r) {
                ui_->statusLabel->setText(storeErrorText(r.error()));
                updateButtons();
                return;
            }
            model_->setBatches(std::move(r).value());
            if (model_->rowCount() > 0)
                ui_->batchesView->selectRow(0);
            updateButtons();
        });
}

void BatchesDialog::act(const QString& what, std::function<Result<void>(store::Connection&)> job,
                        const QString& done) {
    busy_ = true;
    updateButtons();
    db_->run<void>(this, {what, 0, Retry::No}, std::move(job), [this, done](Result<void> r) {
        busy_ = false;
        ui_->statusLabel->setText(r ? done : storeErrorText(r.error()));
        refresh();
    });
}

void BatchesDialog::markTransmitted() {
    const store::ExportBatch* b = selected();
    if (!b || busy_)
        return;
    const qint64 id = b->id;
    act(
        QStringLiteral("mark batch transmitted"),
        [id](store::Connection& c) { return store::markTransmitted(c, id); },
        tr("Batch %1 marked transmitted.").arg(id));
}

void BatchesDialog::voidSelected(const QString& given) {
    const store::ExportBatch* b = selected();
    if (!b || busy_)
        return;
    const qint64 id = b->id;
    QString why = given;
    if (why.isEmpty()) {
        bool ok = false;
        why = QInputDialog::getText(this, tr("Void batch %1").arg(id),
                                    tr("Why is this batch void? Its photos can then be exported again."),
                                    QLineEdit::Normal, {}, &ok)
                  .trimmed();
        if (!ok || why.isEmpty())
            return;
    }
    act(
        QStringLiteral("void batch"),
        [id, why](store::Connection& c) { return store::voidExport(c, id, why); },
        tr("Batch %1 voided: its photos can be exported again.").arg(id));
}

} // namespace certphoto::app
