import Glibc

/// A value that threads share, reached only under a pthread mutex: what `NSLock` was for, without
/// full Foundation.
///
/// Not `Synchronization.Mutex`: on Linux that locks with futex calls in a library the thread
/// sanitizer does not instrument, so `make tsan` reports every access as a race. A pthread mutex is
/// one the sanitizer understands, so a real race still shows.
package final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    package init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the value, no other thread inside.
    package func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
