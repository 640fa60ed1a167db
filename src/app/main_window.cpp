#include "main_window.h"

#include "about_dialog.h"
#include "attempts_panel.h"
#include "batches_dialog.h"
#include "database.h"
#include "date_format.h"
#include "export_dialog.h"
#include "findings_view.h"
#include "icons.h"
#include "my_day_status.h"
#include "outbox_dialog.h"
#include "photo_controls.h"
#include "photo_view.h"
#include "queue_columns.h"
#include "queue_filter_bar.h"
#include "queue_page_model.h"
#include "queue_pane.h"
#include "reason_dialog.h"
#include "review_actions.h"
#include "review_session.h"
#include "settings_dialog.h"
#include "statistics_entry.h"
#include "time_left.h"
#include "ui_mainwindow.h"
#include "verdict_text.h"

#include <certphoto/store/queue.h>

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QToolButton>

namespace certphoto::app {

MainWindow::MainWindow(Database* db, Session session, QWidget* parent)
    : QMainWindow(parent), ui_(std::make_unique<Ui::MainWindow>()), db_(db), session_(std::move(session)) {
    ui_->setupUi(this);

    // Every pending submission, lazily, with filters and live updates (the listener's own connection).
    auto* filters = new QueueFilterBar(ui_->queuePanel);
    ui_->queueLayout->insertWidget(ui_->queueLayout->indexOf(ui_->queueView), filters);
    queue_ = new QueuePane(db_, db_->settings(), ui_->queueView, filters, session_.reasonCodes, this);
    ui_->queueView->verticalHeader()->hide();
    connect(ui_->queueView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(QueuePageModel::SubmissionIdRole).toLongLong())
            review_->claim(id);
    });
    connect(queue_->model(), &QueuePageModel::countsChanged, this, [this] {
        queueLoaded_ = true;
        updateStatus();
    });
    connect(queue_->model(), &QueuePageModel::failed, this, [this] { updateStatus(); });
    // The row of the photo shown becomes current once its page is in (a claim by N may land far below).
    connect(queue_->model(), &QueuePageModel::pageLoaded, this, [this] { selectCurrentInQueue(); });

    photo_ = new PhotoView(ui_->photoHost);
    auto* photoLayout = new QVBoxLayout(ui_->photoHost);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    photoLayout->addWidget(photo_);
    findings_ = new FindingsView(ui_->findingsGroup);
    ui_->findingsLayout->addWidget(findings_);
    attempts_ = new AttemptsPanel(db_, session_.reasonCodes, ui_->sidePanel);
    attempts_->setMaximumHeight(240);
    if (auto* side = qobject_cast<QBoxLayout*>(ui_->findingsGroup->parentWidget()->layout()))
        side->addWidget(attempts_);

    review_ = new ReviewSession(db_, this);
    connect(review_, &ReviewSession::currentChanged, this, &MainWindow::showCurrent);
    connect(review_, &ReviewSession::stateChanged, this, &MainWindow::updateActions);
    connect(review_, &ReviewSession::message, this,
            [this](const QString& text, ReviewSession::Tone tone) { showMessage(text, int(tone)); });
    connect(review_, &ReviewSession::queueTouched, this, [this] { queueSoon_.start(); });

    userStatus_ = new QLabel(this);
    connectionStatus_ = new QLabel(this);
    queueStatus_ = new QLabel(this);
    statusBar()->addPermanentWidget(userStatus_);
    statusBar()->addPermanentWidget(connectionStatus_);
    statusBar()->addPermanentWidget(queueStatus_);
    connect(db_, &Database::connectionChanged, this, [this] { updateStatus(); });
    myDay_ = new MyDayStatus(db_, this); // the auditor's own day
    statusBar()->addPermanentWidget(myDay_);
    connect(review_, &ReviewSession::decisionSaved, myDay_, &MyDayStatus::refresh);
    connect(review_, &ReviewSession::decisionSaved, this, [this](qint64 submissionId) {
        // The decided row leaves the queue; the view would move its selection to the row below, which
        // reads as if that one were on screen.
        QItemSelectionModel* selection = ui_->queueView->selectionModel();
        if (selection->currentIndex().data(QueuePageModel::SubmissionIdRole).toLongLong() == submissionId)
            selection->clear();
    });

    // The admin's transmissions in one menu: the outbox makes the Admin menu, the export entries join it.
    if (std::find(session_.roles.begin(), session_.roles.end(), store::Role::Admin) != session_.roles.end())
        addOutboxAction(this, db_);
    setUpActions();
    // Keys, approve (asking against a failing core), undo, grid mode, the cheat sheet.
    actions_ = new ReviewActions(this, db_, review_, session_);
    connect(actions_, &ReviewActions::message, this, &MainWindow::showMessage);
    statistics_ = new StatisticsEntry(this, db_, session_);

    queueSoon_.setSingleShot(true);
    queueSoon_.setInterval(300);
    connect(&queueSoon_, &QTimer::timeout, this, &MainWindow::refreshQueue);

    ui_->splitter->setStretchFactor(0, 3);
    ui_->splitter->setStretchFactor(1, 3);
    ui_->splitter->setStretchFactor(2, 2);
    ui_->splitter->setSizes({560, 460, 420});

    clearApplicant();
    photo_->clear(tr("Press N or Space to claim the next submission.\n"
                     "A or Ctrl+Enter approves, R rejects, S gives it back."));
    showMessage(tr("Logged in. Press N or Space to start."), int(ReviewSession::Tone::Info));
    updateStatus();
    updateActions();
    ui_->queueView->setFocus();
}

