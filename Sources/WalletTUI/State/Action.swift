import TermUI
import WalletModel

/// Everything that can change the state: terminal events and the results of effects.
///
/// Results are named as facts in the past tense (TCA): the runtime ran an `Effect` and reports back.
public enum Action: Equatable, Sendable {
    case event(Event)
    case unlocked
    case unlockFailed(String)
    case overviewsLoaded([CredentialOverview])
    case overviewsFailed(String)
    case credentialLoaded(Credential)
    case credentialFailed(CredentialID, String)
    case stackingLoaded([PathwayProgress])
    case stackingFailed(String)
    case exported(String)
    case exportFailed(String)
    case completionsFound([String])
    case importCandidatesFound([String])
    case fileImported(ImportFileResult)
}

/// Work for the runtime to do; data only, so tests assert effects without running them.
public enum Effect: Equatable, Sendable {
    case unlock(passphrase: [UInt8])
    case loadOverviews
    case loadCredential(CredentialID)
    case loadStacking
    case export([CredentialID], ExportOptions)
    case complete(path: String)
    case findImportCandidates([String])
    case importFile(String)
    case suspend
    case quit
}
