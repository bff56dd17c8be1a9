// The Debian package as a user gets it: built by CPack from this build folder, then read
// back with the tools Debian itself checks packages with (dpkg-deb, desktop-file-validate,
// appstreamcli, lintian), and its programs run from the unpacked tree.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "support/cli_runner.h"

using seg::test::CliRun;
using seg::test::fromEnvironment;
using seg::test::runProgram;

class DebianPackageTest : public QObject {
    Q_OBJECT

    QString m_deb;          // the .deb CPack wrote
    QTemporaryDir m_root;   // its contents, unpacked
    QStringList m_files;    // `dpkg-deb -c`: every path in it, "./usr/..." as dpkg prints

    static QString failure(const CliRun& run) { return run.out + run.err; }

private Q_SLOTS:
    void initTestCase() {
        const QString build = fromEnvironment("SEG_BUILD_DIR");
        QVERIFY2(!build.isEmpty(), "SEG_BUILD_DIR is not set (tests/CMakeLists.txt)");
        const CliRun cpack =
            runProgram(QStringLiteral("cmake"), {QStringLiteral("--build"), build,
                                                 QStringLiteral("--target"), QStringLiteral("package")});
        QVERIFY2(cpack.exitCode == 0, qPrintable(failure(cpack)));
        const QStringList debs = QDir(build).entryList({QStringLiteral("segstudio_*_amd64.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = QDir(build).filePath(debs.front());
        QVERIFY(m_deb.endsWith(QStringLiteral("segstudio_%1_amd64.deb").arg(fromEnvironment("SEG_VERSION"))));

        const CliRun contents = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QVERIFY2(contents.exitCode == 0, qPrintable(failure(contents)));
        for (const QString& line : contents.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_files << line.section(QLatin1Char(' '), -1);
        QVERIFY(m_root.isValid());
        const CliRun unpack =
            runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root.path()});
        QVERIFY2(unpack.exitCode == 0, qPrintable(failure(unpack)));
    }

    void holdsBothProgramsAndTheirDesktopFiles_data() {
        QTest::addColumn<QString>("path");
        const QString id = QStringLiteral("io.github.segstudio.SegStudio");
        for (const char* path : {"usr/bin/segstudio", "usr/bin/segstudio-cli",
                                 "usr/share/man/man1/segstudio.1.gz",
                                 "usr/share/man/man1/segstudio-cli.1.gz",
                                 "usr/share/doc/segstudio/copyright",
                                 "usr/share/doc/segstudio/changelog.gz",
                                 "usr/share/doc/segstudio/guide/en/index.md",
                                 "usr/share/doc/segstudio/guide/zh_CN/index.md",
                                 "usr/share/doc/segstudio/guide/images/en/welcome.png",
                                 "usr/share/doc/segstudio/guide/images/zh_CN/welcome.png"})
            QTest::newRow(path) << QString::fromLatin1(path);
        QTest::newRow("desktop") << QStringLiteral("usr/share/applications/%1.desktop").arg(id);
        QTest::newRow("metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id);
        QTest::newRow("svg icon")
            << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id);
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
            QTest::newRow(qPrintable(QStringLiteral("icon %1").arg(size)))
                << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
    }
    void holdsBothProgramsAndTheirDesktopFiles() {
        QFETCH(QString, path);
        QVERIFY2(m_files.contains(QStringLiteral("./") + path), qPrintable(path + " is not in " + m_deb));
    }

    void iconsAreTheSizesTheirFoldersSay() {
        for (int size : {16, 48, 256}) {
            const QImage icon(m_root.filePath(
                QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/io.github.segstudio.SegStudio.png")
                    .arg(size)));
            QCOMPARE(icon.size(), QSize(size, size));
        }
    }

    // Computed by dpkg-shlibdeps from what the programs link, plus the CJK font.
    void dependsOnTheLibrariesItLinksAndACjkFont() {
        const CliRun depends = runProgram(QStringLiteral("dpkg-deb"),
                                          {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        QCOMPARE(depends.exitCode, 0);
        for (const char* package : {"libtorch1.13", "libqt6widgets6", "libqt6svg6",
                                    "libopencv-core406", "libqcustomplot2.1-qt6", "fonts-noto-cjk"})
            QVERIFY2(depends.out.contains(QLatin1String(package)),
                     qPrintable(QStringLiteral("Depends lacks %1: %2").arg(package, depends.out)));
    }

    void desktopFileIsValid() {
        const CliRun run = runProgram(
            QStringLiteral("desktop-file-validate"),
            {m_root.filePath(QStringLiteral("usr/share/applications/io.github.segstudio.SegStudio.desktop"))});
        QVERIFY2(run.exitCode == 0 && !run.out.contains(QLatin1String("error")), qPrintable(failure(run)));
    }

    void metainfoIsValid() {
        const CliRun run = runProgram(
            QStringLiteral("appstreamcli"),
            {QStringLiteral("validate"), QStringLiteral("--no-net"),
             m_root.filePath(QStringLiteral("usr/share/metainfo/io.github.segstudio.SegStudio.metainfo.xml"))});
        QVERIFY2(run.exitCode == 0, qPrintable(failure(run)));
    }

    // Software centres fetch the screenshots from the repository: each one it names is
    // one the guide's script makes.
    void metainfoScreenshotsAreTheGuides() {
        QFile file(m_root.filePath(QStringLiteral("usr/share/metainfo/io.github.segstudio.SegStudio.metainfo.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        static const QRegularExpression image(QStringLiteral("<image>[^<]*/docs/guide/images/([^<]+)</image>"));
        int count = 0;
        for (auto it = image.globalMatch(xml); it.hasNext(); ++count) {
            const QString name = it.next().captured(1);
            QVERIFY2(QFile::exists(fromEnvironment("SEG_SOURCE_DIR") + QStringLiteral("/docs/guide/images/") + name),
                     qPrintable(name + " is not in docs/guide/images"));
        }
        QVERIFY(count >= 3);
    }

    void lintianFindsNoErrorOrWarning() {
        const CliRun run = runProgram(QStringLiteral("lintian"),
                                      {QStringLiteral("--fail-on"), QStringLiteral("error,warning"), m_deb});
        QVERIFY2(run.exitCode == 0, qPrintable(failure(run)));
    }

    // The stripped programs from the package start and say what they are.
    void unpackedProgramsRun() {
        const CliRun cli = runProgram(m_root.filePath(QStringLiteral("usr/bin/segstudio-cli")),
                                      {QStringLiteral("--version")});
        QVERIFY2(cli.exitCode == 0, qPrintable(failure(cli)));
        QVERIFY(cli.out.startsWith(QStringLiteral("segstudio-cli %1\n").arg(fromEnvironment("SEG_VERSION"))));
        // The window's --version needs no display (a terminal over ssh).
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        gui.setProcessEnvironment(environment);
        gui.start(m_root.filePath(QStringLiteral("usr/bin/segstudio")), {QStringLiteral("--version")});
        QVERIFY(gui.waitForFinished(30000));
        const QString said = QString::fromUtf8(gui.readAllStandardOutput() + gui.readAllStandardError());
        QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(fromEnvironment("SEG_VERSION")), qPrintable(said));
    }

    // The manual page names every command `segstudio-cli --help` lists, so that a new
    // command cannot ship undocumented.
    void manualPageNamesEveryCommand() {
        const CliRun help = runProgram(m_root.filePath(QStringLiteral("usr/bin/segstudio-cli")),
                                       {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const CliRun page = runProgram(QStringLiteral("zcat"),
            {m_root.filePath(QStringLiteral("usr/share/man/man1/segstudio-cli.1.gz"))});
        QCOMPARE(page.exitCode, 0);
        const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QStringList listed;
        static const QRegularExpression commandLine(QStringLiteral("^  (\\S+)\\s"), QRegularExpression::MultilineOption);
        for (auto it = commandLine.globalMatch(commands); it.hasNext();) listed << it.next().captured(1);
        QVERIFY2(listed.size() >= 10, qPrintable(commands));
        for (const QString& command : listed)
            QVERIFY2(page.out.contains(QStringLiteral(".TP\n.B %1\n").arg(command)),
                     qPrintable(QStringLiteral("segstudio-cli.1 does not describe '%1'").arg(command)));
    }
};

QTEST_GUILESS_MAIN(DebianPackageTest)
#include "tst_debian_package.moc"
