$version: "2"

namespace example.b

string Shared
string Third

@trait
structure bTrait {
    level: Integer
}
