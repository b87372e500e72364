$version: "2.0"

namespace example.mix

@mixin
structure Timestamps {
    created: Timestamp
    updated: Timestamp
}

@mixin
structure Owned {
    owner: String
}

@mixin(localTraits: [internal])
@internal
structure Deep with [Owned] {}

// Uses two mixins and elides members they define.
structure Document with [Timestamps, Deep] {
    @required
    $created
    $owner
    title: String
}

@mixin
string MixedString

@length(min: 1)
string Title with [MixedString]

@mixin
list MixedList {
    member: String
}

list Titles with [MixedList] {}

// apply, single form and block form, to shapes, members and inherited members.
apply Document @documentation("Applied later.")

apply Document$title {
    @required
    @length(max: 100)
}

apply Document$updated @deprecated

apply Titles$member @length(min: 2)

apply String @tags(["prelude"])

apply Title @tags(["one"])
apply Title @tags(["two"])
