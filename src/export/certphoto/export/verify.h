#pragma once
// Checks a batch archive on its own (no database): one bag under one top folder; bagit.txt; bag-info.txt's
// Payload-Oxum; every payload file in manifest-sha256.txt and every hash right; tagmanifest-sha256.txt
// right; the receiver's manifest lists exactly the photos, each with its right SHA-256, names unique.

#include <certphoto/result/result.h>

#include <QString>
#include <QStringList>

namespace certphoto::exporting {

struct Verified {
    QString bagName; // the top folder
    QString batchId; // External-Identifier
    int photos = 0;
    qint64 payloadBytes = 0;
};

// Errors: bag.* and zip.* codes, with a message naming the first problem.
Result<Verified> verifyArchive(const QString& path);

} // namespace certphoto::exporting
