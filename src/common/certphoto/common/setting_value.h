#pragma once
// One declaration per setting: its key and its default in one object, read and written through the one
// settings file (QSettings of organisation "certphoto", application "certphoto"). The layer that owns a
// setting declares it; others use that declaration rather than typing the key again.

#include <QSettings>
#include <QString>
#include <QVariant>
#include <utility>

namespace certphoto::common {

// The settings file every certphoto program shares.
inline QSettings settingsFile() {
    return QSettings(QStringLiteral("certphoto"), QStringLiteral("certphoto"));
}

template <class T> class SettingValue {
public:
    SettingValue(QString key, T fallback = T()) : key_(std::move(key)), fallback_(std::move(fallback)) {}

    const QString& key() const { return key_; }
    T get() const { return settingsFile().value(key_, QVariant::fromValue(fallback_)).template value<T>(); }
    void set(const T& value) const { settingsFile().setValue(key_, QVariant::fromValue(value)); }
    void remove() const { settingsFile().remove(key_); }

private:
    QString key_;
    T fallback_;
};

} // namespace certphoto::common
