#pragma once
// Shared set-up for the store tests: a scratch database with the schema, login roles made through
// create_user (never the superuser for the people), and test applicants with valid-looking ID numbers and
// phone numbers, so the privacy scan of the logs after the suite means something.

#include <pgtest.h>

#include <certphoto/store/connection.h>
#include <certphoto/store/intake.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/users.h>

#include <QSqlQuery>
#include <QTest>

#include <memory>

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto& r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : (r_.error().code + ": " + r_.error().message).c_str());             \
    } while (0)

#define VERIFY_ERROR(expr, expectedCode)                                                                     \
    do {                                                                                                     \
        const auto& r_ = (expr);                                                                             \
        QVERIFY2(!r_.ok(), "expected the error " expectedCode);                                              \
        QCOMPARE(QString::fromStdString(r_.error().code), QStringLiteral(expectedCode));                     \
    } while (0)

namespace certphoto::test {

// 18-character resident ID number with a correct GB 11643 check digit.
inline QString validIdNumber(int n) {
    QString body =
        QStringLiteral("110105%1%2").arg(19900101 + (n % 28)).arg(100 + (n % 900), 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QLatin1Char(checks[sum % 11]);
}

inline QString validPhone(int n) {
    return QStringLiteral("138%1").arg(10000000 + n, 8, 10, QLatin1Char('0'));
}

inline QString uniqueLogin(const QString& prefix) {
    return prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// A decision with a fresh client-made id.
inline store::DecisionRequest approve(qint64 id) {
    store::DecisionRequest r;
    r.decisionId = QUuid::createUuid();
    r.submissionId = id;
    r.decision = store::Decision::Approve;
    r.secondsSpent = 7;
    return r;
}

inline store::DecisionRequest reject(qint64 id, QStringList reasons, QString note = {}) {
    store::DecisionRequest r = approve(id);
    r.decision = store::Decision::Reject;
    r.reasonCodes = std::move(reasons);
    r.note = std::move(note);
    return r;
}

inline QByteArray fakePhoto(int n) {
    // Not a real JPEG: the store keeps bytes; only the hash matters here.
    return QByteArray("\xFF\xD8\xFF\xE0 test photo ") + QByteArray::number(n) + QByteArray("\xFF\xD9");
}

inline store::IncomingSubmission incoming(int n, const QString& school = QStringLiteral("北京市第一中学")) {
    store::IncomingSubmission s;
    s.applicantName = QStringLiteral("考生%1").arg(n);
    s.idNumber = validIdNumber(n);
    s.examNumber = QStringLiteral("E%1").arg(n, 6, 10, QLatin1Char('0'));
    s.school = school;
    s.level = QStringLiteral("本科");
    s.phone = validPhone(n);
    s.arrivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + n); // earlier arrival = earlier deadline
    s.photo = fakePhoto(n);
    s.reportJson = QByteArray(R"({"verdict":"review","findings":[]})");
    s.coreVerdict = QStringLiteral("review");
    s.coreVersion = QStringLiteral("test");
    s.profile = QStringLiteral("chsi-graduation");
    return s;
}

// A scratch database with the schema applied, plus an admin login made by the superuser.
struct StoreDb {
    ScratchDatabase scratch;
    QString adminLogin;

    explicit StoreDb(const QString& prefix) : scratch(prefix) {
        auto su = superuser();
        auto up = store::upgradeSchema(su);
        if (!up)
            qFatal("upgrade failed: %s", up.error().message.c_str());
        adminLogin = uniqueLogin(QStringLiteral("adm"));
        auto made = store::createUser(su, adminLogin, QStringLiteral("pw-admin"), store::Role::Admin);
        if (!made)
            qFatal("create admin failed: %s", made.error().message.c_str());
    }

    store::Connection superuser() const { return open(scratch.server().superuser); }

    store::Connection open(const QString& login) const {
        auto c = store::Connection::open({scratch.server().connInfo(scratch.name(), login), {}},
                                         QStringLiteral("test"));
        if (!c)
            qFatal("connect as a test login failed: %s", c.error().message.c_str());
        return std::move(c).value();
    }

    QString makeUser(store::Role role, const QString& prefix = QStringLiteral("aud")) const {
        auto admin = open(adminLogin);
        const QString login = uniqueLogin(prefix);
        auto made = store::createUser(admin, login, QStringLiteral("pw-") + login, role);
        if (!made)
            qFatal("create user failed: %s", made.error().message.c_str());
        return login;
    }

    void seed(int count, int first = 0) const {
        auto admin = open(adminLogin);
        std::vector<store::IncomingSubmission> batch;
        for (int i = first; i < first + count; ++i) {
            batch.push_back(incoming(i));
            if (batch.size() == 200 || i == first + count - 1) {
                auto r = store::storeSubmissions(admin, batch);
                if (!r)
                    qFatal("seed failed: %s", r.error().message.c_str());
                batch.clear();
            }
        }
    }

    // One number from a superuser query (for checking results).
    qint64 count(const QString& sql) const {
        for (int attempt = 0; attempt < 2; ++attempt) {
            QSqlDatabase su = scratch.superuserConnection();
            QSqlQuery q(su);
            if (q.exec(sql) && q.next())
                return q.value(0).toLongLong();
            su.close(); // the fault tests restart the server: reconnect once
            su.open();
        }
        qFatal("check query failed: %s", qPrintable(sql));
        return 0;
    }
};

} // namespace certphoto::test
