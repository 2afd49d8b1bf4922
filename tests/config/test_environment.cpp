// The loader's default cache folder reads the environment. Without a known
// environment, every config test without "cache_dir" would pass or fail with
// the shell it runs in (HOME unset in a CI container, SIGNPOST_CACHE_DIR left
// over from trying the unit by hand). Tests that check the defaults set their
// own values on top of these (ScopedEnv in config_loader_test.cpp).
#include <gtest/gtest.h>

#include <cstdlib>

namespace {

class CacheEnvironment : public ::testing::Environment {
  public:
    void SetUp() override {
        ::unsetenv("SIGNPOST_CACHE_DIR");
        ::setenv("XDG_CACHE_HOME", "/tmp/signpost-config-tests-cache", 1);
        ::setenv("HOME", "/tmp/signpost-config-tests-home", 1);
    }
};

[[maybe_unused]] ::testing::Environment* const kCacheEnvironment =
    ::testing::AddGlobalTestEnvironment(new CacheEnvironment);

}  // namespace
