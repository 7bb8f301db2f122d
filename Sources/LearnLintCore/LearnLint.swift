/// Facts about this build of learnlint.
public enum LearnLint {
    public static let version = "0.1.0"
    public static let name = "learnlint"
}
