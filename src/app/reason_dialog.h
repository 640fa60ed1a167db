#pragma once
// The reason picker for a rejection: every reason code with its Chinese and English label, checkable,
// filtered by typing, ticked by number keys; the core's failing checks come pre-ticked; "other" needs a
// note; Enter confirms.

#include <certphoto/store/types.h>

#include <QDialog>
#include <memory>
#include <vector>

namespace Ui {
class ReasonDialog;
}
class QListWidgetItem;

namespace certphoto::app {

class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(std::vector<store::ReasonCode> codes, const QStringList& preTicked,
                 QWidget* parent = nullptr);
    ~ReasonDialog() override;

    QStringList selectedCodes() const;
    QString note() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    QList<QListWidgetItem*> visibleItems() const;
    void toggle(QListWidgetItem* item);
    void moveCurrent(int step);
    void relabel();

    std::unique_ptr<Ui::ReasonDialog> ui_;
    std::vector<store::ReasonCode> codes_;
};

} // namespace certphoto::app
