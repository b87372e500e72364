//! `@timestampFormat` wherever it appears: on a member, on a timestamp shape, and
//! on the members of lists and maps, in a generated client's responses and serde.

use smithy_runtime::http::HttpResponse;
use smithy_runtime::test_util::ScriptedTransport;
use smithy_runtime::DateTime;
use timestamps_fixture::types::Moment;
use timestamps_fixture::{config::Credentials, Client, Config};

const BODY: &str = r#"{
    "epoch": 1576540098,
    "dateTime": "2019-12-16T23:48:18Z",
    "history": [1576540098],
    "dateTimes": ["2019-12-16T23:48:18Z", "2019-12-16T23:48:19.5Z"],
    "httpDates": ["Mon, 16 Dec 2019 23:48:18 GMT"],
    "byName": {"a": "2019-12-16T23:48:18Z"},
    "sparseDates": ["2019-12-16T23:48:18Z", null],
    "moment": {"when": "Mon, 16 Dec 2019 23:48:18 GMT"}
}"#;

#[tokio::test]
async fn timestamps_inside_lists_and_maps_take_their_members_format() {
    let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, BODY));
    let client = Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url("https://clock.example.com")
            .transport(transport)
            .build(),
    );
    let out = client.get_times().send().await.expect("the response parses");
    let t = DateTime::from_secs(1_576_540_098);
    assert_eq!(out.epoch, t);
    assert_eq!(out.date_time, Some(t));
    assert_eq!(out.history, Some(vec![t]));
    assert_eq!(out.date_times, Some(vec![t, DateTime::from_millis(1_576_540_099_500)]));
    assert_eq!(out.http_dates, Some(vec![t]));
    assert_eq!(out.by_name.as_ref().and_then(|m| m.get("a")), Some(&t));
    assert_eq!(out.sparse_dates, Some(vec![Some(t), None]));
    assert_eq!(out.moment, Some(Moment::When(t)));

    // The output's serde form is the wire form, formats included.
    let json = serde_json::to_value(&out).expect("serializes");
    assert_eq!(json["dateTimes"][1], "2019-12-16T23:48:19.500Z");
    assert_eq!(json["httpDates"][0], "Mon, 16 Dec 2019 23:48:18 GMT");
    assert_eq!(json["byName"]["a"], "2019-12-16T23:48:18Z");
    assert_eq!(json["sparseDates"][1], serde_json::Value::Null);
    assert_eq!(json["history"][0], 1_576_540_098);
    assert_eq!(json["moment"]["when"], "Mon, 16 Dec 2019 23:48:18 GMT");
}

#[test]
fn union_members_take_their_timestamp_format() {
    let t = DateTime::from_secs(1_576_540_098);
    for (moment, json) in [
        (Moment::At(t), r#"{"at":"2019-12-16T23:48:18Z"}"#),
        (Moment::When(t), r#"{"when":"Mon, 16 Dec 2019 23:48:18 GMT"}"#),
        (Moment::Epoch(t), r#"{"epoch":1576540098}"#),
        (Moment::Dates(vec![t]), r#"{"dates":["2019-12-16T23:48:18Z"]}"#),
    ] {
        assert_eq!(serde_json::to_string(&moment).expect("serializes"), json);
        assert_eq!(serde_json::from_str::<Moment>(json).expect("deserializes"), moment);
    }
}

#[tokio::test]
async fn null_timestamps_are_absent_and_wrong_formats_are_errors() {
    let client = |body: &'static str| {
        Client::new(
            Config::builder()
                .region("us-east-1")
                .credentials(Credentials::new("AKID", "SECRET", None))
                .endpoint_url("https://clock.example.com")
                .transport(ScriptedTransport::new().with_response(HttpResponse::new(200, body)))
                .build(),
        )
    };
    let body = r#"{"epoch": null, "dateTimes": [null, "2019-12-16T23:48:18Z"], "byName": {"a": null},
        "sparseDates": [null], "moment": {"at": null, "epoch": 1576540098.0}}"#;
    let out = client(body).get_times().send().await.expect("the response parses");
    let t = DateTime::from_secs(1_576_540_098);
    // A required timestamp read as `null` is the epoch (its zero value).
    assert_eq!(out.epoch, DateTime::from_secs(0));
    // Dense lists and maps skip `null`; sparse ones keep it.
    assert_eq!(out.date_times, Some(vec![t]));
    assert_eq!(out.by_name.map(|m| m.len()), Some(0));
    assert_eq!(out.sparse_dates, Some(vec![None]));
    assert_eq!(out.moment, Some(Moment::Epoch(t)));

    for body in [
        r#"{"epoch": "2019-12-16T23:48:18Z"}"#,
        r#"{"dateTime": 1576540098}"#,
        r#"{"httpDates": ["2019-12-16T23:48:18Z"]}"#,
        r#"{"moment": {"when": "yesterday"}}"#,
    ] {
        assert!(client(body).get_times().send().await.is_err(), "{body}");
    }
}
