import Foundation
import Testing
@testable import ChecklistEngine

/// RFC 5322 dates, the current and the obsolete forms mailers still write.
@Suite struct EmailDateTests {
    @Test(arguments: [
        ("Tue, 3 Jun 2025 09:12:44 +0200", "2025-06-03T07:12:44Z"),
        ("Tue, 03 Jun 2025 09:12:44 +0200 (CEST)", "2025-06-03T07:12:44Z"),
        ("3 Jun 2025 09:12 +0200", "2025-06-03T07:12:00Z"),
        ("Tue,3 Jun 2025 09:12:44 -0000", "2025-06-03T09:12:44Z"),
        ("  Tue,   3   Jun   2025   09:12:44   +0000  ", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 09:12:44 GMT", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 09:12:44 UT", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 04:12:44 EST", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 05:12:44 EDT", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 01:12:44 PST", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 10:12:44 CET", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 09:12:44 Z", "2025-06-03T09:12:44Z"),
        ("Tuesday, 3 June 2025 09:12:44 +0000", "2025-06-03T09:12:44Z"),
        ("tue, 3 jun 2025 09:12:44 +0000", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 25 09:12:44 +0000", "2025-06-03T09:12:44Z"),
        ("Thu, 1 Jan 98 00:00:00 +0000", "1998-01-01T00:00:00Z"),
        ("Thu, 1 Jan 098 00:00:00 +0000", "1998-01-01T00:00:00Z"),
        ("Tue, Jun 3 2025 09:12:44 +0000", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 9:12:44 +0000", "2025-06-03T09:12:44Z"),
        ("Tue, 3 Jun 2025 09:12:44", "2025-06-03T09:12:44Z"),
        ("Sat, 29 Feb 2020 23:59:60 +0000", "2020-02-29T23:59:59Z"),
        ("Mon, 1 Jan 2024 00:30:00 +0100", "2023-12-31T23:30:00Z"),
        ("Fri, 31 Dec 2100 23:59:59 -1200", "2101-01-01T11:59:59Z"),
        ("Mon, 2 Jun 2025 23:05:00 +0530 (IST (India))", "2025-06-02T17:35:00Z"),
    ])
    func aValidDateReads(text: String, iso: String) {
        #expect(EmailDate.parse(text) == Timestamp.date(iso), "\(text)")
    }

    @Test(arguments: [
        "", "yesterday", "Tue, 3 Jun 2025", "Tue, 32 Jun 2025 09:12 +0000", "Tue, 29 Feb 2025 09:12 +0000",
        "Tue, 3 Foo 2025 09:12 +0000", "Tue, 3 Jun 2025 24:00 +0000", "Tue, 3 Jun 2025 09:60 +0000",
        "Tue, 3 Jun 2025 09:12 +2500", "Tue, 3 Jun 2025 09:12 XYZ", "Tue, 3 Jun 1800 09:12 +0000",
        "Blah, 3 Jun 2025 09:12 +0000", "3 Jun 2025 09:12 +0000 extra", "2025-06-03T09:12:44Z",
    ])
    func anInvalidDateIsNil(text: String) {
        #expect(EmailDate.parse(text) == nil, "\(text)")
    }
}
