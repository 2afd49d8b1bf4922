#include "render/png_file.h"

#include <csetjmp>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <png.h>

#include "render/sdl_handles.h"

namespace signpost {
namespace {

struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};

// libpng reports errors through longjmp: nothing with a destructor may live
// between the setjmp and the calls that can fail, so the rows are made
// before it and the writer touches only plain data.
bool write_rows(FILE* file, png_uint_32 width, png_uint_32 height,
                const std::vector<png_bytep>& rows, int level, std::string& error) {
    png_structp png = png_create_write_struct(
        PNG_LIBPNG_VER_STRING, &error,
        [](png_structp p, png_const_charp message) {
            *static_cast<std::string*>(png_get_error_ptr(p)) = message;
            png_longjmp(p, 1);
        },
        [](png_structp, png_const_charp) {});
    if (!png) {
        error = "out of memory";
        return false;
    }
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        if (error.empty())
            error = "out of memory";
        return false;
    }
    png_init_io(png, file);
    png_set_compression_level(png, level);
    // One cheap filter: at level 1, trying all five per row costs more than
    // the smaller file saves.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    png_write_image(png, const_cast<png_bytepp>(rows.data()));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

Result<void> write_png(SDL_Surface* surface, const std::filesystem::path& out, int zlib_level) {
    // RGBA bytes in memory order on any machine.
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_RGBA32, 0));
    if (!rgba) {
        return Error{out.string(), std::string("cannot convert the image: ") + SDL_GetError()};
    }
    std::vector<png_bytep> rows(static_cast<size_t>(rgba->h));
    for (int y = 0; y < rgba->h; ++y) {
        rows[static_cast<size_t>(y)] = static_cast<png_bytep>(rgba->pixels) + y * rgba->pitch;
    }
    std::unique_ptr<FILE, FileCloser> file(std::fopen(out.c_str(), "wb"));
    if (!file) {
        return Error{out.string(), "cannot open for writing"};
    }
    std::string error;
    if (!write_rows(file.get(), static_cast<png_uint_32>(rgba->w),
                    static_cast<png_uint_32>(rgba->h), rows, zlib_level, error)) {
        return Error{out.string(), "cannot write the PNG: " + error};
    }
    if (std::fflush(file.get()) != 0 || std::ferror(file.get())) {
        return Error{out.string(), "cannot write the PNG (disk full?)"};
    }
    return ok();
}

}  // namespace signpost
