#include "core/train/distributed_setup.h"

#include <cstdlib>
#include <string>

#include "core/common/error.h"

namespace seg::core {

namespace {

int integerVariable(const std::map<std::string, std::string>& environment, const std::string& name,
                    int fallback, int low, int high) {
    const auto it = environment.find(name);
    if (it == environment.end() || it->second.empty()) {
        if (fallback < low)
            throw Error(ErrorCode::InvalidArgument, {},
                        name + " is not set (data-parallel training needs it with WORLD_SIZE)");
        return fallback;
    }
    size_t end = 0;
    long value = 0;
    try {
        value = std::stol(it->second, &end);
    } catch (const std::exception&) {
        end = 0;
    }
    if (end != it->second.size() || value < low || value > high)
        throw Error(ErrorCode::InvalidArgument, {},
                    name + " is \"" + it->second + "\"; it must be a whole number from " +
                        std::to_string(low) + " to " + std::to_string(high));
    return static_cast<int>(value);
}

}  // namespace

std::optional<DistributedSetup> distributedSetupFrom(
    const std::map<std::string, std::string>& environment) {
    if (!environment.count("WORLD_SIZE")) return std::nullopt;
    DistributedSetup setup;
    setup.worldSize = integerVariable(environment, "WORLD_SIZE", 0, 1, 4096);
    setup.rank = integerVariable(environment, "RANK", -1, 0, setup.worldSize - 1);
    setup.localRank = integerVariable(environment, "LOCAL_RANK", setup.rank, 0, 4095);
    setup.localWorldSize = integerVariable(environment, "LOCAL_WORLD_SIZE", 1, 1, 4096);
    setup.masterPort = integerVariable(environment, "MASTER_PORT", setup.masterPort, 1, 65535);
    if (const auto it = environment.find("MASTER_ADDR");
        it != environment.end() && !it->second.empty())
        setup.masterAddress = it->second;
    return setup;
}

std::optional<DistributedSetup> distributedSetupFromEnvironment() {
    std::map<std::string, std::string> environment;
    for (const char* name :
         {"RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"})
        if (const char* value = std::getenv(name)) environment[name] = value;
    return distributedSetupFrom(environment);
}

std::map<std::string, std::string> distributedEnvironment(const DistributedSetup& setup, int rank) {
    return {{"RANK", std::to_string(rank)},
            {"WORLD_SIZE", std::to_string(setup.worldSize)},
            {"LOCAL_RANK", std::to_string(rank)},
            {"LOCAL_WORLD_SIZE", std::to_string(setup.localWorldSize)},
            {"MASTER_ADDR", setup.masterAddress},
            {"MASTER_PORT", std::to_string(setup.masterPort)}};
}

}  // namespace seg::core
