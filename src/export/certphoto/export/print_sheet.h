#pragma once
// The print sheet (统一冲印) as a PDF written by hand, streamed: each photo's JPEG goes in as it is
// (DCTDecode) at its true printed size (33 x 48 mm by default), name and number under it, crop marks at its
// corners, on A4 or 6-inch (152 x 102 mm) paper. No timestamps: the same photos give the same bytes.
// Chinese text uses the reader's own STSong-Light (Adobe-GB1), so no font is embedded.

#include <certphoto/export/zip_writer.h>
#include <certphoto/result/result.h>

#include <QByteArray>
#include <QString>

#include <vector>

namespace certphoto::exporting {

class PrintSheetWriter {
public:
    PrintSheetWriter(ByteSink sink, const std::string& paper, double photoWidthMm, double photoHeightMm);
    Result<void> begin();
    // A JPEG (3 colour components) of `widthPx` x `heightPx`, with the two lines printed under it.
    Result<void> addPhoto(const QByteArray& jpeg, int widthPx, int heightPx, const QString& name,
                          const QString& number);
    Result<void> finish();
    int perPage() const { return cols_ * rows_; }

private:
    Result<void> put(const QByteArray& b);
    Result<int> object(const QByteArray& body); // writes "n 0 obj ... endobj", returns n
    Result<void> flushPage();

    ByteSink sink_;
    double pageW_ = 0, pageH_ = 0, photoW_ = 0, photoH_ = 0; // points
    int cols_ = 1, rows_ = 1;
    std::uint64_t offset_ = 0;
    std::vector<std::uint64_t> offsets_; // by object number - 1
    std::vector<int> pages_;
    struct Placed {
        int image;
        QString name, number;
    };
    std::vector<Placed> onPage_;
    int nextObject_ = 4; // 1 catalog, 2 pages, 3 font
};

} // namespace certphoto::exporting
