#pragma once
// The program's icons: the desktop theme's icon where the theme has one under the freedesktop name, else
// ours (icons/actions/*.svg, compiled in). Approve and reject are always ours: auditors read them by colour
// and shape (a green circle with a check, a red octagon with a cross), which a theme need not keep apart.

#include <QIcon>

namespace certphoto::app {

enum class IconId {
    Approve,
    ApprovePage,
    Reject,
    Skip,
    Next,
    Undo,
    Refresh,
    Queue,
    OverlayMask,
    OverlayHeadBox,
    OverlayGlare,
    OverlayLandmarks,
    OverlayGuides,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomOriginal,
    Magnifier,
    Statistics,
    Export,
    ChartExport,
    Outbox,
    Help,
    Quit,
};

QIcon icon(IconId id);
// The file name of our own icon (":/icons/actions/<name>.svg"), for tests.
QString iconResource(IconId id);
QIcon applicationIcon();

} // namespace certphoto::app
