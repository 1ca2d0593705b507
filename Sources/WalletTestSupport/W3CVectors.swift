/// Public test vectors that several test targets use, kept in one place.
public enum W3CVectors {
    /// The W3C vc-di-eddsa `signedJCS.json` vector (W3C licence): an `eddsa-jcs-2022` signature by a
    /// did:key on a credential whose issuer is an https URL, so it verifies only with the issuer's
    /// document in the key cache.
    public static let signedJCS = #"""
        {"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],
         "id":"urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33","type":["VerifiableCredential","AlumniCredential"],
         "name":"Alumni Credential","description":"A minimum viable example of an Alumni Credential.",
         "issuer":"https://vc.example/issuers/5678","validFrom":"2023-01-01T00:00:00Z",
         "credentialSubject":{"id":"did:example:abcdefgh","alumniOf":"The School of Examples"},
         "proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-jcs-2022","created":"2023-02-24T23:36:38Z",
          "verificationMethod":"did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
          "proofPurpose":"assertionMethod",
          "@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],
          "proofValue":"z2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX"}}
        """#

    /// The issuer document that authorises the vector's did:key for `https://vc.example/issuers/5678`.
    public static let signedJCSIssuerDocument = #"""
        {"id": "https://vc.example/issuers/5678",
         "assertionMethod": [{"id": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
           "type": "Multikey", "controller": "https://vc.example/issuers/5678",
           "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}]}
        """#
}
