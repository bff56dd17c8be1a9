#include <random>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/common/sha256.h"
#include "core/common/zip_check.h"
#include "core/models/model_registry.h"
#include "core/train/checkpoint_digest.h"
#include "core/train/checkpoint_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestCheckpoint : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static core::CheckpointInfo sampleInfo(const core::ModelSpec& spec) {
        core::CheckpointInfo info;
        info.model = spec;
        info.classes = core::ClassMap({"bg", "cell", "nucleus"});
        info.epochsCompleted = 7;
        info.iteration = 420;
        info.meanIoU = 0.625;
        info.pixelAccuracy = 0.9;
        info.bestMeanIoU = 0.7;
        info.bestEpoch = 5;
        info.trainConfigJson = "{}";
        return info;
    }

    static bool sameTensors(core::SegmentationModelImpl& a, core::SegmentationModelImpl& b) {
        auto pa = a.named_parameters(), pb = b.named_parameters();
        for (const auto& p : pa)
            if (!torch::equal(p.value(), pb[p.key()])) return false;
        auto ba = a.named_buffers(), bb = b.named_buffers();
        for (const auto& x : ba)
            if (!torch::equal(x.value(), bb[x.key()])) return false;
        return pa.size() == pb.size() && ba.size() == bb.size();
    }

    static core::ModelSpec tinySpec() {
        core::ModelSpec spec;
        spec.set("width", 4);
        spec.set("depth", 3);
        spec.numClasses = 3;
        return spec;
    }

    // A small U-Net saved with its optimiser state, so that weights, metadata and optimiser
    // state are all in the file.
    fs::path saveTiny(const char* name, core::SegmentationModel& model) {
        model = core::createModel(tinySpec());
        torch::optim::AdamW optimizer(model->parameters());
        model->forward(torch::randn({2, 3, 32, 32})).mean().backward();
        optimizer.step();
        const fs::path file = test::toPath(m_dir.path()) / name;
        core::saveCheckpoint(file, sampleInfo(tinySpec()), *model, &optimizer);
        return file;
    }

    // Empty when `load` threw a core::Error naming `file`; otherwise what happened instead.
    template <typename Load>
    static QString notRefused(Load&& load, const fs::path& file) {
        try {
            load();
        } catch (const core::Error& e) {
            if (e.file() != file) return QStringLiteral("error names ") + e.file().c_str();
            if (!QString::fromUtf8(e.what()).contains(QString::fromStdString(file.string())))
                return QStringLiteral("message does not name the file: ") + e.what();
            return {};
        } catch (const std::exception& e) {
            return QStringLiteral("escaped as a non-core exception: ") + e.what();
        }
        return QStringLiteral("loaded without complaint");
    }

    // Every way core reads a checkpoint; each must refuse `file`. Empty when all did.
    static QString refusedByEveryReader(const fs::path& file, core::SegmentationModelImpl& model) {
        torch::optim::AdamW optimizer(model.parameters());
        const QString load = notRefused([&] { core::loadCheckpoint(file); }, file);
        if (!load.isEmpty()) return QStringLiteral("loadCheckpoint: ") + load;
        const QString info = notRefused([&] { core::readCheckpointInfo(file); }, file);
        if (!info.isEmpty()) return QStringLiteral("readCheckpointInfo: ") + info;
        const QString state = notRefused([&] { core::loadOptimizerState(file, optimizer); }, file);
        if (!state.isEmpty()) return QStringLiteral("loadOptimizerState: ") + state;
        return {};
    }

    // Byte positions to damage: every k-th byte (about 400), every byte of the end record and
    // the digest, and `randomCount` seeded random ones.
    static std::vector<size_t> damagePositions(size_t size, int randomCount) {
        std::vector<size_t> positions;
        for (size_t p = 0; p < size; p += std::max<size_t>(1, size / 400)) positions.push_back(p);
        for (size_t p = size - std::min<size_t>(size, 110); p < size; ++p) positions.push_back(p);
        std::mt19937_64 rng(9);
        for (int i = 0; i < randomCount; ++i) positions.push_back(rng() % size);
        return positions;
    }

