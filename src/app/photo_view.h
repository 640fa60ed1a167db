#pragma once
// The photo with the stored report's overlays: background mask tinted, head box, glare spots, face
// landmarks, the profile's guide lines (from the limits the report carries), the region of the selected
// finding. Zoom (fit, 1:1, 2:1, wheel), pan (drag), a magnifier. Paints only; the photo and the tinted mask
// arrive decoded from the worker thread.

#include "report_view.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace certphoto::app {

class PhotoView : public QWidget {
    Q_OBJECT
public:
    enum Overlay { Mask = 1, HeadBox = 2, Glare = 4, Landmarks = 8, Guides = 16 };

    explicit PhotoView(QWidget* parent = nullptr);

    // `photoSize` is the size the report's coordinates refer to (the photo may come scaled for display).
    void setPhoto(const QImage& photo, const QImage& maskOverlay, const ReportView& report,
                  QSize photoSize = {});
    void clear(const QString& message);
    void setOverlay(Overlay overlay, bool on);
    bool overlayOn(Overlay overlay) const { return (overlays_ & overlay) != 0; }
    const QImage& photo() const { return photo_; }

    // 0 = fit the view; otherwise photo pixels per screen pixel (1 = 1:1, 2 = 2:1).
    void setZoom(double zoom);
    double zoom() const { return zoom_; }
    void zoomBy(double factor, QPointF at);
    void setMagnifier(bool on);
    bool magnifier() const { return magnifier_; }
    // Highlights the region a finding is about (its check id; empty = none).
    void highlight(const QString& checkId);
    QString highlighted() const { return highlight_; }

    // Where a report pixel lands on the screen (for tests).
    QPointF toView(QPointF photoPoint) const;

    QSize sizeHint() const override { return {480, 640}; }
    QSize minimumSizeHint() const override { return {240, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF targetRect() const;
    void paintGuides(QPainter& p) const;
    void paintHighlight(QPainter& p) const;
    void paintMagnifier(QPainter& p, const QRectF& target);
    QPointF magnifierCentre() const; // in view coordinates

    QImage photo_;
    QImage mask_;
    QSize photoSize_;
    QPixmap scaled_; // photo (and mask) scaled to the view once per size, not at every paint
    int scaledOverlays_ = -1;
    ReportView report_;
    QString message_;
    int overlays_ = Mask | HeadBox | Glare | Landmarks | Guides;
    double zoom_ = 0;
    QPointF pan_; // offset of the photo's centre from the view's centre, screen pixels
    QPoint dragFrom_;
    bool dragging_ = false;
    bool magnifier_ = false;
    std::optional<QPointF> mouse_;
    QString highlight_;
};

} // namespace certphoto::app
