#include "photo_view.h"

#include <QPainter>
#include <QPainterPath>

namespace certphoto::app {

PhotoView::PhotoView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Photo"));
}

void PhotoView::setPhoto(const QImage& photo, const QImage& maskOverlay, const ReportView& report) {
    photo_ = photo;
    mask_ = maskOverlay;
    report_ = report;
    message_.clear();
    update();
}

void PhotoView::clear(const QString& message) {
    photo_ = {};
    mask_ = {};
    report_ = {};
    message_ = message;
    update();
}

void PhotoView::setOverlay(Overlay overlay, bool on) {
    overlays_ = on ? (overlays_ | overlay) : (overlays_ & ~overlay);
    update();
}

QRectF PhotoView::targetRect() const {
    if (photo_.isNull())
        return {};
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    QSizeF size = QSizeF(photo_.size()).scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void PhotoView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0x2b, 0x2b, 0x2b));
    if (photo_.isNull()) {
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, message_);
        return;
    }
    const QRectF target = targetRect();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.drawImage(target, photo_);
    if (overlayOn(Mask) && !mask_.isNull())
        p.drawImage(target, mask_);

    // From here on, draw in photo pixels; cosmetic pens keep their width on screen.
    p.save();
    p.translate(target.topLeft());
    p.scale(target.width() / photo_.width(), target.height() / photo_.height());

    if (overlayOn(HeadBox) && report_.headBox) {
        QPen pen(QColor(0x00, 0xe5, 0xff), 2);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(*report_.headBox);
    }
    if (overlayOn(Glare)) {
        QPen pen(QColor(0xff, 0xd6, 0x00), 2);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        for (const ReportGlare& g : report_.glareSpots) {
            const double r = std::max(g.radius, 3.0) + 3;
            p.drawEllipse(g.centre, r, r);
        }
    }
    if (overlayOn(Landmarks)) {
        const double arm = std::max(4.0, photo_.width() / 80.0);
        for (auto it = report_.landmarks.cbegin(); it != report_.landmarks.cend(); ++it) {
            const bool eye = it.key().endsWith(u"eye");
            QPen pen(eye ? QColor(0x76, 0xff, 0x03) : QColor(0xff, 0x40, 0x81), 2);
            pen.setCosmetic(true);
            p.setPen(pen);
            const QPointF c = it.value();
            p.drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0));
            p.drawLine(c - QPointF(0, arm), c + QPointF(0, arm));
        }
        // The eye line shows roll at a glance.
        if (report_.landmarks.contains(QStringLiteral("left_eye")) &&
            report_.landmarks.contains(QStringLiteral("right_eye"))) {
            QPen pen(QColor(0x76, 0xff, 0x03, 150), 1, Qt::DashLine);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawLine(report_.landmarks.value(QStringLiteral("left_eye")),
                       report_.landmarks.value(QStringLiteral("right_eye")));
        }
    }
    p.restore();
}

} // namespace certphoto::app
