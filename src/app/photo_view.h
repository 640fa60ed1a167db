#pragma once
// The photo with the stored report's overlays: background mask tinted, head box, glare spots, face
// landmarks. Paints only; the photo and the tinted mask arrive decoded from the worker thread.

#include "report_view.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace certphoto::app {

class PhotoView : public QWidget {
    Q_OBJECT
public:
    enum Overlay { Mask = 1, HeadBox = 2, Glare = 4, Landmarks = 8 };

    explicit PhotoView(QWidget* parent = nullptr);

    // `photoSize` is the size the report's coordinates refer to (the photo may come scaled for display).
    void setPhoto(const QImage& photo, const QImage& maskOverlay, const ReportView& report,
                  QSize photoSize = {});
    void clear(const QString& message);
    void setOverlay(Overlay overlay, bool on);
    bool overlayOn(Overlay overlay) const { return (overlays_ & overlay) != 0; }
    const QImage& photo() const { return photo_; }

    QSize sizeHint() const override { return {480, 640}; }
    QSize minimumSizeHint() const override { return {240, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF targetRect() const;

    QImage photo_;
    QImage mask_;
    QSize photoSize_;
    QPixmap scaled_; // photo (and mask) scaled to the view once per size, not at every paint
    int scaledOverlays_ = -1;
    ReportView report_;
    QString message_;
    int overlays_ = Mask | HeadBox | Glare | Landmarks;
};

} // namespace certphoto::app
