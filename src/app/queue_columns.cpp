#include "queue_columns.h"

#include <QHeaderView>
#include <QTableView>

namespace certphoto::app {

void layoutQueueColumns(QTableView* view, int examColumn, int applicantColumn, int schoolColumn) {
    QHeaderView* h = view->horizontalHeader();
    h->setStretchLastSection(false);
    // Only the rows in view are measured (a lazy model has a million).
    h->setResizeContentsPrecision(50);
    // Names in full (they are short); the school takes what is left, elided in the middle, with the whole
    // name as a tooltip.
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(applicantColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(schoolColumn, QHeaderView::Stretch);
    view->setColumnHidden(examColumn, true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideMiddle); // school names differ at the end ("…大学医学院")
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace certphoto::app
