#include <certphoto/relay/gateway.h>

#include <QJsonDocument>

namespace certphoto::relay {

QString idempotencyKey(const store::OutboxMessage& m) {
    return QString::number(m.outboxId);
}

QJsonObject messageJson(const store::OutboxMessage& m) {
    QJsonObject o;
    o.insert(QStringLiteral("outbox_id"), m.outboxId);
    o.insert(QStringLiteral("idempotency_key"), idempotencyKey(m));
    o.insert(QStringLiteral("phone"), m.recipient);
    o.insert(QStringLiteral("text"), m.text);
    o.insert(QStringLiteral("parts"), m.parts);
    o.insert(QStringLiteral("template"), m.templateCode);
    o.insert(QStringLiteral("attempt"), m.attempt);
    const QJsonDocument params = QJsonDocument::fromJson(m.paramsJson);
    if (params.isObject())
        o.insert(QStringLiteral("params"), params.object());
    return o;
}

QString fillPlaceholders(const QString& pattern, const store::OutboxMessage& m) {
    if (!pattern.contains(QLatin1Char('{')))
        return pattern;
    // One pass, left to right: a value that itself holds "{text}" (an applicant's name) is not expanded.
    const std::pair<QLatin1String, QString> values[] = {
        {QLatin1String("{phone}"), m.recipient},
        {QLatin1String("{text}"), m.text},
        {QLatin1String("{outbox_id}"), QString::number(m.outboxId)},
        {QLatin1String("{idempotency_key}"), idempotencyKey(m)},
        {QLatin1String("{parts}"), QString::number(m.parts)},
        {QLatin1String("{template}"), m.templateCode},
        {QLatin1String("{attempt}"), QString::number(m.attempt)},
    };
    QString out;
    out.reserve(pattern.size() + m.text.size());
    for (qsizetype i = 0; i < pattern.size();) {
        bool replaced = false;
        if (pattern.at(i) == QLatin1Char('{')) {
            for (const auto& [name, value] : values) {
                if (QStringView(pattern).mid(i).startsWith(name)) {
                    out += value;
                    i += name.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += pattern.at(i++);
    }
    return out;
}

} // namespace certphoto::relay