private Q_SLOTS:
    void roundTripIsBitExact() {
        core::ModelSpec spec;
        spec.architecture = "deeplabv3plus";
        spec.set("width", 8);
        spec.numClasses = 3;
        auto model = core::createModel(spec);
        model->forward(torch::randn({2, 3, 32, 32}));  // non-trivial BatchNorm statistics
        torch::optim::AdamW optimizer(model->parameters());
        const fs::path first = test::toPath(m_dir.path()) / "a.pt",
                       second = test::toPath(m_dir.path()) / "b.pt";
        core::saveCheckpoint(first, sampleInfo(spec), *model, &optimizer);
        const auto loaded = core::loadCheckpoint(first);
        QVERIFY(sameTensors(*model, *loaded.model));
        QCOMPARE(loaded.info.epochsCompleted, 7);
        QCOMPARE(loaded.info.iteration, int64_t{420});
        QCOMPARE(loaded.info.meanIoU, 0.625);
        QVERIFY(loaded.info.classes == sampleInfo(spec).classes);
        QVERIFY(loaded.info.model == spec);
        core::saveCheckpoint(second, loaded.info, *loaded.model, nullptr);
        QVERIFY(sameTensors(*loaded.model, *core::loadCheckpoint(second).model));
        QVERIFY(!loaded.model->is_training());
    }

    void brokenFilesAreNamed() {
        core::ModelSpec spec;
        spec.set("width", 4);
        spec.set("depth", 3);
        spec.numClasses = 3;
        auto model = core::createModel(spec);
        const fs::path good = test::toPath(m_dir.path()) / "good.pt";
        core::saveCheckpoint(good, sampleInfo(spec), *model, nullptr);
        const fs::path cut = test::toPath(m_dir.path()) / "cut.pt",
                       empty = test::toPath(m_dir.path()) / "empty.pt",
                       text = test::toPath(m_dir.path()) / "notes.pt";
        test::writeTruncatedCopy(good, cut, test::readBytes(good).size() / 2);
        test::writeBytes(empty, "");
        test::writeBytes(text, "not a checkpoint");
        QCOMPARE(test::errorCodeOf([&] { core::loadCheckpoint(cut); }, cut),
                 core::ErrorCode::FileUnreadable);
        QCOMPARE(test::errorCodeOf([&] { core::loadCheckpoint(empty); }, empty),
                 core::ErrorCode::FileEmpty);
        QCOMPARE(test::errorCodeOf([&] { core::readCheckpointInfo(text); }, text),
                 core::ErrorCode::FileUnreadable);
        // Without an optimiser state there is nothing to resume.
        torch::optim::Adam optimizer(model->parameters());
        QCOMPARE(test::errorCodeOf([&] { core::loadOptimizerState(good, optimizer); }, good),
                 core::ErrorCode::InvalidContent);
    }

    // Weights of one architecture under the metadata of another do not load silently.
    void weightsThatDoNotFitTheirMetadataAreRejected() {
        core::ModelSpec small;
        small.set("width", 4);
        small.set("depth", 3);
        small.numClasses = 3;
        core::ModelSpec wide = small;
        wide.set("width", 8);
        auto model = core::createModel(wide);
        const fs::path file = test::toPath(m_dir.path()) / "mislabelled.pt";
        core::saveCheckpoint(file, sampleInfo(small), *model, nullptr);
        try {
            core::loadCheckpoint(file);
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidContent);
            QVERIFY(e.detail().find("do not fit") != std::string::npos);
        }
    }

    // Any flipped bit anywhere (weights, metadata, optimiser state, zip directories, the
    // digest itself) is refused with an Error naming the file, by every reader.
    void everyFlippedBitIsRefused() {
        core::SegmentationModel model;
        const fs::path good = saveTiny("sealed.pt", model);
        QCOMPARE(core::loadCheckpoint(good).info.epochsCompleted, 7);
        const std::string bytes = test::readBytes(good);
        const fs::path damaged = test::toPath(m_dir.path()) / "flipped.pt";
        const auto positions = damagePositions(bytes.size(), 300);
        for (size_t n = 0; n < positions.size(); ++n) {
            std::string copy = bytes;
            copy[positions[n]] = static_cast<char>(copy[positions[n]] ^ (1 << (n % 8)));
            test::writeBytes(damaged, copy);
            const QString failure = refusedByEveryReader(damaged, *model);
            QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("byte %1 of %2, bit %3: %4")
                                                       .arg(positions[n])
                                                       .arg(bytes.size())
                                                       .arg(n % 8)
                                                       .arg(failure)));
        }
    }

    // Cut anywhere, or empty: refused by every reader and by checkpointDigest.
    void truncatedAndEmptyFilesAreRefused() {
        core::SegmentationModel model;
        const fs::path good = saveTiny("whole.pt", model);
        const size_t size = test::readBytes(good).size();
        const fs::path cut = test::toPath(m_dir.path()) / "cut.pt";
        for (size_t keep :
             {size_t{0}, size_t{1}, size_t{21}, size_t{22}, size_t{100}, size / 3, size / 2,
              size - 200, size - 103, size - 82, size - 81, size - 22, size - 1}) {
            test::writeTruncatedCopy(good, cut, keep);
            const QString failure = refusedByEveryReader(cut, *model);
            QVERIFY2(
                failure.isEmpty(),
                qPrintable(QStringLiteral("%1 of %2 bytes: %3").arg(keep).arg(size).arg(failure)));
            const QString digest = notRefused([&] { core::checkpointDigest(cut); }, cut);
            QVERIFY2(digest.isEmpty(),
                     qPrintable(QStringLiteral("%1 bytes: %2").arg(keep).arg(digest)));
        }
        test::writeTruncatedCopy(good, cut, 0);
        QCOMPARE(test::errorCodeOf([&] { core::loadCheckpoint(cut); }, cut),
                 core::ErrorCode::FileEmpty);
    }

    void changedBytesAreReportedAsADamagedCopy() {
        core::SegmentationModel model;
        const fs::path good = saveTiny("copy.pt", model);
        std::string bytes = test::readBytes(good);
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
        const fs::path damaged = test::toPath(m_dir.path()) / "damaged copy.pt";
        test::writeBytes(damaged, bytes);
        try {
            core::loadCheckpoint(damaged);
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidContent);
            QCOMPARE(e.file(), damaged);
            QVERIFY2(e.detail().find("changed since it was saved") != std::string::npos, e.what());
        }
    }

    // Checkpoints written before digests were stored load as before; damaged ones are loaded
    // or refused with an Error naming the file, never anything that ends the process
    // (LibTorch throws c10::Error, torch::jit::ErrorReport, std::bad_alloc, ...).
    void checkpointsWithoutDigestLoadAndDamagedOnesNeverEndTheProcess() {
        core::SegmentationModel model;
        const fs::path sealed = saveTiny("new.pt", model);
        const std::string bytes = test::withoutCheckpointDigest(test::readBytes(sealed));
        const fs::path old = test::toPath(m_dir.path()) / "old.pt";
        test::writeBytes(old, bytes);
        QVERIFY(!core::storedCheckpointDigest(old));
        QVERIFY(sameTensors(*model, *core::loadCheckpoint(old).model));
        torch::optim::AdamW optimizer(model->parameters());
        core::loadOptimizerState(old, optimizer);

        const fs::path damaged = test::toPath(m_dir.path()) / "old damaged.pt";
        int refused = 0, loaded = 0;
        const auto positions = damagePositions(bytes.size(), 200);
        for (size_t n = 0; n < positions.size(); ++n) {
            std::string copy = bytes;
            copy[positions[n]] = static_cast<char>(copy[positions[n]] ^ (1 << (n % 8)));
            test::writeBytes(damaged, copy);
            const QString failure = notRefused([&] { core::loadCheckpoint(damaged); }, damaged);
            if (failure == QStringLiteral("loaded without complaint")) {
                ++loaded;
                continue;
            }
            QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("byte %1 of %2, bit %3: %4")
                                                       .arg(positions[n])
                                                       .arg(bytes.size())
                                                       .arg(n % 8)
                                                       .arg(failure)));
            ++refused;
        }
        // Without a digest much damage goes unnoticed (hence the digest); some is caught.
        QVERIFY2(refused > 0 && loaded > 0,
                 qPrintable(QStringLiteral("%1 refused, %2 loaded").arg(refused).arg(loaded)));
    }

    // A checkpoint without digest whose zip is sound (CRC-32s fixed) but whose TorchScript
    // code does not compile: LibTorch throws torch::jit::ErrorReport, which is no c10::Error.
    void codeThatDoesNotCompileIsAnErrorNamingTheFile() {
        core::SegmentationModel model;
        const fs::path sealed = saveTiny("code.pt", model);
        const fs::path broken = test::toPath(m_dir.path()) / "broken code.pt";
        test::writeBytes(
            broken, test::replaceInZipEntry(test::withoutCheckpointDigest(test::readBytes(sealed)),
                                            "class Module(Module):", "clasz Module(Module):"));
        QVERIFY2(core::zipArchiveProblem(test::readBytes(broken)).empty(),
                 "the archive itself must stay sound");
        const QString failure = refusedByEveryReader(broken, *model);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // LibTorch's message starts with a line break; what it says is kept all the same.
        try {
            core::loadCheckpoint(broken);
        } catch (const core::Error& e) {
            QVERIFY2(e.detail().find("Unexpected token") != std::string::npos, e.what());
        }
    }

    // The digest is read from the file's end without loading it, and equals the SHA-256 of
    // the archive LibTorch wrote, which for a checkpoint without digest is the whole file.
    void digestIsReadWithoutLoading() {
        core::SegmentationModel model, other;
        const fs::path sealed = saveTiny("digest.pt", model);
        const std::string archive = test::withoutCheckpointDigest(test::readBytes(sealed));
        const std::string expected = core::Sha256::hexOf(archive.data(), archive.size());
        QCOMPARE(core::checkpointDigest(sealed), expected);
        QCOMPARE(core::storedCheckpointDigest(sealed).value_or(""), expected);
        const fs::path old = test::toPath(m_dir.path()) / "digest old.pt";
        test::writeBytes(old, archive);
        QCOMPARE(core::checkpointDigest(old), expected);
        QVERIFY(core::checkpointDigest(saveTiny("digest other.pt", other)) != expected);
        const fs::path text = test::toPath(m_dir.path()) / "digest notes.pt";
        test::writeBytes(text, "not a checkpoint");
        QCOMPARE(test::errorCodeOf([&] { core::checkpointDigest(text); }, text),
                 core::ErrorCode::FileUnreadable);
    }

    // The digest sits in the zip comment: the file stays an archive that LibTorch reads
    // straight from disk (as SegStudio did before digests) and Python's zipfile checks.
    void sealedFilesStayValidZipArchives() {
        core::SegmentationModel model;
        const fs::path sealed = saveTiny("zip.pt", model);
        torch::serialize::InputArchive archive;
        archive.load_from(sealed.string());
        c10::IValue meta;
        QVERIFY(archive.try_read("segstudio.meta", meta) && meta.isString());
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("/usr/bin/python3 is needed to check the archive with Python's zipfile");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, zipfile\n"
                                     "z = zipfile.ZipFile(sys.argv[1])\n"
                                     "assert z.testzip() is None\n"
                                     "print(z.comment.decode())\n"),
                      QString::fromStdString(sealed.string())});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
                 QStringLiteral("segstudio-sha256:") +
                     QString::fromStdString(core::checkpointDigest(sealed)));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
