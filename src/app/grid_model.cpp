#include "grid_model.h"

#include <QPainter>

namespace certphoto::app {

QString gridKey(int index) {
    static const char* const keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "="};
    return index >= 0 && index < 12 ? QString::fromLatin1(keys[index]) : QString();
}

int gridIndexOfKey(int key) {
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        return key - Qt::Key_1;
    if (key == Qt::Key_0)
        return 9;
    if (key == Qt::Key_Minus)
        return 10;
    if (key == Qt::Key_Equal)
        return 11;
    return -1;
}

GridModel::GridModel(GridPage* page, QObject* parent) : QAbstractListModel(parent), page_(page) {
    connect(page_, &GridPage::changed, this, &GridModel::reset);
    connect(page_, &GridPage::itemChanged, this, [this](int row) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row), index(row));
    });
    reset();
}

void GridModel::reset() {
    beginResetModel();
    thumbs_.clear();
    for (const GridPage::Item& i : page_->items())
        thumbs_.push_back(i.s.photo.isNull() ? QPixmap()
                                             : QPixmap::fromImage(i.s.photo.scaledToHeight(
                                                   ThumbHeight, Qt::SmoothTransformation)));
    endResetModel();
}

int GridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(thumbs_.size());
}

QVariant GridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || size_t(index.row()) >= page_->items().size())
        return {};
    const GridPage::Item& item = page_->items()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return item.s.detail.applicantName;
    case Qt::DecorationRole:
        return thumbs_[size_t(index.row())];
    case Qt::ToolTipRole:
        return item.problem.isEmpty() ? item.s.detail.applicantName : item.problem;
    case KeyRole:
        return gridKey(index.row());
    case ExceptionRole:
        return item.state == GridPage::ItemState::Exception || item.state == GridPage::ItemState::HandedOver;
    case ItemStateRole:
        return int(item.state);
    case SubmissionIdRole:
        return item.s.detail.submissionId;
    case ProblemRole:
        return item.problem;
    default:
        return {};
    }
}

QSize GridDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    return {GridModel::ThumbHeight * 3 / 4 + 16, GridModel::ThumbHeight + 40};
}

void GridDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const auto state = GridPage::ItemState(index.data(GridModel::ItemStateRole).toInt());
    const bool exception = index.data(GridModel::ExceptionRole).toBool();
    p->fillRect(r, QColor(0xf5, 0xf5, 0xf5));
    const QPixmap pix = index.data(Qt::DecorationRole).value<QPixmap>();
    const QRect photoArea = r.adjusted(4, 4, -4, -28);
    if (!pix.isNull()) {
        const QSize s = pix.size().scaled(photoArea.size(), Qt::KeepAspectRatio);
        const QRect target(photoArea.center() - QPoint(s.width() / 2, s.height() / 2), s);
        p->drawPixmap(target, pix);
        if (state == GridPage::ItemState::Saved)
            p->fillRect(target, QColor(255, 255, 255, 120));
    }
    // The key, large, top left: what the auditor presses.
    const QRect badge(r.left() + 8, r.top() + 8, 40, 40);
    p->setPen(Qt::NoPen);
    p->setBrush(exception ? QColor(0xc6, 0x28, 0x28) : QColor(0x26, 0x32, 0x38));
    p->drawRoundedRect(badge, 6, 6);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(badge, Qt::AlignCenter, index.data(GridModel::KeyRole).toString());
    if (exception) {
        p->setPen(QPen(QColor(0xc6, 0x28, 0x28), 5));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r.adjusted(2, 2, -2, -2));
    }
    // Below the photo: the name, or what became of it.
    p->setFont(option.font);
    QString line = index.data(Qt::DisplayRole).toString();
    QColor colour = option.palette.color(QPalette::Text);
    if (state == GridPage::ItemState::Saved) {
        line = QStringLiteral("✔ ") + line;
        colour = QColor(0x1b, 0x5e, 0x20);
    } else if (state == GridPage::ItemState::Failed) {
        line = QStringLiteral("✘ ") + index.data(GridModel::ProblemRole).toString();
        colour = QColor(0xb7, 0x1c, 0x1c);
    } else if (exception) {
        colour = QColor(0xb7, 0x1c, 0x1c);
    }
    p->setPen(colour);
    const QRect text(r.left() + 4, r.bottom() - 24, r.width() - 8, 22);
    p->drawText(text, Qt::AlignCenter, option.fontMetrics.elidedText(line, Qt::ElideRight, text.width()));
    p->restore();
}

} // namespace certphoto::app
