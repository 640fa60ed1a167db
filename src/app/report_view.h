#pragma once
// The stored compliance report (the core's JSON line) read into what the window draws and lists, through
// the core's reader (core::reportFromJson): one schema, written and read by the same code.

#include <certphoto/core/analysis.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRect>
#include <QString>
#include <optional>

namespace certphoto::app {

struct ReportFinding {
    QString id; // "background.color"
    core::Status status = core::Status::Pass;
    double value = 0;
    bool hasValue = false; // false when the core could not measure it (NaN/null)
    QString limit;
    QString reason; // reason code
    QString detail;
};

struct ReportGlare {
    QPointF centre;
    double radius = 0;
};

struct ReportView {
    bool present = false; // a report was stored and parsed
    QString parseError;   // set when a report was stored but could not be read
    QString verdict;      // pass, review, fail
    QString profile;
    QList<ReportFinding> findings;
    std::optional<QRect> headBox;
    QMap<QString, QPointF> landmarks; // left_eye, right_eye, nose, mouth, left_ear, right_ear
    QList<ReportGlare> glareSpots;

    // Reason codes of the failing checks, in report order, without repeats (pre-ticked on reject).
    QStringList failingReasons() const;
};

ReportView parseReport(const QByteArray& json);

} // namespace certphoto::app
