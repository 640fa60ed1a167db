#include "report_view.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
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

std::optional<double> optionalNumber(const QJsonObject& o, QStringView key) {
    const QJsonValue v = o.value(key);
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    return std::nullopt;
}

ReportMeasure measure(const QJsonObject& o) {
    ReportMeasure m;
    m.name = o.value(u"name").toString();
    const QJsonValue value = o.value(u"value");
    m.hasValue = value.isDouble() && std::isfinite(value.toDouble());
    m.value = m.hasValue ? value.toDouble() : 0.0;
    m.unit = o.value(u"unit").toString();
    m.min = optionalNumber(o, u"min");
    m.max = optionalNumber(o, u"max");
    m.warnMin = optionalNumber(o, u"warn_min");
    m.warnMax = optionalNumber(o, u"warn_max");
    m.status = o.value(u"status").toString();
    return m;
}

std::optional<QPointF> point(const QJsonValue& v) {
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        return std::nullopt;
    return QPointF(a[0].toDouble(), a[1].toDouble());
}

} // namespace

ReportView parseReport(const QByteArray& json) {
    ReportView r;
    if (json.trimmed().isEmpty())
        return r;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        r.parseError = error.errorString();
        return r;
    }
    const QJsonObject o = doc.object();
    r.present = true;
    r.verdict = o.value(u"verdict").toString();
    r.profile = o.value(u"profile").toString();
    for (const QJsonValue& cv : o.value(u"checks").toArray()) {
        const QJsonObject c = cv.toObject();
        ReportFinding f;
        f.id = c.value(u"id").toString();
        f.status = c.value(u"status").toString();
        const QJsonValue value = c.value(u"value");
        f.hasValue = value.isDouble() && std::isfinite(value.toDouble());
        f.value = f.hasValue ? value.toDouble() : 0.0;
        f.limit = c.value(u"limit").toVariant().toString();
        f.reason = c.value(u"reason").toString();
        f.detail = c.value(u"detail").toString();
        f.hasBand = c.contains(u"unit");
        f.main = measure(c);
        f.main.name.clear();
        f.main.status = f.status;
        f.cause = c.value(u"cause").toString();
        for (const QJsonValue& pv : c.value(u"parts").toArray())
            f.parts << measure(pv.toObject());
        r.findings << f;
    }
    r.size = QSize(o.value(u"width").toInt(), o.value(u"height").toInt());
    const QJsonArray box = o.value(u"head_box").toArray();
    if (box.size() == 4)
        r.headBox = QRect(box[0].toInt(), box[1].toInt(), box[2].toInt(), box[3].toInt());
    const QJsonObject marks = o.value(u"landmarks").toObject();
    for (auto it = marks.begin(); it != marks.end(); ++it)
        if (auto p = point(it.value()))
            r.landmarks.insert(it.key(), *p);
    for (const QJsonValue& gv : o.value(u"glare_spots").toArray()) {
        const QJsonArray g = gv.toArray();
        if (g.size() >= 3)
            r.glareSpots << ReportGlare{QPointF(g[0].toDouble(), g[1].toDouble()), g[2].toDouble()};
    }
    return r;
}

} // namespace certphoto::app
