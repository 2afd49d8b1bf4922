// The venue of a native feed: name, buildings, floors and rooms.
#include <algorithm>

#include "feed/cosmetic_fields.h"
#include "feed/feed_sniff.h"
#include "feed/native_parts.h"

namespace signpost::native {
namespace {

// A floor is a number (2, 0, -1) or a short label ("P1", "B1"); both are kept
// as the label the feed wrote, since a sign shows what the building says. An
// empty label is "no floor" (""), not an error.
Result<std::string> read_floor_label(const Json& value, const std::string& field) {
    if (value.is_number_integer()) {
        return value.dump();
    }
    if (value.is_string()) {
        return value.get<std::string>();
    }
    return Error{field,
                 "must be a whole number or a label such as \"P1\", not " + json_kind(value)};
}

// The building's floor list is cosmetic (it orders the directory): a bad entry
// is dropped on its own, a list that is not an array is dropped whole.
std::vector<std::string> read_floors(const Json& building, DroppedFields& dropped) {
    std::vector<std::string> floors;
    const Json* list = json_member(building, "floors");
    if (!list) {
        return floors;
    }
    if (!list->is_array()) {
        dropped.push_back(
            Error{"floors", "must be an array of floor labels, not " + json_kind(*list)});
        return floors;
    }
    for (size_t i = 0; i < list->size(); ++i) {
        auto label = read_floor_label((*list)[i], "floors/" + std::to_string(i));
        if (!label) {
            dropped.push_back(std::move(label.error()));
        } else if (!label->empty()) {
            floors.push_back(std::move(*label));
        }
    }
    return floors;
}

// Essential: id and name. Cosmetic (dropped into `dropped`, the room kept):
// floor, capacity, a language of the name that is not a string.
Result<Room> read_room(const Json& element, DroppedFields& dropped) {
    if (!element.is_object()) {
        return Error{"", "must be an object, not " + json_kind(element)};
    }
    Room room;
    auto id = read_required_string(element, "id");
    if (!id) {
        return id.error();
    }
    room.id = std::move(*id);
    auto name = read_required_text_dropping(element, "name", dropped);
    if (!name) {
        return name.error();
    }
    room.name = std::move(*name);
    if (const Json* floor = json_member(element, "floor")) {
        room.floor = value_or_drop(read_floor_label(*floor, "floor"), std::string{}, dropped);
    }
    room.capacity =
        value_or_drop(read_optional_count(element, "capacity"), std::optional<int>{}, dropped);
    return room;
}

Error warning_for(std::string_view path, std::string_view kind, const Json& element,
                  const Error& problem) {
    return Error{element_where(path, kind, element_id(element)),
                 problem.where.empty() ? problem.what : problem.where + ": " + problem.what};
}

// Records the ids of the rooms of a building that is left out whole.
void remember_rooms_of_skipped_building(const Json& building, NativeVenue& out) {
    const Json* rooms = json_member(building, "rooms");
    if (!rooms || !rooms->is_array()) {
        return;
    }
    for (const Json& room : *rooms) {
        if (std::string_view id = element_id(room); !id.empty()) {
            out.skipped_rooms.emplace(id);
        }
    }
}

// Reads one building and its rooms into `out`; a bad room is skipped and the
// building kept. Returns the problem that skips the building itself.
Result<void> read_building(const Json& element, const std::string& path, NativeVenue& out,
                           std::vector<Error>& warnings) {
    if (!element.is_object()) {
        return Error{"", "must be an object, not " + json_kind(element)};
    }
    Building building;
    auto id = read_required_string(element, "id");
    if (!id) {
        return id.error();
    }
    building.id = std::move(*id);
    if (out.venue.find_building(building.id)) {
        return Error{"id", "duplicate building id: the first building with it is kept"};
    }
    DroppedFields dropped;
    auto name = read_required_text_dropping(element, "name", dropped);
    if (!name) {
        return name.error();
    }
    building.name = std::move(*name);
    const size_t dropped_before_floors = dropped.size();
    building.floors = read_floors(element, dropped);
    // With an entry dropped the list is known to be incomplete: no room is
    // then warned about for a floor the list lacks.
    const bool floors_complete = dropped.size() == dropped_before_floors;
    const Json* rooms = json_member(element, "rooms");
    if (!rooms) {
        return Error{"rooms", "missing (write [] for a building without rooms)"};
    }
    if (!rooms->is_array()) {
        return Error{"rooms", "must be an array, not " + json_kind(*rooms)};
    }
    report_dropped(path, "building", building.id, dropped, warnings);

    const size_t building_index = out.venue.buildings.size();
    for (size_t i = 0; i < rooms->size(); ++i) {
        const Json& room_json = (*rooms)[i];
        const std::string room_path = path + "/rooms/" + std::to_string(i);
        DroppedFields room_dropped;
        auto room = read_room(room_json, room_dropped);
        if (!room) {
            warnings.push_back(warning_for(room_path, "room", room_json, room.error()));
            if (std::string_view rid = element_id(room_json); !rid.empty()) {
                out.skipped_rooms.emplace(rid);
            }
            continue;
        }
        report_dropped(room_path, "room", room->id, room_dropped, warnings);
        if (auto earlier = out.room_index.find(room->id); earlier != out.room_index.end()) {
            // The first room may be in this building, which is not in the venue yet.
            const size_t first_building = out.venue.rooms[earlier->second].building;
            const std::string& first_building_id = first_building < out.venue.buildings.size()
                                                       ? out.venue.buildings[first_building].id
                                                       : building.id;
            warnings.push_back(Error{element_where(room_path, "room", room->id),
                                     "id: duplicate room id: the first room with it (building " +
                                         quoted_value(first_building_id) + ") is kept"});
            continue;
        }
        if (!room->floor.empty() && floors_complete && !building.floors.empty() &&
            std::find(building.floors.begin(), building.floors.end(), room->floor) ==
                building.floors.end()) {
            // Kept: the room is usable, only the floor list is incomplete.
            warnings.push_back(Error{
                element_where(room_path, "room", room->id),
                "floor: " + quoted_value(room->floor) + " is not in the building's floors (kept)"});
        }
        room->building = building_index;
        out.room_index.emplace(room->id, out.venue.rooms.size());
        building.rooms.push_back(out.venue.rooms.size());
        out.venue.rooms.push_back(std::move(*room));
    }
    out.venue.buildings.push_back(std::move(building));
    return ok();
}

}  // namespace

std::string element_where(std::string_view path, std::string_view kind, std::string_view id) {
    std::string out(path);
    if (!id.empty()) {
        out += " (";
        out += kind;
        out += " \"";
        out += body_preview(id, 60);
        out += "\")";
    }
    return out;
}

std::string_view element_id(const Json& element) {
    const Json* id = json_member(element, "id");
    if (!id || !id->is_string()) {
        return {};
    }
    return id->get_ref<const std::string&>();
}

Result<NativeVenue> read_venue(const Json& venue, std::vector<Error>& warnings) {
    NativeVenue out;
    // The venue's name is not shown on any page: a bad one costs nothing.
    DroppedFields dropped;
    auto name = read_required_text_dropping(venue, "name", dropped);
    if (!name) {
        dropped.push_back(name.error());
    } else {
        out.venue.name = std::move(*name);
    }
    report_dropped("/venue", "venue", "", dropped, warnings);

    const Json* buildings = json_member(venue, "buildings");
    if (!buildings) {
        return Error{"/venue/buildings", "missing: a venue lists its buildings and their rooms"};
    }
    if (!buildings->is_array()) {
        return Error{"/venue/buildings", "must be an array, not " + json_kind(*buildings)};
    }
    for (size_t b = 0; b < buildings->size(); ++b) {
        const Json& element = (*buildings)[b];
        const std::string path = "/venue/buildings/" + std::to_string(b);
        // read_building checks the building's own fields before it adds any
        // room, so a skipped building never leaves rooms behind.
        auto read = read_building(element, path, out, warnings);
        if (!read) {
            warnings.push_back(warning_for(path, "building", element, read.error()));
            remember_rooms_of_skipped_building(element, out);
        }
    }
    return out;
}

}  // namespace signpost::native
