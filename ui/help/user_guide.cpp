#include "ui/help/user_guide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace seg::ui {

QStringList userGuideFolders() {
    const QString bin = QCoreApplication::applicationDirPath();
    QStringList folders{QDir::cleanPath(bin + QStringLiteral("/../share/doc/segstudio/guide"))};
#ifdef SEGSTUDIO_SOURCE_GUIDE
    folders << QStringLiteral(SEGSTUDIO_SOURCE_GUIDE);  // a build run from its own tree
#endif
    return folders;
}

QString userGuideFile(const QLocale& locale) {
    // Chinese readers of either script read the Chinese guide before an English one.
    const QStringList languages =
        locale.language() == QLocale::Chinese
            ? QStringList{QStringLiteral("zh_CN"), QStringLiteral("en")}
            : QStringList{locale.name(), QStringLiteral("en")};
    for (const QString& folder : userGuideFolders())
        for (const QString& language : languages) {
            const QString file = folder + QLatin1Char('/') + language + QStringLiteral("/index.md");
            if (QFileInfo::exists(file)) return file;
        }
    return {};
}

UserGuideWindow::UserGuideWindow(const QString& file, QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("SegStudio User Guide"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    auto* home = new QPushButton(tr("Contents"), this);
    bar->addWidget(back);
    bar->addWidget(home);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    // Markdown, with its images beside it: the browser resolves them against the file's URL.
    m_browser->setSource(QUrl::fromLocalFile(file), QTextDocument::MarkdownResource);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    resize(900, 760);
}

}  // namespace seg::ui
