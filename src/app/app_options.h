#pragma once
// The command line (--database, --lang) and the user-interface language.

#include <QString>

class QCoreApplication;

namespace certphoto::app {

struct AppOptions {
    QString
        database; // --database CONNINFO; empty: CERTPHOTO_DATABASE, the saved setting, the private cluster
    QString language; // "zh" or "en"; empty: the system locale
    QString user;     // --user LOGIN, prefilled in the login dialog
};

// Parses the application's arguments; prints help/version and exits on --help/--version.
AppOptions parseOptions(const QCoreApplication& app);

// Installs the certphoto and Qt translators for `language` ("zh", "en" or empty = system locale).
// Returns the language chosen ("zh" or "en").
QString installTranslators(QCoreApplication& app, const QString& language);

} // namespace certphoto::app
