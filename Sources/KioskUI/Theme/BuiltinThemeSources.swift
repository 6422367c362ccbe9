/// The text of the built-in theme files, kept identical to `themes/*.toml` (a test compares them).
enum BuiltinThemeSources {
  /// `themes/dark.toml`.
  static let dark = #"""
    # mingle theme "dark": the default; light text on a deep blue-grey ground for a venue TV.
    #
    # Format (TOML). `name` names the theme. Each style role has a table `[roles.<role>]` with one
    # rendering per colour depth:
    #   rich  = { fg = "#rrggbb", bg = "#rrggbb", attrs = [...] }  truecolor, mapped to 256 colours
    #   basic = { fg = "<colour>", bg = "<colour>", attrs = [...] } the 8 basic colours: black, red,
    #                                                               green, yellow, blue, magenta, cyan, white
    #   mono  = [...]                                              attributes only, for no colour at all
    # Attributes: bold, dim, reverse, underline, blink. fg, bg and attrs may be left out (the terminal's
    # own colour, no attributes); "default" also names the terminal's own colour. A role or rendering
    # that is left out or broken is drawn as in the built-in dark theme (and reported).
    #
    # Roles: background, text, muted, header, headerAccent, footer, footerKey, screenActive, border,
    # paneTitle, paneCount, avatar, cardName, cardRole, cardTopic, cardOffer, cardSeek, cardContact,
    # tipText, tipTitle, micLive, micPitch, micCountdown, micWarning, micFinalSeconds,
    # micOvertime, micUpNext, micDone, announcement, warning. (QR codes are always black on white:
    # phones cannot scan them otherwise.)

    name = "dark"

    [roles.background]
    rich = { fg = "#e6edf3", bg = "#11161c", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.text]
    rich = { fg = "#e6edf3", bg = "#11161c", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.muted]
    rich = { fg = "#8b98a5", bg = "#11161c", attrs = [] }
    basic = { fg = "cyan", bg = "black", attrs = [] }
    mono = ["dim"]

    [roles.header]
    rich = { fg = "#ffffff", bg = "#1e3a5f", attrs = ["bold"] }
    basic = { fg = "white", bg = "blue", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.headerAccent]
    rich = { fg = "#ffd166", bg = "#1e3a5f", attrs = ["bold"] }
    basic = { fg = "yellow", bg = "blue", attrs = ["bold"] }
    mono = ["reverse"]

    [roles.footer]
    rich = { fg = "#c9d1d9", bg = "#1a222c", attrs = [] }
    basic = { fg = "white", bg = "blue", attrs = [] }
    mono = ["reverse"]

    [roles.footerKey]
    rich = { fg = "#ffd166", bg = "#1a222c", attrs = ["bold"] }
    basic = { fg = "yellow", bg = "blue", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.screenActive]
    rich = { fg = "#11161c", bg = "#4fc3f7", attrs = ["bold"] }
    basic = { fg = "black", bg = "cyan", attrs = ["bold"] }
    mono = ["bold", "underline"]

    [roles.border]
    rich = { fg = "#3e4c5e", bg = "#11161c", attrs = [] }
    basic = { fg = "blue", bg = "black", attrs = [] }
    mono = ["dim"]

    [roles.paneTitle]
    rich = { fg = "#4fc3f7", bg = "#11161c", attrs = ["bold"] }
    basic = { fg = "cyan", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.paneCount]
    rich = { fg = "#ffd166", bg = "#11161c", attrs = [] }
    basic = { fg = "yellow", bg = "black", attrs = [] }
    mono = []

    [roles.avatar]
    rich = { fg = "#11161c", bg = "#4fc3f7", attrs = ["bold"] }
    basic = { fg = "black", bg = "cyan", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.cardName]
    rich = { fg = "#ffffff", bg = "#11161c", attrs = ["bold"] }
    basic = { fg = "white", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.cardRole]
    rich = { fg = "#b8c4d0", bg = "#11161c", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.cardTopic]
    rich = { fg = "#80cbc4", bg = "#11161c", attrs = [] }
    basic = { fg = "cyan", bg = "black", attrs = [] }
    mono = []

