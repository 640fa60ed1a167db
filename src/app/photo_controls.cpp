#include "photo_controls.h"

#include "findings_view.h"
#include "photo_view.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace certphoto::app {

void installPhotoControls(QWidget* window, QMenu* viewMenu, PhotoView* photo, FindingsView* findings) {
    auto add = [&](const QString& text, const QKeySequence& key, auto slot, bool checkable = false,
                   bool checked = false) {
        auto* action = new QAction(text, window);
        action->setShortcut(key);
        action->setCheckable(checkable);
        action->setChecked(checked);
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
        if (viewMenu)
            viewMenu->addAction(action);
        QObject::connect(action, checkable ? &QAction::toggled : &QAction::triggered, photo, slot);
        return action;
    };
    if (viewMenu)
        viewMenu->addSeparator();
    add(
        QObject::tr("Guide &lines of the profile"), QKeySequence(Qt::Key_U),
        [photo](bool on) { photo->setOverlay(PhotoView::Guides, on); }, true,
        photo->overlayOn(PhotoView::Guides));
    add(
        QObject::tr("&Magnifier"), QKeySequence(Qt::Key_M), [photo](bool on) { photo->setMagnifier(on); },
        true, false);
    if (viewMenu)
        viewMenu->addSeparator();
    add(QObject::tr("Zoom to &fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [photo] { photo->setZoom(0); });
    add(QObject::tr("Zoom &1:1"), QKeySequence(Qt::CTRL | Qt::Key_1), [photo] { photo->setZoom(1); });
    add(QObject::tr("Zoom &2:1"), QKeySequence(Qt::CTRL | Qt::Key_2), [photo] { photo->setZoom(2); });
    add(QObject::tr("Zoom &in"), QKeySequence(Qt::Key_Plus),
        [photo] { photo->zoomBy(1.25, QRectF(photo->rect()).center()); });
    add(QObject::tr("Zoom &out"), QKeySequence(Qt::Key_Minus),
        [photo] { photo->zoomBy(0.8, QRectF(photo->rect()).center()); });
    if (viewMenu)
        viewMenu->addSeparator();
    auto* details = new QAction(QObject::tr("Findings' &details (check ids, reason codes)"), window);
    details->setShortcut(QKeySequence(Qt::Key_I));
    details->setCheckable(true);
    window->addAction(details);
    if (viewMenu)
        viewMenu->addAction(details);
    QObject::connect(details, &QAction::toggled, findings, &FindingsView::setDetailsShown);
    QObject::connect(findings, &FindingsView::findingSelected, photo, &PhotoView::highlight);
}

} // namespace certphoto::app
