#pragma once
// The export batches as a list (newest first) with the two acts an admin does after an export: mark a
// sealed batch transmitted, or void a batch with a reason (its photos become exportable again).

#include <certphoto/store/export_batches.h>

#include <QAbstractTableModel>
#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class BatchesDialog;
}

namespace certphoto::app {

class Database;

class BatchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Receiver, Format, State, Photos, Refused, Created, File, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setBatches(std::vector<store::ExportBatch> batches);
    const store::ExportBatch* batch(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString stateText(const QString& state);

private:
    std::vector<store::ExportBatch> batches_;
};

class BatchesDialog : public QDialog {
    Q_OBJECT
public:
    BatchesDialog(Database* db, QWidget* parent = nullptr);
    ~BatchesDialog() override;
    BatchListModel* model() const { return model_; }
    bool busy() const { return busy_; }

public slots:
    void refresh();
    void markTransmitted();
    // Voids the selected batch; `why` empty: asks for it.
    void voidSelected(const QString& why = {});

private:
    const store::ExportBatch* selected() const;
    void updateButtons();
    void act(const QString& what, std::function<Result<void>(store::Connection&)> job, const QString& done);

    std::unique_ptr<Ui::BatchesDialog> ui_;
    Database* db_;
    BatchListModel* model_;
    bool busy_ = false;
};

} // namespace certphoto::app
