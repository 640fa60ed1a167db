#include "loaded_submission.h"

#include <certphoto/store/queue.h>
#include <certphoto/store/skip_claim.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>

#include <algorithm>

namespace certphoto::app {

void decodeImages(LoadedSubmission& s) {
    QBuffer buffer(&s.detail.photo);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // the core reports coordinates in the orientation meant to be seen
    s.photo = reader.read();
    if (s.photo.isNull())
        s.photoError = QCoreApplication::translate("LoadedSubmission", "The photo cannot be decoded: %1")
                           .arg(reader.errorString());
    else {
        s.photoSize = s.photo.size();
        if (std::max(s.photo.width(), s.photo.height()) > kDisplayMax)
            s.photo = s.photo.scaled(kDisplayMax, kDisplayMax, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        s.photo = s.photo.convertToFormat(QImage::Format_RGB32);
    }

    if (!s.detail.maskPng.isEmpty() && !s.photo.isNull()) {
        QImage mask = QImage::fromData(s.detail.maskPng, "PNG").convertToFormat(QImage::Format_Grayscale8);
        if (!mask.isNull()) {
            if (mask.size() != s.photo.size()) // the display size (the mask comes at the photo's own size)
                mask = mask.scaled(s.photo.size());
            // Background (255) hatched, its edge drawn solid: the extent of the mask shows, and the real
            // background colour stays visible between the stripes (a flat tint would change it).
            QImage tint(mask.size(), QImage::Format_ARGB32_Premultiplied);
            const int w = mask.width(), h = mask.height();
            auto isBackground = [&](int x, int y) { return mask.constScanLine(y)[x] > 127; };
            for (int y = 0; y < h; ++y) {
                auto* out = reinterpret_cast<QRgb*>(tint.scanLine(y));
                for (int x = 0; x < w; ++x) {
                    if (!isBackground(x, y)) {
                        out[x] = qRgba(0, 0, 0, 0);
                        continue;
                    }
                    const bool edge =
                        (x > 0 && !isBackground(x - 1, y)) || (x + 1 < w && !isBackground(x + 1, y)) ||
                        (y > 0 && !isBackground(x, y - 1)) || (y + 1 < h && !isBackground(x, y + 1));
                    if (edge)
                        out[x] = qRgba(230, 0, 230, 255);
                    else if ((x + y) % 12 < 2)
                        out[x] = qRgba(120, 0, 120, 120);
                    else
                        out[x] = qRgba(0, 0, 0, 0);
                }
            }
            s.maskOverlay = tint;
        }
    }
    s.detail.photo.clear(); // keep memory for the next preload
    s.report = parseReport(s.detail.reportJson);
}

namespace {

Result<std::optional<LoadedSubmission>> fetch(store::Connection& c, const store::Lease& lease) {
    LoadedSubmission s;
    s.lease = lease;
    auto detail = store::loadSubmission(c, s.lease.submissionId);
    if (!detail) {
        (void)store::releaseLease(c, s.lease.submissionId);
        return detail.error();
    }
    s.detail = std::move(detail.value());
    return std::optional<LoadedSubmission>(std::move(s));
}

} // namespace

Result<std::optional<LoadedSubmission>> claimAndFetch(store::Connection& c, qint64 submissionId,
                                                      const QList<qint64>& passOver) {
    if (submissionId > 0) {
        auto lease = store::claimSubmission(c, submissionId);
        if (!lease)
            return lease.error();
        return fetch(c, lease.value());
    }
    if (!passOver.isEmpty()) {
        auto lease = store::claimNextSkipping(c, passOver);
        if (!lease)
            return lease.error();
        if (lease->has_value())
            return fetch(c, **lease);
        // Only skipped ones are left: they come back now.
    }
    auto lease = store::claimNext(c);
    if (!lease)
        return lease.error();
    if (!lease->has_value())
        return std::optional<LoadedSubmission>();
    return fetch(c, **lease);
}

Result<std::optional<LoadedSubmission>> claimPassedAndFetch(store::Connection& c, const QList<qint64>& skip) {
    auto queue = store::listQueue(c, 500);
    if (!queue)
        return queue.error();
    for (const store::QueueEntry& e : queue.value()) {
        if (e.coreVerdict != QLatin1String("pass") || !e.claimedBy.isEmpty() || skip.contains(e.submissionId))
            continue;
        auto lease = store::claimSubmission(c, e.submissionId);
        if (!lease) {
            if (lease.error().code.rfind("lease", 0) == 0 || lease.error().code == "submission.not_pending")
                continue; // someone else was quicker: the next one
            return lease.error();
        }
        return fetch(c, lease.value());
    }
    return std::optional<LoadedSubmission>();
}

Result<std::optional<LoadedSubmission>> claimAndLoad(store::Connection& c, qint64 submissionId) {
    auto r = claimAndFetch(c, submissionId);
    if (r && r->has_value())
        decodeImages(**r);
    return r;
}

} // namespace certphoto::app
