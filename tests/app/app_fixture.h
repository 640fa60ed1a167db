#pragma once
// Set-up shared by the workstation's database tests and the screenshot tool: a scratch database with the
// schema, an auditor, and submissions made from the face fixtures with real compliance reports.

#include <store_fixture.h>

#include "database.h"
#include "session.h"

#include <memory>

namespace certphoto::test {

struct AppDb {
    StoreDb store;
    QString auditor;
    std::vector<qint64> submissionIds;

    explicit AppDb(const QString& prefix);
    // Imports `count` submissions from tests/data/faces (cycled), each analysed by the core.
    void importFaces(int count);
    // A Database worker logged in as `login`, with the session it opened (waits up to 30 s).
    std::unique_ptr<app::Database> connect(const QString& login, app::Session* session) const;
};

// The fixture photos' bytes, analysed with the chsi-graduation profile (report JSON + mask PNG).
store::IncomingSubmission analysedFace(int n);

} // namespace certphoto::test
