import Foundation
import WalletCrypto
import WalletModel
import WalletStore
import WalletVerify

extension Wallet {
    /// Imports files and directories (recursively), detecting each format from its content.
    ///
    /// Inputs are inspected and committed in batches of `options.batchSize`, one transaction per
    /// batch (fast bulk import; a crash keeps every earlier batch). Returns one outcome per file.
    public func importFiles(_ urls: [URL], options: ImportOptions = ImportOptions()) -> [ImportOutcome] {
        let entries = InputFiles.expand(urls)
        var outcomes: [ImportOutcome] = []
        outcomes.reserveCapacity(entries.count)
        var start = 0
        while start < entries.count {
            let chunk = entries[start..<min(start + options.batchSize, entries.count)]
            let documents = chunk.map { entry -> ImportDocument in
                switch entry {
                case .file(let url): ImportDocument(url: url)
                case .missing(let url, let reason): ImportDocument(name: url.path, failure: reason)
                }
            }
            outcomes += importBatch(documents, options: options)
            start += options.batchSize
        }
        return outcomes
    }

    /// Imports in-memory documents (for the demo, tests and benchmarks), same rules as files.
    public func importDocuments(_ documents: [ImportDocument], options: ImportOptions = ImportOptions()) -> [ImportOutcome] {
        stride(from: 0, to: documents.count, by: options.batchSize).flatMap { start in
            importBatch(Array(documents[start..<min(start + options.batchSize, documents.count)]), options: options)
        }
    }

    private func importBatch(_ documents: [ImportDocument], options: ImportOptions) -> [ImportOutcome] {
        let inspector = options.inspector
        var outcomes: [ImportOutcome] = []
        var accepted: [(index: Int, credential: Credential)] = []
        for document in documents {
            let result = Self.prepare(document, inspector: inspector, options: options)
            outcomes.append(result.outcome)
            if let credential = result.credential { accepted.append((outcomes.count - 1, credential)) }
        }
        commit(accepted, into: &outcomes)
        options.onBatchCommitted?(outcomes)
        return outcomes
    }

    private func commit(_ accepted: [(index: Int, credential: Credential)], into outcomes: inout [ImportOutcome]) {
        guard !accepted.isEmpty else { return }
        do {
            let results = try database.insert(accepted.map(\.credential))
            for (item, result) in zip(accepted, results) {
                switch result {
                case .inserted(let id): outcomes[item.index].id = id
                case .duplicate(let id):
                    outcomes[item.index].status = .duplicate
                    outcomes[item.index].id = id
                }
            }
        } catch {
            for item in accepted {
                outcomes[item.index] = ImportOutcome(
                    file: outcomes[item.index].file, status: .rejected, format: item.credential.format,
                    error: WalletError(error).description, problem: .storage)
            }
        }
    }

    private static func prepare(
        _ document: ImportDocument, inspector: CredentialFileInspector, options: ImportOptions
    ) -> (outcome: ImportOutcome, credential: Credential?) {
        let name = document.name
        let bytes: Data
        do {
            bytes = try document.load()
        } catch {
            return (ImportOutcome(file: name, status: .rejected, error: "\(error)", problem: .unreadable), nil)
        }
        let inspection: Inspection
        do {
            inspection = try inspector.inspection(bytes, at: options.now)
        } catch {
            return (ImportOutcome(file: name, status: .rejected, error: error.description, problem: .unreadable), nil)
        }
        var outcome = ImportOutcome(file: name, status: .imported, format: inspection.format, verification: inspection.verification)
        // Import policy (issue 4): a failed proof or issuer check means the content cannot be trusted,
        // so it is rejected unless the learner insists; a credential that is authentic but expired,
        // not yet valid, revoked or suspended is stored with its verdict (it is still their record).
        let untrustworthy = inspection.verification.checks.first {
            $0.result == .fail && ($0.check == .proof || $0.check == .issuer || $0.check == .format)
        }
        if let untrustworthy, !options.keepInvalid {
            outcome.status = .rejected
            outcome.problem = .failedVerification
            outcome.error = "verification failed (\(untrustworthy.check.rawValue): \(untrustworthy.message)); "
                + "use --keep-invalid to store it anyway"
            return (outcome, nil)
        }
        let credential = Credential(
            id: CredentialID(bytes: SecureRandom.bytes(16)), format: inspection.format, record: inspection.record,
            verification: inspection.verification, original: inspection.original, bakedImage: inspection.bakedImage,
            sourceFileName: document.displayFileName, importedAt: options.now)
        return (outcome, credential)
    }
}
