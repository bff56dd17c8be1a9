#include "core/data/image_folder.h"

#include "core/common/paths.h"
#include "core/data/image_io.h"

namespace seg::core {

namespace fs = std::filesystem;

std::map<std::string, fs::path> imagesByStem(const fs::path& dir, std::vector<Problem>& problems) {
    std::map<std::string, fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const fs::path& p = it->path();
        if (!isImageExtension(lowerExtension(p))) continue;
        const std::string stem = pathToUtf8(p.stem());
        auto [pos, inserted] = out.emplace(stem, p);
        if (!inserted) {
            // Keep the same file whatever order the folder lists them in.
            const fs::path dropped = std::max(pos->second, p);
            pos->second = std::min(pos->second, p);
            problems.push_back({dropped, ErrorCode::InvalidContent,
                                "another file has the same name stem ('" + stem + "'); using " +
                                    pathToUtf8(pos->second.filename())});
        }
    }
    if (ec)
        problems.push_back({dir, ErrorCode::FileUnreadable, "cannot list folder: " + ec.message()});
    return out;
}

}  // namespace seg::core
