$version: "2.0"
$operationOutputSuffix: "Response"

namespace example.svc

use example.other#External

/// The weather service.
@title("Weather")
service Weather {
    version: "2006-03-01"
    operations: [GetCurrentTime]
    resources: [City]
    errors: [ServiceError]
    rename: {
        "example.other#External": "OtherExternal"
    }
}

resource City {
    identifiers: { cityId: CityId }
    properties: { name: String, coordinates: Coordinates }
    read: GetCity
    list: ListCities
    create: CreateCity
    operations: [RateCity]
    collectionOperations: [CountCities]
    resources: [Forecast]
}

resource Forecast {
    identifiers: { cityId: CityId }
}

@pattern("^[A-Za-z0-9 ]+$")
string CityId

structure Coordinates {
    latitude: Float
    longitude: Float
}

@readonly
operation GetCity {
    input: GetCityInput
    output: GetCityOutput
    errors: [NoSuchResource, ServiceError]
}

@input
structure GetCityInput for City {
    @required
    $cityId
}

@output
structure GetCityOutput for City {
    $name
    $coordinates
    extra: External
}

@readonly
operation ListCities {
    input := {
        nextToken: String
    }
    output := @references([{resource: City}]) {
        items: CityIds
    }
}

list CityIds {
    member: CityId
}

operation CreateCity {
    input := for City with [CityMixin] {
        /// The new city's name.
        @required
        $name
    }
    output: Unit
}

@mixin
structure CityMixin {
    coordinates: Coordinates
}

operation RateCity {
    input := {}
}

operation CountCities {
    input
        /// Not documentation: it comes before `:=`.
        := {}
    output :=
        /// The count.
        {
            count: Integer
        }
}

union CityField for City {
    $name
    $coordinates
}

@readonly
operation GetCurrentTime {
    output := {
        @required
        time: Timestamp
    }
}

@error("client")
@httpError(404)
structure NoSuchResource {
    @required
    resourceType: String
}

@error("server")
structure ServiceError {}
