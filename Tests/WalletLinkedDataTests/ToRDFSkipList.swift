/// toRdf tests cairn does not pass, each with the reason (features credentials never use).
/// JSON-LD 1.0-only tests (`specVersion: json-ld-1.0`) are skipped by the runner itself.
enum ToRDFSkipList {
    static let positive: [String: String] = [
        "#tdi11": "rdfDirection compound-literal: credentials drop @direction (rdfDirection null)",
        "#tdi12": "rdfDirection compound-literal: credentials drop @direction (rdfDirection null)",
        "#te075": "produceGeneralizedRdf (blank-node predicates): not RDF 1.1, never signed",
    ]
    static let negative: [String: String] = [:]
}
