#include <certphoto/export/bag.h>
#include <certphoto/export/durable_file.h>
#include <certphoto/export/export_job.h>
#include <certphoto/export/print_sheet.h>
#include <certphoto/export/sha256.h>
#include <certphoto/export/xlsx_manifest.h>
#include <certphoto/export/zip_writer.h>

#include <certphoto/core/export_format.h>
#include <certphoto/core/profile.h>

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace certphoto::exporting {

namespace {

constexpr int kPage = 128; // photos fetched, fitted and spooled at a time: memory stays flat

Error cancelled() {
    return makeError("export.cancelled", "the export was cancelled");
}

bool isCancelled(const JobControl& control) {
    return control.cancel && control.cancel->load();
}

struct Format {
    core::ExportFormat format;
    core::Profile profile;
};

Result<Format> loadFormat(const QString& name) {
    auto f = core::loadExportFormat(name.toStdString());
    if (!f)
        return f.error();
    auto p = core::loadProfile(f->profile);
    if (!p)
        return p.error();
    return Format{std::move(f).value(), std::move(p).value()};
}

QString namingOf(core::Naming n) {
    return n == core::Naming::ExamNumber ? QStringLiteral("exam_number") : QStringLiteral("id_number");
}

// One photo's place in the spool (the fitted bytes wait there until the archive is written in name order).
struct Item {
    store::ExportRow row; // without the photo bytes
    std::uint64_t offset = 0, size = 0;
    QString sha256;
    QString refused; // an error code: not in the bag
};

// Every item of the batch fitted to the format (on every core) and spooled. In a rebuild, the items the
// batch refused stay refused without being tried again.
Result<std::vector<Item>> fitAll(store::Connection& c, qint64 batchId, const Format& f, DurableFile& spool,
                                 const JobControl& control, int total, bool rebuild) {
    std::vector<Item> items;
    QString after;
    auto fetch = [&]() -> Result<std::vector<store::ExportRow>> {
        auto page = store::exportBatchItems(c, batchId, after, kPage);
        if (page && !page->empty())
            after = page->back().fileName;
        return page;
    };
    auto page = fetch();
    while (page && !page->empty()) {
        if (isCancelled(control))
            return cancelled();
        std::vector<store::ExportRow> rows = std::move(page).value();
        std::vector<std::optional<Result<core::FittedPhoto>>> fitted(rows.size());
        std::vector<QString> hashes(rows.size());
        std::vector<std::size_t> index(rows.size());
        std::iota(index.begin(), index.end(), std::size_t{0});
        // The cores fit this page while this thread fetches the next one from the server.
        QFuture<void> work = QtConcurrent::map(index, [&](std::size_t i) {
            const store::ExportRow& row = rows[i];
            if ((rebuild && !row.refused.isEmpty()) || isCancelled(control))
                return;
            const std::vector<std::uint8_t> bytes(row.photo.begin(), row.photo.end());
            const auto geometry = row.geometry.isEmpty()
                                      ? std::nullopt
                                      : core::parseApprovedGeometry(row.geometry.toStdString());
            fitted[i] = core::fitPhoto(bytes, f.format, f.profile, geometry ? &*geometry : nullptr);
            if (fitted[i]->ok()) // hashed on the cores too: for photos sent as they are, the bulk of the work
                hashes[i] = sha256Hex(reinterpret_cast<const char*>((*fitted[i])->bytes.data()),
                                      (*fitted[i])->bytes.size());
        });
        page = fetch();
        work.waitForFinished();
        if (isCancelled(control))
            return cancelled();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            Item it;
            it.row = std::move(rows[i]);
            it.row.photo.clear();
            it.row.geometry.clear();
            if (rebuild && !it.row.refused.isEmpty()) {
                it.refused = it.row.refused;
            } else if (!fitted[i] || !fitted[i]->ok()) {
                it.refused = fitted[i] ? QString::fromStdString(fitted[i]->error().code)
                                       : QStringLiteral("export.unfit");
            } else {
                const auto& b = (*fitted[i])->bytes;
                it.offset = spool.size();
                it.size = b.size();
                it.sha256 = hashes[i];
                if (auto w = spool.write(reinterpret_cast<const char*>(b.data()), b.size()); !w)
                    return w.error();
            }
            items.push_back(std::move(it));
        }
        if (control.progress)
            control.progress({int(items.size()), total});
    }
    if (!page)
        return page.error();
    return items;
}

struct BagSpec {
    qint64 batchId = 0;
    QDateTime createdAt;
    QString fileName;
    QString sourceOrganization;
};

struct Written {
    DurableFile file;
    QString sha256;
    std::uint64_t size = 0;
    int photos = 0;
};

// The bag as one ZIP, entries in name order under one top folder, streamed into a temporary file.
Result<Written> writeArchive(const BagSpec& spec, const Format& f, const std::vector<Item>& items,
                             const DurableFile& spool, const QString& dir, const JobControl& control) {
    const QString top = QFileInfo(spec.fileName).completeBaseName() + QLatin1Char('/');
    std::vector<const Item*> sent;
    for (const Item& it : items)
        if (it.refused.isEmpty())
            sent.push_back(&it);
    std::vector<ManifestRow> rows;
    for (const Item* it : sent)
        rows.push_back({it->row.fileName, it->row.applicantName, it->row.idNumber, it->row.examNumber,
                        it->row.school, it->row.level, it->row.approvedAt, it->sha256, it->row.submissionId});
    std::sort(rows.begin(), rows.end(), [](const ManifestRow& a, const ManifestRow& b) {
        return a.fileName.toUtf8() < b.fileName.toUtf8();
    });
    auto csv = receiverManifestCsv(rows, f.format.manifestEncoding);
    if (!csv)
        return csv.error();
    const QString manifestName =
        QStringLiteral("data/") + QString::fromStdString(f.format.manifestName) + QStringLiteral(".csv");

    // Every entry: in-memory bytes, or a range of the spool.
    struct Entry {
        QString name;
        QByteArray bytes;
        const Item* item = nullptr;
    };
    std::vector<Entry> entries;
    std::vector<std::pair<QString, QString>> payload;
    std::uint64_t payloadBytes = 0;
    for (const Item* it : sent) {
        entries.push_back({top + QStringLiteral("data/") + it->row.fileName, {}, it});
        payload.emplace_back(QStringLiteral("data/") + it->row.fileName, it->sha256);
        payloadBytes += it->size;
    }
    entries.push_back({top + manifestName, *csv, nullptr});
    payload.emplace_back(manifestName, sha256Hex(*csv));
    payloadBytes += std::uint64_t(csv->size());
    if (f.format.manifestKind == "xlsx") { // besides the CSV, which verify reads
        auto xlsx = receiverManifestXlsx(rows, spec.createdAt);
        if (!xlsx)
            return xlsx.error();
        const QString xlsxName =
            QStringLiteral("data/") + QString::fromStdString(f.format.manifestName) + QStringLiteral(".xlsx");
        entries.push_back({top + xlsxName, *xlsx, nullptr});
        payload.emplace_back(xlsxName, sha256Hex(*xlsx));
        payloadBytes += std::uint64_t(xlsx->size());
    }

    // The print sheet, for receivers that want paper photos: streamed into its own spool first (its size
    // and CRC go before its bytes in the archive).
    std::optional<DurableFile> sheet;
    std::uint32_t sheetCrc = 0;
    const QString sheetName = QStringLiteral("data/print-sheet.pdf");
    if (f.format.print.wanted) {
        auto made =
            DurableFile::create(dir, QStringLiteral(".") + spec.fileName + QStringLiteral(".pdf.spool"));
        if (!made)
            return made.error();
        sheet.emplace(std::move(made).value());
        Sha256 sheetHash;
        PrintSheetWriter pdf(
            [&](const char* d, std::size_t n) -> Result<void> {
                sheetCrc = crc32Update(sheetCrc, d, n);
                sheetHash.add(d, n);
                return sheet->write(d, n);
            },
            f.format.print.paper, f.format.print.widthMm, f.format.print.heightMm);
        if (auto r = pdf.begin(); !r)
            return r.error();
        for (const Item* it : sent) {
            if (isCancelled(control))
                return cancelled();
            auto bytes = spool.readAt(it->offset, std::size_t(it->size));
            if (!bytes)
                return bytes.error();
            if (auto r = pdf.addPhoto(*bytes, f.format.width, f.format.height, it->row.applicantName,
                                      QFileInfo(it->row.fileName).completeBaseName());
                !r)
                return r.error();
        }
        if (auto r = pdf.finish(); !r)
            return r.error();
        entries.push_back({top + sheetName, {}, nullptr});
        payload.emplace_back(sheetName, sheetHash.hex());
        payloadBytes += sheet->size();
    }

    const QByteArray bagit = bagitTxt();
    const QByteArray info =
        bagInfoTxt(spec.sourceOrganization, spec.batchId, spec.createdAt, payloadBytes, payload.size());
    const QByteArray manifest = manifestTxt(payload);
    const QByteArray tagmanifest =
        manifestTxt({{QStringLiteral("bagit.txt"), sha256Hex(bagit)},
                     {QStringLiteral("bag-info.txt"), sha256Hex(info)},
                     {QStringLiteral("manifest-sha256.txt"), sha256Hex(manifest)}});
    entries.push_back({top + QStringLiteral("bagit.txt"), bagit, nullptr});
    entries.push_back({top + QStringLiteral("bag-info.txt"), info, nullptr});
    entries.push_back({top + QStringLiteral("manifest-sha256.txt"), manifest, nullptr});
    entries.push_back({top + QStringLiteral("tagmanifest-sha256.txt"), tagmanifest, nullptr});
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name.toUtf8() < b.name.toUtf8(); });

    auto out = DurableFile::create(dir, spec.fileName);
    if (!out)
        return out.error();
    Sha256 hash;
    DurableFile& file = *out;
    ZipWriter zip(
        [&](const char* data, std::size_t n) -> Result<void> {
            hash.add(data, n);
            return file.write(data, n);
        },
        spec.createdAt);
    std::size_t k = 0;
    for (const Entry& e : entries) {
        if (++k % kPage == 0 && isCancelled(control))
            return cancelled();
        if (sheet && e.name == top + sheetName) {
            auto r =
                zip.addStreamed(e.name, sheet->size(), sheetCrc, [&](const ByteSink& put) -> Result<void> {
                    constexpr std::size_t kChunk = 1 << 20;
                    for (std::uint64_t at = 0; at < sheet->size(); at += kChunk) {
                        auto piece = sheet->readAt(
                            at, std::size_t(std::min<std::uint64_t>(kChunk, sheet->size() - at)));
                        if (!piece)
                            return piece.error();
                        if (auto w = put(piece->constData(), std::size_t(piece->size())); !w)
                            return w;
                    }
                    return {};
                });
            if (!r)
                return r.error();
            continue;
        }
        if (!e.item) {
            if (auto r = zip.add(e.name, e.bytes); !r)
                return r.error();
            continue;
        }
        auto bytes = spool.readAt(e.item->offset, std::size_t(e.item->size));
        if (!bytes)
            return bytes.error();
        if (auto r = zip.add(e.name, *bytes); !r)
            return r.error();
    }
    if (auto r = zip.finish(); !r)
        return r.error();
    const std::uint64_t size = zip.bytesWritten();
    return Written{std::move(out).value(), hash.hex(), size, int(sent.size())};
}

