// Replacing a file so that a reader sees the old one or the new one, whole,
// the one way for every module: write a temp file in the same folder (rename(2)
// is atomic only within one file system), write all of it, optionally fsync,
// then rename it over the file; on any failure the temp is removed and the
// old file stays. Used for the feed cache (synced: it must survive a power
// cut), the metrics file and the screen capture (not synced: rewritten within
// seconds, worth no wear on a board's SD card) and --snapshot's PNGs.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "util/result.h"

namespace signpost {

struct AtomicWrite {
    // fsync the temp before the rename and the folder after it, so that after
    // a power cut the file is the old one or the new one, not empty or gone.
    bool sync = false;
    // The file's mode, set with chmod before the rename, whatever the process
    // umask (the unit's is 0077; node_exporter reads the metrics as another
    // user). Unset: created 0644 less the umask.
    std::optional<unsigned> mode;
};

// The temp file names of `file`: "<name>.tmp-<pid>-<n>", unique per process
// and per call (a kiosk and a --dump may write one file at once), a name no
// glob for the file's kind (*.prom, *.png) picks up. A writer killed before
// the rename leaves one behind; the pid says whose it was.
std::string atomic_temp_prefix(const std::filesystem::path& file);

// Replaces `file` with `bytes`. The Error names the temp file (create, write,
// fsync, close, chmod) or the file (rename) or its folder (fsync), and the
// system's reason.
Result<void> write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                                   const AtomicWrite& how = {});

// The same for a writer that needs a path (an image library): `write` is given
// the temp path and returns its own Error on failure.
Result<void> replace_file_atomically(
    const std::filesystem::path& file,
    const std::function<Result<void>(const std::filesystem::path&)>& write,
    const AtomicWrite& how = {});

}  // namespace signpost
