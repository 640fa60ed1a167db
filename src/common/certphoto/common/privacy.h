#pragma once
// Personal data (ID numbers, phone numbers) is masked wherever a role does not need it and never logged
// in clear. These helpers are the one place that knows the masks.

#include <QString>

namespace certphoto::privacy {

// "110105199001011234" -> "110105********1234"; shorter or odd input keeps only its last 4 characters.
QString maskIdNumber(const QString& idNumber);
// "13812341234" -> "138****1234".
QString maskPhone(const QString& phone);
// Replaces every ID-number-like and phone-like digit run in free text (error messages, SQL, log lines).
QString scrub(const QString& text);
std::string scrub(const std::string& text);

// GB 11643-1999 check digit (ISO 7064 MOD 11-2) of an 18-character resident ID number.
bool isValidIdNumber(const QString& idNumber);

} // namespace certphoto::privacy
