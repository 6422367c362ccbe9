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
}
