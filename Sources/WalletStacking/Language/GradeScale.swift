import Foundation

/// Grades as numbers, for `avg_grade` constraints and the best-attempt repeat rule.
///
/// Numeric grades are used as stated. Letters follow the ECTS grading table (A = 5 … E = 1,
/// FX/F = 0) so "C" means 3; pathways state `scale = "ects-grading-table"` for letters.
enum GradeScale {
    static func numeric(_ grade: String?) -> Double? {
        guard let raw = grade?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        if let value = Double(raw.replacingOccurrences(of: ",", with: ".")) { return value }
        switch raw.uppercased() {
        case "A": return 5
        case "B": return 4
        case "C": return 3
        case "D": return 2
        case "E": return 1
        case "FX", "F": return 0
        default: return nil
        }
    }
}
