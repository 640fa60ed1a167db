#include "icons.h"

namespace certphoto::app {

namespace {

struct IconName {
    const char* ours;  // icons/actions/<ours>.svg
    const char* theme; // freedesktop icon naming spec, or nullptr: always ours
};

IconName nameOf(IconId id) {
    switch (id) {
    case IconId::Approve:
        return {"approve", nullptr};
    case IconId::ApprovePage:
        return {"approve-page", nullptr};
    case IconId::Reject:
        return {"reject", nullptr};
    case IconId::Skip:
        return {"skip", "media-skip-forward"};
    case IconId::Next:
        return {"next", "go-next"};
    case IconId::Undo:
        return {"undo", "edit-undo"};
    case IconId::Refresh:
        return {"refresh", "view-refresh"};
    case IconId::Queue:
        return {"queue", nullptr};
    case IconId::OverlayMask:
        return {"overlay-mask", nullptr};
    case IconId::OverlayHeadBox:
        return {"overlay-head", nullptr};
    case IconId::OverlayGlare:
        return {"overlay-glare", nullptr};
    case IconId::OverlayLandmarks:
        return {"overlay-landmarks", nullptr};
    case IconId::OverlayGuides:
        return {"overlay-guides", nullptr};
    case IconId::ZoomIn:
        return {"zoom-in", "zoom-in"};
    case IconId::ZoomOut:
        return {"zoom-out", "zoom-out"};
    case IconId::ZoomFit:
        return {"zoom-fit", "zoom-fit-best"};
    case IconId::ZoomOriginal:
        return {"zoom-original", "zoom-original"};
    case IconId::Magnifier:
        return {"magnifier", nullptr};
    case IconId::Statistics:
        return {"statistics", nullptr};
    case IconId::Export:
        return {"export", "document-send"};
    case IconId::ChartExport:
        return {"chart-export", "document-save-as"};
    case IconId::Outbox:
        return {"outbox", "mail-send"};
    case IconId::Help:
        return {"help", "help-contents"};
    case IconId::Quit:
        return {"quit", "application-exit"};
    }
    return {"help", nullptr};
}

} // namespace

QString iconResource(IconId id) {
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(nameOf(id).ours));
}

QIcon icon(IconId id) {
    const IconName n = nameOf(id);
    QIcon ours(iconResource(id));
    if (!n.theme)
        return ours;
    return QIcon::fromTheme(QLatin1String(n.theme), ours);
}

QIcon applicationIcon() {
    QIcon i(QStringLiteral(":/icons/certphoto.svg"));
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        i.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/certphoto.png").arg(size), QSize(size, size));
    return i;
}

} // namespace certphoto::app
