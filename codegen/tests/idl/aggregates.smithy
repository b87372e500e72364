$version: "2"

namespace example.agg

/// A list of names.
@uniqueItems
list Names {
    /// Each name.
    @length(min: 1)
    member: String
}

@sparse
map Scores {
    key: String
    value: Integer
}

structure Person {
    /// The person's name.
    @required
    name: String

    age: Integer = 0
    tags: Names = []
    nick: String = "none",
    score: Score = {}
    active: Boolean = true
    @clientOptional
    misc: smithy.api#Document = null
}

structure Score {}

union Choice {
    text: String
    number: Integer
    nothing: Unit
}

/// Suits.
enum Suit {
    /// Diamonds.
    DIAMOND
    CLUB = "club"
    @deprecated
    HEART = "heart"
    @enumValue("spade")
    SPADE
}

intEnum Level {
    LOW = 1
    @tags(["mid"])
    MEDIUM = 5
    HIGH = -10
}
