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

    /// Each credential's title by id, so stacking text names credentials, not hex ids
    /// (`StackTextRenderer(titles:)`); read from the small overviews, not the full records.
    public func credentialTitles() throws -> [String: String] {
        Dictionary(try overviews().map { ($0.id.rawValue, $0.title ?? "untitled") }, uniquingKeysWith: { first, _ in first })
    }
}
