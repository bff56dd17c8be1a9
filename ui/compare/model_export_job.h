#pragma once
// File > Export Model: a checkpoint written as a TorchScript module for PyTorch, on a worker
// thread; the result comes back as a message. GUI thread.

#include <filesystem>

#include <QObject>
#include <QString>

namespace seg::ui {

class ModelExportJob : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Exports `checkpoint` to `out` in the background; emits finished once.
    void start(const std::filesystem::path& checkpoint, const std::filesystem::path& out);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `message` says where the module went and how to load it, or what went wrong.
    void finished(bool ok, const QString& message);

private:
    bool m_running = false;
};

}  // namespace seg::ui
