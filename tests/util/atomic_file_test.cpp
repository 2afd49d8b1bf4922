#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_dir.h"

using namespace signpost;
namespace fs = std::filesystem;

namespace {

using test::names_in;

unsigned mode_of(const fs::path& file) {
    struct stat st {};
    EXPECT_EQ(::stat(file.c_str(), &st), 0) << file;
    return st.st_mode & 0777;
}

// Sets the umask for one scope, as the unit's UMask=0077 does.
struct Umask {
    explicit Umask(mode_t mask) : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
    mode_t old;
};

}  // namespace

TEST(AtomicFile, ReplacesTheWholeFileAndLeavesNoTemp) {
    test::TempDir tmp;
    const fs::path file = tmp.write("signpost.prom", "old\n");
    for (bool sync : {false, true}) {
        const std::string bytes(100000, sync ? 's' : 'n');
        ASSERT_TRUE(write_file_atomically(file, bytes, {.sync = sync, .mode = std::nullopt}));
        EXPECT_EQ(test::read_file(file), bytes);
        EXPECT_EQ(names_in(tmp.path()), std::vector<std::string>{"signpost.prom"});
    }
}

TEST(AtomicFile, TheModeHoldsWhateverTheUmask) {
    test::TempDir tmp;
    Umask unit_umask(0077);
    ASSERT_TRUE(write_file_atomically(tmp / "a.prom", "x", {.sync = false, .mode = 0644}));
    EXPECT_EQ(mode_of(tmp / "a.prom"), 0644u);
    ASSERT_TRUE(write_file_atomically(tmp / "b.cache", "x"));
    EXPECT_EQ(mode_of(tmp / "b.cache"), 0600u);  // 0644 less the umask
}

TEST(AtomicFile, AFailedWriterKeepsTheOldFile) {
    test::TempDir tmp;
    const fs::path file = tmp.write("screen.png", "old picture");
    fs::path given;
    auto written = replace_file_atomically(file, [&](const fs::path& temp) -> Result<void> {
        given = temp;
        test::write_file(temp, "half a pic");
        return Error{temp.string(), "the encoder failed"};
    });
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().what, "the encoder failed");
    EXPECT_EQ(given.parent_path(), tmp.path());  // beside the file: rename stays atomic
    EXPECT_TRUE(given.filename().string().starts_with(atomic_temp_prefix(file)));
    EXPECT_EQ(test::read_file(file), "old picture");
    EXPECT_EQ(names_in(tmp.path()), std::vector<std::string>{"screen.png"});
}

TEST(AtomicFile, ErrorsNameThePathAndTheReason) {
    test::TempDir tmp;
    // No folder: the temp cannot be made.
    const fs::path nowhere = tmp / "missing" / "feed.cache";
    auto written = write_file_atomically(nowhere, "x", {.sync = true, .mode = std::nullopt});
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().where.starts_with((tmp / "missing" / "feed.cache.tmp-").string()))
        << written.error().where;
    EXPECT_EQ(written.error().what, "cannot create: No such file or directory");

    // A folder in the file's place: the rename fails, the temp goes.
    fs::create_directory(tmp / "busy");
    test::write_file(tmp / "busy" / "inside", "");
    written = write_file_atomically(tmp / "busy", "x");
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().where, (tmp / "busy").string());
    EXPECT_TRUE(written.error().what.starts_with("cannot replace: ")) << written.error().what;
    EXPECT_EQ(names_in(tmp.path()), std::vector<std::string>{"busy"});
}

TEST(AtomicFile, TempNamesAreUniquePerCall) {
    test::TempDir tmp;
    std::vector<fs::path> temps;
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(replace_file_atomically(tmp / "f", [&](const fs::path& temp) -> Result<void> {
            temps.push_back(temp);
            test::write_file(temp, "x");
            return ok();
        }));
    }
    EXPECT_NE(temps[0], temps[1]);
    EXPECT_NE(temps[1], temps[2]);
    EXPECT_EQ(atomic_temp_prefix(tmp / "feed.cache"), "feed.cache.tmp-");
    EXPECT_TRUE(
        temps[0].filename().string().starts_with("f.tmp-" + std::to_string(::getpid()) + "-"));
}
