$version: "2"

metadata suppressions = [{id: "B", namespace: "example.b"}]
metadata owner = "team"

namespace example.a

// Same namespace, other file: `First` resolves without `use`.
structure Second {
    back: First
}

// `String` here is the local shape, not the prelude's.
string String
