/// The four columns (栏目) a publicity site files stories under.
public enum StoryKind: String, Sendable, CaseIterable, Hashable {
    case `case`  // 典型案例
    case reflection  // 心得体会
    case report  // 工作汇报
    case news  // 工作动态

    public var id: String { rawValue }

    public static let validNames = allCases.map(\.rawValue).joined(separator: " | ")
}
