// Every text the window shows goes through tr(). The test builds a pseudo catalogue in
// which each message of the sources reads "⟦source⟧" (lupdate over the sources, every
// entry filled, lrelease), loads it, and walks the window with a project open, the welcome
// page and the dialogs of File and Project: each menu, action, button, label, tab, dock title,
// combo-box item, table header and tooltip must come out marked. A string shown without
// tr() stays unmarked and is named with the widget that shows it.

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/main_window.h"
#include "ui/compare/batch_prediction_dialog.h"
#include "ui/compare/dense_crf_dialog.h"
#include "ui/compare/torchscript_import_dialog.h"
#include "ui/help/user_guide.h"
#include "ui/project/change_folders_dialog.h"
#include "ui/project/class_editor_dialog.h"
#include "ui/project/class_names_dialog.h"
#include "ui/text/translations.h"

using namespace seg;

namespace {

const QString kOpen = QStringLiteral("⟦"), kClose = QStringLiteral("⟧");

// Rewrites `ts` with every translation "⟦source⟧" (numerus forms alike).
bool writePseudoCatalogue(const QString& from, const QString& to) {
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) return false;
    QXmlStreamReader xml(&in);
    QXmlStreamWriter writer(&out);
    QString source;
    bool numerus = false, inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (inTranslation) {  // its old contents are dropped
            if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                inTranslation = false;
                writer.writeEndElement();
            }
            continue;
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            writer.writeTextElement(QStringLiteral("source"), source);
            continue;
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            inTranslation = true;
            writer.writeStartElement(QStringLiteral("translation"));
            if (numerus)
                writer.writeTextElement(QStringLiteral("numerusform"), kOpen + source + kClose);
            else
                writer.writeCharacters(kOpen + source + kClose);
            continue;
        }
        writer.writeCurrentToken(xml);
    }
    return !xml.hasError();
}

}  // namespace

class EveryTextTranslatedTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_unmarked;

    // Texts that are the user's data or a name, not words of the interface: the tiny
    // project's image ids, class names, folder and its subfolders, optimisers' names, and the languages,
    // each named in its own words.
    bool isData(const QString& text) const {
        static const QRegularExpression data(QStringLiteral(
            "^(shape_\\d+|images|masks|background|circle|rectangle|triangle|ellipse|Adam|AdamW|SGD|SegStudio"
            "|[0-9 .,:%x×/+\\-()]*|\\d+ /.*)$"));
        for (const ui::Language& language : ui::availableLanguages())
            if (text == language.name) return true;
        return data.match(text).hasMatch() || text.contains(m_dir.path());
    }

    void check(const QString& text, const QString& where) {
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        plain = plain.trimmed();
        if (plain.isEmpty() || !plain.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}"))))
            return;
        if (plain.contains(kOpen) || isData(plain)) return;
        m_unmarked << QStringLiteral("%1: \"%2\"").arg(where, plain.left(100));
    }

    static QString name(const QObject* o) {
        QString path;
        for (; o; o = o->parent())
            if (!o->objectName().isEmpty() || !o->parent())
                path.prepend(QStringLiteral("/") + (o->objectName().isEmpty()
                                                        ? QString::fromLatin1(o->metaObject()->className())
                                                        : o->objectName()));
        return path;
    }

    void walk(QWidget& top) {
        for (QAction* a : top.findChildren<QAction*>()) {
            if (a->isSeparator()) continue;
            check(a->text(), QStringLiteral("action ") + name(a));
            if (a->toolTip() != a->text() && a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
                check(a->toolTip(), QStringLiteral("action tooltip ") + name(a));
        }
        for (QMenu* m : top.findChildren<QMenu*>()) check(m->title(), QStringLiteral("menu ") + name(m));
        for (QWidget* w : top.findChildren<QWidget*>()) {
            check(w->toolTip(), QStringLiteral("tooltip ") + name(w));
            if (w->isWindow()) check(w->windowTitle(), QStringLiteral("title ") + name(w));
        }
        for (QAbstractButton* b : top.findChildren<QAbstractButton*>()) {
            // OK, Cancel and the like: Qt's own catalogue (qtbase_*.qm) translates them.
            auto* box = qobject_cast<QDialogButtonBox*>(b->parent());
            if (box && box->standardButton(b) != QDialogButtonBox::NoButton) continue;
            if (auto* tool = qobject_cast<QToolButton*>(b); !tool || !tool->defaultAction())
                check(b->text(), QStringLiteral("button ") + name(b));
        }
        for (QLabel* l : top.findChildren<QLabel*>()) check(l->text(), QStringLiteral("label ") + name(l));
        for (QGroupBox* g : top.findChildren<QGroupBox*>()) check(g->title(), QStringLiteral("group ") + name(g));
        for (QDockWidget* d : top.findChildren<QDockWidget*>())
            check(d->windowTitle(), QStringLiteral("dock ") + name(d));
        for (QTabBar* t : top.findChildren<QTabBar*>())
            for (int i = 0; i < t->count(); ++i) check(t->tabText(i), QStringLiteral("tab ") + name(t));
        for (QLineEdit* e : top.findChildren<QLineEdit*>())
            check(e->placeholderText(), QStringLiteral("placeholder ") + name(e));
        for (QComboBox* c : top.findChildren<QComboBox*>()) {
            if (c->isEditable()) continue;  // what the user types
            for (int i = 0; i < c->count(); ++i)
                check(c->itemText(i), QStringLiteral("combo item ") + name(c));
        }
        for (QHeaderView* h : top.findChildren<QHeaderView*>()) {
            if (!h->model()) continue;
            for (int i = 0; i < h->count(); ++i)
                check(h->model()->headerData(i, h->orientation()).toString(), QStringLiteral("header ") + name(h));
        }
    }

    QString report() {
        m_unmarked.removeDuplicates();
        return m_unmarked.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() {
        const QString source = qEnvironmentVariable("SEG_SOURCE_DIR");
        const QString ts = m_dir.filePath(QStringLiteral("pseudo.ts"));
        QVERIFY(writePseudoCatalogue(source + QStringLiteral("/translations/segstudio_zh_CN.ts"), ts));
        const QString qm = m_dir.filePath(QStringLiteral("pseudo.qm"));
        QProcess lrelease;
        lrelease.start(qEnvironmentVariable("SEG_LRELEASE"), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(60000));
        QCOMPARE(lrelease.exitCode(), 0);
        auto* translator = new QTranslator(this);
        QVERIFY(translator->load(qm));
        QVERIFY(QCoreApplication::installTranslator(translator));
        QCOMPARE(QCoreApplication::translate("seg::ui::WelcomePage", "Recent Projects"),
                 kOpen + QStringLiteral("Recent Projects") + kClose);
    }

    void init() {
        m_unmarked.clear();
        QSettings().clear();  // no recent projects of earlier runs
    }

    void welcomePage() {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        walk(w);
        QVERIFY2(m_unmarked.isEmpty(), qPrintable(report()));
    }

    void windowWithAProjectOpen() {
        const QString folder = m_dir.filePath(QStringLiteral("project"));
        test::tinyShapesDataset(test::toPath(folder), 6, 32);
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.createProjectFromFolder(folder));
        for (int tab = 0; tab < w.centralTabs()->count(); ++tab) {
            w.centralTabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            walk(w);
        }
        QVERIFY2(m_unmarked.isEmpty(), qPrintable(report()));
    }

    // The dialogs of File and Project, and the user guide's window.
    void dialogs() {
        const QString folder = m_dir.filePath(QStringLiteral("dialogs"));
        const core::Dataset data = test::tinyShapesDataset(test::toPath(folder), 6, 32);
        const std::filesystem::path root = test::toPath(folder);
        ui::ClassEditorDialog classes(data.classes);
        walk(classes);
        ui::ClassNamesDialog names(folder);
        walk(names);
        ui::ChangeFoldersDialog changes(folder);
        walk(changes);
        ui::DenseCrfDialog crf(core::DenseCrfSettings{});
        walk(crf);
        ui::BatchPredictionDialog batch(root / "runs", root, data.classes);
        walk(batch);
        ui::TorchScriptImportDialog import(root / "model.pt", data.classes);
        walk(import);
        ui::UserGuideWindow guide(ui::userGuideFile(QLocale()));
        walk(guide);
        QVERIFY2(m_unmarked.isEmpty(), qPrintable(report()));
    }
};

QTEST_MAIN(EveryTextTranslatedTest)
#include "tst_every_text_translated.moc"
