#include "feed/json_stream.h"

#include <optional>
#include <string>
#include <vector>

#include "feed/feed_sniff.h"

namespace signpost {
namespace {

// A DOM builder for nlohmann's SAX interface, like nlohmann's own but with
// one top-level array diverted to a callback element by element. Containers
// are built in place and `open_` points at the open ones, innermost last: a
// container only gains a member once its open child is closed, so these
// pointers stay valid (nlohmann's DOM parser relies on the same).
class StreamingBuilder final : public nlohmann::json_sax<Json> {
  public:
    explicit StreamingBuilder(const JsonStreamHandlers& handlers) : handlers_(handlers) {}

    Json& root() { return root_; }
    const std::optional<Error>& error() const { return error_; }

    bool null() override { return add(Json(nullptr)); }
    bool boolean(bool value) override { return add(Json(value)); }
    bool number_integer(number_integer_t value) override { return add(Json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return add(Json(value)); }
    bool number_float(number_float_t value, const string_t&) override { return add(Json(value)); }
    bool string(string_t& value) override { return add(Json(std::move(value))); }
    bool binary(binary_t& value) override { return add(Json::binary(std::move(value))); }

    bool start_object(std::size_t) override {
        // An ordered_json object is a vector: without room for a session's
        // usual keys it grows 1, 2, 4, 8 and moves every member each time
        // (about a tenth of the parse, measured with callgrind).
        Json object = Json::object();
        object.get_ref<Json::object_t&>().reserve(8);
        return open(std::move(object));
    }
    bool start_array(std::size_t) override {
        if (open_.size() == 1 && top_key_ == handlers_.key) {
            if (streamed_once_) {
                error_ = Error{"/" + json_pointer_token(top_key_),
                               "appears twice in the document's top-level object"};
                return false;
            }
            streamed_once_ = true;
            streaming_ = true;
            next_index_ = 0;
        }
        return open(Json::array());
    }
    bool end_object() override { return close(); }
    bool end_array() override {
        if (streaming_ && open_.size() == 2) {
            streaming_ = false;  // the streamed array itself ends
        }
        return close();
    }

    bool key(string_t& value) override {
        key_ = std::move(value);
        if (open_.size() == 1) {
            top_key_ = key_;
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override {
        // nlohmann counts bytes read; the offending byte is the last one read.
        std::string_view message = e.what();
        if (auto bracket = message.find("] ");
            message.starts_with("[json.exception") && bracket != std::string_view::npos) {
            message.remove_prefix(bracket + 2);
        }
        error_ =
            Error{"", "not valid JSON at byte " + std::to_string(position > 0 ? position - 1 : 0) +
                          ": " + body_preview(message, 200)};
        return false;
    }

  private:
    // Places a complete value or a new container; returns where it lives.
    Json* place(Json&& value) {
        if (open_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        if (streaming_ && open_.size() == 2) {
            element_ = std::move(value);  // a new element of the streamed array
            return &element_;
        }
        Json& parent = *open_.back();
        if (parent.is_array()) {
            auto& items = parent.get_ref<Json::array_t&>();
            items.push_back(std::move(value));
            return &items.back();
        }
        Json& slot = parent[key_];
        slot = std::move(value);
        return &slot;
    }

    bool add(Json&& value) {
        place(std::move(value));
        return finished_value();
    }

    bool open(Json&& container) {
        open_.push_back(place(std::move(container)));
        return true;
    }

    bool close() {
        open_.pop_back();
        return finished_value();
    }

    // After a value is complete at the current depth: hand over a streamed
    // element or report a finished top-level member.
    bool finished_value() {
        if (streaming_ && open_.size() == 2) {
            handlers_.on_element(next_index_++, std::move(element_));
            element_ = nullptr;
        } else if (open_.size() == 1 && root_.is_object() && handlers_.on_member) {
            handlers_.on_member(top_key_, root_[top_key_]);
        }
        return true;
    }

    const JsonStreamHandlers& handlers_;
    Json root_;
    std::vector<Json*> open_;
    std::string key_;      // the last member name read
    std::string top_key_;  // the name of the current member of the root object
    bool streaming_ = false;
    bool streamed_once_ = false;
    size_t next_index_ = 0;
    Json element_;
    std::optional<Error> error_;
};

}  // namespace

Result<Json> parse_json_streaming(std::string_view bytes, const JsonStreamHandlers& handlers) {
    StreamingBuilder builder(handlers);
    const bool parsed = Json::sax_parse(bytes.begin(), bytes.end(), &builder);
    if (!parsed || builder.error()) {
        return builder.error().value_or(Error{"", "not valid JSON"});
    }
    return std::move(builder.root());
}

}  // namespace signpost
