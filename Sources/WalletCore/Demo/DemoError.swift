/// Why the bundled demo credentials could not be prepared (a packaging fault, never user input).
enum DemoError: Error, CustomStringConvertible {
    case template(String)

    var description: String {
        switch self {
        case .template(let detail): "a demo credential template \(detail)"
        }
    }
}
