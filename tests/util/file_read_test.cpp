#include "util/file_read.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "support/temp_dir.h"

using namespace signpost;

TEST(ReadFileBytes, ReadsAWholeFile) {
    auto bytes = read_file_bytes(std::filesystem::path(SIGNPOST_TEST_DATA) / "feed/example.json");
    ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
    EXPECT_GT(bytes->size(), 1000u);
    EXPECT_NE(bytes->find("개막 기조연설"), std::string::npos);
}

TEST(ReadFileBytes, NamesThePathAndTheReason) {
    test::TempDir tmp;
    const auto missing = tmp / "no-such-feed.json";
    auto bytes = read_file_bytes(missing);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().where, missing.string());
    EXPECT_NE(bytes.error().what.find("No such file"), std::string::npos) << bytes.error().what;

    bytes = read_file_bytes(SIGNPOST_TEST_DATA);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().what, "is a directory, not a file");

    bytes = read_file_bytes("/dev/null");
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().what, "is not a regular file");
}

TEST(ReadFileBytes, ReadsAnEmptyFileAsEmpty) {
    test::TempDir tmp;
    auto bytes = read_file_bytes(tmp.write("empty.json", ""));
    ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
    EXPECT_TRUE(bytes->empty());
}

TEST(ReadWholeFile, StopsOneBytePastTheLimit) {
    test::TempDir tmp;
    const auto file = tmp.write("ten.txt", "0123456789");
    FileRead exact = read_whole_file(file, 10);
    EXPECT_TRUE(exact.ok());
    EXPECT_EQ(exact.bytes, "0123456789");
    FileRead over = read_whole_file(file, 9);
    EXPECT_EQ(over.problem, FileReadProblem::too_large);
    EXPECT_TRUE(over.bytes.empty());
}

TEST(ReadWholeFile, SaysWhichProblem) {
    test::TempDir tmp;
    EXPECT_EQ(read_whole_file(tmp / "missing").problem, FileReadProblem::missing);
    EXPECT_EQ(read_whole_file(tmp.path()).problem, FileReadProblem::directory);
    EXPECT_EQ(read_whole_file("/dev/zero", 16).problem, FileReadProblem::not_regular);
    const auto locked = tmp.write("locked", "x");
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    const FileRead read = read_whole_file(locked);
    if (::geteuid() == 0) {
        EXPECT_TRUE(read.ok());  // root reads it anyway
    } else {
        EXPECT_EQ(read.problem, FileReadProblem::unreadable);
        EXPECT_FALSE(read.system_reason.empty());
    }
}
