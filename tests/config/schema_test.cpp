// config/schema/location.schema.json and the loader describe the same file:
// the full fixture uses every key the schema declares, is valid against it
// (tests/config/validate_fixtures.py, run by ctest when Python has jsonschema),
// and loads without a problem here.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "config/config_loader.h"
#include "config_test_support.h"

using namespace signpost;
using namespace signpost::test;
using nlohmann::json;

namespace {

json read_json(const std::filesystem::path& file) {
    std::ifstream in(file);
    EXPECT_TRUE(in) << file;
    return json::parse(in);
}

class SchemaKeys {
  public:
    explicit SchemaKeys(json schema) : schema_(std::move(schema)) {}

    // Every key path the schema declares, with "*" for list items and map values.
    std::set<std::string> declared() const {
        std::set<std::string> out;
        declared(schema_, "", out);
        return out;
    }

    // The declared key paths that `doc` uses somewhere.
    std::set<std::string> used_by(const json& doc) const {
        std::set<std::string> out;
        used(schema_, doc, "", out);
        return out;
    }

  private:
    // "#/$defs/colour" -> that definition; other schemas as they are.
    const json& resolve(const json& s) const {
        if (s.is_object() && s.contains("$ref")) {
            std::string ref = s["$ref"].get<std::string>();
            return schema_.at(json::json_pointer(ref.substr(1)));
        }
        return s;
    }

    void declared(const json& raw, const std::string& path, std::set<std::string>& out) const {
        const json& s = resolve(raw);
        if (!s.is_object()) {
            return;
        }
        if (s.contains("properties")) {
            for (const auto& [key, sub] : s["properties"].items()) {
                out.insert(path + "/" + key);
                declared(sub, path + "/" + key, out);
            }
        }
        if (s.contains("items")) {
            declared(s["items"], path + "/*", out);
        }
        if (s.contains("additionalProperties") && s["additionalProperties"].is_object()) {
            declared(s["additionalProperties"], path + "/*", out);
        }
    }

    void used(const json& raw, const json& doc, const std::string& path,
              std::set<std::string>& out) const {
        const json& s = resolve(raw);
        if (!s.is_object()) {
            return;
        }
        if (s.contains("properties") && doc.is_object()) {
            for (const auto& [key, sub] : s["properties"].items()) {
                if (doc.contains(key)) {
                    out.insert(path + "/" + key);
                    used(sub, doc[key], path + "/" + key, out);
                }
            }
        }
        if (s.contains("items") && doc.is_array()) {
            for (const json& item : doc) {
                used(s["items"], item, path + "/*", out);
            }
        }
        if (s.contains("additionalProperties") && s["additionalProperties"].is_object() &&
            doc.is_object()) {
            for (const auto& [key, value] : doc.items()) {
                used(s["additionalProperties"], value, path + "/*", out);
            }
        }
    }

    json schema_;
};

const std::filesystem::path kSchema =
    std::filesystem::path(SIGNPOST_SOURCE_DIR) / "config/schema/location.schema.json";

}  // namespace

TEST(Schema, TheFullFixtureUsesEveryKeyTheSchemaDeclares) {
    SchemaKeys schema(read_json(kSchema));
    std::set<std::string> declared = schema.declared();
    EXPECT_GT(declared.size(), 30u);  // the walk found the nested keys, not just the top
    EXPECT_EQ(schema.used_by(read_json(config_data("full.json"))), declared);
}

TEST(Schema, TheLoaderAcceptsTheFullFixture) {
    auto loaded = load_config(config_data("full.json"));
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
}

TEST(Schema, RejectsUnknownKeysWhereTheLoaderDoes) {
    // additionalProperties is false on every object whose keys the loader fixes.
    json schema = read_json(kSchema);
    EXPECT_EQ(schema["additionalProperties"], false);
    for (const char* key : {"location", "feed", "display", "simulated_clock", "theme"}) {
        EXPECT_EQ(schema["properties"][key]["additionalProperties"], false) << key;
    }
    EXPECT_EQ(schema["properties"]["pages"]["items"]["additionalProperties"], false);
    EXPECT_EQ(schema["properties"]["directions"]["additionalProperties"]["additionalProperties"],
              false);
}
