#pragma once
// "Test connection": opens a connection to a server on a thread of its own, reads what it is
// (store::serverInfo) and whether this program can use its schema (store::checkSchema), and answers on
// the GUI thread with a sentence for the person. The connection is closed again; nothing is written.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/server_info.h>

#include <QMetaType>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace certphoto::app {

// What the probe found, before it is put in words.
struct ProbeFacts {
    std::optional<Error> connectError; // set: no connection
    store::ServerInfo info;
    std::optional<Error> schemaError; // set: connected, but this program cannot use the schema
};

struct ProbeAnswer {
    enum class Kind { Usable, Unreachable, WrongPassword, NotCertphoto, SchemaTooOld, SchemaTooNew, Other };
    Kind kind = Kind::Other;
    QString text; // what the dialog shows, translated
};

ProbeAnswer answerFor(const ProbeFacts& facts);

// `done` runs on the GUI thread unless `receiver` is gone by then.
void probeServer(QObject* receiver, const store::ConnectionSettings& settings,
                 std::function<void(ProbeAnswer)> done);

} // namespace certphoto::app

Q_DECLARE_METATYPE(certphoto::app::ProbeAnswer)
