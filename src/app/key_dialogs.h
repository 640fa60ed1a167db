#pragma once
// The cheat sheet (every key, on `?`) and the keys editor (Settings → Keys), both over KeyMapModel.

#include <QDialog>
#include <memory>

namespace Ui {
class CheatSheetDialog;
class KeysDialog;
} // namespace Ui

namespace certphoto::app {

class KeyMapModel;

class CheatSheetDialog : public QDialog {
    Q_OBJECT
public:
    explicit CheatSheetDialog(QWidget* parent = nullptr);
    ~CheatSheetDialog() override;
    KeyMapModel* model() const { return model_; }

private:
    std::unique_ptr<Ui::CheatSheetDialog> ui_;
    KeyMapModel* model_;
};

class KeysDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeysDialog(QWidget* parent = nullptr);
    ~KeysDialog() override;
    KeyMapModel* model() const { return model_; }
    // The row for a command id (tests).
    void select(const QString& commandId);

public slots:
    void accept() override;

private:
    void keyChosen();
    int row() const;

    std::unique_ptr<Ui::KeysDialog> ui_;
    KeyMapModel* model_;
};

} // namespace certphoto::app
