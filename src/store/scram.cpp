#include <certphoto/store/scram.h>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace certphoto::store {

namespace {

// PostgreSQL's pg_saslprep in short: ASCII stays as it is; otherwise non-ASCII spaces become U+0020,
// characters "mapped to nothing" (RFC 3454 B.1) go, and the rest is NFKC-normalised.
QByteArray saslPrep(const QString& password) {
    bool ascii = true;
    for (QChar ch : password)
        ascii = ascii && ch.unicode() < 0x80;
    if (ascii)
        return password.toUtf8();
    QString mapped;
    for (QChar ch : password) {
        const char16_t u = ch.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) ||
            (u >= 0x200B && u <= 0x200D) || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue;
        if (u == 0x00A0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F ||
            u == 0x3000)
            mapped += QLatin1Char(' ');
        else
            mapped += ch;
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QByteArray hmac(const QByteArray& key, const QByteArray& message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA256, one 32-byte block (all SCRAM-SHA-256 needs).
QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations) {
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray u = mac.result();
    QByteArray out = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int k = 0; k < out.size(); ++k)
            out[k] = static_cast<char>(out[k] ^ u[k]);
    }
    return out;
}

} // namespace

QString scramSha256Verifier(const QString& password, const QByteArray& givenSalt, int iterations) {
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
    }
    const QByteArray salted = pbkdf2(saslPrep(password), salt, iterations);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace certphoto::store
