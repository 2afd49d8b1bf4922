// A venue map for feeds that only know rooms (frab, Pentabarf, iCalendar): the
// buildings of the venue, and rules that say which building and floor a room
// belongs to, by its exact name or by a pattern on it. The location config
// carries it; the importers apply it when they build the Venue.
//
//   FOSDEM: {"pattern": "^K\\.(\\d)\\.", "building": "K", "floor": "$1"}
//           puts "K.3.401" in building K, floor 3.
#pragma once

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "model/direction.h"
#include "model/localized_text.h"
#include "util/result.h"

namespace signpost {

struct VenueMapBuilding {
    std::string id;
    LocalizedText name;
    std::vector<std::string> floors;  // optional, bottom to top
    std::optional<Arrow> arrow;       // the way to this building, if the map says
    LocalizedText directions;         // "Across the square, 2nd door"
};

// Where a rule puts a room.
struct RoomPlacement {
    std::string building;  // a VenueMapBuilding id
    std::string floor;     // a label, "" when the rule gives none
    // The name the sign shows, when the rule gives one: "Room 111" for
    // "CCIB - P1 - Room 111" once the building and floor say the rest, or a
    // room's name in the venue's languages. Empty: the feed's name.
    LocalizedText name;
};

// One rule: an exact room name, or an ECMAScript regular expression searched
// in the name (anchor it with ^...$ to match the whole name). The floor and
// the display name are templates: "$1", "$2"... are the pattern's capture
// groups, "$$" is a dollar. The room's id stays the feed's name either way.
class RoomRule {
  public:
    static RoomRule exact(std::string room_name, std::string building, std::string floor = {});
    // Error when the pattern does not compile; `where` names the rule for it.
    static Result<RoomRule> pattern(std::string pattern, std::string building,
                                    std::string floor_template = {}, std::string where = {});

    // The name the room shows (each language a template); empty: the feed's.
    RoomRule& with_name(LocalizedText name_template);

    bool is_pattern() const { return regex_ != nullptr; }
    const std::string& text() const { return text_; }  // the name or the pattern
    const std::string& building() const { return building_; }
    const std::string& floor() const { return floor_; }
    const LocalizedText& name() const { return name_; }

    std::optional<RoomPlacement> match(std::string_view room_name) const;

  private:
    std::string text_;
    std::string building_;
    std::string floor_;
    LocalizedText name_;
    // Shared so that rules (and the maps holding them) stay cheap to copy;
    // std::regex is immutable after construction, so sharing is safe.
    std::shared_ptr<const std::regex> regex_;
};

struct VenueMap {
    std::vector<VenueMapBuilding> buildings;
    std::vector<RoomRule> rules;
    // Building id for rooms no rule claims; empty: the importer makes one
    // building named after the conference for them.
    std::string default_building;

    // Every rule and the default name a building of the map; building ids are
    // unique and not empty. Each problem is one Error (where = "rules/2"...).
    std::vector<Error> check() const;

    // Exact-name rules first (they are the most specific), then the patterns
    // in the map's order; the first that matches decides. nullopt: no rule.
    std::optional<RoomPlacement> place(std::string_view room_name) const;

    const VenueMapBuilding* find_building(std::string_view id) const;
};

}  // namespace signpost