MainWindow::~MainWindow() = default;

QueuePageModel* MainWindow::queueModel() const {
    return queue_->model();
}

void MainWindow::setUpActions() {
    ui_->actionNext->setShortcuts({QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Space)});
    ui_->actionApprove->setShortcuts({QKeySequence(Qt::Key_A), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                      QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    ui_->actionReject->setShortcut(QKeySequence(Qt::Key_R));
    ui_->actionSkip->setShortcut(QKeySequence(Qt::Key_S));
    // Shortcuts belong to the window (the toolbar-less buttons only mirror them).
    for (QAction* a : {ui_->actionNext, ui_->actionApprove, ui_->actionReject, ui_->actionSkip,
                       ui_->actionRefresh, ui_->actionMask, ui_->actionHeadBox, ui_->actionGlare,
                       ui_->actionLandmarks, ui_->actionFocusQueue, ui_->actionQuit})
        addAction(a);

    // The buttons show the action's icon text: the label with its key, while the menus show the shortcut.
    ui_->actionApprove->setIconText(tr("Approve (A)"));
    ui_->actionReject->setIconText(tr("Reject… (R)"));
    ui_->actionSkip->setIconText(tr("Skip (S)"));
    ui_->actionNext->setIconText(tr("Next (N / Space)"));
    ui_->actionMask->setIconText(tr("Mask (B)"));
    ui_->actionHeadBox->setIconText(tr("Head box (H)"));
    ui_->actionGlare->setIconText(tr("Glare (G)"));
    ui_->actionLandmarks->setIconText(tr("Landmarks (L)"));
    const std::pair<QAction*, IconId> icons[] = {{ui_->actionApprove, IconId::Approve},
                                                 {ui_->actionReject, IconId::Reject},
                                                 {ui_->actionSkip, IconId::Skip},
                                                 {ui_->actionNext, IconId::Next},
                                                 {ui_->actionRefresh, IconId::Refresh},
                                                 {ui_->actionMask, IconId::OverlayMask},
                                                 {ui_->actionHeadBox, IconId::OverlayHeadBox},
                                                 {ui_->actionGlare, IconId::OverlayGlare},
                                                 {ui_->actionLandmarks, IconId::OverlayLandmarks},
                                                 {ui_->actionFocusQueue, IconId::Queue},
                                                 {ui_->actionQuit, IconId::Quit},
                                                 {ui_->actionAbout, IconId::Help}};
    for (const auto& [action, id] : icons)
        action->setIcon(icon(id));
    ui_->approveButton->setDefaultAction(ui_->actionApprove);
    ui_->rejectButton->setDefaultAction(ui_->actionReject);
    ui_->skipButton->setDefaultAction(ui_->actionSkip);
    ui_->nextButton->setDefaultAction(ui_->actionNext);
    ui_->maskButton->setDefaultAction(ui_->actionMask);
    ui_->headBoxButton->setDefaultAction(ui_->actionHeadBox);
    ui_->glareButton->setDefaultAction(ui_->actionGlare);
    ui_->landmarksButton->setDefaultAction(ui_->actionLandmarks);
    for (QToolButton* b : {ui_->approveButton, ui_->rejectButton, ui_->skipButton, ui_->nextButton,
                           ui_->maskButton, ui_->headBoxButton, ui_->glareButton, ui_->landmarksButton})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    ui_->approveButton->setStyleSheet(
        QStringLiteral("QToolButton:enabled { color: #1b5e20; font-weight: bold; }"));
    ui_->rejectButton->setStyleSheet(
        QStringLiteral("QToolButton:enabled { color: #b71c1c; font-weight: bold; }"));

    connect(ui_->actionNext, &QAction::triggered, review_, &ReviewSession::next);
    connect(ui_->actionSkip, &QAction::triggered, review_, &ReviewSession::skip);
    connect(ui_->actionReject, &QAction::triggered, this, &MainWindow::openRejectDialog);
    connect(ui_->actionRefresh, &QAction::triggered, this, &MainWindow::refreshQueue);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionSettings, &QAction::triggered, this, [this] {
        SettingsDialog(this).exec();
        actions_->applySettings();
    });
    connect(ui_->actionAbout, &QAction::triggered, this,
            [this] { AboutDialog(db_, session_.serverText, this).exec(); });
    // Admins export approved photos (the server refuses everyone else as well).
    if (std::find(session_.roles.begin(), session_.roles.end(), store::Role::Admin) != session_.roles.end()) {
        QMenu* admin = menuBar()->findChild<QMenu*>(QStringLiteral("menuAdmin"));
        QAction* outbox = findChild<QAction*>(QStringLiteral("actionOutbox"));
        QMenu* menu = admin ? admin : ui_->menuFile;
        QAction* before = admin ? outbox : ui_->actionQuit;
        QAction* exportAction = new QAction(tr("&Export batch…"), this);
        exportAction->setObjectName(QStringLiteral("actionExport"));
        exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        exportAction->setIcon(icon(IconId::Export));
        menu->insertAction(before, exportAction);
        addAction(exportAction);
        connect(exportAction, &QAction::triggered, this, [this] {
            auto* dialog = new ExportDialog(db_, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
        QAction* batchesAction = new QAction(tr("Export &batches…"), this);
        batchesAction->setObjectName(QStringLiteral("actionBatches"));
        batchesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        menu->insertAction(before, batchesAction);
        if (admin)
            menu->insertSeparator(before);
        addAction(batchesAction);
        connect(batchesAction, &QAction::triggered, this, [this] {
            auto* dialog = new BatchesDialog(db_, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    }
    connect(ui_->actionFocusQueue, &QAction::triggered, this, [this] { ui_->queueView->setFocus(); });
    auto overlay = [this](QAction* action, PhotoView::Overlay o) {
        connect(action, &QAction::toggled, this, [this, o](bool on) { photo_->setOverlay(o, on); });
    };
    overlay(ui_->actionMask, PhotoView::Mask);
    overlay(ui_->actionHeadBox, PhotoView::HeadBox);
    overlay(ui_->actionGlare, PhotoView::Glare);
    overlay(ui_->actionLandmarks, PhotoView::Landmarks);
    installPhotoControls(this, ui_->menuView, photo_, findings_);
}

QString MainWindow::bannerText() const {
    return ui_->bannerLabel->text();
}

void MainWindow::showMessage(const QString& text, int tone) {
    static const char* const styles[] = {
        "background: #e3f2fd; color: #0d47a1; border-radius: 3px;",
        "background: #e8f5e9; color: #1b5e20; border-radius: 3px; font-weight: bold;",
        "background: #ffebee; color: #b71c1c; border-radius: 3px; font-weight: bold;",
    };
    ui_->bannerLabel->setStyleSheet(QString::fromLatin1(styles[std::clamp(tone, 0, 2)]));
    ui_->bannerLabel->setText(text);
}

void MainWindow::updateActions() {
    const bool decide = review_->canDecide();
    ui_->actionApprove->setEnabled(decide);
    ui_->actionReject->setEnabled(decide);
    ui_->actionSkip->setEnabled(decide);
    const auto state = review_->state();
    ui_->actionNext->setEnabled(state != ReviewSession::State::Deciding &&
                                state != ReviewSession::State::Claiming);
    if (state == ReviewSession::State::Deciding)
        showMessage(tr("Saving the decision…"), int(ReviewSession::Tone::Info));
    if (state == ReviewSession::State::Claiming)
        showMessage(tr("Claiming the next submission…"), int(ReviewSession::Tone::Info));
}

void MainWindow::updateStatus() {
    userStatus_->setText(tr("User: %1 (%2)").arg(session_.login, roleText(session_.roles)));
    connectionStatus_->setToolTip(session_.serverText);
    if (db_->isConnected() || db_->lastConnectionMessage().isEmpty()) {
        connectionStatus_->setText(tr("Connected: %1")
                                       .arg(session_.serverText.size() > 40
                                                ? session_.serverText.left(39) + u'…'
                                                : session_.serverText));
    } else {
        // The store error's sentence (never the raw message), shortened to fit; the tooltip has all of it.
        const QString why = db_->lastConnectionMessage();
        connectionStatus_->setText(
            tr("Disconnected: %1")
                .arg(connectionStatus_->fontMetrics().elidedText(why, Qt::ElideRight, 520)));
        connectionStatus_->setToolTip(why + u'\n' + session_.serverText);
    }
    connectionStatus_->setStyleSheet(db_->isConnected() || db_->lastConnectionMessage().isEmpty()
                                         ? QString()
                                         : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    const store::QueueCounts& counts = queue_->model()->counts();
    const QLocale locale;
    queueStatus_->setText(!queueLoaded_
                              ? tr("Queue: …")
                              : tr("Queue: %1 pending, %2 overdue")
                                    .arg(locale.toString(counts.pending), locale.toString(counts.overdue)));
}

void MainWindow::refreshQueue() {
    queue_->refresh();
}

void MainWindow::selectCurrentInQueue() {
    // Once per photo shown: afterwards the auditor's own moves in the queue are left alone.
    if (!selectInQueue_)
        return;
    const int row = queue_->model()->rowOf(selectInQueue_);
    if (row < 0)
        return;
    selectInQueue_ = 0;
    ui_->queueView->selectionModel()->setCurrentIndex(
        queue_->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::clearApplicant() {
    for (QLabel* l :
         {ui_->nameValue, ui_->idNumberValue, ui_->phoneValue, ui_->examValue, ui_->schoolValue,
          ui_->levelValue, ui_->arrivedValue, ui_->deadlineValue, ui_->attemptValue, ui_->verdictValue})
        l->setText(QStringLiteral("—"));
    findings_->clear();
    attempts_->showFor(0);
}

void MainWindow::showCurrent() {
    const LoadedSubmission* s = review_->current();
    updateActions();
    if (!s) {
        clearApplicant();
        if (review_->state() == ReviewSession::State::Empty)
            photo_->clear(tr("The queue is empty. New submissions appear here as they arrive."));
        else if (review_->state() == ReviewSession::State::Claiming)
            photo_->clear(tr("Loading…"));
        else
            photo_->clear(tr("Press N or Space to claim the next submission."));
        return;
    }
    const store::SubmissionDetail& d = s->detail;
    if (s->photo.isNull())
        photo_->clear(s->photoError);
    else
        photo_->setPhoto(s->photo, s->maskOverlay, s->report, s->photoSize);
    findings_->showReport(s->report);
    if (attempts_->shownFor() != s->detail.submissionId)
        attempts_->showFor(s->detail.submissionId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ui_->nameValue->setText(d.applicantName);
    ui_->idNumberValue->setText(d.idNumber.isEmpty() ? QStringLiteral("—") : d.idNumber);
    ui_->phoneValue->setText(d.phone.isEmpty() ? QStringLiteral("—") : d.phone);
    ui_->examValue->setText(d.examNumber);
    ui_->schoolValue->setText(d.school);
    ui_->levelValue->setText(d.level);
    ui_->arrivedValue->setText(formatDateTime(d.arrivedAt));
    const QString left = timeLeftText(d.deadline, now);
    ui_->deadlineValue->setText(QStringLiteral("%1 — %2").arg(formatDateTime(d.deadline), left));
    ui_->deadlineValue->setStyleSheet(urgency(d.deadline, now) == Urgency::Normal
                                          ? QString()
                                          : QStringLiteral("color: #c62828; font-weight: bold;"));
    ui_->attemptValue->setText(QString::number(d.attempt));
    QString verdict = s->report.present ? verdictText(s->report.verdict) : tr("no report");
    if (!s->report.parseError.isEmpty())
        verdict = tr("report unreadable: %1").arg(s->report.parseError);
    ui_->verdictValue->setText(verdict);
    showMessage(tr("Submission #%1 — A approve, R reject, S skip.").arg(d.submissionId),
                int(ReviewSession::Tone::Info));
    selectInQueue_ = d.submissionId;
    selectCurrentInQueue();
}

void MainWindow::openRejectDialog() {
    const LoadedSubmission* s = review_->current();
    if (!s || !review_->canDecide())
        return;
    QStringList known;
    for (const store::ReasonCode& c : session_.reasonCodes)
        known << c.code;
    QStringList preTicked;
    for (const QString& code : s->report.failingReasons())
        if (known.contains(code))
            preTicked << code;
    auto* dialog = new ReasonDialog(session_.reasonCodes, preTicked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = s->detail.submissionId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const LoadedSubmission* now = review_->current();
        if (now && now->detail.submissionId == id)
            review_->reject(dialog->selectedCodes(), dialog->note());
    });
    // Back to the window afterwards, so the next key (N) lands here without a mouse.
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        ui_->queueView->setFocus();
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    review_->releaseAll();
    event->accept();
}

} // namespace certphoto::app
