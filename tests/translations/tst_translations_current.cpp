// Every catalogue in translations/ is complete and current: lupdate run over the sources
// now (into a copy) finds no string the catalogue lacks, and no entry is unfinished,
// obsolete or vanished. A visible string added without a translation fails here.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue {
    int messages = 0;
    QStringList incomplete;  // "context: source (unfinished)"
};

Catalogue readCatalogue(const QString& path) {
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return c;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) context = xml.readElementText();
        if (xml.name() == QLatin1String("source")) source = xml.readElementText();
        if (xml.name() == QLatin1String("translation")) {
            ++c.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                c.incomplete << QStringLiteral("%1: %2 (%3)").arg(context, source.left(80), type);
        }
    }
    return c;
}

}  // namespace

class TestTranslationsCurrent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cataloguesAreCompleteAndCurrent_data() {
        QTest::addColumn<QString>("ts");
        const QDir dir(qEnvironmentVariable("SEG_SOURCE_DIR") + QStringLiteral("/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& name : files) QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void cataloguesAreCompleteAndCurrent() {
        QFETCH(QString, ts);
        const Catalogue committed = readCatalogue(ts);
        QVERIFY2(committed.incomplete.isEmpty(),
                 qPrintable(committed.incomplete.join(QLatin1Char('\n'))));

        // The sources now, through the same lupdate call as the update_translations target.
        QTemporaryDir work;
        const QString copy = work.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        const QString source = qEnvironmentVariable("SEG_SOURCE_DIR");
        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(
            qEnvironmentVariable("SEG_LUPDATE"),
            {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
             QStringLiteral("-I"), source, QStringLiteral("-tr-function-alias"),
             QStringLiteral("QT_TRANSLATE_NOOP+=SEG_TRANSLATE_NOOP"),
             source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
             source + QStringLiteral("/core"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        const Catalogue now = readCatalogue(copy);
        QVERIFY2(now.incomplete.isEmpty(),
                 qPrintable(QStringLiteral("strings in the sources without a translation in %1 "
                                           "(run the update_translations target):\n%2")
                                .arg(ts, now.incomplete.join(QLatin1Char('\n')))));
        QCOMPARE(now.messages, committed.messages);
    }
};

QTEST_GUILESS_MAIN(TestTranslationsCurrent)
#include "tst_translations_current.moc"
