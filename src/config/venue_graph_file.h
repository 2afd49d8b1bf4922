// The venue graph file (docs/wayfinding.md, config/schema/venue-graph.schema.json):
// {"floors": [...], "nodes": [{"id", "x", "y", "floor"}], "edges": [{"from",
// "to", "kind"?, "length"?, "one_way"?}], "places": {"<id>": "<node id>"}},
// read into a model VenueGraph with every problem named by its JSON path.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "config/json_reader.h"
#include "model/venue_graph.h"

namespace signpost {

// The graph in `doc`; problems are recorded at `where` + the JSON pointer
// inside the document ("venue.json#/edges/3/from"). nullopt when there is
// any error: a graph with a dangling edge would route wrongly, not partly.
// Errors: unknown keys and wrong types, an edge, place or node naming an
// unknown node or floor, a node id or floor written twice, a stairs,
// escalator or lift edge without a length, a negative length. Warning: a
// graph in more than one piece.
std::optional<VenueGraph> read_venue_graph(const nlohmann::json& doc, const std::string& where,
                                           Problems& problems);

// Reads and parses `file` (strict JSON: no key written twice), then as above
// with `where` = `name` (the file's name as the config writes it) + "#". A
// file that cannot be read is an error at `config_path` ("/venue_graph").
std::optional<VenueGraph> read_venue_graph_file(const std::filesystem::path& file,
                                                const std::string& name,
                                                const std::string& config_path, Problems& problems);

}  // namespace signpost
