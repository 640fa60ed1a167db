#pragma once
// The one logger setup: Boost.Log to a rotating file in the user's log folder (CERTPHOTO_LOG_DIR
// overrides) plus stderr, Qt's own messages routed in, every record scrubbed of personal data.
// Attributes "User" and "Submission" travel with each record of the current thread.

#include <QString>

namespace certphoto::logging {

enum class Level { Debug, Info, Warning, Error };

// Call once at program start (after QCoreApplication exists). `program` names the log file. Records at
// `stderrFloor` and above also go to stderr (CERTPHOTO_LOG_QUIET raises it to Warning): command-line tools
// pass Level::Error, since they print what went wrong in their own words and the file keeps the rest.
void init(const QString& program, Level stderrFloor = Level::Info);
// Call before QCoreApplication is destroyed, so the sinks flush.
void shutdown();

void setUser(const QString& login);      // thread-wide attribute
void setSubmission(qint64 submissionId); // 0 clears it

void write(Level level, const QString& message);
inline void debug(const QString& m) {
    write(Level::Debug, m);
}
inline void info(const QString& m) {
    write(Level::Info, m);
}
inline void warning(const QString& m) {
    write(Level::Warning, m);
}
inline void error(const QString& m) {
    write(Level::Error, m);
}

// The folder the log file goes to.
QString logDirectory();

} // namespace certphoto::logging
