#pragma once
// Values read out of JSON files a user can hand us. nlohmann's get<int>() casts a floating
// value straight to the integer type, and 1e80 -> int is undefined behaviour (the run-record
// fuzzer found it in last_confusion.json). jsonValue<T> takes only whole numbers that fit T
// for integer types, element by element for vectors and arrays of them, and get<T>() for
// everything else. What does not fit throws nlohmann::json::type_error, as a wrong type does,
// so every reader's existing catch turns it into a message naming the file.

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace seg::core {

template <typename T>
T jsonValue(const nlohmann::json& value);

namespace json_value_detail {

template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};

template <typename T>
struct IsArray : std::false_type {};
template <typename T, size_t N>
struct IsArray<std::array<T, N>> : std::true_type {};

template <typename Int>
Int wholeNumber(const nlohmann::json& value) {
    using Limits = std::numeric_limits<Int>;
    if (value.is_number_unsigned()) {
        const uint64_t v = value.get<uint64_t>();
        if (v <= static_cast<uint64_t>(Limits::max())) return static_cast<Int>(v);
    } else if (value.is_number_integer()) {
        const int64_t v = value.get<int64_t>();
        const bool fits = v < 0 ? Limits::is_signed && v >= static_cast<int64_t>(Limits::min())
                                : static_cast<uint64_t>(v) <= static_cast<uint64_t>(Limits::max());
        if (fits) return static_cast<Int>(v);
    }
    throw nlohmann::json::type_error::create(
        302,
        "expected a whole number from " + std::to_string(+Limits::min()) + " to " +
            std::to_string(+Limits::max()) + ", found " + value.dump(),
        &value);
}

}  // namespace json_value_detail

template <typename T>
T jsonValue(const nlohmann::json& value) {
    using namespace json_value_detail;
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        return wholeNumber<T>(value);
    } else if constexpr (IsVector<T>::value || IsArray<T>::value) {
        using Element = typename T::value_type;
        if (!value.is_array())
            throw nlohmann::json::type_error::create(302, "expected an array", &value);
        T out{};
        if constexpr (IsArray<T>::value) {
            if (value.size() != out.size())
                throw nlohmann::json::type_error::create(
                    302, "expected " + std::to_string(out.size()) + " values", &value);
            for (size_t i = 0; i < out.size(); ++i) out[i] = jsonValue<Element>(value[i]);
        } else {
            out.reserve(value.size());
            for (const auto& element : value) out.push_back(jsonValue<Element>(element));
        }
        return out;
    } else {
        return value.get<T>();
    }
}

// `object[key]` read as T when present, else `fallback`.
template <typename T>
T jsonValue(const nlohmann::json& object, const char* key, T fallback) {
    const auto it = object.find(key);
    return it == object.end() ? fallback : jsonValue<T>(*it);
}

// A score that may be undefined (NaN: a class absent from an image) as JSON: null for NaN,
// as JSON has no NaN; and read back, null as NaN.
inline nlohmann::json jsonScore(double value) {
    return std::isnan(value) ? nlohmann::json(nullptr) : nlohmann::json(value);
}
inline double scoreFromJson(const nlohmann::json& value) {
    return value.is_null() ? std::nan("") : value.get<double>();
}

}  // namespace seg::core
