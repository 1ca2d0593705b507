/// The JSON-LD 1.1 keywords.
enum Keywords {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    ]

    static func isKeyword(_ value: String) -> Bool { value.hasPrefix("@") && all.contains(value) }
}
