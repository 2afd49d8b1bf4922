#include "util/file_read.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace signpost {
namespace fs = std::filesystem;

FileRead read_whole_file(const fs::path& path, size_t max_bytes) {
    FileRead out;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        out.problem = FileReadProblem::missing;
        out.system_reason = ec ? ec.message() : "No such file or directory";
        return out;
    }
    if (fs::is_directory(status)) {
        out.problem = FileReadProblem::directory;
        return out;
    }
    if (!fs::is_regular_file(status)) {
        out.problem = FileReadProblem::not_regular;
        return out;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                         &std::fclose);
    if (!file) {
        out.problem = FileReadProblem::unreadable;
        out.system_reason = std::strerror(errno);
        return out;
    }
    if (const auto size = fs::file_size(path, ec); !ec && size <= max_bytes) {
        out.bytes.reserve(static_cast<size_t>(size));
    }
    char buffer[1 << 16];
    size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
        out.bytes.append(buffer, got);
        if (out.bytes.size() > max_bytes) {
            out.bytes.clear();
            out.problem = FileReadProblem::too_large;
            return out;
        }
    }
    if (std::ferror(file.get())) {
        out.bytes.clear();
        out.problem = FileReadProblem::read_error;
        out.system_reason = std::string("read failed: ") + std::strerror(errno);
    }
    return out;
}

Result<std::string> read_file_bytes(const fs::path& path) {
    FileRead read = read_whole_file(path);
    switch (read.problem) {
        case FileReadProblem::none:
            return std::move(read.bytes);
        case FileReadProblem::directory:
            return Error{path.string(), "is a directory, not a file"};
        case FileReadProblem::not_regular:
            return Error{path.string(), "is not a regular file"};
        case FileReadProblem::missing:
        case FileReadProblem::unreadable:
        case FileReadProblem::read_error:
        case FileReadProblem::too_large:  // no limit was given
            break;
    }
    return Error{path.string(), read.system_reason};
}

}  // namespace signpost
