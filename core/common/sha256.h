#pragma once
// SHA-256 (FIPS 180-4), for digests that seal files and key caches. Toolkit-free: core links
// no crypto library, and the digest must be the same on every platform. Not thread-safe: one
// object per thread.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace seg::core {

class Sha256 {
public:
    Sha256();

    void update(const void* data, size_t size);
    // The digest as 64 lower-case hex digits. Call once; the object is spent afterwards.
    std::string hexDigest();

    static std::string hexOf(const void* data, size_t size);

private:
    void compress(const uint8_t* block);

    std::array<uint32_t, 8> m_state;
    std::array<uint8_t, 64> m_buffer{};
    size_t m_buffered = 0;
    uint64_t m_length = 0;  // bytes hashed so far
};

}  // namespace seg::core
