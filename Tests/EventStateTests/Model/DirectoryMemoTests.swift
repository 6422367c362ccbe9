import Testing

@testable import EventState

@Suite struct DirectoryMemoTests {
  @Test func aValueIsWorkedOutOncePerKey() {
    let memo = DirectoryMemo()
    var computed = 0
    for _ in 0..<3 {
      #expect(memo.value(for: "tallest-34") { computed += 1; return 7 } == 7)
    }
    #expect(memo.value(for: "tallest-40") { computed += 1; return 9 } == 9)
    #expect(computed == 2)
  }

  @Test func aFullMemoStartsOver() {
    let memo = DirectoryMemo()
    for key in 0..<DirectoryMemo.capacity { _ = memo.value(for: key) { key } }
    var computed = 0
    _ = memo.value(for: 0) { computed += 1; return 0 }
    #expect(computed == 0, "still kept")
    _ = memo.value(for: DirectoryMemo.capacity) { DirectoryMemo.capacity }
    _ = memo.value(for: 1) { computed += 1; return 1 }
    #expect(computed == 1, "forgotten when the memo filled up")
  }

  @Test func copiesOfADirectoryShareItsMemoAndANewDirectoryHasItsOwn() {
    let config = EventConfig(name: "E")
    let directory = PublicDirectory(config: config, roster: [], live: LiveState())
    let copy = directory
    #expect(copy.memo === directory.memo)
    #expect(PublicDirectory(config: config, roster: [], live: LiveState()).memo !== directory.memo)
  }

  static let cards = ["Ada", "Ben", "Cleo", "Dev"].map { DisplayCard(id: "card:\($0)", name: $0, offer: "Intros") }

  /// The cards each call to `forEachCard` worked out, and the values it went through.
  func pass(_ memo: DirectoryMemo, until stop: String? = nil) -> (computed: [String], seen: [String]) {
    var computed: [String] = []
    var seen: [String] = []
    memo.forEachCard("name-length", compute: { card in computed.append(card.name); return card.name }) { _, name in
      seen.append(name)
      return name != stop
    }
    return (computed, seen)
  }

  @Test func perCardValuesAreWorkedOutOnceEach() {
    let memo = DirectoryMemo(cards: Self.cards)
    #expect(pass(memo) == (["Ada", "Ben", "Cleo", "Dev"], ["Ada", "Ben", "Cleo", "Dev"]))
    #expect(pass(memo) == ([], ["Ada", "Ben", "Cleo", "Dev"]))
  }

  @Test func aSearchThatStopsEarlyWorksOutNoMoreCardsThanItLookedAt() {
    let memo = DirectoryMemo(cards: Self.cards)
    #expect(pass(memo, until: "Ben") == (["Ada", "Ben"], ["Ada", "Ben"]))
    #expect(pass(memo) == (["Cleo", "Dev"], ["Ada", "Ben", "Cleo", "Dev"]))
  }

  @Test func aMemoTakesOverTheValuesOfCardsThatAreStillThereUnchanged() {
    let previous = DirectoryMemo(cards: Self.cards)
    _ = pass(previous)
    var edited = Self.cards[2]
    edited.offer = "Design reviews"
    let new = DisplayCard(id: "card:Eve", name: "Eve")
    // Ben moves to the front, Cleo's card changes, Dev is gone, Eve is new.
    let memo = DirectoryMemo(cards: [Self.cards[1], Self.cards[0], edited, new], carryingFrom: previous)
    #expect(pass(memo).computed == ["Cleo", "Eve"])
  }

  @Test func aMemoWithNothingWorkedOutHandsNothingOn() {
    let previous = DirectoryMemo(cards: Self.cards)
    #expect(pass(DirectoryMemo(cards: Self.cards, carryingFrom: previous)).computed == ["Ada", "Ben", "Cleo", "Dev"])
  }

  @Test func eachCardFindsWhereAnEqualCardWasBefore() {
    let earlier = Self.cards
    let later = [earlier[0], earlier[3], DisplayCard(id: "card:Eve", name: "Eve"), earlier[1], earlier[1]]
    #expect(DirectoryMemo.sources(of: later, in: earlier) == [0, 3, nil, 1, 1])
    #expect(DirectoryMemo.sources(of: earlier, in: earlier) == [0, 1, 2, 3])
    #expect(DirectoryMemo.sources(of: earlier, in: []) == [nil, nil, nil, nil])
  }

  @Test func tooManyKindsOfPerCardValuesStartOver() {
    let memo = DirectoryMemo(cards: Self.cards)
    var computed = 0
    for kind in 0...DirectoryMemo.tableCapacity {
      memo.forEachCard(kind, compute: { _ in computed += 1; return kind }) { _, _ in true }
    }
    #expect(computed == 4 * (DirectoryMemo.tableCapacity + 1))
    memo.forEachCard(DirectoryMemo.tableCapacity, compute: { _ in computed += 1; return 0 }) { _, _ in true }
    #expect(computed == 4 * (DirectoryMemo.tableCapacity + 1), "the last kind is kept")
    memo.forEachCard(0, compute: { _ in computed += 1; return 0 }) { _, _ in true }
    #expect(computed == 4 * (DirectoryMemo.tableCapacity + 2), "the first was forgotten")
  }
}
