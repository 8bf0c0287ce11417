import Foundation
import TipL10nKit

// A test helper, not part of tipl10n: a process that opens a store, starts a write
// transaction, records a cost request in it and then waits, never committing, so a test can
// kill it mid-transaction (Tests/TipL10nKitTests/Store/StoreProcessTests.swift).
//
// Usage: tipl10n-store-probe hold-request STORE READY-FILE
//   STORE: a SQLite path or a postgres:// URL; READY-FILE: created once the request is
//   written inside the open transaction.

let arguments = CommandLine.arguments
guard arguments.count == 4, arguments[1] == "hold-request" else {
    FileHandle.standardError.write(Data("usage: tipl10n-store-probe hold-request STORE READY-FILE\n".utf8))
    exit(64)
}
do {
    let store = try TranslationStore.open(try StoreLocation(parsing: arguments[2]))
    let post = RequestingPost(name: "PRISTINA", country: "Kosovo", bureau: .eur, timeZoneIdentifier: "Europe/Belgrade")
    let draft = CostRequestDraft(
        post: post, cableID: "09STATE61188", cableSubject: "KOSOVO -- 2009 TIP REPORT", cableDTG: "122209Z JUN 09",
        fundingParagraph: nil, parts: [.narrative, .press],
        lines: [CostLine(locale: "sq", newWords: 1_000, rate: Money(Decimal(string: "0.13") ?? 0, currency: "USD"))],
        justification: "Probe.", officer: "Probe",
        createdAt: Date(timeIntervalSince1970: 1_245_160_800))
    try store.write("probe") { transaction in
        let request = try transaction.recordCostRequest(draft)
        _ = FileManager.default.createFile(atPath: arguments[3], contents: Data("\(request.requestID)\n".utf8))
        Thread.sleep(forTimeInterval: 300)
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
