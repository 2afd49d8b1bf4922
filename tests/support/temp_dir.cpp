#include "support/temp_dir.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace signpost::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
    // temp_directory_path() reads $TMPDIR and falls back to /tmp.
    std::string pattern = (fs::temp_directory_path() / "signpost-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& name, const std::string& bytes) const {
    fs::path file = path_ / name;
    write_file(file, bytes);
    return file;
}

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.flush();
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

}  // namespace signpost::test
