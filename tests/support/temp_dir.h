// Temporary files for every test program: a fresh folder per use, never a
// fixed name, so two test programs (ctest -j) or two checkouts never share one.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace signpost::test {

// A fresh folder under $TMPDIR (or the system's temp folder), removed with
// everything in it when the TempDir goes.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Writes `bytes` to NAME in this folder (replacing it) and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& bytes) const;

  private:
    std::filesystem::path path_;
};

// The names in `dir`, sorted: what a write left behind.
std::vector<std::string> names_in(const std::filesystem::path& dir);

// The whole file; "" when it cannot be read.
std::string read_file(const std::filesystem::path& path);
// Writes `bytes` to `path`, replacing it; throws when it cannot.
void write_file(const std::filesystem::path& path, const std::string& bytes);

}  // namespace signpost::test
