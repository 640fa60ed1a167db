#include "key_map.h"

#include "app_settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace certphoto::app {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("certphoto::app::KeyMap", s);
}

QKeySequence k(int key) {
    return QKeySequence(key);
}

} // namespace

const std::vector<KeyCommand>& KeyMap::commands() {
    static const std::vector<KeyCommand> all = {
        {QStringLiteral("actionNext"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Next submission"),
         {k(Qt::Key_N), k(Qt::Key_Space)}},
        {QStringLiteral("actionApprove"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Approve"),
         {k(Qt::Key_A), QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}},
        {QStringLiteral("actionReject"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Reject…"),
         {k(Qt::Key_R)}},
        {QStringLiteral("actionSkip"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Skip (give back)"),
         {k(Qt::Key_S)}},
        {QStringLiteral("actionUndo"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Undo the last decision"),
         {QKeySequence(Qt::CTRL | Qt::Key_Z)}},
        {QStringLiteral("actionGrid"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Grid of passed photos"),
         {k(Qt::Key_P)}},
        {QStringLiteral("actionMask"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Background mask"),
         {k(Qt::Key_B)}},
        {QStringLiteral("actionHeadBox"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Head box"),
         {k(Qt::Key_H)}},
        {QStringLiteral("actionGlare"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Glare spots"),
         {k(Qt::Key_G)}},
        {QStringLiteral("actionLandmarks"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Landmarks"),
         {k(Qt::Key_L)}},
        {QStringLiteral("actionRefresh"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Refresh the queue"),
         {k(Qt::Key_F5)}},
        {QStringLiteral("actionFocusQueue"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Go to the queue"),
         {QKeySequence(Qt::CTRL | Qt::Key_L)}},
        {QStringLiteral("actionCheatSheet"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "This list of keys"),
         // Shift+? too: without a keyboard map (offscreen) Qt matches the shifted key only literally.
         {k(Qt::Key_Question), QKeySequence(Qt::SHIFT | Qt::Key_Question), k(Qt::Key_F1)}},
        {QStringLiteral("actionSettings"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Settings"),
         {QKeySequence(Qt::CTRL | Qt::Key_Comma)}},
        {QStringLiteral("actionQuit"),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Quit"),
         {QKeySequence(Qt::CTRL | Qt::Key_Q)}},
        // Fixed keys, inside the grid page and the dialogs: shown in the sheet, not remapped.
        {QString(),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Grid: mark or unmark photo 1–12 as an exception"),
         {},
         false,
         QStringLiteral("1 … 9, 0, -, =")},
        {QString(),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Grid: approve every photo not marked"),
         {},
         false,
         QStringLiteral("Enter")},
        {QString(),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Grid: leave the page (gives the photos back)"),
         {},
         false,
         QStringLiteral("Esc")},
        {QString(),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Reason picker: tick the listed reason"),
         {},
         false,
         QStringLiteral("1 … 9")},
        {QString(),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Dialogs: confirm / go back"),
         {},
         false,
         QStringLiteral("Enter / Esc")},
        {QString(),
         QT_TRANSLATE_NOOP("certphoto::app::KeyMap", "Queue: claim the selected row"),
         {},
         false,
         QStringLiteral("Enter")},
    };
    return all;
}

const KeyCommand* KeyMap::command(const QString& id) {
    for (const KeyCommand& c : commands())
        if (!c.id.isEmpty() && c.id == id)
            return &c;
    return nullptr;
}

QList<QKeySequence> KeyMap::keys(const QString& id) {
    const KeyCommand* c = command(id);
    if (!c)
        return {};
    const QString chosen = AppSettings::keys(id);
    if (!chosen.isEmpty()) {
        const QList<QKeySequence> parsed = QKeySequence::listFromString(chosen, QKeySequence::PortableText);
        if (!parsed.isEmpty())
            return parsed;
    }
    return c->defaults;
}

QString KeyMap::label(const KeyCommand& c) {
    return tr(c.label);
}

QString KeyMap::keysText(const QString& id) {
    QStringList parts;
    for (const QKeySequence& s : keys(id))
        parts << s.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

void KeyMap::apply(QWidget* window) {
    for (QAction* a : window->findChildren<QAction*>()) {
        const KeyCommand* c = command(a->objectName());
        if (!c)
            continue;
        const QList<QKeySequence> ks = keys(c->id);
        a->setShortcuts(ks);
        const QString first = ks.isEmpty() ? QString() : ks.first().toString(QKeySequence::NativeText);
        const QString name = label(*c);
        a->setIconText(first.isEmpty() ? name : tr("%1 (%2)").arg(name, first));
        a->setToolTip(ks.isEmpty() ? name : tr("%1 — %2").arg(name, keysText(c->id)));
    }
}

QString KeyMap::conflict(const QKeySequence& key, const QString& except) {
    for (const KeyCommand& c : commands()) {
        if (c.id.isEmpty() || c.id == except)
            continue;
        if (keys(c.id).contains(key))
            return c.id;
    }
    return {};
}

KeyMapModel::KeyMapModel(QObject* parent) : QAbstractTableModel(parent) {
    for (const KeyCommand& c : KeyMap::commands())
        keys_.push_back(c.id.isEmpty() ? QList<QKeySequence>() : KeyMap::keys(c.id));
}

int KeyMapModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(KeyMap::commands().size());
}

int KeyMapModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 2;
}

QVariant KeyMapModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const KeyCommand& c = KeyMap::commands()[size_t(index.row())];
    if (role == CommandIdRole)
        return c.id;
    if (role == RemappableRole)
        return c.remappable && !c.id.isEmpty();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == 0)
        return KeyMap::label(c);
    if (!c.remappable || c.id.isEmpty())
        return c.fixedKeys;
    QStringList parts;
    for (const QKeySequence& s : keys_[size_t(index.row())])
        parts << s.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

QVariant KeyMapModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("What it does") : tr("Key");
}

void KeyMapModel::setKeys(int row, const QList<QKeySequence>& keys) {
    if (row < 0 || row >= rowCount())
        return;
    const KeyCommand& c = KeyMap::commands()[size_t(row)];
    keys_[size_t(row)] = keys.isEmpty() ? c.defaults : keys;
    emit dataChanged(index(row, 1), index(row, 1));
}

QList<QKeySequence> KeyMapModel::keysAt(int row) const {
    return row >= 0 && row < rowCount() ? keys_[size_t(row)] : QList<QKeySequence>();
}

void KeyMapModel::save() const {
    for (size_t i = 0; i < keys_.size(); ++i) {
        const KeyCommand& c = KeyMap::commands()[i];
        if (c.id.isEmpty())
            continue;
        AppSettings::setKeys(c.id, keys_[i] == c.defaults
                                       ? QString()
                                       : QKeySequence::listToString(keys_[i], QKeySequence::PortableText));
    }
}

} // namespace certphoto::app