Result<QString> usableFolder(const QString& outDir) {
    const QFileInfo fi(outDir);
    if (outDir.isEmpty() || !fi.isDir())
        return makeError("export.destination",
                         ("the destination folder does not exist: " + outDir).toStdString());
    if (!fi.isWritable())
        return makeError("export.destination",
                         ("the destination folder is not writable: " + outDir).toStdString());
    return fi.absoluteFilePath();
}

} // namespace

Result<int> recoverAbandoned(store::Connection& c) {
    auto abandoned = store::abandonedExports(c);
    if (!abandoned)
        return abandoned.error();
    int n = 0;
    for (const auto& b : *abandoned) {
        if (auto r = removeLeftovers(b.destination, b.fileName); !r)
            return r.error();
        if (auto r = store::rollbackExport(c, b.batchId, QStringLiteral("abandoned while building")); !r)
            return r.error();
        ++n;
    }
    return n;
}

Result<Preview> previewBatch(store::Connection& c, store::ExportSelection selection) {
    auto receiver = store::exportReceiver(c, selection.receiver);
    if (!receiver)
        return receiver.error();
    auto f = loadFormat(receiver->format);
    if (!f)
        return f.error();
    selection.naming = namingOf(f->format.naming);
    auto rows = store::previewExport(c, selection);
    if (!rows)
        return rows.error();
    Preview p{*receiver, QString::fromStdString(f->format.title), std::move(rows).value(), 0, 0};
    for (const auto& r : p.rows) {
        p.totalBytes += r.photoBytes;
        if (!r.problem.isEmpty())
            ++p.problems;
    }
    return p;
}

