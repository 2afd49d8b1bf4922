// The loader's default cache folder reads the environment. Without a known
// environment, every config test without "cache_dir" would pass or fail with
// the shell it runs in (HOME unset in a CI container, SIGNPOST_CACHE_DIR left
// over from trying the unit by hand). Tests that check the defaults set their
// own values on top of these (ScopedEnv in config_loader_test.cpp).
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "support/temp_dir.h"

namespace {

class CacheEnvironment : public ::testing::Environment {
  public:
    void SetUp() override {
        // A folder of this run's own: nothing is written there, but a path
        // that another program might own is never named.
        root_ = std::make_unique<signpost::test::TempDir>();
        ::unsetenv("SIGNPOST_CACHE_DIR");
        ::setenv("XDG_CACHE_HOME", (*root_ / "cache").c_str(), 1);
        ::setenv("HOME", (*root_ / "home").c_str(), 1);
    }
    void TearDown() override { root_.reset(); }

  private:
    std::unique_ptr<signpost::test::TempDir> root_;
};

[[maybe_unused]] ::testing::Environment* const kCacheEnvironment =
    ::testing::AddGlobalTestEnvironment(new CacheEnvironment);

}  // namespace
