#include "app_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace certphoto::app {

AppOptions parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "certphoto: review certificate photos for the exam offices."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate(
            "AppOptions", "Shared server as a libpq connection string (else CERTPHOTO_DATABASE, the "
                          "saved setting, or the private cluster on this computer)."),
        QStringLiteral("conninfo"));
    QCommandLineOption lang(QStringLiteral("lang"),
                            QCoreApplication::translate("AppOptions", "Interface language: zh or en."),
                            QStringLiteral("language"));
    QCommandLineOption user(QStringLiteral("user"),
                            QCoreApplication::translate("AppOptions", "Login prefilled in the login dialog."),
                            QStringLiteral("login"));
    parser.addOptions({database, lang, user});
    parser.process(app);
    AppOptions o;
    o.database = parser.value(database);
    o.language = parser.value(lang).toLower();
    o.user = parser.value(user);
    return o;
}

QString installTranslators(QCoreApplication& app, const QString& language) {
    QString lang = language;
    if (lang != u"zh" && lang != u"en")
        lang = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    const QLocale locale(lang == u"zh" ? QLocale(QLocale::Chinese, QLocale::China)
                                       : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);

    auto* own = new QTranslator(&app);
    if (own->load(lang == u"zh" ? QStringLiteral(":/i18n/certphoto_zh_CN.qm")
                                : QStringLiteral(":/i18n/certphoto_en.qm")))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (OK, Cancel, context menus).
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace certphoto::app
