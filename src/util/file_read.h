// Reading a whole file, the one way for every module: the feed, the config,
// the font manifest and the feed cache. A file is read to its end rather than
// trusting its size (it may be growing); only regular files are read (a FIFO
// or a device could block or never end).
#pragma once

#include <cstddef>
#include <filesystem>
#include <limits>
#include <string>

#include "util/result.h"

namespace signpost {

enum class FileReadProblem {
    none,
    missing,      // no such file, or its folder cannot be searched
    directory,    // a folder, not a file
    not_regular,  // a FIFO, a socket or a device
    unreadable,   // it cannot be opened (permissions)
    too_large,    // more than the limit the caller gave
    read_error,   // reading failed part way (I/O)
};

struct FileRead {
    std::string bytes;
    FileReadProblem problem = FileReadProblem::none;
    std::string system_reason;  // the system's words for missing, unreadable, read_error

    bool ok() const { return problem == FileReadProblem::none; }
};

// The whole of `path`, at most `max_bytes` (one byte more is too_large).
// Callers that have their own words for a problem use this.
FileRead read_whole_file(const std::filesystem::path& path,
                         size_t max_bytes = std::numeric_limits<size_t>::max());

// The whole of `path`, or Error{path, reason in plain words}.
Result<std::string> read_file_bytes(const std::filesystem::path& path);

}  // namespace signpost
