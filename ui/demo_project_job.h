#pragma once
// Generates the demo project on a worker thread (QtConcurrent) while a progress dialog
// shows how far it is and the time left; the user may cancel. Lives on the GUI thread; deletes nothing itself.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "ui/widgets/time_left.h"

class QProgressDialog;

namespace seg::ui {

class DemoProjectJob : public QObject {
    Q_OBJECT

public:
    DemoProjectJob(QString folder, QWidget* dialogParent);

    void start();

Q_SIGNALS:
    // Empty `error` on success; a translated message otherwise (also after cancel).
    void finished(const QString& error);

private:
    QString m_folder;
    QWidget* m_dialogParent;
    QFutureWatcher<QString> m_watcher;
    QProgressDialog* m_dialog = nullptr;
    TimeLeft m_timeLeft;
};

}  // namespace seg::ui
