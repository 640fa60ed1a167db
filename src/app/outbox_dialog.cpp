#include "outbox_dialog.h"

#include "icons.h"

#include "database.h"
#include "outbox_model.h"
#include "store_error_text.h"
#include "ui_outboxdialog.h"

#include <certphoto/store/outbox.h>

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QShortcut>

namespace certphoto::app {

namespace {

constexpr int ListLimit = 500;

store::OutboxFilter filterAt(int index) {
    switch (index) {
    case 1:
        return store::OutboxFilter::Pending;
    case 2:
        return store::OutboxFilter::Failed;
    case 3:
        return store::OutboxFilter::Sent;
    default:
        return store::OutboxFilter::All;
    }
}

} // namespace

OutboxDialog::OutboxDialog(Database* db, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::OutboxDialog>()), db_(db), model_(new OutboxModel(this)) {
    ui_->setupUi(this);
    ui_->filterCombo->addItems({tr("All messages"), tr("Pending"), tr("Failed"), tr("Sent")});
    ui_->outboxView->setModel(model_);
    ui_->outboxView->verticalHeader()->hide();
    ui_->outboxView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui_->outboxView->horizontalHeader()->setStretchLastSection(true);
    for (auto [column, width] : {std::pair{OutboxModel::Id, 60},
                                 {OutboxModel::State, 90},
                                 {OutboxModel::Recipient, 120},
                                 {OutboxModel::Attempts, 70},
                                 {OutboxModel::Created, 130},
                                 {OutboxModel::When, 170},
                                 {OutboxModel::Answer, 230}})
        ui_->outboxView->setColumnWidth(column, width);
    ui_->refreshButton->setShortcut(QKeySequence(Qt::Key_F5));
    ui_->retryButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(ui_->refreshButton, &QPushButton::clicked, this, &OutboxDialog::refresh);
    connect(ui_->retryButton, &QPushButton::clicked, this, &OutboxDialog::retryFailed);
    connect(ui_->filterCombo, &QComboBox::currentIndexChanged, this, &OutboxDialog::refresh);
    timer_.setInterval(10'000);
    connect(&timer_, &QTimer::timeout, this, &OutboxDialog::refresh);
    timer_.start();
    ui_->retryButton->setEnabled(false);
    refresh();
    ui_->outboxView->setFocus();
}

OutboxDialog::~OutboxDialog() = default;

QString OutboxDialog::messageText() const {
    return ui_->messageLabel->text();
}

void OutboxDialog::showMessage(const QString& text, bool problem) {
    ui_->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                             : QString());
    ui_->messageLabel->setText(text);
}

void OutboxDialog::refresh() {
    if (inFlight_ > 0)
        return;
    inFlight_ = 2;
    db_->run<store::OutboxOverview>(
        this, {QStringLiteral("outbox overview"), 0, Retry::OnDrop},
        [](store::Connection& c) { return store::outboxOverview(c); },
        [this](Result<store::OutboxOverview> r) {
            --inFlight_;
            if (!r) {
                logStoreError(QStringLiteral("outbox overview"), r.error());
                showMessage(storeErrorText(r.error()), true);
                return;
            }
            loadedOverview_ = true;
            const store::OutboxOverview& o = *r;
            const QLocale locale;
            ui_->pendingValue->setText(locale.toString(o.pending));
            ui_->dueValue->setText(locale.toString(o.due));
            ui_->waitingValue->setText(locale.toString(o.waiting));
            ui_->retryingValue->setText(locale.toString(o.retrying));
            ui_->sendingValue->setText(locale.toString(o.sending));
            ui_->sentValue->setText(locale.toString(o.sent));
            ui_->failedValue->setText(locale.toString(o.failed));
            ui_->failedValue->setStyleSheet(
                o.failed > 0 ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
            if (o.oldestPending.isValid()) {
                const qint64 minutes = o.oldestPending.secsTo(QDateTime::currentDateTimeUtc()) / 60;
                ui_->oldestValue->setText(
                    tr("written %1 (%2 min ago)")
                        .arg(locale.toString(o.oldestPending.toLocalTime(), QLocale::ShortFormat))
                        .arg(std::max<qint64>(0, minutes)));
            } else {
                ui_->oldestValue->setText(tr("none"));
            }
            ui_->retryButton->setEnabled(o.failed > 0);
        });
    const store::OutboxFilter filter = filterAt(ui_->filterCombo->currentIndex());
    db_->run<std::vector<store::OutboxEntry>>(
        this, {QStringLiteral("list outbox"), 0, Retry::OnDrop},
        [filter](store::Connection& c) { return store::listOutbox(c, filter, ListLimit); },
        [this](Result<std::vector<store::OutboxEntry>> r) {
            --inFlight_;
            if (!r) {
                logStoreError(QStringLiteral("list outbox"), r.error());
                showMessage(storeErrorText(r.error()), true);
                return;
            }
            // Keep the selection across the refresh (by outbox id).
            QSet<qint64> selected;
            for (const QModelIndex& i : ui_->outboxView->selectionModel()->selectedRows())
                selected.insert(i.data(OutboxModel::OutboxIdRole).toLongLong());
            model_->setEntries(std::move(r.value()));
            for (int row = 0; row < model_->rowCount(); ++row)
                if (selected.contains(model_->index(row, 0).data(OutboxModel::OutboxIdRole).toLongLong()))
                    ui_->outboxView->selectionModel()->select(
                        model_->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            loadedList_ = true;
        });
}

void OutboxDialog::retryFailed() {
    std::vector<qint64> ids;
    for (const QModelIndex& i : ui_->outboxView->selectionModel()->selectedRows())
        if (i.data(OutboxModel::StatusRole).toString() == QLatin1String("failed"))
            ids.push_back(i.data(OutboxModel::OutboxIdRole).toLongLong());
    if (!ui_->outboxView->selectionModel()->selectedRows().isEmpty() && ids.empty()) {
        showMessage(tr("None of the selected messages has failed. Select failed ones, or none to retry every "
                       "failed message."),
                    true);
        return;
    }
    ui_->retryButton->setEnabled(false);
    db_->run<int>(
        this, {QStringLiteral("retry failed outbox"), 0, Retry::OnDrop},
        [ids](store::Connection& c) { return store::retryFailedOutbox(c, ids); },
        [this](Result<int> r) {
            if (!r) {
                logStoreError(QStringLiteral("retry failed outbox"), r.error());
                showMessage(storeErrorText(r.error()), true);
                ui_->retryButton->setEnabled(true);
                return;
            }
            // A plain %1 rather than a %n plural: the text reads the same in both languages.
            showMessage(
                tr("%1 failed message(s) put back into the queue; the relay sends them next.").arg(*r),
                false);
            refresh();
        });
}

void addOutboxAction(QMainWindow* window, Database* db) {
    QMenu* menu = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuAdmin"));
    if (!menu) {
        menu = new QMenu(OutboxDialog::tr("&Admin"), window->menuBar());
        menu->setObjectName(QStringLiteral("menuAdmin"));
        // Before Help, which stays the last menu.
        if (auto* help = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuHelp")))
            window->menuBar()->insertMenu(help->menuAction(), menu);
        else
            window->menuBar()->addMenu(menu);
    }
    auto* action = new QAction(OutboxDialog::tr("SMS &outbox…"), window);
    action->setObjectName(QStringLiteral("actionOutbox"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action->setIcon(icon(IconId::Outbox));
    menu->addAction(action);
    window->addAction(action);
    auto dialog = std::make_shared<QPointer<OutboxDialog>>();
    QObject::connect(action, &QAction::triggered, window, [window, db, dialog] {
        if (!*dialog) {
            *dialog = new OutboxDialog(db, window);
            (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*dialog)->show();
        (*dialog)->raise();
        (*dialog)->activateWindow();
    });
}

} // namespace certphoto::app
