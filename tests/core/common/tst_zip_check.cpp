#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/common/zip_check.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestZipCheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_zip;  // written by Python's zipfile: one stored and one deflated entry

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("/usr/bin/python3 is needed to write the zip archives");
        const fs::path file = test::toPath(m_dir.path()) / "made by python.zip";
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, zipfile\n"
                                     "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                     "    z.writestr('stored.txt', 'plain words ' * 50)\n"
                                     "    z.writestr('packed.txt', 'deflated words ' * 50,\n"
                                     "               compress_type=zipfile.ZIP_DEFLATED)\n"),
                      QString::fromStdString(file.string())});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        m_zip = test::readBytes(file);
    }

    void crc32OfTheCheckString() {
        QCOMPARE(core::crc32Of("123456789"), uint32_t{0xcbf43926});
        QCOMPARE(core::crc32Of(""), uint32_t{0});
    }

    void soundArchiveHasNoProblem() {
        QCOMPARE(QString::fromStdString(core::zipArchiveProblem(m_zip)), QString());
    }

    // A flipped bit in either entry's data, stored or deflated, is found.
    void changedEntryBytesAreFound() {
        const size_t stored = m_zip.find("plain words");
        QVERIFY(stored != std::string::npos);
        std::string copy = m_zip;
        copy[stored + 3] = static_cast<char>(copy[stored + 3] ^ 0x01);
        QVERIFY(core::zipArchiveProblem(copy).find("(stored.txt)") != std::string::npos);

        // The deflated entry's data starts after its local header's name.
        const size_t name = m_zip.find("packed.txt");
        QVERIFY(name != std::string::npos);
        copy = m_zip;
        copy[name + 20] = static_cast<char>(copy[name + 20] ^ 0x04);
        const std::string problem = core::zipArchiveProblem(copy);
        QVERIFY2(problem.find("(packed.txt)") != std::string::npos, problem.c_str());
    }

    void cutOrForeignBytesAreFound() {
        QVERIFY(!core::zipArchiveProblem(m_zip.substr(0, m_zip.size() - 1)).empty());
        QVERIFY(!core::zipArchiveProblem(m_zip.substr(0, m_zip.size() / 2)).empty());
        QVERIFY(!core::zipArchiveProblem("").empty());
        QVERIFY(!core::zipArchiveProblem("not a zip archive at all, just words").empty());
    }

    // Any single flipped bit is either found or harmless: it never reads outside the buffer
    // (the test runs under the same checks as everything else; a crash fails it).
    void everyFlippedBitIsSafeToCheck() {
        int found = 0;
        for (size_t at = 0; at < m_zip.size(); ++at) {
            std::string copy = m_zip;
            copy[at] = static_cast<char>(copy[at] ^ (1 << (at % 8)));
            found += core::zipArchiveProblem(copy).empty() ? 0 : 1;
        }
        QVERIFY2(found > int(m_zip.size()) / 2, qPrintable(QString::number(found)));
    }
};

QTEST_GUILESS_MAIN(TestZipCheck)
#include "tst_zip_check.moc"
