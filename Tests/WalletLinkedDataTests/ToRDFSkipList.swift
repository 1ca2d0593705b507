/// toRdf tests cairn does not pass, each with the reason (features credentials never use).
/// JSON-LD 1.0-only tests (`specVersion: json-ld-1.0`) are skipped by the runner itself.
enum ToRDFSkipList {
    static let positive: [String: String] = [:]
    static let negative: [String: String] = [:]
}
