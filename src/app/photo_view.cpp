#include "photo_view.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace certphoto::app {
namespace {

// The core measures framing (crown, eyes, face width) in a 480x640 frame whatever the photo's size
// (src/core/head_geometry.cpp): its limits are drawn scaled from that frame to the photo.
constexpr double kFrameWidth = 480, kFrameHeight = 640;
constexpr double kMinZoom = 0.1, kMaxZoom = 8;

QPen cosmetic(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine) {
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

PhotoView::PhotoView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Photo"));
    setMouseTracking(true);
}

void PhotoView::setPhoto(const QImage& photo, const QImage& maskOverlay, const ReportView& report,
                         QSize photoSize) {
    photo_ = photo;
    mask_ = maskOverlay;
    photoSize_ = photoSize.isValid() ? photoSize : photo.size();
    scaled_ = {};
    report_ = report;
    message_.clear();
    highlight_.clear();
    pan_ = {};
    update();
}

void PhotoView::clear(const QString& message) {
    photo_ = {};
    mask_ = {};
    scaled_ = {};
    report_ = {};
    message_ = message;
    highlight_.clear();
    update();
}

void PhotoView::setOverlay(Overlay overlay, bool on) {
    overlays_ = on ? (overlays_ | overlay) : (overlays_ & ~overlay);
    scaledOverlays_ = -1;
    update();
}

void PhotoView::setZoom(double zoom) {
    zoom_ = zoom <= 0 ? 0 : std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom_ == 0)
        pan_ = {};
    update();
}

void PhotoView::zoomBy(double factor, QPointF at) {
    if (photo_.isNull())
        return;
    const QRectF before = targetRect();
    const double current = before.width() * devicePixelRatioF() / photoSize_.width();
    const double next = std::clamp(current * factor, kMinZoom, kMaxZoom);
    // Keep the photo point under `at` where it is.
    const QPointF rel((at.x() - before.left()) / before.width(), (at.y() - before.top()) / before.height());
    zoom_ = next;
    pan_ = {};
    const QRectF plain = targetRect();
    pan_ = at - QPointF(plain.left() + rel.x() * plain.width(), plain.top() + rel.y() * plain.height());
    update();
}

void PhotoView::setMagnifier(bool on) {
    magnifier_ = on;
    update();
}

void PhotoView::highlight(const QString& checkId) {
    highlight_ = checkId;
    update();
}

QRectF PhotoView::targetRect() const {
    if (photo_.isNull())
        return {};
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    QSizeF size = zoom_ > 0 ? QSizeF(photoSize_) * zoom_ / devicePixelRatioF()
                            : QSizeF(photo_.size()).scaled(area.size(), Qt::KeepAspectRatio);
    const QPointF centre = QRectF(rect()).center() + pan_;
    // Whole pixels, so the cached scaled photo and the overlays line up exactly.
    return QRectF(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size).toRect());
}

QPointF PhotoView::toView(QPointF photoPoint) const {
    const QRectF t = targetRect();
    if (t.isEmpty() || photoSize_.isEmpty())
        return {};
    return {t.left() + photoPoint.x() * t.width() / photoSize_.width(),
            t.top() + photoPoint.y() * t.height() / photoSize_.height()};
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

    if (overlayOn(Guides))
        paintGuides(p);
    if (overlayOn(HeadBox) && report_.headBox) {
        p.setPen(cosmetic(QColor(0x00, 0xe5, 0xff), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(*report_.headBox);
    }
    if (overlayOn(Glare)) {
        p.setPen(cosmetic(QColor(0xff, 0xd6, 0x00), 2));
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
            p.setPen(cosmetic(eye ? QColor(0x76, 0xff, 0x03) : QColor(0xff, 0x40, 0x81), 2));
            const QPointF c = it.value();
            p.drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0));
            p.drawLine(c - QPointF(0, arm), c + QPointF(0, arm));
        }
        // The eye line shows roll at a glance.
        if (report_.landmarks.contains(QStringLiteral("left_eye")) &&
            report_.landmarks.contains(QStringLiteral("right_eye"))) {
            p.setPen(cosmetic(QColor(0x76, 0xff, 0x03, 150), 1, Qt::DashLine));
            p.drawLine(report_.landmarks.value(QStringLiteral("left_eye")),
                       report_.landmarks.value(QStringLiteral("right_eye")));
        }
    }
    if (!highlight_.isEmpty())
        paintHighlight(p);
    p.restore();
    if (magnifier_)
        paintMagnifier(p, target);
}

