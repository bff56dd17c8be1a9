#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestAtomicFile : public QObject {
    Q_OBJECT

    static int fileCount(const fs::path& dir) {
        int n = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++n;
        return n;
    }

private Q_SLOTS:
    void replacesContentAndLeavesNoTempFile() {
        QTemporaryDir dir;
        const fs::path file = test::toPath(dir.path()) / "note.txt";
        core::writeTextAtomically(file, "first");
        core::writeTextAtomically(file, "second");
        QCOMPARE(QString::fromStdString(test::readBytes(file)), QStringLiteral("second"));
        QCOMPARE(fileCount(test::toPath(dir.path())), 1);
    }

    void failedWriterKeepsTheOldFile() {
        QTemporaryDir dir;
        const fs::path file = test::toPath(dir.path()) / "keep.txt";
        core::writeTextAtomically(file, "precious");
        try {
            core::writeFileAtomically(file, [](const fs::path& temp) {
                test::writeBytes(temp, "half");
                throw core::Error(core::ErrorCode::WriteFailed, temp, "disk full");
            });
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::WriteFailed);
            QCOMPARE(e.file(), file);  // names the target, not the temp file
        }
        QCOMPARE(QString::fromStdString(test::readBytes(file)), QStringLiteral("precious"));
        QCOMPARE(fileCount(test::toPath(dir.path())), 1);
    }

    void missingFolderIsAWriteError() {
        QTemporaryDir dir;
        const fs::path file = test::toPath(dir.path()) / "no such folder" / "x.txt";
        try {
            core::writeTextAtomically(file, "x");
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::WriteFailed);
            QCOMPARE(e.file(), file);
        }
    }

    void createFolderIfMissingMakesOneLevel() {
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path()) / u8"掩码 masks";
        core::createFolderIfMissing(folder);
        QVERIFY(fs::is_directory(folder));
        core::createFolderIfMissing(folder);  // already there: nothing to do
        QVERIFY(fs::is_directory(folder));
    }

    void createFolderIfMissingNamesTheFolderItCannotMake() {
        QTemporaryDir dir;
        const fs::path deep = test::toPath(dir.path()) / "missing parent" / "masks";
        QCOMPARE(test::errorCodeOf([&] { core::createFolderIfMissing(deep); }, deep),
                 core::ErrorCode::WriteFailed);
        QVERIFY(!fs::exists(deep.parent_path()));
        const fs::path file = test::toPath(dir.path()) / "a file";
        test::writeBytes(file, "x");
        QCOMPARE(test::errorCodeOf([&] { core::createFolderIfMissing(file); }, file),
                 core::ErrorCode::WriteFailed);
    }

    void readOnlyFolderIsAWriteError() {
        if (::geteuid() == 0) QSKIP("root writes into read-only folders");
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path()) / "locked";
        fs::create_directories(folder);
        fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
        QVERIFY_THROWS_EXCEPTION(core::Error, core::writeTextAtomically(folder / "x.txt", "x"));
        fs::permissions(folder, fs::perms::owner_all);
    }

    // A kill leaves .<name>.tmp-<pid>-<stamp>-<n>: removed once its process is gone, kept
    // while it runs (it may be writing), and nothing else is touched.
    void abandonedTempFilesAreRemoved() {
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path());
        pid_t dead = ::fork();
        if (dead == 0) ::_exit(0);
        int status = 0;
        ::waitpid(dead, &status, 0);
        const std::string deadTemp = ".mask.png.tmp-" + std::to_string(dead) + "-123-0";
        const std::string liveTemp = ".mask.png.tmp-" + std::to_string(::getppid()) + "-9-1";
        const std::string ownTemp = ".mask.png.tmp-" + std::to_string(::getpid()) + "-9-2";
        for (const auto& name : {deadTemp, liveTemp, ownTemp, std::string("mask.png"),
                                 std::string(".x.tmp-12a-1-2"), std::string(".x.tmp-1-2"),
                                 std::string("notes.tmp-999999-1-2")})
            test::writeBytes(folder / name, "x");
        QCOMPARE(core::removeAbandonedTempFiles(folder), 1);
        QVERIFY(!fs::exists(folder / deadTemp));
        QCOMPARE(fileCount(folder), 6);
        QCOMPARE(core::removeAbandonedTempFiles(folder / "missing"), 0);
    }

    void readingAMissingFileNamesIt() {
        const fs::path missing = "/nonexistent/dir/file.txt";
        try {
            core::readTextFile(missing);
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::FileNotFound);
            QVERIFY(
                QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent/dir/file.txt")));
        }
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
