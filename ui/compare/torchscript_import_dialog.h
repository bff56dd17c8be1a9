#pragma once
// Asks what a TorchScript model saved from PyTorch needs besides its weights: its class
// names (typed, or read from a labels.txt), the input normalisation (ImageNet's by default)
// and an optional fixed input size; stores the answers next to the model, so that it opens
// directly next time. GUI thread.

#include <filesystem>

#include <QDialog>

#include "core/infer/torchscript_settings.h"

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace seg::ui {

class TorchScriptImportDialog : public QDialog {
    Q_OBJECT

public:
    // `projectClasses` fill the names at first: a model trained for the project has them.
    TorchScriptImportDialog(const std::filesystem::path& model,
                            const core::ClassMap& projectClasses, QWidget* parent = nullptr);

    // The answers; throws Error(InvalidArgument) when they make no sense (no names, a
    // duplicate, a non-positive std).
    core::TorchScriptSettings settings() const;

    // Shows the dialog for `model` and stores the answers next to it. False when the user
    // cancels; a problem (unwritable folder, bad answers) is shown and asked again.
    static bool askAndStore(const std::filesystem::path& model,
                            const core::ClassMap& projectClasses, QWidget* parent);

private:
    void readLabelsFile();

    std::filesystem::path m_model;
    core::ClassMap m_projectClasses;
    QPlainTextEdit* m_names;
    QDoubleSpinBox* m_mean[3];
    QDoubleSpinBox* m_std[3];
    QCheckBox* m_fixedSize;
    QSpinBox* m_width;
    QSpinBox* m_height;
};

}  // namespace seg::ui
