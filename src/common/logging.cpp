#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>

#include <QDir>
#include <QStandardPaths>

#include <boost/core/null_deleter.hpp>
#include <boost/log/attributes/clock.hpp>
#include <boost/log/core.hpp>
#include <boost/log/expressions.hpp>
#include <boost/log/sinks/sync_frontend.hpp>
#include <boost/log/sinks/text_file_backend.hpp>
#include <boost/log/sinks/text_ostream_backend.hpp>
#include <boost/log/sources/record_ostream.hpp>
#include <boost/log/sources/severity_logger.hpp>
#include <boost/log/support/date_time.hpp>
#include <boost/log/utility/manipulators/add_value.hpp>

#include <algorithm>
#include <iostream>
#include <mutex>

namespace certphoto::logging {

namespace bl = boost::log;
namespace expr = boost::log::expressions;

namespace {
const char* levelName(Level l) {
    switch (l) {
    case Level::Debug:
        return "debug";
    case Level::Info:
        return "info";
    case Level::Warning:
        return "warning";
    case Level::Error:
        return "error";
    }
    return "?";
}
} // namespace

// Found by ADL when Boost.Log formats the Severity attribute.
std::ostream& operator<<(std::ostream& os, Level l) {
    return os << levelName(l);
}

namespace {

BOOST_LOG_ATTRIBUTE_KEYWORD(severityKw, "Severity", Level)
BOOST_LOG_ATTRIBUTE_KEYWORD(userKw, "User", std::string)
BOOST_LOG_ATTRIBUTE_KEYWORD(submissionKw, "Submission", long long)
BOOST_LOG_ATTRIBUTE_KEYWORD(timestampKw, "TimeStamp", boost::posix_time::ptime)

thread_local std::string tUser;
thread_local long long tSubmission = 0;

std::mutex gInitMutex;
bool gInitialised = false;
Level gStderrFloor = Level::Info;
bl::sources::severity_logger_mt<Level>& logger() {
    static bl::sources::severity_logger_mt<Level> lg;
    return lg;
}

void qtHandler(QtMsgType type, const QMessageLogContext&, const QString& message) {
    Level l = Level::Info;
    switch (type) {
    case QtDebugMsg:
        l = Level::Debug;
        break;
    case QtInfoMsg:
        l = Level::Info;
        break;
    case QtWarningMsg:
        l = Level::Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        l = Level::Error;
        break;
    }
    write(l, QStringLiteral("[qt] ") + message);
}

auto formatter() {
    return expr::stream << expr::format_date_time(timestampKw, "%Y-%m-%d %H:%M:%S.%f") << " [" << severityKw
                        << "]" << expr::if_(expr::has_attr(userKw))[expr::stream << " user=" << userKw]
                        << expr::if_(
                               expr::has_attr(submissionKw))[expr::stream << " submission=" << submissionKw]
                        << " " << expr::smessage;
}

} // namespace

QString logDirectory() {
    const QString overridden = qEnvironmentVariable("CERTPHOTO_LOG_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

void init(const QString& program, Level stderrFloor) {
    std::lock_guard lock(gInitMutex);
    if (gInitialised)
        return;
    gInitialised = true;
    const QString dir = logDirectory();
    QDir().mkpath(dir);
    auto core = bl::core::get();
    core->add_global_attribute("TimeStamp", bl::attributes::local_clock());

    using FileSink = bl::sinks::synchronous_sink<bl::sinks::text_file_backend>;
    auto fileBackend = boost::make_shared<bl::sinks::text_file_backend>(
        bl::keywords::file_name =
            (dir + QStringLiteral("/") + program + QStringLiteral("_%Y%m%d_%5N.log")).toStdString(),
        bl::keywords::rotation_size = 5 * 1024 * 1024, bl::keywords::open_mode = std::ios_base::app,
        bl::keywords::auto_flush = true);
    fileBackend->set_file_collector(bl::sinks::file::make_collector(bl::keywords::target = dir.toStdString(),
                                                                    bl::keywords::max_size = 50 * 1024 * 1024,
                                                                    bl::keywords::max_files = 20));
    fileBackend->scan_for_files();
    auto fileSink = boost::make_shared<FileSink>(fileBackend);
    fileSink->set_formatter(formatter());
    core->add_sink(fileSink);

    using ConsoleSink = bl::sinks::synchronous_sink<bl::sinks::text_ostream_backend>;
    auto consoleBackend = boost::make_shared<bl::sinks::text_ostream_backend>();
    consoleBackend->add_stream(boost::shared_ptr<std::ostream>(&std::clog, boost::null_deleter()));
    consoleBackend->auto_flush(true);
    auto consoleSink = boost::make_shared<ConsoleSink>(consoleBackend);
    consoleSink->set_formatter(formatter());
    gStderrFloor = std::max(stderrFloor,
                            qEnvironmentVariableIsSet("CERTPHOTO_LOG_QUIET") ? Level::Warning : Level::Info);
    consoleSink->set_filter(severityKw >= gStderrFloor);
    core->add_sink(consoleSink);

    qInstallMessageHandler(qtHandler);
}

void shutdown() {
    std::lock_guard lock(gInitMutex);
    if (!gInitialised)
        return;
    qInstallMessageHandler(nullptr);
    bl::core::get()->flush();
    bl::core::get()->remove_all_sinks();
    gInitialised = false;
}

void setUser(const QString& login) {
    tUser = login.toStdString();
}
void setSubmission(qint64 submissionId) {
    tSubmission = submissionId;
}

void write(Level level, const QString& message) {
    // Every record is scrubbed here, whoever wrote it: personal data never reaches a sink in clear.
    const std::string text = privacy::scrub(message).toStdString();
    auto& lg = logger();
    if (!tUser.empty() && tSubmission != 0)
        BOOST_LOG_SEV(lg, level) << bl::add_value("User", tUser) << bl::add_value("Submission", tSubmission)
                                 << text;
    else if (!tUser.empty())
        BOOST_LOG_SEV(lg, level) << bl::add_value("User", tUser) << text;
    else if (tSubmission != 0)
        BOOST_LOG_SEV(lg, level) << bl::add_value("Submission", tSubmission) << text;
    else
        BOOST_LOG_SEV(lg, level) << text;
}

} // namespace certphoto::logging