// The profile's framing bands where the report's limits put them: crown band, eye band, face width, centre.
void PhotoView::paintGuides(QPainter& p) const {
    const double W = photoSize_.width(), H = photoSize_.height();
    const double sy = H / kFrameHeight, sx = W / kFrameWidth;
    auto band = [&](const QString& id, const QColor& colour) {
        const ReportFinding* f = report_.finding(id);
        if (!f || !f->main.min || !f->main.max)
            return;
        const bool lit = highlight_ == id;
        const double y0 = *f->main.min * sy, y1 = *f->main.max * sy;
        QColor fill = colour;
        fill.setAlpha(lit ? 70 : 28);
        p.fillRect(QRectF(0, y0, W, y1 - y0), fill);
        p.setPen(cosmetic(colour, lit ? 2 : 1, Qt::DashLine));
        p.drawLine(QPointF(0, y0), QPointF(W, y0));
        p.drawLine(QPointF(0, y1), QPointF(W, y1));
        // The numbers beside the band, in the profile's pixels.
        p.save();
        p.resetTransform();
        const QPointF a = toView({0, y0}), b = toView({0, y1});
        QFont small = font();
        small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
        p.setFont(small);
        const QString label = QStringLiteral("%1–%2 px").arg(*f->main.min).arg(*f->main.max);
        const QRectF box = QRectF(a.x() + 4, (a.y() + b.y()) / 2 - p.fontMetrics().height() / 2.0,
                                  p.fontMetrics().horizontalAdvance(label) + 8, p.fontMetrics().height());
        p.fillRect(box, QColor(0, 0, 0, 150)); // readable over any photo
        p.setPen(colour);
        p.drawText(box, Qt::AlignCenter, label);
        p.restore();
    };
    band(QStringLiteral("head.position"), QColor(0xff, 0x98, 0x00));
    band(QStringLiteral("eyes.line"), QColor(0x76, 0xff, 0x03));
    // Centre line, and the face-width band either side of it.
    p.setPen(cosmetic(QColor(255, 255, 255, 150), 1, Qt::DashDotLine));
    p.drawLine(QPointF(W / 2, 0), QPointF(W / 2, H));
    if (const ReportFinding* f = report_.finding(QStringLiteral("face.width"));
        f && f->main.min && f->main.max) {
        const bool lit = highlight_ == f->id;
        const QColor colour(0xe0, 0x40, 0xfb);
        const double inner = *f->main.min / 2 * sx, outer = *f->main.max / 2 * sx;
        const double top = report_.headBox ? report_.headBox->top() : H * 0.2;
        const double bottom = report_.headBox ? report_.headBox->bottom() : H * 0.6;
        QColor fill = colour;
        fill.setAlpha(lit ? 70 : 24);
        for (double side : {-1.0, 1.0}) {
            const double x0 = W / 2 + side * inner, x1 = W / 2 + side * outer;
            p.fillRect(QRectF(std::min(x0, x1), top, std::fabs(x1 - x0), bottom - top), fill);
            p.setPen(cosmetic(colour, lit ? 2 : 1, Qt::DashLine));
            p.drawLine(QPointF(x0, top), QPointF(x0, bottom));
            p.drawLine(QPointF(x1, top), QPointF(x1, bottom));
        }
    }
}

