#include <certphoto/export/zip_writer.h>

#include <QTimeZone>

#include <limits>
#include <zlib.h>

namespace certphoto::exporting {

namespace {

constexpr std::uint32_t kMax32 = 0xFFFFFFFFu;
constexpr std::uint16_t kMax16 = 0xFFFFu;
constexpr std::uint16_t kUtf8Names = 0x0800;
constexpr std::uint16_t kMadeByUnix = (3u << 8) | 45u;
constexpr std::uint32_t kFileMode = 0100644u << 16;

void le16(QByteArray& b, std::uint16_t v) {
    b.append(char(v & 0xFF)).append(char(v >> 8));
}
void le32(QByteArray& b, std::uint32_t v) {
    le16(b, std::uint16_t(v & 0xFFFF));
    le16(b, std::uint16_t(v >> 16));
}
void le64(QByteArray& b, std::uint64_t v) {
    le32(b, std::uint32_t(v & kMax32));
    le32(b, std::uint32_t(v >> 32));
}

} // namespace

std::uint32_t crc32Of(const char* data, std::size_t size) {
    return crc32Update(0, data, size);
}

std::uint32_t crc32Update(std::uint32_t start, const char* data, std::size_t size) {
    uLong crc = start;
    while (size > 0) {
        const uInt chunk = uInt(std::min<std::size_t>(size, std::numeric_limits<uInt>::max()));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data), chunk);
        data += chunk;
        size -= chunk;
    }
    return std::uint32_t(crc);
}

ZipWriter::ZipWriter(ByteSink sink, const QDateTime& timestamp, bool forceZip64)
    : sink_(std::move(sink)), forceZip64_(forceZip64) {
    // DOS time has no zone: the receivers are in China, so Beijing time.
    const QDateTime t = timestamp.toTimeZone(QTimeZone(8 * 3600));
    const QDate d = t.date();
    const QTime tm = t.time();
    dosDate_ = std::uint16_t(((std::max(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    dosTime_ = std::uint16_t((tm.hour() << 11) | (tm.minute() << 5) | (tm.second() / 2));
}

Result<void> ZipWriter::put(const char* data, std::size_t size) {
    if (auto r = sink_(data, size); !r)
        return r;
    offset_ += size;
    return {};
}

Result<void> ZipWriter::put(const QByteArray& bytes) {
    return put(bytes.constData(), std::size_t(bytes.size()));
}

Result<void> ZipWriter::header(const QByteArray& utf8, std::uint32_t crc, std::uint64_t size) {
    if (finished_)
        return makeError("zip.finished", "the archive is finished");
    if (utf8.isEmpty() || utf8.size() > 4096)
        return makeError("zip.name", "an entry needs a name of at most 4096 bytes");
    if (!entries_.empty() && !(entries_.back().name < utf8))
        return makeError("zip.order", "archive entries must be added in name order without repeats");
    if (size >= kMax32)
        return makeError("zip.entry_size", "an entry of 4 GiB or more is not supported");
    entries_.push_back(Entry{utf8, crc, size, offset_});
    QByteArray h;
    le32(h, 0x04034b50);
    le16(h, 20); // version needed: stored entries, sizes in the header
    le16(h, kUtf8Names);
    le16(h, 0); // stored
    le16(h, dosTime_);
    le16(h, dosDate_);
    le32(h, crc);
    le32(h, std::uint32_t(size));
    le32(h, std::uint32_t(size));
    le16(h, std::uint16_t(utf8.size()));
    le16(h, 0); // no extra field
    h.append(utf8);
    return put(h);
}

Result<void> ZipWriter::add(const QString& name, const char* data, std::size_t size) {
    if (auto r = header(name.toUtf8(), crc32Of(data, size), size); !r)
        return r;
    return put(data, size);
}

Result<void> ZipWriter::addStreamed(const QString& name, std::uint64_t size, std::uint32_t crc,
                                    const std::function<Result<void>(const ByteSink&)>& produce) {
    if (auto r = header(name.toUtf8(), crc, size); !r)
        return r;
    const std::uint64_t start = offset_;
    if (auto r = produce([this](const char* d, std::size_t n) { return put(d, n); }); !r)
        return r;
    if (offset_ - start != size)
        return makeError("zip.entry_size", "a streamed entry was not the size announced");
    return {};
}

Result<void> ZipWriter::finish() {
    if (finished_)
        return makeError("zip.finished", "the archive is finished");
    finished_ = true;
    const std::uint64_t cdStart = offset_;
    for (const Entry& e : entries_) {
        const bool far = forceZip64_ || e.offset >= kMax32;
        QByteArray h;
        le32(h, 0x02014b50);
        le16(h, kMadeByUnix);
        le16(h, far ? 45 : 20);
        le16(h, kUtf8Names);
        le16(h, 0);
        le16(h, dosTime_);
        le16(h, dosDate_);
        le32(h, e.crc);
        le32(h, std::uint32_t(e.size));
        le32(h, std::uint32_t(e.size));
        le16(h, std::uint16_t(e.name.size()));
        le16(h, far ? 12 : 0); // the ZIP64 extra field only where the offset needs it
        le16(h, 0);            // no comment
        le16(h, 0);            // disk 0
        le16(h, 0);            // internal attributes
        le32(h, kFileMode);
        le32(h, far ? kMax32 : std::uint32_t(e.offset));
        h.append(e.name);
        if (far) {
            le16(h, 0x0001);
            le16(h, 8);
            le64(h, e.offset);
        }
        if (auto r = put(h); !r)
            return r;
    }
    const std::uint64_t cdSize = offset_ - cdStart;
    const std::uint64_t count = entries_.size();
    const bool zip64 = forceZip64_ || count >= kMax16 || cdStart >= kMax32 || cdSize >= kMax32;
    QByteArray end;
    if (zip64) {
        const std::uint64_t eocd64 = offset_;
        le32(end, 0x06064b50);
        le64(end, 44);
        le16(end, kMadeByUnix);
        le16(end, 45);
        le32(end, 0);
        le32(end, 0);
        le64(end, count);
        le64(end, count);
        le64(end, cdSize);
        le64(end, cdStart);
        le32(end, 0x07064b50);
        le32(end, 0);
        le64(end, eocd64);
        le32(end, 1);
    }
    le32(end, 0x06054b50);
    le16(end, 0);
    le16(end, 0);
    le16(end, zip64 ? kMax16 : std::uint16_t(count));
    le16(end, zip64 ? kMax16 : std::uint16_t(count));
    le32(end, zip64 ? kMax32 : std::uint32_t(cdSize));
    le32(end, zip64 ? kMax32 : std::uint32_t(cdStart));
    le16(end, 0);
    return put(end);
}

} // namespace certphoto::exporting
