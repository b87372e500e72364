// Simple shapes, traits in every form, documentation comments.
$version: "2.0"
$unknownControl: {a: 1}

metadata tags = ["a", "b"]
metadata "quoted key" = {nested: [1, 2.5, -3, 1e3, true, false, null]}

namespace example.simple

/// A name.
///
///   Indented line.
@length(min: 1, max: 10)
@pattern("^[a-z]+$")
@sensitive
string Name

blob Data

@deprecated()
boolean Flag

byte Byte8
short Short16

@range(min: -5, max: 5)
integer Small

long Big, float F32
double F64
bigInteger BigInt
bigDecimal BigDec

@timestampFormat("date-time")
timestamp Time

@tags(["x"])
document Doc

// A comment between traits and the shape.
@externalDocumentation("API Reference": "https://example.com/api")
/// Documentation after a trait is a plain comment.
@example.simple#marker
string Marked

@trait
structure marker {}

// An annotation of a list trait is an empty list.
@tags
string Tagged
