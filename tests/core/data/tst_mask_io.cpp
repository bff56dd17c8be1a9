#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include "core/common/error.h"
#include "core/data/mask_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestMaskIo : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path path(const char* name) const { return test::toPath(m_dir.path()) / name; }

    static core::ErrorCode readError(const fs::path& file, const core::ClassMap* table = nullptr) {
        return test::errorCodeOf([&] { core::readMask(file, table); }, file);
    }

private Q_SLOTS:
    void palettePngRoundTripKeepsIndices() {
        const cv::Mat m = test::mask({{0, 1, 2, 255}, {20, 4, 3, 0}, {1, 1, 1, 1}});
        test::writeMask(path("m.png"), m);
        QVERIFY(test::sameMat(core::readMask(path("m.png")), m));
    }

    void palettePngShowsClassColoursToOtherReaders() {
        // What an image viewer (or cv::imread) sees: the class colours, not the indices.
        const core::ClassMap classes({{"bg", {0, 0, 0}}, {"leaf", {10, 200, 30}}}, 255);
        core::writeMask(path("c.png"), test::mask({{0, 1}}), classes);
        const cv::Mat bgr = cv::imread(path("c.png").string(), cv::IMREAD_COLOR);
        QCOMPARE(bgr.at<cv::Vec3b>(0, 1), cv::Vec3b(30, 200, 10));
    }

    void largeRandomMaskRoundTripIsExact() {
        cv::Mat m(517, 389, CV_8UC1);
        cv::randu(m, 0, 256);
        test::writeMask(path("big.png"), m);
        QVERIFY(test::sameMat(core::readMask(path("big.png")), m));
    }

    void readsGreyPng8And16Bit() {
        const cv::Mat m = test::mask({{0, 3}, {7, 255}});
        test::writeWithOpenCv(path("g8.png"), m);
        QVERIFY(test::sameMat(core::readMask(path("g8.png")), m));
        cv::Mat wide;
        m.convertTo(wide, CV_16U);
        test::writeWithOpenCv(path("g16.png"), wide);
        QVERIFY(test::sameMat(core::readMask(path("g16.png")), m));
    }

    void sixteenBitValuesAbove255AreRejected() {
        cv::Mat wide(2, 2, CV_16UC1, cv::Scalar(1));
        wide.at<uint16_t>(1, 0) = 300;
        test::writeWithOpenCv(path("w.png"), wide);
        QCOMPARE(readError(path("w.png")), core::ErrorCode::ValueOutOfRange);
    }

    void colourCodedMaskReadsThroughTheTable() {
        const core::ClassMap classes = core::ClassMap::voc();
        cv::Mat rgbAsBgr(1, 3, CV_8UC3);
        for (int i = 0; i < 3; ++i) {
            const auto c = core::vocColor(i == 2 ? 15 : i);
            rgbAsBgr.at<cv::Vec3b>(0, i) = cv::Vec3b(c.b, c.g, c.r);
        }
        test::writeWithOpenCv(path("rgb.png"), rgbAsBgr);
        QVERIFY(test::sameMat(core::readMask(path("rgb.png"), &classes), test::mask({{0, 1, 15}})));
        test::writeWithOpenCv(path("rgb.bmp"), rgbAsBgr);
        QVERIFY(test::sameMat(core::readMask(path("rgb.bmp"), &classes), test::mask({{0, 1, 15}})));
    }

    void colourMaskWithoutTableOrUnknownColourFails() {
        cv::Mat odd(1, 2, CV_8UC3, cv::Scalar(1, 2, 3));
        test::writeWithOpenCv(path("odd.png"), odd);
        QCOMPARE(readError(path("odd.png")), core::ErrorCode::UnsupportedFormat);
        const auto voc = core::ClassMap::voc();
        QCOMPARE(readError(path("odd.png"), &voc), core::ErrorCode::ValueOutOfRange);
    }

    void brokenFilesAreNamed() {
        test::writeMask(path("ok.png"), test::mask({{1, 2, 3, 4}, {4, 3, 2, 1}}));
        test::writeBytes(path("empty.png"), "");
        test::writeTruncatedCopy(path("ok.png"), path("cut.png"),
                                 test::readBytes(path("ok.png")).size() / 2);
        test::writeBytes(path("text.png"), "this is not an image at all");
        QCOMPARE(readError(path("empty.png")), core::ErrorCode::FileEmpty);
        QCOMPARE(readError(path("cut.png")), core::ErrorCode::FileTruncated);
        QCOMPARE(readError(path("text.png")), core::ErrorCode::NotAnImage);
        QCOMPARE(readError(path("missing.png")), core::ErrorCode::FileNotFound);
    }

    void nonAsciiPathsWithSpacesWork() {
        const fs::path dir = test::toPath(m_dir.path()) / u8"数据" / u8"图像 掩码";
        fs::create_directories(dir);
        const cv::Mat m = test::mask({{0, 1}, {1, 0}});
        test::writeMask(dir / u8"第 1 张.png", m);
        QVERIFY(test::sameMat(core::readMask(dir / u8"第 1 张.png"), m));
    }

    // core's writeMask itself makes a missing masks folder (the helper test::writeMask used
    // elsewhere creates folders, which hid that it did not).
    void writeCreatesAMissingMaskFolder() {
        const fs::path folder = test::toPath(m_dir.path()) / u8"new 掩码";
        QVERIFY(!fs::exists(folder));
        const cv::Mat m = test::mask({{0, 1}, {1, 0}});
        core::writeMask(folder / "a.png", m, core::ClassMap::voc());
        QVERIFY(test::sameMat(core::readMask(folder / "a.png"), m));
    }

    // A folder that cannot be made is named: here its own parent is missing (an unplugged
    // drive, a moved project), and nothing is created.
    void writeNamesTheFolderItCannotCreate() {
        const fs::path folder = test::toPath(m_dir.path()) / "gone" / "masks";
        QCOMPARE(test::errorCodeOf(
                     [&] {
                         core::writeMask(folder / "a.png", test::mask({{1}}),
                                         core::ClassMap::voc());
                     },
                     folder),
                 core::ErrorCode::WriteFailed);
        QVERIFY(!fs::exists(test::toPath(m_dir.path()) / "gone"));
    }

    void writeRejectsNonMasks() {
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::writeMask(path("x.png"), cv::Mat(), core::ClassMap::voc()));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::writeMask(path("x.png"), cv::Mat(2, 2, CV_8UC3),
                                                              core::ClassMap::voc()));
        QVERIFY(!fs::exists(path("x.png")));
    }

    void valueCheckNamesValueAndPlace() {
        const core::ClassMap classes({"a", "b"});
        core::checkMaskValues(test::mask({{0, 1, 255}}), classes, "m.png");  // in range: no throw
        try {
            core::checkMaskValues(test::mask({{0, 1}, {1, 7}}), classes, "m.png");
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::ValueOutOfRange);
            QVERIFY(e.detail().find("value 7 at (x 1, y 1)") != std::string::npos);
        }
        QCOMPARE(core::maxMaskValue(test::mask({{0, 9, 255}}), 255), 9);
        QCOMPARE(core::maxMaskValue(test::mask({{255}}), 255), -1);
    }
};

QTEST_GUILESS_MAIN(TestMaskIo)
#include "tst_mask_io.moc"
