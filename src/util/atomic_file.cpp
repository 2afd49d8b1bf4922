#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace signpost {
namespace {

Error system_error(const std::filesystem::path& where, std::string_view step, int err) {
    return Error{where.string(), std::string(step) + ": " + std::strerror(err)};
}

std::filesystem::path temp_for(const std::filesystem::path& file) {
    static std::atomic<unsigned> sequence{0};
    return file.parent_path() / (atomic_temp_prefix(file) + std::to_string(::getpid()) + "-" +
                                 std::to_string(sequence++));
}

// write(2) until done; EINTR is retried.
Result<void> write_all(int fd, std::string_view bytes, const std::filesystem::path& temp) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return system_error(temp, "write failed", n < 0 ? errno : EIO);
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return ok();
}

Result<void> fsync_path(const std::filesystem::path& path, int flags, std::string_view step) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        return system_error(path, "cannot open to sync it", errno);
    }
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    return rc == 0 ? ok() : Result<void>(system_error(path, step, err));
}

}  // namespace

std::string atomic_temp_prefix(const std::filesystem::path& file) {
    return file.filename().string() + ".tmp-";
}

Result<void> write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                                   const AtomicWrite& how) {
    return replace_file_atomically(
        file,
        [&](const std::filesystem::path& temp) -> Result<void> {
            // 0600 when a mode follows (chmod sets it), so the file is never
            // readable by more than it will be.
            const mode_t create_mode = how.mode ? 0600 : 0644;
            const int fd =
                ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, create_mode);
            if (fd < 0) {
                return system_error(temp, "cannot create", errno);
            }
            Result<void> written = write_all(fd, bytes, temp);
            if (::close(fd) != 0 && written) {
                written = system_error(temp, "close failed", errno);
            }
            return written;
        },
        how);
}

Result<void> replace_file_atomically(
    const std::filesystem::path& file,
    const std::function<Result<void>(const std::filesystem::path&)>& write,
    const AtomicWrite& how) {
    const std::filesystem::path temp = temp_for(file);
    const auto fail = [&](Error error) -> Result<void> {
        ::unlink(temp.c_str());
        return error;
    };
    if (auto written = write(temp); !written) {
        return fail(written.error());
    }
    if (how.sync) {
        // Through a descriptor of its own: the writer may be a library that
        // closed its file without syncing it.
        if (auto synced = fsync_path(temp, O_RDONLY, "fsync failed"); !synced) {
            return fail(synced.error());
        }
    }
    // chmod, not the open mode: the umask does not apply to it.
    if (how.mode && ::chmod(temp.c_str(), static_cast<mode_t>(*how.mode)) != 0) {
        return fail(system_error(temp, "chmod failed", errno));
    }
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        return fail(system_error(file, "cannot replace", errno));
    }
    if (how.sync) {
        // Makes the rename itself durable: without this a power cut can bring
        // back the old folder entry (or none) although the data was synced.
        const std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
        return fsync_path(dir, O_RDONLY | O_DIRECTORY, "fsync of folder failed");
    }
    return ok();
}

}  // namespace signpost
