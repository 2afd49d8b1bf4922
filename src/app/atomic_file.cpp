#include "app/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace signpost {
namespace {

std::filesystem::path temp_for(const std::filesystem::path& file) {
    return file.parent_path() /
           ("." + file.filename().string() + ".tmp-" + std::to_string(::getpid()));
}

std::string errno_text(int e) {
    return std::strerror(e);
}

}  // namespace

Result<void> write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                                   unsigned mode) {
    return replace_file_atomically(
        file,
        [&](const std::filesystem::path& temp) -> Result<void> {
            const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            if (fd < 0) {
                return Error{temp.string(), "cannot create: " + errno_text(errno)};
            }
            size_t done = 0;
            while (done < bytes.size()) {
                const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                if (n <= 0) {
                    const int e = errno;
                    ::close(fd);
                    return Error{temp.string(), "write failed: " + errno_text(e)};
                }
                done += static_cast<size_t>(n);
            }
            if (::close(fd) != 0) {
                return Error{temp.string(), "close failed: " + errno_text(errno)};
            }
            return ok();
        },
        mode);
}

Result<void> replace_file_atomically(
    const std::filesystem::path& file,
    const std::function<Result<void>(const std::filesystem::path&)>& write, unsigned mode) {
    const std::filesystem::path temp = temp_for(file);
    if (auto written = write(temp); !written) {
        ::unlink(temp.c_str());
        return written.error();
    }
    // chmod, not the open mode: the umask does not apply to it.
    if (::chmod(temp.c_str(), static_cast<mode_t>(mode)) != 0) {
        const int e = errno;
        ::unlink(temp.c_str());
        return Error{temp.string(), "chmod failed: " + errno_text(e)};
    }
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        const int e = errno;
        ::unlink(temp.c_str());
        return Error{file.string(), "cannot replace: " + errno_text(e)};
    }
    return ok();
}

}  // namespace signpost
