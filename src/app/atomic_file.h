// Replacing a file so that a reader sees the old one or the new one, whole:
// write a temp file beside it, then rename(2) over it. For files other
// programs read while the kiosk runs (the metrics for node_exporter, the
// screen capture for an operator). No fsync: both are rewritten within
// seconds and are worth no wear on a board's SD card; the rename alone keeps
// a reader from ever seeing half a file.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>

#include "util/result.h"

namespace signpost {

// The temp file is ".<name>.tmp-<pid>" in the same folder (a name that neither
// node_exporter, which reads *.prom, nor a glob for *.png picks up), made
// with `mode` whatever the process umask (the unit's is 0077, and
// node_exporter runs as another user).
Result<void> write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                                   unsigned mode = 0644);

// The same, for a writer that needs a path (an image library): `write` is
// given the temp path and returns false (with its own Error) on failure.
Result<void> replace_file_atomically(
    const std::filesystem::path& file,
    const std::function<Result<void>(const std::filesystem::path&)>& write, unsigned mode = 0644);

}  // namespace signpost
