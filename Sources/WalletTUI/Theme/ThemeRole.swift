/// The named styles a theme defines; screens ask for a role, never for a colour.
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    case base, title, header, selected, marked, status, dim, accent, error, warning
    case verified, failed, unverifiable, selfAsserted = "self-asserted"
    case border, dialog, progress, progressEmpty = "progress-empty", notStated = "not-stated"
    case group, input, label
}
