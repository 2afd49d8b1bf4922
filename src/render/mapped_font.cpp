#include "render/mapped_font.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace signpost {

std::shared_ptr<const MappedFont> MappedFont::map(const std::filesystem::path& path,
                                                  std::string& why) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        why = std::strerror(errno);
        return nullptr;
    }
    struct stat st {};
    void* data = MAP_FAILED;
    if (::fstat(fd, &st) != 0) {
        why = std::strerror(errno);
    } else if (st.st_size <= 0) {
        why = "empty file";
    } else {
        data = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (data == MAP_FAILED) {
            why = std::strerror(errno);
        } else {
            // FreeType jumps about the file (tables, then one glyph here and
            // there): no read-ahead or fault-around, so only the pages it
            // touches are mapped (4 of the CJK regular's 6.5 MB otherwise).
            ::madvise(data, static_cast<size_t>(st.st_size), MADV_RANDOM);
        }
    }
    ::close(fd);  // the mapping keeps the file
    if (data == MAP_FAILED) {
        return nullptr;
    }
    return std::shared_ptr<const MappedFont>(new MappedFont(data, static_cast<size_t>(st.st_size)));
}

MappedFont::~MappedFont() {
    ::munmap(const_cast<void*>(data_), size_);
}

FontPtr MappedFont::open(int px, long face_index) const {
    SDL_RWops* rw = SDL_RWFromConstMem(data_, static_cast<int>(size_));
    if (!rw) {
        return nullptr;
    }
    // freesrc = 1: the face closes the stream (not the mapping) when closed,
    // and on failure SDL_ttf closes it at once.
    return FontPtr(TTF_OpenFontIndexRW(rw, 1, px, face_index));
}

}  // namespace signpost
