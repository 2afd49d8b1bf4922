#include "util/json_pointer.h"

namespace signpost {

std::string json_pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string json_pointer_child(std::string_view parent, std::string_view key) {
    return std::string(parent) + "/" + json_pointer_token(key);
}

std::string json_pointer_child(std::string_view parent, size_t index) {
    return std::string(parent) + "/" + std::to_string(index);
}

}  // namespace signpost
