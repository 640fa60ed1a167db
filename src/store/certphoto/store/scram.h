#pragma once
// SCRAM-SHA-256 password verifiers made on the client, as psql's \password makes them, so a password never
// travels to the server (where a failing statement could be logged) — only what pg_authid stores.

#include <QByteArray>
#include <QString>

namespace certphoto::store {

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (RFC 5802/7677, PostgreSQL's format):
// PBKDF2-HMAC-SHA256 over the SASLprep'd password, a random 16-byte salt unless one is given.
QString scramSha256Verifier(const QString& password, const QByteArray& salt = {}, int iterations = 4096);

} // namespace certphoto::store
