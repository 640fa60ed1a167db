#pragma once
// A grid page's photos as a list model (GridPage holds them): the photo as a thumbnail, its key, whether it
// is marked as an exception, and what became of it.

#include "grid_page.h"

#include <QAbstractListModel>
#include <QPixmap>
#include <QStyledItemDelegate>
#include <vector>

namespace certphoto::app {

// The key of photo `index` on a page: 1 … 9, 0, -, =.
QString gridKey(int index);
// The photo index of a key, or -1.
int gridIndexOfKey(int key);

class GridModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { KeyRole = Qt::UserRole + 1, ExceptionRole, ItemStateRole, SubmissionIdRole, ProblemRole };
    explicit GridModel(GridPage* page, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static constexpr int ThumbHeight = 300;

private:
    void reset();

    GridPage* page_;
    std::vector<QPixmap> thumbs_; // made once per page, on the GUI thread (pixmaps live there)
};

// Paints a tile: the photo, its key in a badge, a red frame for an exception, a green tick once approved.
class GridDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace certphoto::app
