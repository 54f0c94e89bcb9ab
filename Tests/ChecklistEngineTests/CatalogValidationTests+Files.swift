import Foundation
import Testing
@testable import ChecklistEngine

/// Catalog validation of whole valid files and of folders (the base file and the helpers are in
/// CatalogValidationTests.swift).
extension CatalogValidationTests {
    // MARK: A valid file with every field

    @Test func aValidFileLoadsWithEveryField() throws {
        let result = CatalogLoader.load(text: Fixtures.instagramYAML, file: "instagram.yaml")
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let p = try #require(result.platform)
        #expect(p.id == "instagram")
        #expect(p.name == "Instagram")
        #expect(p.vendor == "Meta")
        #expect(p.group == "meta")
        #expect(p.kind == .objection)
        #expect(p.jurisdictions == ["EU", "EEA", "UK"])
        #expect(p.legalBasis == LocalizedText(en: "GDPR Article 21 (right to object)", fr: "RGPD article 21 (droit d'opposition)"))
        #expect(p.deadline == CalendarDay(year: 2025, month: 5, day: 27))
        #expect(p.effect == .prospective)
        #expect(p.confidence == .verified)
        #expect(p.lastVerified == CalendarDay(year: 2025, month: 5, day: 1))
        #expect(p.recheckDays == 180)
        #expect(p.sources == [
            Source(label: "Meta privacy centre", url: "https://www.facebook.com/privacy/genai/"),
            Source(label: "CNIL", url: "https://www.cnil.fr/fr/ia-meta"),
        ])
        #expect(p.summary.text(in: .en) == "Object to Meta using your Instagram posts\nto train its AI.")
        #expect(p.summary.text(in: .fr).hasPrefix("Opposez-vous"))
        #expect(p.steps.map(\.id) == ["open-form", "object", "send", "keep-proof", "confirmation"])
        #expect(p.allSteps.map(\.id) == ["open-form", "object", "object-app", "object-web", "send", "keep-proof", "confirmation"])

        let open = try #require(p.step(id: "open-form"))
        #expect(open.title == LocalizedText(en: "Open the objection form", fr: "Ouvrez le formulaire d'opposition"))
        #expect(open.detail?.text(in: .fr) == "Connectez-vous d'abord.")
        #expect(open.url == "https://help.instagram.com/contact/767264225370182")
        let object = try #require(p.step(id: "object"))
        #expect(object.anyOf)
        #expect(!object.isLeaf)
        #expect(object.steps.map(\.id) == ["object-app", "object-web"])
        #expect(p.step(id: "object-web")?.confidence == .reported)
        #expect(p.step(id: "object-app")?.confidence == nil)
        let send = try #require(p.step(id: "send"))
        #expect(send.milestone == .submitted)
        #expect(send.fields == [LocalizedText(en: "Your email address", fr: "Votre adresse e-mail"), LocalizedText(en: "Your country", fr: "Votre pays")])
        #expect(p.step(id: "keep-proof")?.optional == true)
        #expect(p.step(id: "confirmation")?.milestone == .confirmed)
        #expect(p.step(id: "confirmation")?.optional == true)
        #expect(p.origin == nil)
    }

    @Test func aPlatformWithoutOptOutNeedsNoSteps() throws {
        let p = try Fixtures.platform(Fixtures.nooptYAML)
        #expect(p.kind == .none)
        #expect(p.steps.isEmpty)
    }

    @Test func aPlatformEncodesWithEveryFieldAndLanguage() throws {
        let p = try Fixtures.platform(Fixtures.instagramYAML)
        let data = try Platform.jsonEncoder.encode(p)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["id", "name", "vendor", "group", "kind", "jurisdictions", "legal_basis", "deadline", "effect", "confidence",
                    "last_verified", "recheck_days", "sources", "summary", "steps", "revision"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["deadline"] as? String == "2025-05-27")
        let steps = try #require(json["steps"] as? [[String: Any]])
        let object = try #require(steps.first { $0["id"] as? String == "object" })
        let children = try #require(object["steps"] as? [[String: Any]])
        #expect(children.map { $0["id"] as? String } == ["object-app", "object-web"])
        #expect((steps[0]["title"] as? [String: String]) == ["en": "Open the objection form", "fr": "Ouvrez le formulaire d'opposition"])
    }

    // MARK: Files and folders

    @Test func aFolderLoadsItsYAMLFilesAndReportsEachBadOne() throws {
        let folder = try TemporaryFolder()
        try Fixtures.instagramYAML.write(to: folder.file("instagram.yaml"), atomically: true, encoding: .utf8)
        try Fixtures.facebookYAML.write(to: folder.file("facebook.yml"), atomically: true, encoding: .utf8)
        try Self.edit(7, "confidance: verified").write(to: folder.file("broken.yaml"), atomically: true, encoding: .utf8)
        try "not a catalog".write(to: folder.file("README.md"), atomically: true, encoding: .utf8)
        let (platforms, issues) = CatalogLoader.load(directoryAt: folder.url)
        #expect(Set(platforms.map(\.id)) == ["instagram", "facebook"])
        #expect(platforms.first { $0.id == "instagram" }?.origin == folder.file("instagram.yaml").path)
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.file == folder.file("broken.yaml").path })
        #expect(issues.contains { $0.line == 7 && $0.column == 1 })

        let missing = CatalogLoader.load(directoryAt: folder.file("no-such-folder"))
        #expect(missing.platforms.isEmpty && missing.issues.isEmpty)
    }

    @Test func aFileThatCannotBeReadIsReported() throws {
        let folder = try TemporaryFolder()
        let result = CatalogLoader.load(fileAt: folder.file("missing.yaml"), displayName: "missing.yaml")
        #expect(result.platform == nil)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.formatted(in: .en).hasPrefix("missing.yaml:1:1: the file cannot be read") == true)

        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: folder.file("binary.yaml"))
        let binary = CatalogLoader.load(fileAt: folder.file("binary.yaml"), displayName: "binary.yaml")
        #expect(binary.issues.map(\.problem) == [.notYAML(reason: "not UTF-8 text")])
    }

    @Test func aLaterPlatformWithTheSameIDReplacesTheEarlierOne() throws {
        let shipped = try Fixtures.platform(Fixtures.instagramYAML)
        let user = try Fixtures.platform(Fixtures.instagramYAML.replacingOccurrences(of: "name: Instagram", with: "name: My Instagram"))
        let catalog = Catalog(platforms: [shipped, try Fixtures.platform(Fixtures.facebookYAML), user])
        #expect(catalog.platforms.count == 2)
        #expect(catalog.platform(id: "instagram")?.name == "My Instagram")
        #expect(catalog.platforms.map(\.id) == ["facebook", "instagram"])  // by vendor, then name
    }
}
