#include <certphoto/export/print_sheet.h>

#include <cmath>

namespace certphoto::exporting {

namespace {

constexpr double kPt = 72.0 / 25.4;                                    // points per mm
constexpr double kMargin = 12 * kPt, kGap = 8 * kPt, kText = 11 * kPt; // text below the crop marks

QByteArray num(double v) {
    return QByteArray::number(std::round(v * 100) / 100, 'f', 2);
}

// UTF-16BE hex for the UniGB-UCS2-H encoding (characters outside the BMP become '?').
QByteArray hexText(const QString& s) {
    QByteArray out("<");
    for (QChar c : s) {
        const ushort u = c.isSurrogate() ? ushort('?') : c.unicode();
        out += QByteArray::number(u, 16).rightJustified(4, '0');
    }
    return out + ">";
}

} // namespace

PrintSheetWriter::PrintSheetWriter(ByteSink sink, const std::string& paper, double wMm, double hMm)
    : sink_(std::move(sink)), photoW_(wMm * kPt), photoH_(hMm * kPt) {
    if (paper == "6inch") {
        pageW_ = 152.4 * kPt;
        pageH_ = 101.6 * kPt;
    } else {
        pageW_ = 210 * kPt;
        pageH_ = 297 * kPt;
    }
    cols_ = std::max(1, int((pageW_ - 2 * kMargin + kGap) / (photoW_ + kGap)));
    rows_ = std::max(1, int((pageH_ - 2 * kMargin + kGap) / (photoH_ + kText + kGap)));
}

Result<void> PrintSheetWriter::put(const QByteArray& b) {
    if (auto r = sink_(b.constData(), std::size_t(b.size())); !r)
        return r;
    offset_ += std::uint64_t(b.size());
    return {};
}

Result<int> PrintSheetWriter::object(const QByteArray& body) {
    const int n = nextObject_++;
    if (offsets_.size() < std::size_t(n))
        offsets_.resize(std::size_t(n), 0);
    offsets_[std::size_t(n - 1)] = offset_;
    if (auto r = put(QByteArray::number(n) + " 0 obj\n" + body + "\nendobj\n"); !r)
        return r.error();
    return n;
}

Result<void> PrintSheetWriter::begin() {
    if (auto r = put("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"); !r)
        return r;
    // The font, object 3: the reader's Song face for Chinese (Adobe-GB1), nothing embedded.
    nextObject_ = 3;
    auto font =
        object("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               "/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
               "/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 "
               "/StemV 93 >> /DW 1000 /W [1 95 500] >>] >>"); // Latin half width
    if (!font)
        return font.error();
    return {};
}

Result<void> PrintSheetWriter::addPhoto(const QByteArray& jpeg, int w, int h, const QString& name,
                                        const QString& number) {
    auto image = object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(w) + " /Height " +
                        QByteArray::number(h) +
                        " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length " +
                        QByteArray::number(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream");
    if (!image)
        return image.error();
    onPage_.push_back({*image, name, number});
    if (int(onPage_.size()) == perPage())
        return flushPage();
    return {};
}

Result<void> PrintSheetWriter::flushPage() {
    if (onPage_.empty())
        return {};
    QByteArray content, resources = "<< /Font << /F1 3 0 R >> /XObject <<";
    const double mark = 3 * kPt, off = 1 * kPt;
    for (std::size_t i = 0; i < onPage_.size(); ++i) {
        const int col = int(i) % cols_, row = int(i) / cols_;
        const double left = (pageW_ - (cols_ * photoW_ + (cols_ - 1) * kGap)) / 2; // the grid centred
        const double x = left + col * (photoW_ + kGap);
        const double top = pageH_ - kMargin - row * (photoH_ + kText + kGap);
        const double y = top - photoH_;
        const QByteArray im = "/Im" + QByteArray::number(i);
        resources += " " + im + " " + QByteArray::number(onPage_[i].image) + " 0 R";
        content += "q " + num(photoW_) + " 0 0 " + num(photoH_) + " " + num(x) + " " + num(y) + " cm " + im +
                   " Do Q\n";
        // Crop marks: short lines off each corner, along both edges.
        content += "q 0.25 w 0 G\n";
        for (double cx : {x, x + photoW_})
            for (double cy : {y, y + photoH_}) {
                const double dx = cx == x ? -1 : 1, dy = cy == y ? -1 : 1;
                content += num(cx + dx * off) + " " + num(cy) + " m " + num(cx + dx * (off + mark)) + " " +
                           num(cy) + " l S\n";
                content += num(cx) + " " + num(cy + dy * off) + " m " + num(cx) + " " +
                           num(cy + dy * (off + mark)) + " l S\n";
            }
        content += "Q\n";
        content += "BT /F1 7 Tf " + num(x) + " " + num(y - 6.5 * kPt) + " Td " + hexText(onPage_[i].name) +
                   " Tj ET\n";
        content += "BT /F1 6 Tf " + num(x) + " " + num(y - 9.5 * kPt) + " Td " + hexText(onPage_[i].number) +
                   " Tj ET\n";
    }
    resources += " >> >>";
    auto stream =
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream");
    if (!stream)
        return stream.error();
    auto page = object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(pageW_) + " " + num(pageH_) +
                       "] /Resources " + resources + " /Contents " + QByteArray::number(*stream) + " 0 R >>");
    if (!page)
        return page.error();
    pages_.push_back(*page);
    onPage_.clear();
    return {};
}

Result<void> PrintSheetWriter::finish() {
    if (auto r = flushPage(); !r)
        return r;
    QByteArray kids;
    for (int p : pages_)
        kids += QByteArray::number(p) + " 0 R ";
    // Objects 1 and 2 last: they list what came before.
    const int saved = nextObject_;
    nextObject_ = 2;
    if (auto r = object("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                        QByteArray::number(pages_.size()) + " >>");
        !r)
        return r.error();
    nextObject_ = 1;
    if (auto r = object("<< /Type /Catalog /Pages 2 0 R >>"); !r)
        return r.error();
    nextObject_ = saved;
    const std::uint64_t xref = offset_;
    QByteArray table = "xref\n0 " + QByteArray::number(offsets_.size() + 1) + "\n0000000000 65535 f \n";
    for (std::uint64_t o : offsets_)
        table += QByteArray::number(qulonglong(o)).rightJustified(10, '0') + " 00000 n \n";
    table += "trailer\n<< /Size " + QByteArray::number(offsets_.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
             QByteArray::number(qulonglong(xref)) + "\n%%EOF\n";
    return put(table);
}

} // namespace certphoto::exporting
