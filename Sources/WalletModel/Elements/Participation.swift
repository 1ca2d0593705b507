import Foundation

/// (j) The form of participation in the learning activity.
public struct Participation: Codable, Equatable, Sendable {
    /// Online, on site, blended — as stated.
    public var mode: String?
    /// Formal or non-formal learning setting, as stated.
    public var setting: String?
    public var startDate: Date?
    public var endDate: Date?

    public init(mode: String? = nil, setting: String? = nil, startDate: Date? = nil, endDate: Date? = nil) {
        self.mode = mode
        self.setting = setting
        self.startDate = startDate
        self.endDate = endDate
    }
}
