// The first start as a stranger sees it: the welcome page with the ways to begin and the
// recent projects, the user guide from the Help menu in the window's language, and the
// "time left" of long tasks.

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <memory>

#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/help/user_guide.h"
#include "ui/main_window.h"
#include "ui/text/translations.h"
#include "ui/welcome_page.h"
#include "ui/widgets/time_left.h"

using namespace seg;

class WelcomePageTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A small dataset folder made a project by the window; its folder.
    QString makeProject(ui::MainWindow& w, const char* name) {
        const QString folder = m_dir.filePath(QLatin1String(name));
        test::tinyShapesDataset(test::toPath(folder), 6, 32);
        return w.createProjectFromFolder(folder) ? folder : QString();
    }

    static bool showsWelcome(const ui::MainWindow& w) {
        return qobject_cast<QStackedWidget*>(w.centralWidget())->currentWidget() == w.welcomePage();
    }
    static QDockWidget* dock(const ui::MainWindow& w, const char* name) {
        return w.findChild<QDockWidget*>(QLatin1String(name));
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    // No project: the welcome page alone, docks and painting bars aside; a project brings
    // them back, and closing from the welcome page keeps the painting layout for next time.
    void firstStartWelcomesThenAProjectBringsTheDocks() {
        {
            ui::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(showsWelcome(w));
            QVERIFY(!dock(w, "imagesDock")->isVisible());
            QVERIFY(!dock(w, "trainingDock")->isVisible());
            QCOMPARE(w.welcomePage()->recentList()->item(0)->text(),
                     QStringLiteral("No recent projects yet."));
            // The page fits a 1280x800 screen (so does the painting layout, below).
            QVERIFY2(w.minimumSizeHint().width() <= 1280 && w.minimumSizeHint().height() <= 800,
                     qPrintable(QStringLiteral("%1x%2").arg(w.minimumSizeHint().width())
                                    .arg(w.minimumSizeHint().height())));
            w.close();
        }
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!makeProject(w, "first").isEmpty());
        QVERIFY(!showsWelcome(w));
        QVERIFY(dock(w, "imagesDock")->isVisible());
        QVERIFY(dock(w, "trainingDock")->isVisible());
        QVERIFY2(w.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(w.minimumSizeHint().width())));
    }

    // Recent projects, newest first; one click opens one; a project gone from disk is
    // listed as not found and cannot be clicked.
    void recentProjectsAreListedAndOpenWithOneClick() {
        QString first, second, gone;
        {
            ui::MainWindow w;
            first = makeProject(w, "a");
            second = makeProject(w, "b");
            gone = makeProject(w, "c");
            QVERIFY(!first.isEmpty() && !second.isEmpty() && !gone.isEmpty());
            w.close();
        }
        QVERIFY(QDir(gone).removeRecursively());
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(showsWelcome(w));
        QListWidget* list = w.welcomePage()->recentList();
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("(not found)")));
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("b\n")));
        QVERIFY(list->item(2)->text().startsWith(QStringLiteral("a\n")));

        QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QCOMPARE(opened.count(), 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(2)).center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(QDir(opened.front().front().toString()), QDir(first));
        QVERIFY(!showsWelcome(w));
    }

    // Help > User Guide (F1) shows the guide of the window's language, English where the
    // language has none.
    void userGuideOpensInTheWindowsLanguage() {
        QVERIFY(ui::userGuideFile(QLocale(QStringLiteral("zh_CN"))).endsWith(QStringLiteral("/zh_CN/index.md")));
        QVERIFY(ui::userGuideFile(QLocale(QStringLiteral("zh_TW"))).endsWith(QStringLiteral("/zh_CN/index.md")));
        QVERIFY(ui::userGuideFile(QLocale(QStringLiteral("de"))).endsWith(QStringLiteral("/en/index.md")));
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction* guide = nullptr;
        for (QAction* action : w.findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(QKeySequence::HelpContents)) guide = action;
        QVERIFY(guide);
        guide->trigger();
        auto* window = w.findChild<QWidget*>(QStringLiteral("userGuide"));
        QVERIFY(window && window->isVisible());
        const QString text = window->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("welcome page")), qPrintable(text.left(300)));
        // Its pictures load: the first image of the guide has a size.
        const QTextDocument* document = window->findChild<QTextBrowser*>()->document();
        const QVariant image = document->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("../images/en/welcome.png")));
        QVERIFY(image.isValid());
    }

    // Every picture the English and Chinese guides show is there, and each guide shows the
    // seven the screenshot script makes.
    void everyPictureOfTheGuidesExists() {
        for (const char* language : {"en", "zh_CN"}) {
            const QString file = ui::userGuideFile(QLocale(QLatin1String(language)));
            QFile guide(file);
            QVERIFY2(guide.open(QIODevice::ReadOnly), qPrintable(file));
            const QString text = QString::fromUtf8(guide.readAll());
            static const QRegularExpression picture(QStringLiteral("\\]\\((\\.\\./images/[^)]+\\.png)\\)"));
            int count = 0;
            for (auto it = picture.globalMatch(text); it.hasNext(); ++count) {
                const QString path = QFileInfo(file).dir().filePath(it.next().captured(1));
                QVERIFY2(QFile::exists(path), qPrintable(path));
            }
            QCOMPARE(count, 7);
        }
    }

    // In every language the window with a project open fits a 1280x800 screen.
    void everyLanguageFitsA1280Screen() {
        const QString folder = makeProject(*std::make_unique<ui::MainWindow>(), "languages");
        QVERIFY(!folder.isEmpty());
        QStringList tooWide;
        for (const ui::Language& language : ui::availableLanguages()) {
            QTranslator translator;
            QVERIFY(translator.load(QLocale(language.code), QStringLiteral("segstudio"),
                                    QStringLiteral("_"), QStringLiteral(":/i18n")) ||
                    language.code == QLatin1String("en"));
            QCoreApplication::installTranslator(&translator);
            ui::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openProject(folder));
            QCoreApplication::removeTranslator(&translator);
            const QSize minimum = w.minimumSizeHint();
            qInfo("%s: %dx%d", qPrintable(language.code), minimum.width(), minimum.height());
            if (minimum.width() > 1280 || minimum.height() > 800)
                tooWide << QStringLiteral("%1: %2x%3").arg(language.code).arg(minimum.width()).arg(minimum.height());
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral(", "))));
    }

    // "3 of 10" at first; once a second has passed, the rest at the pace so far.
    void timeLeftFollowsThePaceSoFar() {
        ui::TimeLeft timeLeft;
        QCOMPARE(timeLeft.text(3, 10), QStringLiteral("3 of 10"));
        QTest::qWait(1100);
        const QString text = timeLeft.text(5, 10);
        const QRegularExpression estimate(QStringLiteral("^5 of 10, about ([0-9]+) s left$"));
        const auto match = estimate.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        QVERIFY(match.captured(1).toInt() >= 1 && match.captured(1).toInt() <= 3);
        QCOMPARE(timeLeft.text(10, 10), QStringLiteral("10 of 10"));
    }
};

QTEST_MAIN(WelcomePageTest)
#include "tst_welcome_page.moc"
