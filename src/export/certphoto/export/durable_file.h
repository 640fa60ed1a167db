#pragma once
// A file that appears at its destination complete or not at all. It is written as an unnamed temporary
// file in the destination folder (Linux O_TMPFILE): a cancel or a crash at any moment leaves nothing
// behind. commit() fsyncs it, links it in under its name (never replacing a file) and fsyncs the folder,
// so the name survives a power cut. Where the file system has no O_TMPFILE, a hidden ".<name>.partial"
// file is used and renamed instead; a crash can leave that one, and removeLeftovers() takes it away.

#include <certphoto/result/result.h>

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace certphoto::exporting {

class DurableFile {
public:
    // A new temporary file in `folder` that commit() will name `fileName`.
    static Result<DurableFile> create(const QString& folder, const QString& fileName);
    DurableFile(DurableFile&& other) noexcept;
    DurableFile& operator=(DurableFile&&) = delete;
    DurableFile(const DurableFile&) = delete;
    ~DurableFile(); // not committed: the file goes

    Result<void> write(const char* data, std::size_t size);
    Result<QByteArray> readAt(std::uint64_t offset, std::size_t size) const;
    std::uint64_t size() const { return size_; }
    Result<void> commit();
    QString finalPath() const;

private:
    DurableFile() = default;
    int fd_ = -1;
    QString folder_, fileName_, partialPath_; // partialPath_: only without O_TMPFILE
    std::uint64_t size_ = 0;
    bool committed_ = false;
};

// Removes `folder/fileName` (a file a dead builder linked in before its batch was sealed) and the hidden
// ".partial" files of the archive and its spools, then fsyncs the folder. Missing files are fine.
Result<void> removeLeftovers(const QString& folder, const QString& fileName);

} // namespace certphoto::exporting
