#pragma once
// The stored compliance report (the core's JSON line) read into what the window draws and lists, through the
// core's reader (core::reportFromJson): one schema, written and read by the same code.

#include <certphoto/core/analysis.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRect>
#include <QSize>
#include <QString>
#include <optional>

namespace certphoto::app {

// A measured quantity and the band it was held against (the core's limits as data).
struct ReportMeasure {
    QString name; // a part's name ("width", "skin_hue"); empty for a finding's main value
    double value = 0;
    bool hasValue = false;
    QString unit; // the core's unit code ("px", "KB", "deg", "frame_height", ...)
    std::optional<double> min, max, warnMin, warnMax;
    QString status; // pass, warn, fail (parts only)
};

struct ReportFinding {
    QString id;     // "background.color"
    QString status; // pass, warn, fail
    double value = 0;
    bool hasValue = false; // false when the core could not measure it (NaN/null)
    QString limit;
    QString reason; // reason code
    QString detail;
    // The limit as data, when the core that wrote the report gave it (older reports have only `limit`).
    bool hasBand = false;
    ReportMeasure main; // value, unit and band of the main value (name empty)
    QList<ReportMeasure> parts;
    QString cause; // what decided the status: a part's name or a kind of problem; empty = the main value
    const ReportMeasure* part(const QString& name) const;
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
    QSize size; // the photo's width and height the report measured (0 when not given)

    const ReportFinding* finding(const QString& id) const;

    // Reason codes of the failing checks, in report order, without repeats (pre-ticked on reject).
    QStringList failingReasons() const;
};

ReportView parseReport(const QByteArray& json);

} // namespace certphoto::app
