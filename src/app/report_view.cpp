// The stored report read through the core's own reader (core::reportFromJson, the code beside the writer),
// then turned into Qt types for drawing and listing.
#include "report_view.h"

#include <algorithm>
#include <cmath>

namespace certphoto::app {

QStringList ReportView::failingReasons() const {
    QStringList out;
    for (const ReportFinding& f : findings)
        if (f.status == u"fail" && !f.reason.isEmpty() && !out.contains(f.reason))
            out << f.reason;
    return out;
}

const ReportMeasure* ReportFinding::part(const QString& name) const {
    for (const ReportMeasure& m : parts)
        if (m.name == name)
            return &m;
    return nullptr;
}

const ReportFinding* ReportView::finding(const QString& id) const {
    for (const ReportFinding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

template <typename T> ReportMeasure measure(const T& m, const std::string& name, core::Status status) {
    ReportMeasure out;
    out.name = text(name);
    out.hasValue = std::isfinite(m.value);
    out.value = out.hasValue ? m.value : 0.0;
    out.unit = text(m.unit);
    out.min = m.min;
    out.max = m.max;
    out.warnMin = m.warnMin;
    out.warnMax = m.warnMax;
    out.status = QString::fromLatin1(core::statusName(status));
    return out;
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
    r.verdict = QString::fromLatin1(core::verdictName(report->verdict));
    // Reports of cores before 1.2 carry no limits as data (no finding has a unit or a band): the window
    // words their limit text instead. From 1.2 on every finding's limit is data, even without a unit.
    const bool withBands =
        std::any_of(report->findings.begin(), report->findings.end(), [](const core::Finding& f) {
            return !f.unit.empty() || f.min || f.max || f.warnMin || f.warnMax;
        });
    r.profile = text(report->profile);
    for (const core::Finding& cf : report->findings) {
        ReportFinding f;
        f.id = text(cf.id);
        f.status = QString::fromLatin1(core::statusName(cf.status));
        f.hasValue = std::isfinite(cf.value);
        f.value = f.hasValue ? cf.value : 0.0;
        f.limit = text(cf.limit);
        f.reason = text(cf.reason);
        f.detail = text(cf.detail);
        f.hasBand = withBands;
        f.main = measure(cf, {}, cf.status);
        f.cause = text(cf.cause);
        for (const core::Measure& m : cf.parts)
            f.parts << measure(m, m.name, m.status);
        r.findings << f;
    }
    r.size = QSize(report->width, report->height);
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
