$version: "2.0"

namespace example.nodes

@trait
document info

@info(
    escapes: "quote \" backslash \\ slash \/ tab\tnewline\n unicode \u00e9 \ud83d\ude00"
    continued: "one \
two"
    multiLine: "line one
line two"
    block: """
        Hello,
          indented "quotes" and \"escaped\"
        world.

        """
    blockNoTrailingNewline: """
        a
        b"""
    blockClosingLessIndented: """
            deep
        """
    numbers: [0, -1, 3.25, -0.5, 2E2, 12345678901]
    keywords: [true, false, null]
    empty: {}
    emptyList: []
    nested: {list: [{a: 1}, []], "quoted key": "v"}
    ids: [Target, example.other#Absolute, Target$member, NotAShape, String]
)
string Target
