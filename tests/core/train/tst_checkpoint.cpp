#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/model_registry.h"
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

private Q_SLOTS:
    void roundTripIsBitExact() {
        core::ModelSpec spec;
        spec.architecture = "deeplabv3plus";
        spec.width = 8;
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
        spec.width = 4;
        spec.depth = 3;
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
        small.width = 4;
        small.depth = 3;
        small.numClasses = 3;
        core::ModelSpec wide = small;
        wide.width = 8;
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
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
