/// Subject texts in the form matching reads them, remembered for one `stack` run.
///
/// The same few subject strings (the wallet's and the pathways' codes) are normalised for every
/// (pathway, requirement, credential) test; one run asks for each of them thousands of times.
/// Lives only for one `evaluate` call on one thread.
final class SubjectCache {
    private var forms: [String: SubjectCode.Form] = [:]

    func form(_ text: String) -> SubjectCode.Form {
        if let known = forms[text] { return known }
        let form = SubjectCode.Form(text)
        forms[text] = form
        return form
    }
}
