import WalletModel

extension CredentialPlacement {
    /// How a bundle carries a credential of `format`: JSON-LD credentials are embedded, JWT ones
    /// enveloped, and formats with no standard presentation envelope travel only as attachments
    /// (so a bare presentation, `--format vp`, cannot hold them). Lets callers check before exporting.
    public init(format: CredentialFormat) {
        switch format {
        case .vcJWT: self = .enveloped
        case .europass, .openBadges2, .selfAsserted: self = .attachment
        case .vc1, .vc2, .openBadges3, .endorsement, .clr2: self = .embedded
        }
    }
}
