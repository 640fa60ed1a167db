#pragma once
// A small deterministic ZIP writer: "stored" entries only (photos are JPEG already), fixed timestamp,
// fixed permissions (0644, made on Unix), UTF-8 names, no extra fields, no comments; ZIP64 records only
// when the archive needs them (over 65,535 entries or 4 GiB). Entries go out as they are added (streamed:
// nothing but the central directory's list stays in memory); the caller adds them in name order.

#include <certphoto/result/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace certphoto::exporting {

// Where the archive's bytes go, in order.
using ByteSink = std::function<Result<void>(const char* data, std::size_t size)>;

class ZipWriter {
public:
    // `timestamp`: every entry's modification time (written as Beijing time, UTC+8, 2-second steps).
    ZipWriter(ByteSink sink, const QDateTime& timestamp, bool forceZip64 = false);

    // An entry; names must come in strictly increasing byte order (zip.order otherwise).
    Result<void> add(const QString& name, const char* data, std::size_t size);
    Result<void> add(const QString& name, const QByteArray& data) {
        return add(name, data.constData(), std::size_t(data.size()));
    }
    // An entry whose bytes (`size` of them, with CRC-32 `crc`, known beforehand) `produce` writes into the
    // sink it is given, in as many pieces as it likes.
    Result<void> addStreamed(const QString& name, std::uint64_t size, std::uint32_t crc,
                             const std::function<Result<void>(const ByteSink&)>& produce);
    // The central directory and the end records. Nothing may be added after.
    Result<void> finish();

    std::uint64_t bytesWritten() const { return offset_; }

private:
    struct Entry {
        QByteArray name;
        std::uint32_t crc = 0;
        std::uint64_t size = 0;
        std::uint64_t offset = 0;
    };
    Result<void> put(const QByteArray& bytes);
    Result<void> put(const char* data, std::size_t size);
    Result<void> header(const QByteArray& utf8, std::uint32_t crc, std::uint64_t size);

    ByteSink sink_;
    std::uint16_t dosTime_ = 0, dosDate_ = 0;
    bool forceZip64_ = false;
    bool finished_ = false;
    std::uint64_t offset_ = 0;
    std::vector<Entry> entries_;
};

std::uint32_t crc32Of(const char* data, std::size_t size);
std::uint32_t crc32Update(std::uint32_t crc, const char* data, std::size_t size); // crc32Of in pieces, from 0

} // namespace certphoto::exporting
