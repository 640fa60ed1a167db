#include "photo_view.h"

#include <QPainter>
#include <QPainterPath>

namespace certphoto::app {

PhotoView::PhotoView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Photo"));
}

void PhotoView::setPhoto(const QImage& photo, const QImage& maskOverlay, const ReportView& report,
                         QSize photoSize) {
    photo_ = photo;
    mask_ = maskOverlay;
    photoSize_ = photoSize.isValid() ? photoSize : photo.size();
    scaled_ = {};
    report_ = report;
    message_.clear();
    update();
}

void PhotoView::clear(const QString& message) {
    photo_ = {};
    mask_ = {};
    scaled_ = {};
    report_ = {};
    message_ = message;
    update();
}

void PhotoView::setOverlay(Overlay overlay, bool on) {
    overlays_ = on ? (overlays_ | overlay) : (overlays_ & ~overlay);
    scaledOverlays_ = -1;
    update();
}

QRectF PhotoView::targetRect() const {
    if (photo_.isNull())
        return {};
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    QSizeF size = QSizeF(photo_.size()).scaled(area.size(), Qt::KeepAspectRatio);
    // Whole pixels, so the cached scaled photo and the overlays line up exactly.
    return QRectF(QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size).toRect());
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
    const QSize pixels = target.size().toSize() * devicePixelRatioF();
    const int maskOn = overlayOn(Mask) ? 1 : 0;
    if (scaled_.size() != pixels || scaledOverlays_ != maskOn) {
        QImage composed = photo_.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (maskOn && !mask_.isNull()) {
            QPainter mp(&composed);
            mp.drawImage(QRect(QPoint(0, 0), pixels), mask_);
        }
        scaled_ = QPixmap::fromImage(composed);
        scaled_.setDevicePixelRatio(devicePixelRatioF());
        scaledOverlays_ = maskOn;
    }
    p.drawPixmap(target.topLeft(), scaled_);

    // From here on, draw in the report's photo pixels; cosmetic pens keep their width on screen.
    p.save();
    p.translate(target.topLeft());
    p.scale(target.width() / photoSize_.width(), target.height() / photoSize_.height());

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
        const double arm = std::max(4.0, photoSize_.width() / 80.0);
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
