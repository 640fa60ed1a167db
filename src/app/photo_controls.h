#pragma once
// The photo pane's keys and menu entries beside the .ui's overlay toggles: guide lines, zoom (fit, 1:1,
// 2:1, in, out), magnifier, the findings' details; and the finding selected -> region highlighted wiring.
// Kept out of MainWindow so the window's frame stays small.

class QMenu;
class QWidget;

namespace certphoto::app {

class PhotoView;
class FindingsView;

void installPhotoControls(QWidget* window, QMenu* viewMenu, PhotoView* photo, FindingsView* findings);

} // namespace certphoto::app
