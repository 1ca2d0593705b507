/// Normalised subject texts, remembered for one `stack` run.
///
/// The same few subject strings (the wallet's and the pathways' codes) are normalised for every
/// (pathway, requirement, credential) test; one run asks for each of them thousands of times.
/// Lives only for one `evaluate` call on one thread.
final class SubjectCache {
    private var values: [String: String] = [:]

    func normalised(_ text: String) -> String {
        if let known = values[text] { return known }
        let value = SubjectCode.normalised(text)
        values[text] = value
        return value
    }
}
