#include <certphoto/export/bag.h>
#include <certphoto/export/verify.h>
#include <certphoto/export/zip_reader.h>

#include <map>
#include <set>

namespace certphoto::exporting {

namespace {

Error bad(const char* code, const QString& what) {
    return makeError(code, what.toStdString());
}

// "<sha>  <path>" lines -> path -> sha.
Result<std::map<QString, QString>> parseManifest(const QByteArray& text, const QString& which) {
    std::map<QString, QString> out;
    for (const QByteArray& raw : text.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        const qsizetype gap = line.indexOf(' ');
        if (gap != 64)
            return bad("bag.manifest", which + QStringLiteral(" has a line that is not '<sha256> <path>'"));
        const QString path = QString::fromUtf8(line.mid(gap).trimmed());
        if (!out.emplace(path, QString::fromLatin1(line.left(64)).toLower()).second)
            return bad("bag.manifest", which + QStringLiteral(" lists %1 twice").arg(path));
    }
    return out;
}

std::map<QString, QString> tagFields(const QByteArray& text) {
    std::map<QString, QString> out;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out[QString::fromUtf8(line.left(colon)).trimmed()] =
                QString::fromUtf8(line.mid(colon + 1)).trimmed();
    }
    return out;
}

} // namespace

Result<Verified> verifyArchive(const QString& path) {
    auto opened = ZipReader::open(path);
    if (!opened)
        return opened.error();
    ZipReader& zip = *opened;
    if (zip.entries().empty())
        return bad("bag.empty", QStringLiteral("the archive is empty"));
    const QString first = zip.entries().front().name;
    const qsizetype slash = first.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return bad("bag.layout", QStringLiteral("the bag is not inside one top folder"));
    const QString top = first.left(slash + 1);

    // Every file, read once (CRC checked), by its path inside the bag.
    std::map<QString, QByteArray> files;
    for (const ZipEntry& e : zip.entries()) {
        if (!e.name.startsWith(top))
            return bad("bag.layout", QStringLiteral("%1 is outside the bag's folder").arg(e.name));
        if (e.name.endsWith(QLatin1Char('/')))
            continue;
        const QString inBag = e.name.mid(top.size());
        if (inBag.contains(QStringLiteral("..")) || inBag.startsWith(QLatin1Char('/')))
            return bad("bag.layout", QStringLiteral("%1 is not a plain path").arg(e.name));
        auto bytes = zip.read(e);
        if (!bytes)
            return bytes.error();
        if (!files.emplace(inBag, std::move(bytes).value()).second)
            return bad("bag.layout", QStringLiteral("%1 is in the archive twice").arg(e.name));
    }
    auto need = [&](const QString& name) -> const QByteArray* {
        auto it = files.find(name);
        return it == files.end() ? nullptr : &it->second;
    };
    const QByteArray* bagit = need(QStringLiteral("bagit.txt"));
    if (!bagit)
        return bad("bag.bagit", QStringLiteral("bagit.txt is missing"));
    const auto declaration = tagFields(*bagit);
    if (declaration.count(QStringLiteral("BagIt-Version")) == 0 ||
        declaration.at(QStringLiteral("BagIt-Version")) != QLatin1String("1.0") ||
        declaration.count(QStringLiteral("Tag-File-Character-Encoding")) == 0)
        return bad("bag.bagit", QStringLiteral("bagit.txt does not declare BagIt 1.0 and its encoding"));

    const QByteArray* manifestText = need(QStringLiteral("manifest-sha256.txt"));
    if (!manifestText)
        return bad("bag.manifest", QStringLiteral("manifest-sha256.txt is missing"));
    auto manifest = parseManifest(*manifestText, QStringLiteral("manifest-sha256.txt"));
    if (!manifest)
        return manifest.error();
    Verified v;
    v.bagName = top.chopped(1);
    std::set<QString> payload;
    for (const auto& [name, bytes] : files) {
        if (!name.startsWith(QLatin1String("data/")))
            continue;
        payload.insert(name);
        auto it = manifest->find(name);
        if (it == manifest->end())
            return bad("bag.manifest", QStringLiteral("%1 is not in manifest-sha256.txt").arg(name));
        if (sha256Hex(bytes) != it->second)
            return bad("bag.hash",
                       QStringLiteral("%1 does not match its SHA-256 in manifest-sha256.txt").arg(name));
        v.payloadBytes += bytes.size();
    }
    for (const auto& [name, sha] : *manifest)
        if (payload.count(name) == 0)
            return bad("bag.manifest",
                       QStringLiteral("manifest-sha256.txt lists %1, which is missing").arg(name));

    const QByteArray* tagText = need(QStringLiteral("tagmanifest-sha256.txt"));
    if (!tagText)
        return bad("bag.tagmanifest", QStringLiteral("tagmanifest-sha256.txt is missing"));
    auto tags = parseManifest(*tagText, QStringLiteral("tagmanifest-sha256.txt"));
    if (!tags)
        return tags.error();
    for (const auto& [name, sha] : *tags) {
        const QByteArray* f = need(name);
        if (!f || name.startsWith(QLatin1String("data/")))
            return bad("bag.tagmanifest",
                       QStringLiteral("tagmanifest-sha256.txt lists %1, which is not a tag file").arg(name));
        if (sha256Hex(*f) != sha)
            return bad("bag.hash",
                       QStringLiteral("%1 does not match its SHA-256 in tagmanifest-sha256.txt").arg(name));
    }
    for (const auto& [name, bytes] : files)
        if (!name.startsWith(QLatin1String("data/")) && name != QLatin1String("tagmanifest-sha256.txt") &&
            tags->count(name) == 0)
            return bad("bag.tagmanifest", QStringLiteral("%1 is not in tagmanifest-sha256.txt").arg(name));

    const QByteArray* infoText = need(QStringLiteral("bag-info.txt"));
    if (!infoText)
        return bad("bag.info", QStringLiteral("bag-info.txt is missing"));
    const auto info = tagFields(*infoText);
    const QString oxum = QStringLiteral("%1.%2").arg(v.payloadBytes).arg(payload.size());
    if (info.count(QStringLiteral("Payload-Oxum")) == 0 || info.at(QStringLiteral("Payload-Oxum")) != oxum)
        return bad("bag.oxum", QStringLiteral("bag-info.txt's Payload-Oxum is not %1").arg(oxum));
    if (info.count(QStringLiteral("External-Identifier")))
        v.batchId = info.at(QStringLiteral("External-Identifier"));

    // The receiver's manifest: exactly the photos, each with its hash, names unique.
    QString receiverManifest;
    for (const QString& name : payload)
        if (name.endsWith(QLatin1String(".csv"))) {
            if (!receiverManifest.isEmpty())
                return bad("bag.receiver_manifest",
                           QStringLiteral("the bag holds more than one receiver manifest"));
            receiverManifest = name;
        }
    if (receiverManifest.isEmpty())
        return bad("bag.receiver_manifest",
                   QStringLiteral("the bag holds no receiver manifest (data/*.csv)"));
    auto rows = parseReceiverManifestCsv(files.at(receiverManifest));
    if (!rows)
        return rows.error();
    std::set<QString> listed;
    for (const ManifestRow& r : *rows) {
        const QString photo = QStringLiteral("data/") + r.fileName;
        if (!listed.insert(photo).second)
            return bad("bag.receiver_manifest",
                       QStringLiteral("the receiver manifest lists %1 twice").arg(r.fileName));
        auto it = files.find(photo);
        if (it == files.end() || r.fileName.contains(QLatin1Char('/')))
            return bad(
                "bag.receiver_manifest",
                QStringLiteral("the receiver manifest lists %1, which is not in the bag").arg(r.fileName));
        if (sha256Hex(it->second) != r.sha256.toLower())
            return bad(
                "bag.hash",
                QStringLiteral("%1 does not match its SHA-256 in the receiver manifest").arg(r.fileName));
    }
    for (const QString& name : payload)
        if (name.endsWith(QLatin1String(".jpg")) && listed.count(name) == 0)
            return bad("bag.receiver_manifest",
                       QStringLiteral("%1 is not in the receiver manifest").arg(name));
    v.photos = int(listed.size());
    return v;
}

} // namespace certphoto::exporting