    [roles.cardOffer]
    rich = { fg = "#a5d6a7", bg = "#11161c", attrs = [] }
    basic = { fg = "green", bg = "black", attrs = [] }
    mono = []

    [roles.cardSeek]
    rich = { fg = "#f4a6c6", bg = "#11161c", attrs = [] }
    basic = { fg = "magenta", bg = "black", attrs = [] }
    mono = []

    [roles.cardContact]
    rich = { fg = "#ffd166", bg = "#11161c", attrs = ["underline"] }
    basic = { fg = "yellow", bg = "black", attrs = [] }
    mono = ["underline"]

    [roles.tipText]
    rich = { fg = "#e6edf3", bg = "#11161c", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.tipTitle]
    rich = { fg = "#4fc3f7", bg = "#11161c", attrs = ["bold"] }
    basic = { fg = "cyan", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micLive]
    rich = { fg = "#7ee787", bg = "#11161c", attrs = ["bold"] }
    basic = { fg = "green", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micPitch]
    rich = { fg = "#e6edf3", bg = "#11161c", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.micCountdown]
    rich = { fg = "#7ee787", bg = "#11161c", attrs = ["bold"] }
    basic = { fg = "green", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micWarning]
    rich = { fg = "#ffd166", bg = "#11161c", attrs = ["bold"] }
    basic = { fg = "yellow", bg = "black", attrs = ["bold"] }
    mono = ["bold", "underline"]

    # The last ten seconds: the only role that blinks.
    [roles.micFinalSeconds]
    rich = { fg = "#ff6b6b", bg = "#11161c", attrs = ["bold", "blink"] }
    basic = { fg = "red", bg = "black", attrs = ["bold", "blink"] }
    mono = ["reverse", "blink", "bold"]

    [roles.micOvertime]
    rich = { fg = "#ffffff", bg = "#d62828", attrs = ["bold"] }
    basic = { fg = "white", bg = "red", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.micUpNext]
    rich = { fg = "#e6edf3", bg = "#11161c", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.micDone]
    rich = { fg = "#5c6773", bg = "#11161c", attrs = [] }
    basic = { fg = "blue", bg = "black", attrs = [] }
    mono = ["dim"]

    [roles.announcement]
    rich = { fg = "#11161c", bg = "#ffd166", attrs = ["bold"] }
    basic = { fg = "black", bg = "yellow", attrs = ["bold"] }
    mono = ["bold", "underline"]

