#include <QTemporaryDir>
#include <QTest>

#include "core/common/error.h"
#include "core/data/class_map.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestClassMap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vocColorMapMatchesThePascalTable() {
        QVERIFY(core::vocColor(0) == (core::Rgb{0, 0, 0}));
        QVERIFY(core::vocColor(1) == (core::Rgb{128, 0, 0}));
        QVERIFY(core::vocColor(2) == (core::Rgb{0, 128, 0}));
        QVERIFY(core::vocColor(3) == (core::Rgb{128, 128, 0}));
        QVERIFY(core::vocColor(15) == (core::Rgb{192, 128, 128}));   // person
        QVERIFY(core::vocColor(20) == (core::Rgb{0, 64, 128}));      // tvmonitor
        QVERIFY(core::vocColor(255) == (core::Rgb{224, 224, 192}));  // void
    }

    void vocClassesHaveTwentyOneNames() {
        const auto voc = core::ClassMap::voc();
        QCOMPARE(voc.size(), 21);
        QCOMPARE(voc.at(15).name, std::string("person"));
        QCOMPARE(voc.ignoreIndex(), uint8_t{255});
    }

    void jsonRoundTripIsExact() {
        QTemporaryDir dir;
        const core::ClassMap original(
            {{"sky", {10, 20, 30}}, {"road", {200, 100, 0}}, {"道路", {1, 2, 3}}}, 250);
        const fs::path file = test::toPath(dir.path()) / "classes.json";
        original.save(file);
        const core::ClassMap loaded = core::ClassMap::load(file);
        QVERIFY(loaded == original);
        QCOMPARE(loaded.ignoreIndex(), uint8_t{250});
        QCOMPARE(loaded.at(2).name, std::string("道路"));
    }

    void labelsFileSkipsBlankLinesAndLabelmeIgnore() {
        QTemporaryDir dir;
        const fs::path file = test::toPath(dir.path()) / "labels.txt";
        test::writeBytes(file, "__ignore__\r\n_background_\r\n\r\n  cat \ndog\n");
        const auto classes = core::ClassMap::fromLabelsFile(file);
        QCOMPARE(classes.size(), 3);
        QCOMPARE(classes.at(0).name, std::string("_background_"));
        QCOMPARE(classes.at(1).name, std::string("cat"));
        QVERIFY(classes.at(2).color == core::vocColor(2));
    }

    void badLabelsFilesAreNamed_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QString() << int(core::ErrorCode::InvalidContent);
        QTest::newRow("only blanks")
            << QStringLiteral("\n \n") << int(core::ErrorCode::InvalidContent);
        QTest::newRow("duplicate")
            << QStringLiteral("a\nb\na\n") << int(core::ErrorCode::InvalidArgument);
    }

    void badLabelsFilesAreNamed() {
        QFETCH(QString, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        const fs::path file = test::toPath(dir.path()) / "labels.txt";
        test::writeBytes(file, content.toStdString());
        QCOMPARE(int(test::errorCodeOf([&] { core::ClassMap::fromLabelsFile(file); }, file)), code);
    }

    void badJsonIsRejected_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << QStringLiteral("{nope") << int(core::ErrorCode::InvalidJson);
        QTest::newRow("unknown key") << QStringLiteral(R"({"classes":[{"name":"a"}],"colour":1})")
                                     << int(core::ErrorCode::InvalidContent);
        QTest::newRow("bad color") << QStringLiteral(R"({"classes":[{"name":"a","color":[1,2]}]})")
                                   << int(core::ErrorCode::InvalidContent);
        QTest::newRow("ignore collides")
            << QStringLiteral(R"({"ignore_index":0,"classes":[{"name":"a"}]})")
            << int(core::ErrorCode::InvalidContent);
        QTest::newRow("newer") << QStringLiteral(R"({"version":9,"classes":[{"name":"a"}]})")
                               << int(core::ErrorCode::UnsupportedVersion);
    }

    void badJsonIsRejected() {
        QFETCH(QString, json);
        QFETCH(int, code);
        QTemporaryDir dir;
        const fs::path file = test::toPath(dir.path()) / "classes.json";
        test::writeBytes(file, json.toStdString());
        QCOMPARE(int(test::errorCodeOf([&] { core::ClassMap::load(file); }, file)), code);
    }

    void paletteUsesClassColoursThenVoc() {
        const core::ClassMap classes({{"a", {1, 2, 3}}}, 255);
        const auto palette = classes.palette();
        QVERIFY(palette[0] == (core::Rgb{1, 2, 3}));
        QVERIFY(palette[1] == core::vocColor(1));
        QVERIFY(palette[255] == core::vocColor(255));
        QCOMPARE(int(classes.indexOfColor({1, 2, 3}).value()), 0);
        QVERIFY(!classes.indexOfColor({9, 9, 9}));
    }
};

QTEST_GUILESS_MAIN(TestClassMap)
#include "tst_class_map.moc"
