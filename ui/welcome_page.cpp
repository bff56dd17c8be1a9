#include "ui/welcome_page.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace seg::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QCommandLinkButton* startButton(const QString& name, const QString& title,
                                const QString& description, QWidget* parent) {
    auto* button = new QCommandLinkButton(title, description, parent);
    button->setObjectName(name);
    return button;
}

}  // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    // A column of reading width in the middle, however wide the window; in a scroll area,
    // so that the page never makes the window wider or taller than a small screen.
    auto* page = new QHBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    page->addWidget(scroll);
    auto* column = new QWidget(scroll);
    auto* centred = new QHBoxLayout(column);
    auto* content = new QWidget(column);
    content->setMaximumWidth(1040);
    centred->addWidget(content);
    scroll->setWidget(column);
    auto* outer = new QVBoxLayout(content);
    outer->setContentsMargins(48, 36, 48, 36);

    auto* title = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/segstudio.svg")).pixmap(72, 72));
    title->addWidget(icon);
    auto* words = new QVBoxLayout;
    auto* name = new QLabel(tr("Welcome to SegStudio"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    name->setFont(big);
    words->addWidget(name);
    words->addWidget(new QLabel(
        tr("Paint segmentation masks, train models on them, and compare their predictions."),
        this));
    title->addLayout(words, 1);
    outer->addLayout(title);
    outer->addSpacing(24);

    auto* columns = new QHBoxLayout;
    auto* start = new QVBoxLayout;
    start->addWidget(heading(tr("Start"), this));
    QCommandLinkButton* demo =
        startButton(QStringLiteral("welcomeDemo"), tr("Open the Demo Project"),
                    tr("500 synthetic-shapes images with their masks, ready to train a "
                       "U-Net in a few minutes. Made on first use."),
                    this);
    QCommandLinkButton* images = startButton(
        QStringLiteral("welcomeImages"), tr("New Project from Image Folder..."),
        tr("A folder of your own images, to paint their masks."), this);
    QCommandLinkButton* dataset = startButton(
        QStringLiteral("welcomeDataset"), tr("New Project from Dataset..."),
        tr("Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs."),
        this);
    QCommandLinkButton* open =
        startButton(QStringLiteral("welcomeOpen"), tr("Open Project..."),
                    tr("A folder holding a project.json."), this);
    for (QCommandLinkButton* button : {demo, images, dataset, open}) start->addWidget(button);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(images, &QPushButton::clicked, this, &WelcomePage::newFromImagesRequested);
    connect(dataset, &QPushButton::clicked, this, &WelcomePage::newFromDatasetRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    start->addStretch(1);
    auto* guide = new QPushButton(tr("Read the User Guide"), this);
    guide->setObjectName(QStringLiteral("welcomeGuide"));
    guide->setFlat(true);
    guide->setIcon(style()->standardIcon(QStyle::SP_DialogHelpButton));
    connect(guide, &QPushButton::clicked, this, &WelcomePage::guideRequested);
    start->addWidget(guide, 0, Qt::AlignLeft);
    columns->addLayout(start, 3);
    columns->addSpacing(32);

    auto* recent = new QVBoxLayout;
    recent->addWidget(heading(tr("Recent Projects"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setWordWrap(true);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::openItem);
    // One click opens, as on every welcome page; where the style already activates items
    // on one click, itemActivated alone does (else the project would open twice).
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_recent))
        connect(m_recent, &QListWidget::itemClicked, this, &WelcomePage::openItem);
    recent->addWidget(m_recent, 1);
    columns->addLayout(recent, 2);
    outer->addLayout(columns, 1);
}

void WelcomePage::setRecentProjects(const QStringList& folders) {
    m_recent->clear();
    for (const QString& folder : folders) {
        const bool exists = QFileInfo::exists(folder + QStringLiteral("/project.json"));
        const QString name = QFileInfo(folder).fileName();
        auto* item = new QListWidgetItem(
            exists ? QStringLiteral("%1\n%2").arg(name, QDir::toNativeSeparators(folder))
                   : tr("%1 (not found)\n%2").arg(name, QDir::toNativeSeparators(folder)),
            m_recent);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
        if (!exists) item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (folders.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::openItem(QListWidgetItem* item) {
    const QString folder = item->data(Qt::UserRole).toString();
    if (!folder.isEmpty() && (item->flags() & Qt::ItemIsEnabled)) Q_EMIT openRecentRequested(folder);
}

}  // namespace seg::ui
