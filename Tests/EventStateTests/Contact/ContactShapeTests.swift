import EventState
import Testing

/// A shared contact is filed as EMAIL, TEL or URL by its shape; anything else stays text.
@Suite struct ContactShapeTests {
  @Test(arguments: [
    ("amara@lagoscleantech.example", ContactShape.email("amara@lagoscleantech.example")),
    ("mailto:noah.fischer@tu.example", .email("noah.fischer@tu.example")),
    ("  jose@agrovolt.example ", .email("jose@agrovolt.example")),
    ("+49 30 1234567", .phone("+49 30 1234567")),
    ("tel:+1-555-0100", .phone("+1-555-0100")),
    ("030 / 123 45 67", .phone("030 / 123 45 67")),
    ("https://northwind.example/zoe", .url("https://northwind.example/zoe")),
    ("HTTP://Example.org", .url("HTTP://Example.org")),
    ("chiara.design", .url("https://chiara.design")),
    ("linkedin.example/in/amara", .url("https://linkedin.example/in/amara")),
    ("https://mastodon.example/@amara", .url("https://mastodon.example/@amara")),
    ("@amara on Mastodon", .other("@amara on Mastodon")),
    ("@amara", .other("@amara")),
    ("ask me at the bar", .other("ask me at the bar")),
    ("amara@localhost", .other("amara@localhost")),
    ("a@b@c.example", .other("a@b@c.example")),
    ("1234", .other("1234")),
    ("+49 30 +1234567", .other("+49 30 +1234567")),
    ("version 2.0", .other("version 2.0")),
    ("v1.2", .other("v1.2")),
    ("https://", .other("https://")),
  ])
  func shapeOf(contact: String, shape: ContactShape) {
    #expect(ContactShape(contact) == shape)
  }
}
