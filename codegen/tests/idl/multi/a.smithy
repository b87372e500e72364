$version: "2"

metadata suppressions = [{id: "A", namespace: "*"}]
metadata owner = "team"

namespace example.a

use example.b#Shared
use example.b#bTrait

/// Defined in a.smithy; uses shapes of b.smithy.
@bTrait(level: 2)
structure First {
    shared: Shared
    second: Second
    third: example.b#Third
    text: String
}
