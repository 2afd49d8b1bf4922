#include "config/strict_json.h"

#include <set>
#include <string>
#include <vector>

namespace signpost {
namespace {

using nlohmann::json;

// Follows the parser's events to know the JSON path of each key. A frame per
// open object or array: its kind, the keys seen so far and the key being read
// (objects), the number of elements so far (arrays). Deeper than kMaxDepth it
// records one error and stops watching: a location config is about five levels
// deep, and this bounds the work for a hostile file.
constexpr size_t kMaxDepth = 64;

class DuplicateKeyFinder {
  public:
    explicit DuplicateKeyFinder(Problems& problems) : problems_(problems) {}

    bool on_event(json::parse_event_t event, const json& parsed) {
        if (too_deep_) {
            return true;
        }
        switch (event) {
            case json::parse_event_t::object_start:
                open(true);
                break;
            case json::parse_event_t::array_start:
                open(false);
                break;
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                frames_.pop_back();
                break;
            case json::parse_event_t::key: {
                Frame& f = frames_.back();
                std::string key = parsed.get<std::string>();
                if (!f.keys.insert(key).second) {
                    problems_.error(json_pointer_child(path_of_innermost(), key),
                                    "key written twice in one object; only one may stay");
                }
                f.key = std::move(key);
                break;
            }
            case json::parse_event_t::value:
                if (!frames_.empty() && !frames_.back().is_object) {
                    ++frames_.back().next_index;
                }
                break;
        }
        return true;  // keep everything: this only watches
    }

  private:
    // No path is stored per frame: building one at every level would cost the
    // square of the depth, and a path is only needed for a duplicate.
    struct Frame {
        bool is_object = false;
        std::set<std::string> keys;
        std::string key;
        size_t next_index = 0;
    };

    void open(bool is_object) {
        if (frames_.size() == kMaxDepth) {
            problems_.error(path_of_innermost(), "nested deeper than " + std::to_string(kMaxDepth) +
                                                     " levels; a location config needs about five");
            too_deep_ = true;
            return;
        }
        if (!frames_.empty() && !frames_.back().is_object) {
            ++frames_.back().next_index;  // the new container is the parent list's next element
        }
        Frame f;
        f.is_object = is_object;
        frames_.push_back(std::move(f));
    }

    // The JSON path of the innermost open container: each outer frame names
    // the child it is in (an object's current key, a list's last index).
    std::string path_of_innermost() const {
        std::string path;
        for (size_t i = 0; i + 1 < frames_.size(); ++i) {
            const Frame& f = frames_[i];
            path += f.is_object ? json_pointer_child("", f.key)
                                : json_pointer_child("", f.next_index - 1);
        }
        return path;
    }

    Problems& problems_;
    std::vector<Frame> frames_;
    bool too_deep_ = false;
};

// "[json.exception.parse_error.101] parse error at line 3, column 5: ..." ->
// "parse error at line 3, column 5: ...": the prefix means nothing to an operator.
std::string without_exception_id(const char* what) {
    std::string s(what);
    if (s.starts_with("[json.exception.")) {
        auto end = s.find("] ");
        if (end != std::string::npos) {
            s.erase(0, end + 2);
        }
    }
    return s;
}

}  // namespace

std::optional<json> parse_strict_json(std::string_view text, Problems& problems) {
    // Duplicates found before a syntax error would be noise next to it.
    Problems duplicates;
    DuplicateKeyFinder finder(duplicates);
    try {
        json doc = json::parse(
            text.begin(), text.end(),
            [&finder](int /*depth*/, json::parse_event_t event, json& parsed) {
                return finder.on_event(event, parsed);
            },
            /*allow_exceptions=*/true, /*ignore_comments=*/false);
        for (Error& e : duplicates.errors) {
            problems.errors.push_back(std::move(e));
        }
        return doc;
    } catch (const json::exception& e) {
        problems.error("", without_exception_id(e.what()));
        return std::nullopt;
    }
}

}  // namespace signpost
