#pragma once
// A finding worded as a sentence in the person's language: what was measured, in its unit, against what,
// and why it failed. Built from the limits the core hands over as data (unit, band, parts, cause); the
// core's English limit text and its ids appear only in the details.

#include "report_view.h"

#include <QCoreApplication>
#include <QString>

namespace certphoto::app {

class FindingText {
    Q_DECLARE_TR_FUNCTIONS(certphoto::app::FindingText)
public:
    static QString sentence(const ReportFinding& finding);
    // The raw facts for the details view: check id, reason code, the core's limit and note.
    static QString details(const ReportFinding& finding);
    // A number in the current locale, with as many decimals as it needs.
    static QString number(double value);
    // A value with its unit ("250 px", "42%", "7°"); shares of the frame as percentages.
    static QString withUnit(double value, const QString& unit);
    // What a band allows: "200–300 px", "at most 7°", "at least 500", "exactly 480 px".
    static QString band(const ReportMeasure& m, bool usual = false);
    // What was measured, for a check's main value or one of its parts.
    static QString quantity(const QString& checkId, const QString& part = {});
};

} // namespace certphoto::app
