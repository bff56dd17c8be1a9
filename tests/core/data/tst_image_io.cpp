#include <QTemporaryDir>
#include <QTest>

#include "core/common/error.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

namespace {

void bigEndian32(std::string& out, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += char((v >> shift) & 0xFF);
}

// A PNG chunk with its checksum (CRC-32 of type and data, as the format defines it).
std::string pngChunk(const std::string& type, const std::string& data) {
    uint32_t crc = 0xFFFFFFFFu;
    for (const char c : type + data) {
        crc ^= uint8_t(c);
        for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    std::string chunk;
    bigEndian32(chunk, uint32_t(data.size()));
    chunk += type + data;
    bigEndian32(chunk, ~crc);
    return chunk;
}

// A well-formed PNG that claims a grey image of width x height, with no pixel data.
std::string pngClaiming(uint32_t width, uint32_t height) {
    std::string header;
    bigEndian32(header, width);
    bigEndian32(header, height);
    header += std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit grey, no interlace
    return std::string("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", "") +
           pngChunk("IEND", "");
}

void littleEndian32(std::string& out, uint32_t v) {
    for (int shift = 0; shift <= 24; shift += 8) out += char((v >> shift) & 0xFF);
}

// A BMP file header and BITMAPINFOHEADER claiming a 24-bit image of width x height, with no
// pixels (the shape of the file fuzz_mask found).
std::string bmpClaiming(uint32_t width, uint32_t height) {
    std::string bmp = "BM";
    littleEndian32(bmp, 54);  // file size
    littleEndian32(bmp, 0);
    littleEndian32(bmp, 54);  // pixels start here
    littleEndian32(bmp, 40);  // BITMAPINFOHEADER
    littleEndian32(bmp, width);
    littleEndian32(bmp, height);
    bmp += std::string("\x01\x00\x18\x00", 4);           // one plane, 24 bits
    for (int i = 0; i < 6; ++i) littleEndian32(bmp, 0);  // no compression, sizes, palette
    return bmp;
}

}  // namespace

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

    // A header can claim any size, and the decoders allocate it before finding the pixels
    // missing: a 138-byte BMP found by fuzz_mask made OpenCV allocate 3.2 GB. Past
    // kMaxImagePixels, the readers refuse the file from its header, naming it.
    void headersClaimingHugeImagesAreRefused() {
        const fs::path bmp = path("huge.bmp");
        test::writeBytes(bmp, bmpClaiming(32768, 32768));
        test::writeBytes(path("huge.png"), pngClaiming(20000, 20000));
        for (const fs::path& file : {bmp, path("huge.png")}) {
            for (const bool asMask : {true, false}) {
                try {
                    if (asMask)
                        core::readMask(file);
                    else
                        core::readImage(file);
                    QFAIL("a file claiming more than kMaxImagePixels was read");
                } catch (const core::Error& e) {
                    QVERIFY2(e.code() == core::ErrorCode::UnsupportedFormat, e.what());
                    QCOMPARE(e.file(), file);
                    QVERIFY2(std::string(e.what()).find("megapixels") != std::string::npos,
                             e.what());
                }
            }
        }
        // A TIFF directory, and a JPEG frame behind stray bytes (libjpeg skips them), state
        // their sizes too (fuzz_mask and fuzz_image found both).
        std::string tiff("II*\0\x08\0\0\0\x02\0", 10);  // directory at 8, two entries
        for (const uint16_t tag : {256, 257}) {
            tiff += std::string{char(tag & 0xFF), char(tag >> 8), 4, 0, 1, 0, 0, 0};  // LONG x1
            tiff += std::string("\x40\x9c\0\0", 4);                                   // 40000
        }
        test::writeBytes(path("huge.tif"), tiff + std::string(4, '\0'));
        test::writeBytes(path("huge.jpg"),
                         std::string("\xff\xd8\xff\xfe\0\x04hi"  // a comment, then stray bytes
                                     "junk\xff\xc0\0\x11\x08\x4e\x20\x4e\x20\x03",  // 20000 x 20000
                                     22) +
                             std::string(9, '\x01') + std::string("\xff\xd9", 2));
        // libjpeg also skips a stuffed FF 00 among stray bytes (fuzz_image found a frame of
        // 962 megapixels behind one).
        test::writeBytes(path("stuffed.jpg"),
                         std::string("\xff\xd8\xff\xfe\0\x04hi"  // a comment, then FF 00
                                     "\xff\0\0\0\xff\xc0\0\x11\x08\x4e\x20\x4e\x20\x03",
                                     22) +
                             std::string(9, '\x01') + std::string("\xff\xd9", 2));
        for (const char* name : {"huge.tif", "huge.jpg", "stuffed.jpg"}) {
            QCOMPARE(test::errorCodeOf([&] { core::readMask(path(name)); }, path(name)),
                     core::ErrorCode::UnsupportedFormat);
            QCOMPARE(readError(path(name)), core::ErrorCode::UnsupportedFormat);
        }
        // A JPEG whose size cannot be found is refused before any decoder sees it.
        test::writeBytes(path("frameless.jpg"),
                         std::string("\xff\xd8\xff\xfe\0\x04hi\xff\xd9", 10));
        QCOMPARE(readError(path("frameless.jpg")), core::ErrorCode::FileUnreadable);
        // Up to the limit, the header is no reason to refuse: the decoder decides.
        test::writeBytes(path("big.png"), pngClaiming(16384, 16384));
        QCOMPARE(test::errorCodeOf([&] { core::readMask(path("big.png")); }, path("big.png")),
                 core::ErrorCode::FileTruncated);
    }

    // OpenCV tries every decoder it was built with on bytes it is handed, DICOM and JPEG
    // 2000 among them; GDCM asserts (aborting the process) on this 133-byte file found by
    // fuzz_mask. Only PNG, JPEG, BMP and TIFF content reaches a decoder.
    void onlyTheFourImageFormatsReachADecoder() {
        const std::string dicomMarker(
            "\x89\x50\x4e\x47\x0d\x0a\x24\x42\x4d\x3a\x2f\x2f\x00\x1a\x0a\x00\x00\x00\xd0\x8f"
            "\xbb\xb6\x54\x01\x00\x08\x36\x41\x78\x9c\x4d\xcc\xc1\x0f\xc0\x20\x00\x3c\x57\x4d"
            "\x54\x5f\x4d\x53\x5f\x43\x61\x70\x61\x62\x69\x6c\x69\x74\x69\x65\x75\x63\x74\x5f"
            "\x41\x73\x65\x65\x65\x65\x65\x65\x65\x65\x50\x72\x7f\x64\x75\x63\x74\x5f\x00\x00"
            "\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00\x08\x00\x00\x00\x06\x41\x00\x40\x00\x01"
            "\x00\x18\x00\x6e\x63\x69\x00\x00\x00\x00\x90\x00\x00\x62\x69\x6c\x69\x74\x69\x65"
            "\x73\x00\x6c\x6c\x61\x72\x00\x00\x44\x49\x43\x4d\x80",
            133);
        test::writeBytes(path("dicom.png"), dicomMarker);
        QCOMPARE(test::errorCodeOf([&] { core::readMask(path("dicom.png")); }, path("dicom.png")),
                 core::ErrorCode::NotAnImage);
        QCOMPARE(readError(path("dicom.png")), core::ErrorCode::NotAnImage);
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
