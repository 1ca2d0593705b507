import Testing
import TermUI
import WalletTUI
import WalletTestSupport

@Suite struct TinySizeTests {
    /// States for every screen of the preview wallet, plus the help overlay.
    func everyScreen() throws -> [AppState] {
        var driver = try TUIDriver(size: Size(width: 80, height: 24), client: .preview(exportDirectory: "/tmp/cairn-tui-snapshots"))
        var states = [driver.state]
        try driver.unlock("demo")
        states.append(driver.state)
        let tours: [[Key]] = [[.enter], [.char("r")], [.escape, .char("p"), .enter, .char("j"), .enter], [.escape, .char("e"), .enter], [.escape, .char("a"), .char("x")], [.escape, .char("?")]]
        for keys in tours {
            try driver.press(keys[0])
            for key in keys.dropFirst() { try driver.press(key) }
            states.append(driver.state)
        }
        return states
    }

    @Test("every screen renders at any size down to 0×0 without crashing and within bounds")
    func tinySizes() throws {
        for var state in try everyScreen() {
            for (width, height) in [(0, 0), (1, 1), (3, 2), (10, 3), (20, 5), (39, 11), (120, 40)] {
                state.size = Size(width: width, height: height)
                let screen = render(state)
                #expect(screen.size == state.size)
                #expect(screen.textLines.allSatisfy { TextWidth.of($0) <= width })
            }
        }
    }
}
