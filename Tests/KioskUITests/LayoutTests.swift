import KioskUI
import Testing

@Suite struct LayoutTests {
  @Test func pagingCountsPagesAndSlicesItems() {
    let paging = Paging(itemCount: 23, perPage: 4)
    #expect(paging.pageCount == 6)
    #expect(paging.items(onPage: 0) == 0..<4)
    #expect(paging.items(onPage: 5) == 20..<23)
    #expect(Paging(itemCount: 0, perPage: 4).pageCount == 1)
    #expect(Paging(itemCount: 3, perPage: 0).pageCount == 3)
  }

  @Test func pagesTurnWithTimeAndContinueOnTheNextVisit() {
    let paging = Paging(itemCount: 23, perPage: 4)
    #expect(paging.page(elapsed: 0, secondsPerPage: 8, visit: 1, screenSeconds: 20) == 0)
    #expect(paging.page(elapsed: 7.9, secondsPerPage: 8, visit: 1, screenSeconds: 20) == 0)
    #expect(paging.page(elapsed: 8, secondsPerPage: 8, visit: 1, screenSeconds: 20) == 1)
    #expect(paging.page(elapsed: 0, secondsPerPage: 8, visit: 2, screenSeconds: 20) == 3)
    #expect(paging.page(elapsed: 16, secondsPerPage: 8, visit: 2, screenSeconds: 20) == 5)
    #expect(paging.page(elapsed: 0, secondsPerPage: 8, visit: 3, screenSeconds: 20) == 0)
    #expect(paging.page(elapsed: 0, secondsPerPage: 8, visit: 2, screenSeconds: 5) == 1)
  }

  @Test func theGridPlanPrefersPanesSlightlyWiderThanSquare() {
    #expect(GridPlan.best(count: 6, width: 156, height: 40, gapX: 2, gapY: 1, minWidth: 18, minHeight: 3, idealRatio: 2.5) == (3, 2))
    #expect(GridPlan.best(count: 6, width: 58, height: 90, gapX: 1, gapY: 1, minWidth: 18, minHeight: 3, idealRatio: 2.5) == (1, 6))
    #expect(GridPlan.best(count: 4, width: 156, height: 40, gapX: 2, gapY: 1, minWidth: 18, minHeight: 3, idealRatio: 2.5) == (2, 2))
    #expect(GridPlan.best(count: 1, width: 80, height: 20, gapX: 2, gapY: 1, minWidth: 18, minHeight: 3, idealRatio: 2.5) == (1, 1))
  }

  @Test func theGridPlanNeverLeavesARowEmpty() {
    let plan = GridPlan.best(count: 5, width: 200, height: 10, gapX: 2, gapY: 0, minWidth: 18, minHeight: 3, idealRatio: 2.5)
    #expect(plan.columns * plan.rows - 5 < plan.columns)
  }

  @Test func whenNothingFitsTheGridPlanComesClosest() {
    #expect(GridPlan.best(count: 6, width: 30, height: 6, gapX: 1, gapY: 0, minWidth: 18, minHeight: 3, idealRatio: 2.5) == (2, 3))
  }

  @Test func aGridFillsItsRectangleWithGaps() {
    let cells = Rect(x: 1, y: 2, width: 11, height: 5).grid(columns: 2, rows: 2, gapX: 1, gapY: 1)
    #expect(cells == [
      Rect(x: 1, y: 2, width: 5, height: 2), Rect(x: 7, y: 2, width: 5, height: 2),
      Rect(x: 1, y: 5, width: 5, height: 2), Rect(x: 7, y: 5, width: 5, height: 2),
    ])
  }
}
