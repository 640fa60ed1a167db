// The stored report read through the core's own reader (core::reportFromJson, the code beside the writer),
// then turned into Qt types for drawing and listing.
#include "report_view.h"

#include <cmath>

namespace certphoto::app {

QStringList ReportView::failingReasons() const {
    QStringList out;
    for (const ReportFinding& f : findings)
        if (f.status == core::Status::Fail && !f.reason.isEmpty() && !out.contains(f.reason))
            out << f.reason;
    return out;
}

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QString verdictName(core::Verdict v) {
    return v == core::Verdict::Pass     ? QStringLiteral("pass")
           : v == core::Verdict::Review ? QStringLiteral("review")
                                        : QStringLiteral("fail");
}

} // namespace

ReportView parseReport(const QByteArray& json) {
    ReportView r;
    if (json.trimmed().isEmpty())
        return r;
    auto report = core::reportFromJson(std::string_view(json.constData(), std::size_t(json.size())));
    if (!report) {
        r.parseError = text(report.error().message);
        return r;
    }
    r.present = true;
    r.verdict = verdictName(report->verdict);
    r.profile = text(report->profile);
    for (const core::Finding& cf : report->findings) {
        ReportFinding f;
        f.id = text(cf.id);
        f.status = cf.status;
        f.hasValue = std::isfinite(cf.value);
        f.value = f.hasValue ? cf.value : 0.0;
        f.limit = text(cf.limit);
        f.reason = text(cf.reason);
        f.detail = text(cf.detail);
        r.findings << f;
    }
    if (report->headBox)
        r.headBox = QRect(report->headBox->x, report->headBox->y, report->headBox->w, report->headBox->h);
    const core::Landmarks& l = report->landmarks;
    const std::pair<const char*, const std::optional<core::Point>*> marks[] = {
        {"left_eye", &l.leftEye}, {"right_eye", &l.rightEye}, {"nose", &l.nose},
        {"mouth", &l.mouth},      {"left_ear", &l.leftEar},   {"right_ear", &l.rightEar}};
    for (const auto& [name, p] : marks)
        if (*p && std::isfinite((*p)->x) && std::isfinite((*p)->y))
            r.landmarks.insert(QString::fromLatin1(name), QPointF((*p)->x, (*p)->y));
    for (const core::GlareSpot& g : report->glareSpots)
        if (std::isfinite(g.x) && std::isfinite(g.y) && std::isfinite(g.radius))
            r.glareSpots << ReportGlare{QPointF(g.x, g.y), g.radius};
    return r;
}

} // namespace certphoto::app
