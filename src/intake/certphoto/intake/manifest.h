#pragma once
// The import manifest: a CSV with a header row naming the columns (English or Chinese), one applicant's
// submission per record. Reading checks every record and collects every problem with its line number, so a
// person can fix the whole file in one go. Messages never carry an ID or phone number in clear.

#include <certphoto/intake/csv.h>
#include <certphoto/result/result.h>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace certphoto::intake {

struct ManifestRow {
    int line = 0; // physical line where the record starts
    QString name;
    QString idNumber; // empty, or 18 characters passing GB 11643 (a trailing x is upper-cased)
    QString examNumber;
    QString school;
    QString level;
    QString phone;       // 11 digits starting with 1
    QString file;        // as written in the manifest, relative to the photo folder (or absolute)
    QDateTime arrivedAt; // UTC; invalid when the column is empty (the importer uses the time of import)
};

struct RowProblem {
    int line = 0;
    QString message; // "ID number check digit is wrong (110105********123X)"
    QString text() const { return QStringLiteral("line %1: %2").arg(line).arg(message); }
};

struct Manifest {
    std::vector<ManifestRow> rows; // every record (blank lines skipped), also those with problems
    bool ok() const { return problems.empty(); }
    std::vector<RowProblem> problems; // every problem, in line order (a record may have several)
    QStringList ignoredColumns;       // header names this reader does not know
};

// Whole-file problems (encoding, CSV syntax, a required column missing from the header) are an Error;
// problems of single records are collected in Manifest::problems.
Result<Manifest> readManifest(const QByteArray& bytes);

// ISO 8601 date and time ("2024-05-06T08:30:00+08:00", "2024-05-06 08:30", "...Z"); without an offset the
// time is Asia/Shanghai. Returns UTC, or an invalid QDateTime when it cannot be read.
QDateTime parseArrivalTime(const QString& text);

// Normalisations and checks shared with the demo generator.
bool isValidPhone(const QString& phone);
QString normaliseIdNumber(const QString& idNumber); // trims, upper-cases a trailing x

} // namespace certphoto::intake
