#include <QTest>

#include "core/common/paths.h"

using namespace seg;
namespace fs = std::filesystem;

class TestPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanPathDropsDotsAndTrailingSeparators_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("clean");
        QTest::newRow("inner dot") << "a/./b"
                                   << "a/b";
        QTest::newRow("trailing dot") << "/data/photos/."
                                      << "/data/photos";
        QTest::newRow("leading dot") << "./a.png"
                                     << "a.png";
        QTest::newRow("only dot") << "."
                                  << ".";
        QTest::newRow("dot slash") << "./"
                                   << ".";
        QTest::newRow("trailing slash") << "a/b/"
                                        << "a/b";
        QTest::newRow("double slash") << "a//b"
                                      << "a/b";
        QTest::newRow("root") << "/"
                              << "/";
        QTest::newRow("dot dot kept") << "a/../b"
                                      << "a/../b";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("chinese") << u8"数据/./图像 集/" << u8"数据/图像 集";
    }

    void cleanPathDropsDotsAndTrailingSeparators() {
        QFETCH(QString, input);
        QFETCH(QString, clean);
        const fs::path out = core::cleanPath(core::pathFromUtf8(input.toStdString()));
        QCOMPARE(QString::fromStdString(core::pathToUtf8(out)), clean);
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
