#pragma once
// The queue's filters (school, level, core verdict, reason, overdue) and the always visible overdue count.
// Frame from forms/queuefilterbar.ui.

#include <certphoto/store/queue_page.h>
#include <certphoto/store/types.h>

#include <QWidget>
#include <memory>

namespace Ui {
class QueueFilterBar;
}

namespace certphoto::app {

class QueueFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget* parent = nullptr);
    ~QueueFilterBar() override;
    void setSchools(const QStringList& schools);
    void setReasonCodes(const std::vector<store::ReasonCode>& codes);
    store::QueueFilter filter() const;
    void showCounts(const store::QueueCounts& counts);
    QString overdueText() const;

signals:
    void filterChanged(const certphoto::store::QueueFilter& filter);

private:
    std::unique_ptr<Ui::QueueFilterBar> ui_;
};

} // namespace certphoto::app
