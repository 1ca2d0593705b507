import Foundation
import WalletModel
import WalletStacking

extension Wallet {
    /// Progress toward every pathway of `catalogue` (or just `pathwayID`), evaluated at `date`.
    ///
    /// Decrypts every credential: stacking needs the full records (components, assessment, QA).
    public func stack(
        catalogue: PathwayCatalogue, at date: Date = Date(), only pathwayID: String? = nil
    ) throws -> [PathwayResult] {
        StackingEngine(catalogue: catalogue).evaluate(try credentials(), at: date, only: pathwayID)
    }
}
