#include <certphoto/export/zip_reader.h>
#include <certphoto/export/zip_writer.h>

#include <memory>

namespace certphoto::exporting {

namespace {

std::uint16_t u16(const QByteArray& b, qsizetype at) {
    return std::uint16_t(std::uint8_t(b[at]) | (std::uint8_t(b[at + 1]) << 8));
}
std::uint32_t u32(const QByteArray& b, qsizetype at) {
    return std::uint32_t(u16(b, at)) | (std::uint32_t(u16(b, at + 2)) << 16);
}
std::uint64_t u64(const QByteArray& b, qsizetype at) {
    return std::uint64_t(u32(b, at)) | (std::uint64_t(u32(b, at + 4)) << 32);
}

Error broken(const QString& what) {
    return makeError("zip.broken", ("not a readable ZIP archive: " + what).toStdString());
}

} // namespace

Result<ZipReader> ZipReader::open(const QString& path) {
    ZipReader z;
    z.file_ = std::make_unique<QFile>(path);
    if (!z.file_->open(QIODevice::ReadOnly))
        return makeError("zip.open", ("cannot open " + path + ": " + z.file_->errorString()).toStdString());
    const qint64 size = z.file_->size();
    if (size < 22)
        return broken(QStringLiteral("too short"));
    const qint64 tailStart = std::max<qint64>(0, size - (22 + 65535));
    z.file_->seek(tailStart);
    const QByteArray tail = z.file_->read(size - tailStart);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i)
        if (u32(tail, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return broken(QStringLiteral("no end of central directory"));
    std::uint64_t count = u16(tail, eocd + 10);
    std::uint64_t cdSize = u32(tail, eocd + 12);
    std::uint64_t cdStart = u32(tail, eocd + 16);
    if (eocd >= 20 && u32(tail, eocd - 20) == 0x07064b50) {
        const std::uint64_t at = u64(tail, eocd - 20 + 8);
        z.file_->seek(qint64(at));
        const QByteArray rec = z.file_->read(56);
        if (rec.size() != 56 || u32(rec, 0) != 0x06064b50)
            return broken(QStringLiteral("bad ZIP64 end record"));
        count = u64(rec, 32);
        cdSize = u64(rec, 40);
        cdStart = u64(rec, 48);
    }
    if (cdStart + cdSize > std::uint64_t(size) || cdSize > 512u * 1024 * 1024)
        return broken(QStringLiteral("central directory out of the file"));
    z.file_->seek(qint64(cdStart));
    const QByteArray cd = z.file_->read(qint64(cdSize));
    qsizetype p = 0;
    for (std::uint64_t k = 0; k < count; ++k) {
        if (p + 46 > cd.size() || u32(cd, p) != 0x02014b50)
            return broken(QStringLiteral("central directory entry %1").arg(k));
        ZipEntry e;
        e.method = u16(cd, p + 10);
        e.crc = u32(cd, p + 16);
        const std::uint32_t csize = u32(cd, p + 20);
        e.size = u32(cd, p + 24);
        const std::uint16_t nameLen = u16(cd, p + 28), extraLen = u16(cd, p + 30),
                            commentLen = u16(cd, p + 32);
        e.offset = u32(cd, p + 42);
        if (p + 46 + nameLen + extraLen + commentLen > cd.size())
            return broken(QStringLiteral("central directory entry %1").arg(k));
        e.name = QString::fromUtf8(cd.mid(p + 46, nameLen));
        // ZIP64 extra: the fields that are all ones, in order usize, csize, offset.
        qsizetype x = p + 46 + nameLen;
        const qsizetype xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
            const std::uint16_t tag = u16(cd, x), len = u16(cd, x + 2);
            qsizetype f = x + 4;
            if (tag == 0x0001) {
                if (e.size == 0xFFFFFFFFu && f + 8 <= x + 4 + len) {
                    e.size = u64(cd, f);
                    f += 8;
                }
                if (csize == 0xFFFFFFFFu && f + 8 <= x + 4 + len)
                    f += 8;
                if (e.offset == 0xFFFFFFFFu && f + 8 <= x + 4 + len)
                    e.offset = u64(cd, f);
            }
            x += 4 + len;
        }
        z.entries_.push_back(std::move(e));
        p += 46 + nameLen + extraLen + commentLen;
    }
    return z;
}

Result<QByteArray> ZipReader::read(const ZipEntry& e) {
    if (e.method != 0)
        return makeError("zip.method",
                         ("entry " + e.name + " is compressed; only stored entries are read").toStdString());
    if (!file_->seek(qint64(e.offset)))
        return broken(QStringLiteral("entry %1 out of the file").arg(e.name));
    const QByteArray h = file_->read(30);
    if (h.size() != 30 || u32(h, 0) != 0x04034b50)
        return broken(QStringLiteral("local header of %1").arg(e.name));
    const qint64 dataAt = qint64(e.offset) + 30 + u16(h, 26) + u16(h, 28);
    if (e.size > std::uint64_t(file_->size()) || !file_->seek(dataAt))
        return broken(QStringLiteral("entry %1 out of the file").arg(e.name));
    QByteArray data = file_->read(qint64(e.size));
    if (std::uint64_t(data.size()) != e.size)
        return broken(QStringLiteral("entry %1 is cut short").arg(e.name));
    if (crc32Of(data.constData(), std::size_t(data.size())) != e.crc)
        return makeError("zip.crc", ("entry " + e.name + " fails its CRC-32").toStdString());
    return data;
}

} // namespace certphoto::exporting
