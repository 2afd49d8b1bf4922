// A font file mapped read-only into memory, from which faces are opened.
//
// Why: SDL_ttf's TTF_OpenFontIndex reads a file through its own stream, and
// FreeType reads a CJK collection (20 MB) in thousands of small seeks and
// reads (21,000 lseek and 7,000 read calls for one page); from a mapping the
// same reads are copies in memory, and the pages are the page cache's.
//
// Ownership: faces opened from a mapping point into it, so the mapping must
// outlive them (FontChain holds both and frees the faces first). A file
// replaced on disk (a package upgrade writes a new file and renames it over)
// leaves the mapping on the old one, which stays valid.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "render/sdl_handles.h"

namespace signpost {

class MappedFont {
  public:
    // nullptr, with the reason in `why`, when the file cannot be opened or mapped.
    static std::shared_ptr<const MappedFont> map(const std::filesystem::path& path,
                                                 std::string& why);
    ~MappedFont();
    MappedFont(const MappedFont&) = delete;
    MappedFont& operator=(const MappedFont&) = delete;

    // A face of the file at `px` pixels (null: SDL_ttf's error in TTF_GetError()).
    FontPtr open(int px, long face_index) const;

  private:
    MappedFont(const void* data, size_t size) : data_(data), size_(size) {}
    const void* data_;
    size_t size_;
};

}  // namespace signpost
