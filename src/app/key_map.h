#pragma once
// Every key of the window in one table: the command (an action's objectName), what it does, its default
// keys, and the keys the person chose instead (AppSettings). The cheat sheet, the keys editor and the
// window's actions all read it, so a remapped key shows the same everywhere (menus, tooltips, buttons).

#include <QAbstractTableModel>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <vector>

class QWidget;

namespace certphoto::app {

struct KeyCommand {
    KeyCommand(QString id_, const char* label_, QList<QKeySequence> defaults_, bool remappable_ = true,
               QString fixedKeys_ = {})
        : id(std::move(id_)), label(label_), defaults(std::move(defaults_)), remappable(remappable_),
          fixedKeys(std::move(fixedKeys_)) {}
    QString id;        // the QAction's objectName; empty for a fixed key shown only in the sheet
    const char* label; // untranslated (KeyMap context)
    QList<QKeySequence> defaults;
    bool remappable = true;
    QString fixedKeys; // for fixed rows: the keys as written in the sheet
};

class KeyMap {
public:
    static const std::vector<KeyCommand>& commands();
    static const KeyCommand* command(const QString& id);
    // The keys in force: the person's choice, else the defaults.
    static QList<QKeySequence> keys(const QString& id);
    static QString label(const KeyCommand& c); // translated
    // The keys as the person reads them ("A, Ctrl+Return"), in the current language's words.
    static QString keysText(const QString& id);
    // Applies the keys to every action of `window` that has a command: shortcuts, the tooltip with the
    // keys, and the icon text "Approve (A)" that the buttons show.
    static void apply(QWidget* window);
    // The command already using `key`, other than `except`; empty when free.
    static QString conflict(const QKeySequence& key, const QString& except);
};

// The table of keys: column 0 what it does, column 1 its keys. Read-only (the cheat sheet); the keys
// editor changes keys through setKeys and the model shows the change.
class KeyMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { CommandIdRole = Qt::UserRole + 1, RemappableRole };
    explicit KeyMapModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Pending keys (the editor's, not yet saved); an empty list means the defaults.
    void setKeys(int row, const QList<QKeySequence>& keys);
    QList<QKeySequence> keysAt(int row) const;
    // Writes the pending keys into AppSettings.
    void save() const;

private:
    std::vector<QList<QKeySequence>> keys_;
};

} // namespace certphoto::app
