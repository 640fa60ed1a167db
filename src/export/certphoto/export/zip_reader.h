#pragma once
// Reads the ZIP archives the exporter writes (and any other ZIP with stored entries), for verify: the
// central directory (ZIP64 too), then each entry's bytes with its CRC-32 checked.

#include <certphoto/result/result.h>

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace certphoto::exporting {

struct ZipEntry {
    QString name;
    std::uint32_t crc = 0;
    std::uint64_t size = 0;   // uncompressed
    std::uint64_t offset = 0; // of its local header
    std::uint16_t method = 0; // 0 = stored
};

class ZipReader {
public:
    static Result<ZipReader> open(const QString& path);
    const std::vector<ZipEntry>& entries() const { return entries_; }
    // The entry's bytes, its CRC checked (zip.crc), stored entries only (zip.method).
    Result<QByteArray> read(const ZipEntry& entry);

    ZipReader(ZipReader&&) = default;

private:
    ZipReader() = default;
    std::unique_ptr<QFile> file_;
    std::vector<ZipEntry> entries_;
};

} // namespace certphoto::exporting