Result<Created> createBatch(store::Connection& c, store::ExportSelection selection, const QString& outDir,
                            const JobControl& control) {
    auto dir = usableFolder(outDir);
    if (!dir)
        return dir.error();
    if (auto r = recoverAbandoned(c); !r)
        return r.error();
    auto receiver = store::exportReceiver(c, selection.receiver);
    if (!receiver)
        return receiver.error();
    auto f = loadFormat(receiver->format);
    if (!f)
        return f.error();
    selection.naming = namingOf(f->format.naming);
    auto begun = store::beginExport(c, selection, receiver->format, *dir);
    if (!begun)
        return begun.error();
    if (!*begun)
        return Created{};
    const store::BatchStart start = **begun;
    auto failed = [&](const Error& e) -> Error {
        (void)store::rollbackExport(c, start.batchId, QString::fromStdString(e.code));
        return e;
    };

    auto spool = DurableFile::create(*dir, QStringLiteral(".") + start.fileName + QStringLiteral(".spool"));
    if (!spool)
        return failed(spool.error());
    auto items = fitAll(c, start.batchId, *f, *spool, control, start.photos, false);
    if (!items)
        return failed(items.error());
    Created created;
    for (const Item& it : *items)
        if (!it.refused.isEmpty())
            created.refusals.push_back({it.row.submissionId, it.refused});
    created.refused = int(created.refusals.size());
    if (created.refusals.size() == items->size()) {
        (void)store::rollbackExport(c, start.batchId, QStringLiteral("every photo refused"));
        return created;
    }
    BagSpec spec{start.batchId, start.createdAt, start.fileName, receiver->sourceOrganization};
    auto written = writeArchive(spec, *f, *items, *spool, *dir, control);
    if (!written)
        return failed(written.error());
    if (isCancelled(control))
        return failed(cancelled());
    if (auto r = written->file.commit(); !r)
        return failed(r.error());
    // In place: from here a crash leaves a building batch with its file, which recovery removes.
    if (auto r =
            store::sealExport(c, start.batchId, written->sha256, qint64(written->size), created.refusals);
        !r) {
        (void)removeLeftovers(*dir, start.fileName);
        return failed(r.error());
    }
    created.batchId = start.batchId;
    created.file = written->file.finalPath();
    created.photos = written->photos;
    created.sha256 = written->sha256;
    return created;
}

