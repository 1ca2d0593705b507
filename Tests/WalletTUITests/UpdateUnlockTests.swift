import Testing
import TermUI
import WalletModel
import WalletTUI
import WalletTestSupport

@Suite struct UpdateUnlockTests {
    @Test("typing fills the passphrase and enter asks the runtime to unlock with its bytes")
    func submit() {
        var state = AppState(size: size80)
        press(&state, .char("d"), .char("e"), .backspace, .char("x"))
        #expect(state.unlock.input == "dx")
        let effects = press(&state, .enter)
        #expect(effects == [.unlock(passphrase: Array("dx".utf8))])
        #expect(state.unlock.input.isEmpty)
        #expect(state.unlock.busy)
    }

    @Test("a wrong passphrase shows the error and allows another try")
    func wrongThenRetry() {
        var state = AppState(size: size80)
        press(&state, .char("x"), .enter)
        _ = update(&state, .unlockFailed("Wrong passphrase. Try again."))
        #expect(state.unlock == UnlockState(input: "", error: "Wrong passphrase. Try again.", busy: false, attempts: 1))
        #expect(state.route == .unlock)
        #expect(press(&state, .char("p"), .enter) == [.unlock(passphrase: Array("p".utf8))])
    }

    @Test("unlocking moves to the list and loads the overviews")
    func unlocked() {
        var state = AppState(size: size80)
        #expect(update(&state, .unlocked) == [.loadOverviews])
        #expect(state.route == .list)
    }

    @Test("enter with nothing typed asks for the passphrase; ctrl-c quits from the prompt")
    func emptyAndQuit() {
        var state = AppState(size: size80)
        #expect(press(&state, .enter).isEmpty)
        #expect(state.unlock.error != nil)
        #expect(press(&state, .ctrl("c")) == [.quit])
        #expect(state.isQuitting)
    }

    @Test("q is a character of the passphrase, not quit, on the unlock screen")
    func qIsText() {
        var state = AppState(size: size80)
        #expect(press(&state, .char("q")).isEmpty)
        #expect(state.unlock.input == "q")
        #expect(!state.isQuitting)
    }
}
