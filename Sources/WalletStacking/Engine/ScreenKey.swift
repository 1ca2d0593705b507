import Foundation

/// Everything a credential's screening depends on besides the credential.
struct ScreenKey: Hashable {
    var units: Units
    var eligibility: Eligibility
    var asOf: Date
    var applicationDate: Date?
}
