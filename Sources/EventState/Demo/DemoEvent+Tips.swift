extension DemoEvent {
  /// The demo's tips.md: nine list items and one heading section.
  public static let tipsMarkdown = """
    # Networking tips

    - **Ask what they are working on**, not what they do: projects start better conversations than
      job titles.
    - Open with your name and one sentence about what you need tonight. "I'm looking for a firmware
      engineer" gets you introductions; "I'm in energy" does not.
    - Pin your card on the *connecting wall* under the topic where you can help, then look who else
      is there.
    - Give before you ask: an introduction, a link, a lesson you learned the hard way.
    - Join groups of three rather than pairs. Stand at the edge of an open circle and wait for a pause.
    - Leave kindly: "I promised myself I'd meet three new people tonight. Great talking to you!"
    - Note one line about each person you meet, so tomorrow you remember why you wanted to follow up.
    - Follow up within 48 hours and mention something specific you talked about.
    - Five minutes on the open mic is enough to say what you build and what you need. Sign up at the
      kiosk.

    ## Find the right people

    The connecting wall groups cards by topic: investors, founders, lawyers, designers, engineers and
    people who are hiring each have a pane. Look for the names under the topic you care about, then ask
    Leonie at the welcome desk to introduce you.

    """
}
