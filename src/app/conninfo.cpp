#include "conninfo.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace certphoto::app {
namespace {

bool isUri(const QString& s) {
    return s.startsWith(u"postgresql://") || s.startsWith(u"postgres://");
}

struct Pair {
    QString key, value;
};

// Splits "a=1 b='x y'" into pairs; quoted values keep their backslash escapes resolved.
QList<Pair> parsePairs(const QString& s) {
    QList<Pair> out;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        while (i < n && s[i].isSpace())
            ++i;
        const int keyStart = i;
        while (i < n && s[i] != u'=' && !s[i].isSpace())
            ++i;
        const QString key = s.mid(keyStart, i - keyStart);
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n || s[i] != u'=')
            break;
        ++i;
        while (i < n && s[i].isSpace())
            ++i;
        QString value;
        if (i < n && s[i] == u'\'') {
            ++i;
            while (i < n && s[i] != u'\'') {
                if (s[i] == u'\\' && i + 1 < n)
                    ++i;
                value += s[i++];
            }
            ++i;
        } else {
            while (i < n && !s[i].isSpace())
                value += s[i++];
        }
        if (!key.isEmpty())
            out.append({key, value});
    }
    return out;
}

QString quoted(const QString& v) {
    if (!v.isEmpty() && !v.contains(QRegularExpression(QStringLiteral("[\\s'\\\\]"))))
        return v;
    QString e = v;
    e.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + e + u'\'';
}

} // namespace

QString withUser(const QString& connInfo, const QString& user) {
    if (isUri(connInfo)) {
        QUrl url(connInfo);
        url.setUserName(user);
        return url.toString();
    }
    QStringList parts;
    bool replaced = false;
    for (const Pair& p : parsePairs(connInfo)) {
        if (p.key == u"user") {
            if (replaced)
                continue;
            replaced = true;
            parts << QStringLiteral("user=") + quoted(user);
        } else {
            parts << p.key + u'=' + quoted(p.value);
        }
    }
    if (!replaced && !user.isEmpty())
        parts << QStringLiteral("user=") + quoted(user);
    return parts.join(u' ');
}

QString connInfoValue(const QString& connInfo, const QString& key) {
    if (isUri(connInfo)) {
        const QUrl url(connInfo);
        if (key == u"user")
            return url.userName();
        if (key == u"host")
            return url.host();
        if (key == u"dbname")
            return url.path().mid(1);
        if (key == u"port")
            return url.port() > 0 ? QString::number(url.port()) : QString();
        return {};
    }
    QString value;
    for (const Pair& p : parsePairs(connInfo))
        if (p.key == key)
            value = p.value; // libpq: the last one wins
    return value;
}

QString describeServer(const QString& connInfo) {
    const QString db = connInfoValue(connInfo, QStringLiteral("dbname"));
    QString host = connInfoValue(connInfo, QStringLiteral("host"));
    const QString port = connInfoValue(connInfo, QStringLiteral("port"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    if (!port.isEmpty() && !host.startsWith(u'/'))
        host += u':' + port;
    return db.isEmpty() ? host : db + u'@' + host;
}

} // namespace certphoto::app
