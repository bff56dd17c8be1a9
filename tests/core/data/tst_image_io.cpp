#include <QTemporaryDir>
#include <QTest>

#include "core/common/error.h"
#include "core/data/image_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestImageIo : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path path(const std::string& name) const {
        return test::toPath(m_dir.path()) / fs::u8path(name);
    }

    static core::ErrorCode readError(const fs::path& file) {
        return test::errorCodeOf([&] { core::readImage(file); }, file);
    }

private Q_SLOTS:
    void readsPngJpegBmpTiff_data() {
        QTest::addColumn<QString>("extension");
        for (const char* ext : {"png", "jpg", "bmp", "tif"})
            QTest::newRow(ext) << QString::fromLatin1(ext);
    }

    void readsPngJpegBmpTiff() {
        QFETCH(QString, extension);
        const fs::path file = path("img." + extension.toStdString());
        test::writeWithOpenCv(file, test::image(33, 17));
        const cv::Mat read = core::readImage(file);
        QCOMPARE(read.cols, 33);
        QCOMPARE(read.rows, 17);
        QCOMPARE(read.type(), CV_8UC3);
    }

    void greyImagesBecomeThreeChannels() {
        test::writeWithOpenCv(path("grey.png"), cv::Mat(5, 4, CV_8UC1, cv::Scalar(77)));
        const cv::Mat read = core::readImage(path("grey.png"));
        QCOMPARE(read.type(), CV_8UC3);
        QCOMPARE(read.at<cv::Vec3b>(2, 2), cv::Vec3b(77, 77, 77));
    }

    void sixteenBitImagesAreStretchedNotDarkened() {
        // 12-bit data in a 16-bit PNG (0..4095), grey and colour.
        cv::Mat grey(8, 8, CV_16UC1);
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 8; ++x) grey.at<uint16_t>(y, x) = uint16_t(1000 + 40 * (y * 8 + x));
        const fs::path greyFile = test::toPath(m_dir.path()) / "grey16.png";
        test::writeWithOpenCv(greyFile, grey);
        const cv::Mat g = core::readImage(greyFile);
        QCOMPARE(g.type(), CV_8UC3);
        QCOMPARE(int(g.at<cv::Vec3b>(0, 0)[0]), 0);    // the darkest value
        QCOMPARE(int(g.at<cv::Vec3b>(7, 7)[1]), 255);  // the brightest
        cv::Mat colour(4, 4, CV_16UC3, cv::Scalar(100, 2000, 4000));
        colour.at<cv::Vec3w>(0, 0) = cv::Vec3w(0, 0, 0);
        const fs::path colourFile = test::toPath(m_dir.path()) / "colour16.tif";
        test::writeWithOpenCv(colourFile, colour);
        const cv::Mat c = core::readImage(colourFile);
        QCOMPARE(c.type(), CV_8UC3);
        QCOMPARE(int(c.at<cv::Vec3b>(1, 1)[2]), 255);
        QCOMPARE(int(c.at<cv::Vec3b>(1, 1)[1]), 128);  // 2000 of 4000, rounded
    }

    void brokenFilesAreNamed() {
        test::writeWithOpenCv(path("ok.png"), test::image(64, 64));
        test::writeWithOpenCv(path("ok.jpg"), test::image(64, 64));
        test::writeBytes(path("empty.jpg"), "");
        test::writeTruncatedCopy(path("ok.png"), path("cut.png"),
                                 test::readBytes(path("ok.png")).size() - 20);
        test::writeTruncatedCopy(path("ok.jpg"), path("cut.jpg"),
                                 test::readBytes(path("ok.jpg")).size() / 2);
        test::writeBytes(path("notes.jpg"), "plain text, renamed to .jpg");
        QCOMPARE(readError(path("empty.jpg")), core::ErrorCode::FileEmpty);
        QCOMPARE(readError(path("cut.png")), core::ErrorCode::FileTruncated);
        QCOMPARE(readError(path("cut.jpg")), core::ErrorCode::FileTruncated);
        QCOMPARE(readError(path("notes.jpg")), core::ErrorCode::NotAnImage);
        QCOMPARE(readError(path("absent.png")), core::ErrorCode::FileNotFound);
        QCOMPARE(readError(test::toPath(m_dir.path())),
                 core::ErrorCode::FileUnreadable);  // a folder
    }

    void nonAsciiPathWithSpaces() {
        const fs::path file = path(u8"数据/图像/一 张.png");
        fs::create_directories(file.parent_path());
        test::writeWithOpenCv(file, test::image(8, 6));
        QCOMPARE(core::readImage(file).cols, 8);
    }

    void writePngRoundTrip() {
        const cv::Mat original = test::image(19, 11);
        core::writeImagePng(path("w.png"), original);
        QVERIFY(test::sameMat(core::readImage(path("w.png")), original));
    }

    void extensionsRecognised() {
        QVERIFY(core::isImageExtension("jpeg"));
        QVERIFY(core::isImageExtension("tiff"));
        QVERIFY(!core::isImageExtension("txt"));
        QVERIFY(!core::isImageExtension("PNG"));  // callers lower-case first
    }
};

QTEST_GUILESS_MAIN(TestImageIo)
#include "tst_image_io.moc"