    [roles.warning]
    rich = { fg = "#ff7b72", bg = "#11161c", attrs = ["bold"] }
    basic = { fg = "red", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    """#

  /// `themes/light.toml`.
  static let light = #"""
    # mingle theme "light": dark text on warm white, for bright rooms and daylight.
    #
    # Format (TOML). `name` names the theme. Each style role has a table `[roles.<role>]` with one
    # rendering per colour depth:
    #   rich  = { fg = "#rrggbb", bg = "#rrggbb", attrs = [...] }  truecolor, mapped to 256 colours
    #   basic = { fg = "<colour>", bg = "<colour>", attrs = [...] } the 8 basic colours: black, red,
    #                                                               green, yellow, blue, magenta, cyan, white
    #   mono  = [...]                                              attributes only, for no colour at all
    # Attributes: bold, dim, reverse, underline, blink. fg, bg and attrs may be left out (the terminal's
    # own colour, no attributes); "default" also names the terminal's own colour. A role or rendering
    # that is left out or broken is drawn as in the built-in dark theme (and reported).
    #
    # Roles: background, text, muted, header, headerAccent, footer, footerKey, screenActive, border,
    # paneTitle, paneCount, avatar, cardName, cardRole, cardTopic, cardOffer, cardSeek, cardContact,
    # tipText, tipTitle, micLive, micPitch, micCountdown, micWarning, micFinalSeconds,
    # micOvertime, micUpNext, micDone, announcement, warning. (QR codes are always black on white:
    # phones cannot scan them otherwise.)

    name = "light"

    [roles.background]
    rich = { fg = "#1b1f24", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "black", bg = "white", attrs = [] }
    mono = []

    [roles.text]
    rich = { fg = "#1b1f24", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "black", bg = "white", attrs = [] }
    mono = []

    [roles.muted]
    rich = { fg = "#5b6570", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "blue", bg = "white", attrs = [] }
    mono = ["dim"]

    [roles.header]
    rich = { fg = "#ffffff", bg = "#0b3d91", attrs = ["bold"] }
    basic = { fg = "white", bg = "blue", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.headerAccent]
    rich = { fg = "#ffe08a", bg = "#0b3d91", attrs = ["bold"] }
    basic = { fg = "yellow", bg = "blue", attrs = ["bold"] }
    mono = ["reverse"]

    [roles.footer]
    rich = { fg = "#1b1f24", bg = "#e3e7ec", attrs = [] }
    basic = { fg = "black", bg = "cyan", attrs = [] }
    mono = ["reverse"]

    [roles.footerKey]
    rich = { fg = "#0b3d91", bg = "#e3e7ec", attrs = ["bold"] }
    basic = { fg = "blue", bg = "cyan", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.screenActive]
    rich = { fg = "#ffffff", bg = "#0b5cad", attrs = ["bold"] }
    basic = { fg = "white", bg = "blue", attrs = ["bold"] }
    mono = ["bold", "underline"]

    [roles.border]
    rich = { fg = "#b8c0c8", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "cyan", bg = "white", attrs = [] }
    mono = ["dim"]

    [roles.paneTitle]
    rich = { fg = "#0b5cad", bg = "#f7f7f4", attrs = ["bold"] }
    basic = { fg = "blue", bg = "white", attrs = ["bold"] }
    mono = ["bold"]

    [roles.paneCount]
    rich = { fg = "#9a5b00", bg = "#f7f7f4", attrs = ["bold"] }
    basic = { fg = "magenta", bg = "white", attrs = [] }
    mono = []

    [roles.avatar]
    rich = { fg = "#ffffff", bg = "#0b5cad", attrs = ["bold"] }
    basic = { fg = "white", bg = "blue", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.cardName]
    rich = { fg = "#111418", bg = "#f7f7f4", attrs = ["bold"] }
    basic = { fg = "black", bg = "white", attrs = ["bold"] }
    mono = ["bold"]

    [roles.cardRole]
    rich = { fg = "#3d4650", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "black", bg = "white", attrs = [] }
    mono = []

    [roles.cardTopic]
    rich = { fg = "#00695c", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "blue", bg = "white", attrs = [] }
    mono = []

    [roles.cardOffer]
    rich = { fg = "#1b6e34", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "green", bg = "white", attrs = [] }
    mono = []

    [roles.cardSeek]
    rich = { fg = "#9c1f63", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "magenta", bg = "white", attrs = [] }
    mono = []

    [roles.cardContact]
    rich = { fg = "#0b5cad", bg = "#f7f7f4", attrs = ["underline"] }
    basic = { fg = "blue", bg = "white", attrs = ["underline"] }
    mono = ["underline"]

    [roles.tipText]
    rich = { fg = "#1b1f24", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "black", bg = "white", attrs = [] }
    mono = []

    [roles.tipTitle]
    rich = { fg = "#0b5cad", bg = "#f7f7f4", attrs = ["bold"] }
    basic = { fg = "blue", bg = "white", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micLive]
    rich = { fg = "#137333", bg = "#f7f7f4", attrs = ["bold"] }
    basic = { fg = "green", bg = "white", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micPitch]
    rich = { fg = "#1b1f24", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "black", bg = "white", attrs = [] }
    mono = []

    [roles.micCountdown]
    rich = { fg = "#137333", bg = "#f7f7f4", attrs = ["bold"] }
    basic = { fg = "green", bg = "white", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micWarning]
    rich = { fg = "#1b1f24", bg = "#ffc94d", attrs = ["bold"] }
    basic = { fg = "black", bg = "yellow", attrs = ["bold"] }
    mono = ["bold", "underline"]

    # The last ten seconds: the only role that blinks.
    [roles.micFinalSeconds]
    rich = { fg = "#c62828", bg = "#f7f7f4", attrs = ["bold", "blink"] }
    basic = { fg = "red", bg = "white", attrs = ["bold", "blink"] }
    mono = ["reverse", "blink", "bold"]

    [roles.micOvertime]
    rich = { fg = "#ffffff", bg = "#c62828", attrs = ["bold"] }
    basic = { fg = "white", bg = "red", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.micUpNext]
    rich = { fg = "#1b1f24", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "black", bg = "white", attrs = [] }
    mono = []

    [roles.micDone]
    rich = { fg = "#9aa3ad", bg = "#f7f7f4", attrs = [] }
    basic = { fg = "cyan", bg = "white", attrs = [] }
    mono = ["dim"]

    [roles.announcement]
    rich = { fg = "#1b1f24", bg = "#ffd54f", attrs = ["bold"] }
    basic = { fg = "black", bg = "yellow", attrs = ["bold"] }
    mono = ["bold", "underline"]

    [roles.warning]
    rich = { fg = "#c62828", bg = "#f7f7f4", attrs = ["bold"] }
    basic = { fg = "red", bg = "white", attrs = ["bold"] }
    mono = ["bold"]

    """#

  /// `themes/high-contrast.toml`.
  static let highContrast = #"""
    # mingle theme "high-contrast": pure black and white with saturated accents, for low vision and glare.
    #
    # Format (TOML). `name` names the theme. Each style role has a table `[roles.<role>]` with one
    # rendering per colour depth:
    #   rich  = { fg = "#rrggbb", bg = "#rrggbb", attrs = [...] }  truecolor, mapped to 256 colours
    #   basic = { fg = "<colour>", bg = "<colour>", attrs = [...] } the 8 basic colours: black, red,
    #                                                               green, yellow, blue, magenta, cyan, white
    #   mono  = [...]                                              attributes only, for no colour at all
    # Attributes: bold, dim, reverse, underline, blink. fg, bg and attrs may be left out (the terminal's
    # own colour, no attributes); "default" also names the terminal's own colour. A role or rendering
    # that is left out or broken is drawn as in the built-in dark theme (and reported).
    #
    # Roles: background, text, muted, header, headerAccent, footer, footerKey, screenActive, border,
    # paneTitle, paneCount, avatar, cardName, cardRole, cardTopic, cardOffer, cardSeek, cardContact,
    # tipText, tipTitle, micLive, micPitch, micCountdown, micWarning, micFinalSeconds,
    # micOvertime, micUpNext, micDone, announcement, warning. (QR codes are always black on white:
    # phones cannot scan them otherwise.)

    name = "high-contrast"

    [roles.background]
    rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.text]
    rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = ["bold"] }
    mono = []

    [roles.muted]
    rich = { fg = "#d0d0d0", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.header]
    rich = { fg = "#000000", bg = "#ffffff", attrs = ["bold"] }
    basic = { fg = "black", bg = "white", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.headerAccent]
    rich = { fg = "#000000", bg = "#ffff00", attrs = ["bold"] }
    basic = { fg = "black", bg = "yellow", attrs = ["bold"] }
    mono = ["reverse", "bold", "underline"]

    [roles.footer]
    rich = { fg = "#000000", bg = "#ffffff", attrs = [] }
    basic = { fg = "black", bg = "white", attrs = [] }
    mono = ["reverse"]

    [roles.footerKey]
    rich = { fg = "#000000", bg = "#ffffff", attrs = ["bold", "underline"] }
    basic = { fg = "black", bg = "white", attrs = ["bold", "underline"] }
    mono = ["reverse", "bold"]

    [roles.screenActive]
    rich = { fg = "#ffff00", bg = "#000000", attrs = ["bold"] }
    basic = { fg = "yellow", bg = "black", attrs = ["bold"] }
    mono = ["bold", "underline"]

    [roles.border]
    rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.paneTitle]
    rich = { fg = "#ffff00", bg = "#000000", attrs = ["bold"] }
    basic = { fg = "yellow", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.paneCount]
    rich = { fg = "#00ffff", bg = "#000000", attrs = ["bold"] }
    basic = { fg = "cyan", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.avatar]
    rich = { fg = "#000000", bg = "#00ffff", attrs = ["bold"] }
    basic = { fg = "black", bg = "cyan", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.cardName]
    rich = { fg = "#ffffff", bg = "#000000", attrs = ["bold"] }
    basic = { fg = "white", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.cardRole]
    rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.cardTopic]
    rich = { fg = "#00ffff", bg = "#000000", attrs = [] }
    basic = { fg = "cyan", bg = "black", attrs = ["bold"] }
    mono = []

    [roles.cardOffer]
    rich = { fg = "#00ff00", bg = "#000000", attrs = [] }
    basic = { fg = "green", bg = "black", attrs = ["bold"] }
    mono = []

    [roles.cardSeek]
    rich = { fg = "#ff80ff", bg = "#000000", attrs = [] }
    basic = { fg = "magenta", bg = "black", attrs = ["bold"] }
    mono = []

    [roles.cardContact]
    rich = { fg = "#ffff00", bg = "#000000", attrs = ["underline"] }
    basic = { fg = "yellow", bg = "black", attrs = ["bold", "underline"] }
    mono = ["underline"]

    [roles.tipText]
    rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = ["bold"] }
    mono = []

    [roles.tipTitle]
    rich = { fg = "#ffff00", bg = "#000000", attrs = ["bold"] }
    basic = { fg = "yellow", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micLive]
    rich = { fg = "#00ff00", bg = "#000000", attrs = ["bold"] }
    basic = { fg = "green", bg = "black", attrs = ["bold"] }
    mono = ["bold", "underline"]

    [roles.micPitch]
    rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = ["bold"] }
    mono = []

    [roles.micCountdown]
    rich = { fg = "#00ff00", bg = "#000000", attrs = ["bold"] }
    basic = { fg = "green", bg = "black", attrs = ["bold"] }
    mono = ["bold"]

    [roles.micWarning]
    rich = { fg = "#000000", bg = "#ffff00", attrs = ["bold"] }
    basic = { fg = "black", bg = "yellow", attrs = ["bold"] }
    mono = ["bold", "underline"]

    # The last ten seconds: the only role that blinks.
    [roles.micFinalSeconds]
    rich = { fg = "#ff0000", bg = "#000000", attrs = ["bold", "blink"] }
    basic = { fg = "red", bg = "black", attrs = ["bold", "blink"] }
    mono = ["reverse", "blink", "bold"]

    [roles.micOvertime]
    rich = { fg = "#ffffff", bg = "#ff0000", attrs = ["bold"] }
    basic = { fg = "white", bg = "red", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    [roles.micUpNext]
    rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
    basic = { fg = "white", bg = "black", attrs = [] }
    mono = []

    [roles.micDone]
    rich = { fg = "#9e9e9e", bg = "#000000", attrs = [] }
    basic = { fg = "cyan", bg = "black", attrs = [] }
    mono = ["dim"]

    [roles.announcement]
    rich = { fg = "#000000", bg = "#00ffff", attrs = ["bold"] }
    basic = { fg = "black", bg = "cyan", attrs = ["bold"] }
    mono = ["bold", "underline"]

    [roles.warning]
    rich = { fg = "#000000", bg = "#ffff00", attrs = ["bold"] }
    basic = { fg = "black", bg = "yellow", attrs = ["bold"] }
    mono = ["reverse", "bold"]

    """#
}
