#include <certphoto/common/privacy.h>

#include <QRegularExpression>

namespace certphoto::privacy {

QString maskIdNumber(const QString& idNumber) {
    const QString s = idNumber.trimmed();
    if (s.size() == 18)
        return s.left(6) + QString(8, u'*') + s.right(4);
    if (s.size() <= 4)
        return QString(s.size(), u'*');
    return QString(s.size() - 4, u'*') + s.right(4);
}

QString maskPhone(const QString& phone) {
    const QString s = phone.trimmed();
    if (s.size() == 11)
        return s.left(3) + QStringLiteral("****") + s.right(4);
    if (s.size() <= 4)
        return QString(s.size(), u'*');
    return QString(s.size() - 4, u'*') + s.right(4);
}

QString scrub(const QString& text) {
    // Digit runs that look like an ID number (17 digits + digit/X) or a mobile number (11 digits from 1)
    // are masked; other numbers (ids, counts, times) are left alone.
    static const QRegularExpression idLike(
        QStringLiteral("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])"));
    static const QRegularExpression phoneLike(
        QStringLiteral("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])"));
    QString out = text;
    out.replace(idLike, QStringLiteral("\\1********\\2"));
    out.replace(phoneLike, QStringLiteral("\\1****\\2"));
    return out;
}

std::string scrub(const std::string& text) {
    return scrub(QString::fromStdString(text)).toStdString();
}

bool isValidIdNumber(const QString& idNumber) {
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    if (idNumber.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = idNumber.at(i);
        if (c < u'0' || c > u'9')
            return false;
        sum += (c.unicode() - u'0') * weights[i];
    }
    const QChar last = idNumber.at(17).toUpper();
    return last == QChar::fromLatin1(checks[sum % 11]);
}

} // namespace certphoto::privacy
