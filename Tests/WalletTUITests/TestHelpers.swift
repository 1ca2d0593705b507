import Foundation
import TermUI
import WalletModel
import WalletTUI

/// Where this suite's screen goldens live (next to the sources, so UPDATE_GOLDEN=1 can write them).
let screensDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Screens__").path

let size80 = Size(width: 80, height: 24)
let size40 = Size(width: 40, height: 12)

/// A state on the list screen with `overviews` loaded.
func listState(_ overviews: [CredentialOverview], size: Size = size80) -> AppState {
    var state = AppState(size: size, unlocked: true)
    _ = update(&state, .overviewsLoaded(overviews))
    return state
}

/// Sends keys through `update`, collecting every effect.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { update(&state, .event(.key($0))) }
}
