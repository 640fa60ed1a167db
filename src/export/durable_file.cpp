#include <certphoto/export/durable_file.h>

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certphoto::exporting {

namespace {

Error ioError(const char* code, const QString& what) {
    return makeError(
        code, (what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))).toStdString());
}

QByteArray native(const QString& path) {
    return QFile::encodeName(path);
}

Result<void> syncFolder(const QString& folder) {
    const int d = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d < 0)
        return ioError("export.io", QStringLiteral("cannot open the folder %1").arg(folder));
    const int r = ::fsync(d);
    ::close(d);
    if (r != 0)
        return ioError("export.io", QStringLiteral("cannot sync the folder %1").arg(folder));
    return {};
}

} // namespace

Result<DurableFile> DurableFile::create(const QString& folder, const QString& fileName) {
    DurableFile f;
    f.folder_ = QDir(folder).absolutePath();
    f.fileName_ = fileName;
    if (!QFileInfo(f.folder_).isDir())
        return makeError("export.destination",
                         ("the destination folder does not exist: " + f.folder_).toStdString());
    if (QFileInfo::exists(f.finalPath()))
        return makeError("export.exists", ("the file exists already: " + f.finalPath()).toStdString());
    f.fd_ = ::open(native(f.folder_).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
    if (f.fd_ < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
        f.partialPath_ = f.folder_ + QStringLiteral("/.") + fileName + QStringLiteral(".partial");
        f.fd_ = ::open(native(f.partialPath_).constData(), O_CREAT | O_TRUNC | O_RDWR | O_CLOEXEC, 0644);
    }
    if (f.fd_ < 0)
        return ioError("export.io", QStringLiteral("cannot write in %1").arg(f.folder_));
    ::fchmod(f.fd_, 0644); // fixed permissions, whatever the umask
    return f;
}

DurableFile::DurableFile(DurableFile&& o) noexcept
    : fd_(o.fd_), folder_(std::move(o.folder_)), fileName_(std::move(o.fileName_)),
      partialPath_(std::move(o.partialPath_)), size_(o.size_), committed_(o.committed_) {
    o.fd_ = -1;
}

DurableFile::~DurableFile() {
    if (fd_ >= 0)
        ::close(fd_);
    if (!committed_ && !partialPath_.isEmpty())
        ::unlink(native(partialPath_).constData());
}

QString DurableFile::finalPath() const {
    return folder_ + QLatin1Char('/') + fileName_;
}

Result<void> DurableFile::write(const char* data, std::size_t n) {
    while (n > 0) {
        const ssize_t w = ::write(fd_, data, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return ioError("export.io", QStringLiteral("writing in %1").arg(folder_));
        }
        data += w;
        n -= std::size_t(w);
        size_ += std::uint64_t(w);
    }
    return {};
}

Result<QByteArray> DurableFile::readAt(std::uint64_t offset, std::size_t n) const {
    QByteArray out(qsizetype(n), Qt::Uninitialized);
    std::size_t done = 0;
    while (done < n) {
        const ssize_t r = ::pread(fd_, out.data() + done, n - done, off_t(offset + done));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return ioError("export.io", QStringLiteral("reading back in %1").arg(folder_));
        done += std::size_t(r);
    }
    return out;
}

Result<void> DurableFile::commit() {
    if (::fsync(fd_) != 0)
        return ioError("export.io", QStringLiteral("cannot sync %1").arg(finalPath()));
    const QByteArray target = native(finalPath());
    if (partialPath_.isEmpty()) {
        // Link the unnamed file in; linkat never replaces an existing name.
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd_);
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW) != 0)
            return ioError("export.io", QStringLiteral("cannot put %1 in place").arg(finalPath()));
    } else {
        if (::renameat2(AT_FDCWD, native(partialPath_).constData(), AT_FDCWD, target.constData(),
                        RENAME_NOREPLACE) != 0)
            return ioError("export.io", QStringLiteral("cannot put %1 in place").arg(finalPath()));
    }
    committed_ = true;
    return syncFolder(folder_);
}

Result<void> removeLeftovers(const QString& folder, const QString& fileName) {
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')))
        return {};
    bool removed = false;
    // The archive, and the hidden files of a file system without O_TMPFILE: its own and its spools'.
    const QStringList names{fileName, QStringLiteral(".") + fileName + QStringLiteral(".partial"),
                            QStringLiteral("..") + fileName + QStringLiteral(".spool.partial"),
                            QStringLiteral("..") + fileName + QStringLiteral(".pdf.spool.partial")};
    for (const QString& name : names) {
        const QByteArray path = native(folder + QLatin1Char('/') + name);
        if (::unlink(path.constData()) == 0)
            removed = true;
        else if (errno != ENOENT)
            return ioError("export.io", QStringLiteral("cannot remove a half-built batch in %1").arg(folder));
    }
    if (removed)
        return syncFolder(folder);
    return {};
}

} // namespace certphoto::exporting
