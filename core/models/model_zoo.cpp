#include "core/models/model_zoo.h"

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/json_value.h"

namespace seg::core {

// resources/model_zoo.json as text, generated into the build (see core/CMakeLists.txt).
extern const char* const kModelZooJson;

std::map<std::string, ZooFigures> parseModelZoo(const std::string& text,
                                                const std::filesystem::path& source) {
    std::map<std::string, ZooFigures> zoo;
    try {
        const auto json = nlohmann::json::parse(text);
        for (const auto& [name, entry] : json.at("models").items()) {
            ZooFigures f;
            f.parametersMillions = entry.at("parameters_m").get<double>();
            f.gmacsAt256 = entry.at("gmacs_256").get<double>();
            f.trainImagesPerSecond = entry.at("train_images_per_s").get<double>();
            f.inferenceMillisecondsAt512 = entry.at("inference_512_ms").get<double>();
            f.threads = jsonValue(entry, "threads", 0);
            f.measured = entry.value("measured", std::string());
            if (entry.contains("miou")) {
                f.meanIoU = entry.at("miou").get<double>();
                f.epochs = jsonValue<int>(entry.at("epochs"));
                f.budgetMinutes = jsonValue<int>(entry.at("budget_minutes"));
                f.dataset = entry.at("dataset").get<std::string>();
            }
            zoo[name] = f;
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidJson, source, e.what());
    }
    return zoo;
}

const std::map<std::string, ZooFigures>& modelZoo() {
    // Built in and checked by tst_models: a damaged file fails the build's tests, not a user.
    static const std::map<std::string, ZooFigures> zoo = [] {
        try {
            return parseModelZoo(kModelZooJson, "resources/model_zoo.json");
        } catch (const Error&) {
            return std::map<std::string, ZooFigures>();
        }
    }();
    return zoo;
}

const ZooFigures* zooFigures(const std::string& architecture) {
    const auto& zoo = modelZoo();
    const auto it = zoo.find(architecture);
    return it == zoo.end() ? nullptr : &it->second;
}

}  // namespace seg::core
