/// A colour in a theme: the terminal's own colour, or an index in the 256-colour palette
/// (0-7 the basic colours, 8-15 their bright forms, 16-231 a 6×6×6 cube, 232-255 greys).
public enum ThemeColor: Sendable, Hashable {
    case `default`
    case index(UInt8)

    public static let black = ThemeColor.index(0)
    public static let red = ThemeColor.index(1)
    public static let green = ThemeColor.index(2)
    public static let yellow = ThemeColor.index(3)
    public static let blue = ThemeColor.index(4)
    public static let magenta = ThemeColor.index(5)
    public static let cyan = ThemeColor.index(6)
    public static let white = ThemeColor.index(7)

    static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Every name a theme file may use, for messages.
    public static let names: [String] = ["default"] + basicNames + basicNames.map { "bright-" + $0 }

    /// Parses `default`, a basic name, `bright-NAME` or an index 0-255.
    public init?(name: String) {
        let name = name.lowercased()
        if name == "default" {
            self = .default
        } else if let index = Self.basicNames.firstIndex(of: name) {
            self = .index(UInt8(index))
        } else if name.hasPrefix("bright-"), let index = Self.basicNames.firstIndex(of: String(name.dropFirst(7))) {
            self = .index(UInt8(index + 8))
        } else if let value = UInt8(name), name.allSatisfy(\.isASCII) {
            self = .index(value)
        } else {
            return nil
        }
    }

    /// The name a theme file would use.
    public var name: String {
        switch self {
        case .default: return "default"
        case .index(let value) where value < 8: return Self.basicNames[Int(value)]
        case .index(let value) where value < 16: return "bright-" + Self.basicNames[Int(value) - 8]
        case .index(let value): return String(value)
        }
    }

    /// The colour as the terminal can show it in `mode`: the same in 256 colours, nil without
    /// colour. With 8 colours, a colour steps down to the nearest basic one by RGB distance
    /// (xterm's palette); greys, which RGB distance would send to yellow or cyan, become black
    /// when dark, white when light, and the terminal's own colour in between.
    public func steppedDown(to mode: ColorMode) -> ThemeColor? {
        switch (mode, self) {
        case (.none, _): return nil
        case (_, .default), (.extended256, _): return self
        case (.basic8, .index(let value)):
            if value < 8 { return self }
            let colour = Self.rgb(of: value)
            let brightest = max(colour.r, colour.g, colour.b), darkest = min(colour.r, colour.g, colour.b)
            if brightest - darkest < 30 {
                let level = (colour.r + colour.g + colour.b) / 3
                if level < 96 { return .black }
                if level > 200 { return .white }
                return .default
            }
            return .index(Self.nearestBasic(to: colour))
        }
    }

    /// xterm's RGB values of the 256 palette entries.
    static func rgb(of index: UInt8) -> (r: Int, g: Int, b: Int) {
        let i = Int(index)
        switch i {
        case 0..<16:
            return basicRGB[i]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let n = i - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        default:
            let grey = 8 + (i - 232) * 10
            return (grey, grey, grey)
        }
    }

    static let basicRGB: [(r: Int, g: Int, b: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func nearestBasic(to colour: (r: Int, g: Int, b: Int)) -> UInt8 {
        var best = 0
        var bestDistance = Int.max
        for index in 0..<8 {
            let c = basicRGB[index]
            let distance = (c.r - colour.r) * (c.r - colour.r) + (c.g - colour.g) * (c.g - colour.g) + (c.b - colour.b) * (c.b - colour.b)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }
}