Result<Created> rebuildBatch(store::Connection& c, qint64 batchId, const QString& outDir,
                             const JobControl& control) {
    auto dir = usableFolder(outDir);
    if (!dir)
        return dir.error();
    auto batch = store::loadExportBatch(c, batchId);
    if (!batch)
        return batch.error();
    if (!*batch)
        return makeError("export.no_batch", "no such batch");
    const store::ExportBatch& b = **batch;
    if (b.state != QLatin1String("sealed") && b.state != QLatin1String("transmitted"))
        return makeError("export.not_sealed", ("batch " + QString::number(batchId) + " is " + b.state +
                                               ": only a sealed or transmitted batch is rebuilt")
                                                  .toStdString());
    auto f = loadFormat(b.format);
    if (!f)
        return f.error();
    auto spool = DurableFile::create(*dir, QStringLiteral(".") + b.fileName + QStringLiteral(".spool"));
    if (!spool)
        return spool.error();
    auto items = fitAll(c, batchId, *f, *spool, control, b.photos + b.refused, true);
    if (!items)
        return items.error();
    Created created;
    for (const Item& it : *items)
        if (!it.refused.isEmpty())
            created.refusals.push_back({it.row.submissionId, it.refused});
    created.refused = int(created.refusals.size());
    if (created.refused != b.refused)
        return makeError("export.rebuild_differs",
                         "the photos no longer fit as they did: the batch cannot be rebuilt as it was");
    auto written = writeArchive({b.id, b.createdAt, b.fileName, b.sourceOrganization}, *f, *items, *spool,
                                *dir, control);
    if (!written)
        return written.error();
    if (written->sha256 != b.sha256)
        return makeError("export.rebuild_differs", "the rebuilt archive differs from the sealed one (the "
                                                   "photos, the applicants' details or the format changed)");
    if (isCancelled(control))
        return cancelled();
    if (auto r = written->file.commit(); !r)
        return r.error();
    if (auto r = store::recordRebuild(c, batchId, written->sha256); !r) {
        (void)removeLeftovers(*dir, b.fileName);
        return r.error();
    }
    created.batchId = batchId;
    created.file = written->file.finalPath();
    created.photos = written->photos;
    created.sha256 = written->sha256;
    return created;
}

} // namespace certphoto::exporting
