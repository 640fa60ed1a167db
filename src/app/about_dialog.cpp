#include "about_dialog.h"

#include "database.h"
#include "icons.h"
#include "ui_aboutdialog.h"

#include <certphoto/core/analysis.h>
#include <certphoto/store/server_info.h>

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>

namespace certphoto::app {

namespace {
enum Row { Program, Core, QtLibrary, OpenCv, Server, PostgreSql, Schema };
} // namespace

AboutDialog::AboutDialog(Database* db, const QString& serverText, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AboutDialog>()) {
    ui_->setupUi(this);
    ui_->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    ui_->iconLabel->setPixmap(applicationIcon().pixmap(QSize(96, 96)));
    ui_->titleLabel->setText(tr("<b>certphoto %1</b><br>The reviewer workstation for certificate photos: "
                                "the review queue with an automated compliance core, statistics, and the "
                                "transmission of approved photos.")
                                 .arg(QCoreApplication::applicationVersion()));
    setRow(Program, tr("certphoto"), QCoreApplication::applicationVersion());
    setRow(Core, tr("Compliance core"), QString::fromLatin1(core::coreVersion()));
    setRow(QtLibrary, tr("Qt"),
           tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    setRow(OpenCv, tr("OpenCV"), QString::fromStdString(core::opencvVersion()));
    setRow(Server, tr("Server"), serverText);
    setRow(PostgreSql, tr("PostgreSQL server"), QStringLiteral("…"));
    setRow(Schema, tr("Database schema"), QStringLiteral("…"));
    if (!db)
        return;
    db->run<store::ServerInfo>(
        this, {QStringLiteral("server info"), 0, Retry::OnDrop},
        [](store::Connection& c) { return store::serverInfo(c); },
        [this](Result<store::ServerInfo> r) {
            if (!r) {
                setRow(PostgreSql, tr("PostgreSQL server"), tr("not connected"));
                setRow(Schema, tr("Database schema"), tr("not connected"));
                return;
            }
            setRow(PostgreSql, tr("PostgreSQL server"), r->serverVersion);
            setRow(Schema, tr("Database schema"),
                   tr("version %1 (this program knows up to %2)")
                       .arg(r->schemaVersion)
                       .arg(r->knownSchemaVersion));
        });
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::setRow(int row, const QString& label, const QString& value) {
    const auto at = std::size_t(row);
    if (values_.size() <= at)
        values_.resize(at + 1, nullptr);
    if (!values_[at]) {
        values_[at] = new QLabel(this);
        values_[at]->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy into a bug report
        ui_->versionForm->insertRow(row, label, values_[at]);
    }
    values_[at]->setText(value);
}

QString AboutDialog::valueOf(const QString& label) const {
    for (int r = 0; r < ui_->versionForm->rowCount(); ++r) {
        auto* l = qobject_cast<QLabel*>(ui_->versionForm->itemAt(r, QFormLayout::LabelRole)->widget());
        auto* v = qobject_cast<QLabel*>(ui_->versionForm->itemAt(r, QFormLayout::FieldRole)->widget());
        if (l && v && l->text() == label)
            return v->text();
    }
    return {};
}

} // namespace certphoto::app
