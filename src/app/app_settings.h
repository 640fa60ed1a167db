#pragma once
// The workstation's own settings, each declared once here with its key and default (the QSettings file
// of organisation "certphoto", application "certphoto"). A password is never one of them: team-server
// passwords live in the system keychain (PasswordVault).

#include <QString>

namespace certphoto::app {

enum class DateStyle { Iso, System }; // ISO: 2026-12-03 09:41; System: the system locale's short format

class AppSettings {
public:
    // The first-run choice was made (this computer only, or a team server).
    static bool setupDone();
    static void setSetupDone(bool done);

    // The team server's connection string; empty: the private cluster on this computer. The store reads
    // the same key when nothing else names a server (ConnectionSettings::resolve).
    static QString server();
    static void setServer(const QString& connInfo);

    // The last login used on `server` (empty server: the private cluster).
    static QString lastLogin(const QString& server);
    static void setLastLogin(const QString& server, const QString& login);

    // "zh", "en", or empty: follow the system.
    static QString language();
    static void setLanguage(const QString& language);

    static DateStyle dateStyle();
    static void setDateStyle(DateStyle style);

    // The keys the person chose for a command (an action's objectName), as portable text ("A; Ctrl+Return");
    // empty: the default keys (KeyMap).
    static QString keys(const QString& command);
    static void setKeys(const QString& command, const QString& keys);

    // Approve-and-advance: a saved decision shows the next submission at once.
    static bool approveAdvances();
    static void setApproveAdvances(bool on);

    // How many core-passed submissions a grid page shows (1..12).
    static int gridPageSize();
    static void setGridPageSize(int n);

    // The settings file (for the tests, which check that no password is in it).
    static QString fileName();
};

} // namespace certphoto::app
