/// How many leading positions of `0..<count` satisfy `isBefore`, which must hold for a prefix and then
/// never again: a binary search, so sorted position lists answer "where does this line fall" in log time.
package func partitionPoint(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
        let middle = low + (high - low) / 2
        if isBefore(middle) { low = middle + 1 } else { high = middle }
    }
    return low
}
