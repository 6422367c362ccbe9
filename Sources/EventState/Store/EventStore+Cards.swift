import Foundation
import GRDB

/// Pinned cards in the store: the `card` table.
extension EventStore {
  /// Pins `card`. Pinning an id that is already stored changes nothing, so a retry is safe.
  public func pin(_ card: PinnedCard, actor: String) throws {
    try write { db in try Self.insertCard(card, actor: actor, at: Date(), in: db) }
  }

  /// Replaces the content of the stored card with `card`'s (topic, name, role, offer, seek, contact,
  /// both consents, code). When it was pinned and whether a moderator hid it stay as stored. Nothing
  /// happens when the card is gone or already has that content.
  public func updateCard(_ card: PinnedCard, actor: String) throws {
    try write { db in
      guard let stored = try Self.card(id: card.id, in: db) else { return }
      var updated = card.sanitized
      updated.hidden = stored.hidden
      updated.pinnedAt = stored.pinnedAt
      guard updated != stored else { return }
      try db.execute(
        sql: """
          UPDATE card SET topic_id = :topic_id, name = :name, title = :title, company = :company,
            offer = :offer, seek = :seek, contact = :contact, show_card = :show_card,
            share_contact = :share_contact, code = :code
          WHERE id = :id
          """,
        arguments: updated.storeArguments)
      try Self.appendAudit(
        AuditEntry(at: Date(), actor: actor, action: "update", detail: Self.auditDetail(updated)),
        subject: Self.auditSubject(cardID: updated.id), in: db)
    }
  }

  /// Deletes the card's row, and scrubs the name from the audit entries about it: the person's data
  /// is gone, not flagged. Deleting a card that is gone changes nothing. Returns whether a card was
  /// deleted.
  @discardableResult
  public func deleteCard(id: String, actor: String) throws -> Bool {
    try write { db in
      guard let stored = try Self.card(id: id, in: db) else { return false }
      let subject = Self.auditSubject(cardID: stored.id)
      try db.execute(sql: "DELETE FROM card WHERE id = ?", arguments: [id])
      try db.execute(
        sql: "UPDATE audit_log SET detail = ? WHERE subject = ?",
        arguments: ["deleted card on \(stored.topicID)", subject])
      try Self.appendAudit(
        AuditEntry(at: Date(), actor: actor, action: "delete", detail: "card on \(stored.topicID)"),
        subject: subject, in: db)
      return true
    }
  }

  /// Hides the card from the public screens (or shows it again). Nothing happens when the card is
  /// gone or already in that state. Returns whether the card exists.
  @discardableResult
  public func setCardHidden(id: String, hidden: Bool, actor: String) throws -> Bool {
    try write { db in
      guard let stored = try Self.card(id: id, in: db) else { return false }
      guard stored.hidden != hidden else { return true }
      try db.execute(sql: "UPDATE card SET hidden = ? WHERE id = ?", arguments: [hidden, id])
      try Self.appendAudit(
        AuditEntry(at: Date(), actor: actor, action: hidden ? "hide" : "unhide", detail: Self.auditDetail(stored)),
        subject: Self.auditSubject(cardID: stored.id), in: db)
      return true
    }
  }

  // MARK: - Inside a transaction

  /// Inserts `card` unless its id is already stored; audits only a real insert.
  static func insertCard(_ card: PinnedCard, actor: String, at date: Date, in db: Database) throws {
    let card = card.sanitized
    try db.execute(
      sql: """
        INSERT INTO card (id, topic_id, name, title, company, offer, seek, contact, show_card,
          share_contact, hidden, code, pinned_at)
        VALUES (:id, :topic_id, :name, :title, :company, :offer, :seek, :contact, :show_card,
          :share_contact, :hidden, :code, :pinned_at)
        ON CONFLICT (id) DO NOTHING
        """,
      arguments: card.storeArguments)
    guard db.changesCount > 0 else { return }
    try appendAudit(
      AuditEntry(at: date, actor: actor, action: "pin", detail: auditDetail(card)),
      subject: auditSubject(cardID: card.id), in: db)
  }

  /// Every readable card, oldest first.
  static func cards(in db: Database) throws -> [PinnedCard] {
    try Row.fetchAll(db, sql: "SELECT * FROM card ORDER BY pinned_at, id").compactMap(PinnedCard.init(storeRow:))
  }

  /// The stored card with `id`, if any.
  static func card(id: String, in db: Database) throws -> PinnedCard? {
    try Row.fetchOne(db, sql: "SELECT * FROM card WHERE id = ?", arguments: [id]).flatMap(PinnedCard.init(storeRow:))
  }

  /// How audit entries refer to a card, so that deleting it can scrub them.
  static func auditSubject(cardID: String) -> String { "card:\(cardID)" }

  /// The audit detail of a card: its name and topic, nothing more personal.
  static func auditDetail(_ card: PinnedCard) -> String { "\(card.name) on \(card.topicID)" }
}

extension PinnedCard {
  /// The card in `row` of the `card` table with every text sanitized; nil when the row cannot be read.
  init?(storeRow row: Row) {
    guard
      let card = try? PinnedCard(
        id: Sanitizer.line(row.decode(forColumn: "id")),
        topicID: Sanitizer.line(row.decode(forColumn: "topic_id")),
        name: Sanitizer.line(row.decode(forColumn: "name")),
        title: Sanitizer.line(row.decode(forColumn: "title")),
        company: Sanitizer.line(row.decode(forColumn: "company")),
        offer: Sanitizer.line(row.decode(forColumn: "offer")),
        seek: Sanitizer.line(row.decode(forColumn: "seek")),
        contact: Sanitizer.line(row.decode(forColumn: "contact")),
        showCard: row.decode(forColumn: "show_card"),
        shareContact: row.decode(forColumn: "share_contact"),
        hidden: row.decode(forColumn: "hidden"),
        code: Sanitizer.line(row.decode(forColumn: "code")),
        pinnedAt: Date(timeIntervalSince1970: row.decode(forColumn: "pinned_at")))
    else { return nil }
    self = card
  }

  /// The card with every text passed through `Sanitizer.line`.
  var sanitized: PinnedCard {
    var card = self
    for field in [\PinnedCard.id, \.topicID, \.name, \.title, \.company, \.offer, \.seek, \.contact, \.code] {
      card[keyPath: field] = Sanitizer.line(card[keyPath: field])
    }
    return card
  }

  /// The card's columns as named statement arguments.
  var storeArguments: StatementArguments {
    [
      "id": id, "topic_id": topicID, "name": name, "title": title, "company": company, "offer": offer,
      "seek": seek, "contact": contact, "show_card": showCard, "share_contact": shareContact,
      "hidden": hidden, "code": code, "pinned_at": pinnedAt.timeIntervalSince1970,
    ]
  }
}
