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
    // Imports `count` submissions from tests/data/faces (cycled), each analyzed by the core.
    void importFaces(int count);
    // Imports `count` photos made by certphoto_synth (n from `first`), each analysed by the core: compliant
    // ones (the core passes them; grid mode) or, with `defect` ("head.tilt", ...), ones it fails. The core
    // runs once per distinct person/background; the bytes differ per submission (a comment appended).
    void importSynth(int count, const std::string& defect = {}, int first = 0);
    // A Database worker logged in as `login`, with the session it opened (waits up to 30 s).
    std::unique_ptr<app::Database> connect(const QString& login, app::Session* session) const;
};

// The fixture photos' bytes, analyzed with the chsi-graduation profile (report JSON + mask PNG).
store::IncomingSubmission analysedFace(int n);
// A synth photo analysed with the chsi-graduation profile (see AppDb::importSynth).
store::IncomingSubmission analysedSynth(int n, const std::string& defect = {});

} // namespace certphoto::test
