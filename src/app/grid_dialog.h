#pragma once
// Grid mode's window: a page of photos the core passed (GridPage), marked by their number keys and
// approved with Enter; the next page follows by itself. Esc leaves (the photos not decided go back).

#include <QDialog>
#include <memory>

namespace Ui {
class GridDialog;
}
class QPushButton;

namespace certphoto::app {

class Database;
class GridModel;
class GridPage;
class ReviewSession;

class GridDialog : public QDialog {
    Q_OBJECT
public:
    GridDialog(Database* db, ReviewSession* review, int pageSize, QWidget* parent = nullptr);
    ~GridDialog() override;
    GridPage* page() const { return page_; }
    GridModel* model() const { return model_; }
    QString statusText() const;

public slots:
    void reject() override; // Esc: leave

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateStatus();

    std::unique_ptr<Ui::GridDialog> ui_;
    GridPage* page_;
    GridModel* model_;
    QPushButton* approveButton_;
    QString note_;
    bool noteIsError_ = false;
};

} // namespace certphoto::app