// The region the selected finding is about, the rest of the photo dimmed.
void PhotoView::paintHighlight(QPainter& p) const {
    const double W = photoSize_.width(), H = photoSize_.height();
    const QRectF frame(0, 0, W, H);
    const double sy = H / kFrameHeight;
    QPainterPath region;
    const QString& id = highlight_;
    const ReportFinding* f = report_.finding(id);
    auto yBand = [&](double lo, double hi) { region.addRect(QRectF(0, lo * sy, W, (hi - lo) * sy)); };
    if (id == u"glare.spots") {
        for (const ReportGlare& g : report_.glareSpots) {
            const double r = std::max(g.radius, 3.0) + 6;
            region.addEllipse(g.centre, r, r);
        }
    } else if ((id == u"head.position" || id == u"eyes.line") && f && f->main.min && f->main.max) {
        yBand(*f->main.min, *f->main.max);
        if (id == u"head.position" && report_.headBox)
            region.addRect(*report_.headBox);
    } else if (id.startsWith(u"background.")) {
        // Beside and above the head: where background must be.
        region.addRect(frame);
        if (report_.headBox) {
            QPainterPath person;
            const QRect& b = *report_.headBox;
            person.addRect(QRectF(b.left(), b.top(), b.width(), H - b.top()));
            person.addRect(QRectF(b.left() - b.width() * 0.6, b.bottom(), b.width() * 2.2, H - b.bottom()));
            region = region.subtracted(person);
        }
    } else if (id == u"clothing.contrast" && report_.headBox) {
        const QRect& b = *report_.headBox;
        const double top = b.bottom() + b.height() * 0.35, cx = b.center().x();
        region.addRect(QRectF(cx - b.width() * 0.8, top, b.width() * 1.6, H - top).intersected(frame));
    } else if (id.startsWith(u"file.") || id == u"image.dimensions" || id == u"image.decode") {
        region.addRect(frame);
    } else if (report_.headBox) {
        region.addRect(*report_.headBox);
    }
    if (region.isEmpty())
        return;
    QPainterPath outside;
    outside.addRect(frame);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 110));
    p.drawPath(outside.subtracted(region));
    p.setBrush(Qt::NoBrush);
    p.setPen(cosmetic(QColor(0xff, 0xff, 0xff), 2));
    p.drawPath(region.simplified());
}

QPointF PhotoView::magnifierCentre() const {
    if (mouse_)
        return *mouse_;
    // Without a mouse, over the eyes: the magnifier is for glasses.
    const auto l = report_.landmarks.find(QStringLiteral("left_eye"));
    const auto r = report_.landmarks.find(QStringLiteral("right_eye"));
    if (l != report_.landmarks.cend() && r != report_.landmarks.cend())
        return toView((l.value() + r.value()) / 2);
    return QRectF(rect()).center();
}

void PhotoView::paintMagnifier(QPainter& p, const QRectF& target) {
    const QPointF at = magnifierCentre();
    const double radius = std::min(width(), height()) / 4.0;
    const double factor = 3; // screen magnification over the view's current scale
    const double scale = target.width() / photoSize_.width() * factor;
    const QPointF photoAt((at.x() - target.left()) / target.width() * photoSize_.width(),
                          (at.y() - target.top()) / target.height() * photoSize_.height());
    QPainterPath lens;
    lens.addEllipse(at, radius, radius);
    p.save();
    p.setClipPath(lens);
    p.fillRect(lens.boundingRect(), QColor(0x2b, 0x2b, 0x2b));
    p.translate(at);
    p.scale(scale * photoSize_.width() / photo_.width(), scale * photoSize_.height() / photo_.height());
    p.translate(-photoAt.x() * photo_.width() / photoSize_.width(),
                -photoAt.y() * photo_.height() / photoSize_.height());
    p.drawImage(QPointF(0, 0), photo_);
    p.restore();
    p.setPen(cosmetic(QColor(0xff, 0xff, 0xff), 2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(at, radius, radius);
}

void PhotoView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void PhotoView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && zoom_ > 0) {
        dragging_ = true;
        dragFrom_ = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
    }
}

void PhotoView::mouseMoveEvent(QMouseEvent* event) {
    if (dragging_) {
        pan_ += event->position() - QPointF(dragFrom_);
        dragFrom_ = event->position().toPoint();
    }
    mouse_ = event->position();
    if (dragging_ || magnifier_)
        update();
}

void PhotoView::mouseReleaseEvent(QMouseEvent*) {
    dragging_ = false;
    unsetCursor();
}

void PhotoView::leaveEvent(QEvent*) {
    mouse_.reset();
    if (magnifier_)
        update();
}

} // namespace certphoto::app
