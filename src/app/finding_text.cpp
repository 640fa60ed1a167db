#include "finding_text.h"

#include "findings_view.h"

#include <QLocale>

#include <cmath>

namespace certphoto::app {
namespace {

bool above(const ReportMeasure& m, const std::optional<double>& hi) {
    return m.hasValue && hi && m.value > *hi;
}
bool below(const ReportMeasure& m, const std::optional<double>& lo) {
    return m.hasValue && lo && m.value < *lo;
}

} // namespace

QString FindingText::number(double v) {
    const double a = std::fabs(v);
    if (v == std::floor(v) && a < 1e9)
        return QLocale().toString(qint64(v));
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    QString s = QLocale().toString(v, 'f', decimals);
    // 0.50 reads as 0.5
    const QChar point = QLocale().decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

namespace {

// The unit's pattern around a number ("%1 px", "ΔE %1"), and the number as shown (shares as percentages).
QString unitPattern(const QString& unit) {
    if (unit == u"px")
        return FindingText::tr("%1 px");
    if (unit == u"KB")
        return FindingText::tr("%1 KB");
    if (unit == u"deg")
        return FindingText::tr("%1°");
    if (unit == u"frame_height" || unit == u"percent")
        return FindingText::tr("%1%");
    if (unit == u"per_mille")
        return FindingText::tr("%1‰");
    if (unit == u"dE")
        return FindingText::tr("ΔE %1");
    if (unit == u"dL*")
        return FindingText::tr("ΔL* %1");
    if (unit == u"L*")
        return FindingText::tr("L* %1");
    if (unit == u"bit")
        return FindingText::tr("%1 bit");
    if (unit == u"eye_distance")
        return FindingText::tr("%1% of the eye distance");
    if (unit == u"cheek_lightness")
        return FindingText::tr("%1% of the cheeks' lightness");
    return QStringLiteral("%1"); // score, count, index, ratio, components: plain numbers
}

QString shown(double v, const QString& unit) {
    const bool share = unit == u"frame_height" || unit == u"eye_distance" || unit == u"cheek_lightness";
    return FindingText::number(share ? std::round(v * 1000) / 10 : v);
}

} // namespace

QString FindingText::withUnit(double v, const QString& unit) {
    return unitPattern(unit).arg(shown(v, unit));
}

QString FindingText::band(const ReportMeasure& m, bool usual) {
    const std::optional<double>& lo = usual ? m.warnMin : m.min;
    const std::optional<double>& hi = usual ? m.warnMax : m.max;
    if (lo && hi && *lo == *hi)
        return tr("exactly %1").arg(withUnit(*lo, m.unit));
    if (lo && hi) // the unit once: "200–300 px"
        return unitPattern(m.unit).arg(tr("%1–%2").arg(shown(*lo, m.unit), shown(*hi, m.unit)));
    if (hi)
        return tr("at most %1").arg(withUnit(*hi, m.unit));
    if (lo)
        return tr("at least %1").arg(withUnit(*lo, m.unit));
    return {};
}

QString FindingText::quantity(const QString& id, const QString& part) {
    if (!part.isEmpty()) {
        static const struct {
            const char* part;
            const char* text;
        } parts[] = {
            {"offset", QT_TR_NOOP("The head's distance from the centre line (share of the photo's width)")},
            {"yaw", QT_TR_NOOP("The head's turn to one side (0 = straight on)")},
            {"skin_hue", QT_TR_NOOP("The skin's hue")},
            {"skin_chroma", QT_TR_NOOP("The skin's colour strength (chroma)")},
            {"coverage", QT_TR_NOOP("The plain background's share of the area around the head")},
            {"shoulder_ratio", QT_TR_NOOP("The darker shoulder's lightness against the lighter one's")},
            {"spots", QT_TR_NOOP("Glare spots")},
            {"teeth", QT_TR_NOOP("Visible teeth (share of the mouth)")},
            {"width", QT_TR_NOOP("The photo's width")},
            {"height", QT_TR_NOOP("The photo's height")},
        };
        for (const auto& p : parts)
            if (part == QLatin1String(p.part))
                return tr(p.text);
        return part;
    }
    static const struct {
        const char* id;
        const char* text;
    } mains[] = {
        {"file.size", QT_TR_NOOP("The file's size")},
        {"face.count", QT_TR_NOOP("Faces found")},
        {"head.size", QT_TR_NOOP("The head's height (crown to chin) as a share of the photo's height")},
        {"head.position", QT_TR_NOOP("The crown's distance from the top edge")},
        {"head.tilt", QT_TR_NOOP("The head's sideways tilt")},
        {"eyes.line", QT_TR_NOOP("The eyes' distance from the top edge")},
        {"face.width", QT_TR_NOOP("The face's width (cheek to cheek)")},
        {"background.color",
         QT_TR_NOOP("The background's colour difference from the nearest accepted colour")},
        {"background.uniformity", QT_TR_NOOP("The largest colour difference across the background")},
        {"glare.spots", QT_TR_NOOP("Glare on the face (share of the face's area)")},
        {"image.sharpness", QT_TR_NOOP("The face's sharpness score")},
        {"image.exposure", QT_TR_NOOP("The face's lightness (0 black to 100 white)")},
        {"lighting.balance", QT_TR_NOOP("The lightness difference between the two cheeks")},
        {"image.color", QT_TR_NOOP("The colour cast skin and background share")},
        {"clothing.contrast", QT_TR_NOOP("The clothing's colour difference from the background")},
    };
    for (const auto& m : mains)
        if (id == QLatin1String(m.id))
            return tr(m.text);
    return checkLabel(id);
}

namespace {

// One measured quantity held against its band, as a sentence.
QString measureSentence(const QString& what, const ReportMeasure& m) {
    if (!m.hasValue)
        return FindingText::tr("%1 could not be measured.").arg(what);
    const QString v = FindingText::withUnit(m.value, m.unit);
    if (m.min && m.max && *m.min == *m.max && m.value != *m.min)
        return FindingText::tr("%1 is %2; it must be %3.")
            .arg(what, v, FindingText::withUnit(*m.min, m.unit));
    if (above(m, m.max))
        return FindingText::tr("%1 is %2, over the limit of %3.")
            .arg(what, v, FindingText::withUnit(*m.max, m.unit));
    if (below(m, m.min))
        return FindingText::tr("%1 is %2, under the limit of %3.")
            .arg(what, v, FindingText::withUnit(*m.min, m.unit));
    // Outside the usual band: "more than the usual 9", or with both ends "more than usual (usually 20–40
    // KB)".
    if (above(m, m.warnMax) || below(m, m.warnMin)) {
        const bool high = above(m, m.warnMax);
        if (m.warnMin && m.warnMax)
            return (high ? FindingText::tr("%1 is %2, more than usual (usually %3).")
                         : FindingText::tr("%1 is %2, less than usual (usually %3)."))
                .arg(what, v, FindingText::band(m, true));
        return (high ? FindingText::tr("%1 is %2, more than the usual %3.")
                     : FindingText::tr("%1 is %2, less than the usual %3."))
            .arg(what, v, FindingText::withUnit(high ? *m.warnMax : *m.warnMin, m.unit));
    }
    const QString allowed = FindingText::band(m);
    if (allowed.isEmpty())
        return FindingText::tr("%1: %2.").arg(what, v);
    return FindingText::tr("%1 is %2 (allowed: %3).").arg(what, v, allowed);
}

QString fileFormat(const ReportFinding& f) {
    const QString& c = f.cause;
    if (f.status == u"pass")
        return FindingText::tr("A JPEG in 24-bit colour, as required.");
    if (c == u"empty")
        return FindingText::tr("The file is empty; a JPEG in 24-bit colour is required.");
    if (c == u"unreadable")
        return FindingText::tr("The file could not be read.");
    if (c.startsWith(u"not_jpeg.")) // the format's own name (PNG, GIF) needs no translation
        return FindingText::tr("The file is a %1 image, not a JPEG; a JPEG in 24-bit colour is required.")
            .arg(c.mid(9));
    if (c == u"not_jpeg")
        return FindingText::tr("The file is not an image format the program knows; a JPEG is required.");
    if (c == u"components") {
        const int n = int(f.main.value);
        if (n == 1)
            return FindingText::tr("The JPEG is greyscale; 24-bit colour is required.");
        if (n == 4)
            return FindingText::tr("The JPEG is in CMYK (for print); 24-bit RGB colour is required.");
        return FindingText::tr("The JPEG has %1 colour components; 3 (24-bit colour) are required.").arg(n);
    }
    if (c == u"bit_depth")
        return FindingText::tr("The JPEG has %1 bits per colour; 8 are required.")
            .arg(FindingText::number(f.main.value));
    return FindingText::tr("The file is not a JPEG in 24-bit colour.");
}

QString specialSentence(const ReportFinding& f) {
    if (f.id == u"file.format")
        return fileFormat(f);
    if (f.id == u"image.decode") {
        if (f.status == u"pass")
            return FindingText::tr("The image data is complete.");
        if (f.cause == u"analysis")
            return FindingText::tr("The photo could not be analyzed; judge it by eye.");
        return FindingText::tr(
            "The image data is incomplete or damaged: the photo does not decode completely.");
    }
    if (f.id == u"image.dimensions") {
        const ReportMeasure* w = f.part(QStringLiteral("width"));
        const ReportMeasure* h = f.part(QStringLiteral("height"));
        if (!w || !h)
            return {};
        const QString size =
            FindingText::tr("%1 × %2 px").arg(FindingText::number(w->value), FindingText::number(h->value));
        if (f.status == u"pass")
            return FindingText::tr("The photo is %1, as required.").arg(size);
        if (w->min && w->max && h->min && h->max)
            return FindingText::tr("The photo is %1; it must be %2.")
                .arg(size, FindingText::tr("%1 × %2 px")
                               .arg(FindingText::number(*w->min), FindingText::number(*h->min)));
        return FindingText::tr("The photo is %1; it must be at least %2.")
            .arg(size,
                 FindingText::tr("%1 × %2 px")
                     .arg(FindingText::number(w->min.value_or(0)), FindingText::number(h->min.value_or(0))));
    }
    if (f.id == u"face.count") {
        if (f.cause == u"detector")
            return FindingText::tr("The face finder could not run; count the faces by eye.");
        if (!f.main.hasValue)
            return {};
        const int n = int(f.main.value);
        if (n == 1)
            return FindingText::tr("One face found, as required.");
        if (n == 0)
            return FindingText::tr("No face found; exactly one is required.");
        return FindingText::tr("%1 faces found; exactly one is required.").arg(n);
    }
    if (f.id == u"clothing.contrast" && f.cause == u"no_clothing")
        return FindingText::tr("No clothing in the photo to compare with the background.");
    return {};
}

} // namespace

QString FindingText::sentence(const ReportFinding& f) {
    if (!f.hasBand) {
        // A report from a core before limits came as data: the value alone, the limit in the details.
        const QString what = quantity(f.id);
        if (!f.hasValue)
            return tr("%1 could not be measured.").arg(what);
        return tr("%1: %2 (the limit is in the details).").arg(what, number(f.value));
    }
    if (QString s = specialSentence(f); !s.isEmpty())
        return s;
    QStringList out;
    // What decided it comes first; then the main value, then any other part out of its band.
    const ReportMeasure* cause = f.cause.isEmpty() ? nullptr : f.part(f.cause);
    if (cause)
        out << measureSentence(quantity(f.id, cause->name), *cause);
    out << measureSentence(quantity(f.id), f.main);
    for (const ReportMeasure& m : f.parts) {
        if (&m == cause)
            continue;
        if (m.name == u"spots" && m.hasValue && m.value > 0)
            out << tr("Glare spots: %1.").arg(number(m.value));
        else if (m.status == u"fail" || m.status == u"warn")
            out << measureSentence(quantity(f.id, m.name), m);
    }
    // Chinese sentences follow each other without a space.
    return out.join(QLocale().language() == QLocale::Chinese ? QString() : QStringLiteral(" "));
}

QString FindingText::details(const ReportFinding& f) {
    QStringList lines;
    lines << tr("Check: %1").arg(f.id);
    if (!f.reason.isEmpty())
        lines << tr("Reason code: %1").arg(f.reason);
    if (!f.limit.isEmpty() && f.limit != u"-")
        lines << tr("Core limit: %1").arg(f.limit);
    if (!f.cause.isEmpty())
        lines << tr("Cause: %1").arg(f.cause);
    if (!f.detail.isEmpty())
        lines << tr("Core note: %1").arg(f.detail);
    return lines.join(u'\n');
}

} // namespace certphoto::app
