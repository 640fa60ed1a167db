#pragma once
// Invented applicants for demo data: Chinese names, resident ID numbers with a correct GB 11643 check digit,
// mobile numbers, levels. Deterministic from the seed, so a second run invents the same people.

#include <QDate>
#include <QString>
#include <cstdint>
#include <random>

namespace certphoto::demo {

struct Person {
    QString name;
    QString idNumber; // empty for some: the exam number identifies the applicant, the ID number is optional
    QString phone;
    QString level; // 本科 or 专科
};

// GB 11643-1999 (ISO 7064 MOD 11-2) check character for the first 17 digits.
QChar idCheckDigit(const QString& first17);

// A valid 18-character ID number: a real county code, the birth date, a sequence (odd = male), the check.
QString makeIdNumber(std::mt19937_64& rng, QDate birth, bool male);

Person makePerson(std::mt19937_64& rng);

} // namespace certphoto::demo
