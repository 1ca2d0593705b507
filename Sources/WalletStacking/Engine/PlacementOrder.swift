/// The order a search phase tries a unit's placements in.
enum PlacementOrder {
    /// Leaves it closes without surplus, then leaving it out, then leaves it would overshoot: finds
    /// the least-surplus, fewest-credential allocations first.
    case closeGapsFirst
    /// Every leaf with a gap first (narrowest first), then leaving it out: fills requirements
    /// greedily, which reaches allocations meeting more requirements sooner.
    case fillFirst
}
