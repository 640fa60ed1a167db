#pragma once
// Outbox rows made the way the product makes them: submissions seeded, each approved by an auditor (one
// sms_outbox row per decision). For the relay tests, the outbox view's test and the benchmark.

#include "store_fixture.h"

#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/undo.h>

#include <vector>

namespace certphoto::test {

// `n` submissions from seed entry `first` on, each approved: returns their outbox ids in order. The undo
// grace period (schema 12) is set to 0 first, so the rows are due at once, as these tests expect.
inline std::vector<qint64> makeOutbox(const StoreDb& db, int n, int first = 0) {
    db.seed(n, first);
    {
        auto admin = db.open(db.adminLogin);
        if (auto g = store::setUndoGraceSeconds(admin, 0); !g)
            qFatal("makeOutbox: grace: %s", g.error().message.c_str());
    }
    auto a = db.open(db.makeUser(store::Role::Auditor));
    std::vector<qint64> ids;
    for (int i = 0; i < n; ++i) {
        auto lease = store::claimNext(a);
        if (!lease || !lease->has_value())
            qFatal("makeOutbox: claim failed");
        auto out = store::decide(a, approve((*lease)->submissionId));
        if (!out)
            qFatal("makeOutbox: decide failed: %s", out.error().message.c_str());
        ids.push_back(out->outboxId);
    }
    return ids;
}

} // namespace certphoto::test
