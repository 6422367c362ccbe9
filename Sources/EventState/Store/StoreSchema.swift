import GRDB

/// The tables of the shared store, created and upgraded by GRDB's migrator.
///
/// Dates are stored as Unix seconds (REAL), so that any SQLite client can read and write them;
/// booleans as 0 or 1.
enum StoreSchema {
  /// Every migration, in order. Never edit one that has shipped: add a new one.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("createLiveState") { db in
      try db.execute(sql: createLiveState)
    }
    migrator.registerMigration("moderation") { db in
      try db.execute(sql: addModeration)
    }
    return migrator
  }

  /// Brings the schema of `pool` up to date.
  ///
  /// Several processes may open a new file at the same moment: one of them applies a migration while
  /// the others wait for the write lock and then fail to create tables that now exist. Such a failure
  /// is followed by another try, which sees what the other process applied meanwhile; a failure after
  /// which every migration is applied counts as success.
  static func migrate(_ pool: DatabasePool) throws {
    let migrator = migrator
    for attempt in 1...migrationAttempts {
      do {
        try migrator.migrate(pool)
        return
      } catch {
        if (try? pool.read(migrator.hasCompletedMigrations)) == true { return }
        if attempt == migrationAttempts { throw error }
      }
    }
  }

  /// Tries of `migrate`: one per migration another process could be applying, and one more.
  static var migrationAttempts: Int { migrator.migrations.count + 1 }

  /// The first schema: pinned cards, the open-mic queue, announcements and the audit log.
  static let createLiveState = """
    CREATE TABLE card (
      id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
      topic_id TEXT NOT NULL CHECK (topic_id <> ''),
      name TEXT NOT NULL CHECK (name <> ''),
      title TEXT NOT NULL DEFAULT '',
      company TEXT NOT NULL DEFAULT '',
      offer TEXT NOT NULL DEFAULT '',
      seek TEXT NOT NULL DEFAULT '',
      contact TEXT NOT NULL DEFAULT '',
      show_card INTEGER NOT NULL DEFAULT 0 CHECK (show_card IN (0, 1)),
      share_contact INTEGER NOT NULL DEFAULT 0 CHECK (share_contact IN (0, 1)),
      hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
      code TEXT NOT NULL DEFAULT '',
      pinned_at REAL NOT NULL
    );
    CREATE INDEX card_by_pinned_at ON card (pinned_at);
    CREATE INDEX card_by_topic ON card (topic_id, pinned_at);

    CREATE TABLE open_mic_entry (
      id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
      name TEXT NOT NULL CHECK (name <> ''),
      pitch TEXT NOT NULL DEFAULT '',
      minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 5),
      status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'live', 'done')),
      position INTEGER NOT NULL,
      joined_at REAL NOT NULL,
      started_at REAL,
      ended_at REAL,
      CHECK (status <> 'live' OR started_at IS NOT NULL),
      CHECK (status = 'done' OR ended_at IS NULL)
    );
    CREATE INDEX open_mic_entry_by_status ON open_mic_entry (status, position);
    CREATE UNIQUE INDEX open_mic_entry_one_live ON open_mic_entry (status) WHERE status = 'live';

    CREATE TABLE announcement (
      id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
      text TEXT NOT NULL CHECK (text <> ''),
      created_at REAL NOT NULL,
      expires_at REAL NOT NULL,
      CHECK (expires_at > created_at)
    );
    CREATE INDEX announcement_by_expiry ON announcement (expires_at);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at REAL NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action <> ''),
      detail TEXT NOT NULL DEFAULT '',
      subject TEXT -- the row the entry is about ('card:<id>'): deleting the row scrubs its entries
    );
    CREATE INDEX audit_log_by_subject ON audit_log (subject) WHERE subject IS NOT NULL;
    CREATE INDEX audit_log_by_action ON audit_log (action);
    """

  /// Moderation: the live speaker's timer (pauses, minutes added or taken), what the moderators ask
  /// of the displays, and the PIN lockout.
  static let addModeration = """
    ALTER TABLE open_mic_entry ADD COLUMN extra_seconds INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE open_mic_entry ADD COLUMN paused_at REAL;
    ALTER TABLE open_mic_entry ADD COLUMN paused_seconds REAL NOT NULL DEFAULT 0;

    CREATE TABLE display_control (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      rotation_paused INTEGER NOT NULL DEFAULT 0 CHECK (rotation_paused IN (0, 1)),
      screen TEXT,
      screen_serial INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO display_control (id) VALUES (1);

    CREATE TABLE pin_lockout (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
      locked_until REAL
    );
    INSERT INTO pin_lockout (id) VALUES (1);
    """
}
